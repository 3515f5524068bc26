package dev.podnet.providers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code case-id <TAB> reason} lines; {@code #} comments. */
final class KnownFailures {
    private KnownFailures() {
    }

    static Map<String, String> load(String name) {
        try (InputStream in = KnownFailures.class.getResourceAsStream(name)) {
            Map<String, String> out = new LinkedHashMap<>();
            if (in == null) return out;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] p = line.split("\t", 2);
                if (p.length < 2 || p[1].isBlank()) throw new IllegalStateException("known failure without a reason: " + line);
                out.put(p[0].trim(), p[1].trim());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
