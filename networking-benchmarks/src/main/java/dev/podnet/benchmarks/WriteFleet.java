package dev.podnet.benchmarks;

import dev.podnet.corpus.gen.GeneratedSpec;
import dev.podnet.corpus.gen.SpecGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes distinct generated specs (no invalidating mutation) of one release, the given buckets
 * alternating, as {@code DIR/NNN-<id>.yaml}: the inputs of {@code scripts/side-by-side.sh}. Usage:
 * {@code WriteFleet DIR COUNT RELEASE BUCKET...}, e.g. {@code WriteFleet specs 16 v1.33.1 calico cilium}.
 */
public final class WriteFleet {
    private WriteFleet() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        String release = args[2];
        List<String> buckets = List.of(args).subList(3, args.length);
        Files.createDirectories(dir);
        SpecGenerator gen = new SpecGenerator(Fleet.SEED);
        List<GeneratedSpec> out = new ArrayList<>();
        for (int i = 0; out.size() < count; i++) {
            GeneratedSpec s = gen.generate(release, buckets.get(i % buckets.size()), i);
            if (s.mutation() == null) out.add(s);
        }
        for (int i = 0; i < out.size(); i++) {
            Files.writeString(dir.resolve(String.format("%03d-%s.yaml", i, out.get(i).id())), out.get(i).yaml(),
                    StandardCharsets.UTF_8);
        }
    }
}
