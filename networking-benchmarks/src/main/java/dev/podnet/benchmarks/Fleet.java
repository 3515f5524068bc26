package dev.podnet.benchmarks;

import dev.podnet.corpus.gen.GeneratedSpec;
import dev.podnet.corpus.gen.SpecGenerator;
import java.util.ArrayList;
import java.util.List;

/**
 * A fleet of distinct generated specs (networking-testkit's seeded {@link SpecGenerator}): every
 * release kops-oracle has, every provider each release offers, options varied per spec (pod and
 * service CIDRs, stacks, subnets, provider fields, Kubernetes versions, a share of invalid specs).
 * Spec {@code i} of the fleet is release {@code i % releases}, so every slice of the fleet covers
 * every release.
 */
final class Fleet {
    /** The generator seed of every benchmark fleet. */
    static final long SEED = 20_260_101L;

    private Fleet() {
    }

    /**
     * {@code size} distinct specs of one generator bucket ({@code calico}, {@code cilium}, ...),
     * or of every bucket in turn for {@code all}; releases that do not offer the bucket are skipped.
     */
    static List<GeneratedSpec> of(String provider, int size) {
        SpecGenerator gen = new SpecGenerator(SEED);
        List<GeneratedSpec> out = new ArrayList<>(size);
        List<String> releases = SpecGenerator.RELEASES;
        for (int i = 0; out.size() < size; i++) {
            String release = releases.get(i % releases.size());
            List<String> offered = SpecGenerator.providers(release);
            String bucket = provider.equals("all") ? offered.get((i / releases.size()) % offered.size()) : provider;
            if (offered.contains(bucket)) {
                out.add(gen.generate(release, bucket, i));
            }
            if (i > size * 20 + 1000) throw new IllegalArgumentException("no release offers " + provider);
        }
        return out;
    }
}
