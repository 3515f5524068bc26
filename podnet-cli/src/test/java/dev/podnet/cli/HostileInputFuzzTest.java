package dev.podnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.Completion;
import dev.podnet.Podnet;
import dev.podnet.api.PodnetException;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.yaml.ClusterDocuments;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.api.yaml.ClusterYamlException;
import dev.podnet.corpus.Corpus;
import dev.podnet.corpus.CorpusCase;
import dev.podnet.corpus.gen.SpecGenerator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Fuzzing in the default build (issue 12, item 6), seeded JUnit 5 generators instead of jqwik:
 * kops' corpus inputs and generated specs, mutated structure-aware (a value replaced by a hostile
 * one, a key dropped, renamed, duplicated or added, a subtree copied elsewhere) and byte-level
 * (bytes flipped, inserted, deleted, invalid UTF-8, truncation, lines spliced). Every input goes
 * the CLI's way — read, lenient validation, completion, strict validation, render — and every
 * outcome must be a value or a finding: never another exception, never more than 2 s. Whatever
 * strict validation passes must render (item 5): render may refuse only a provider/release podnet has no
 * manifest data for ({@link #noManifestData}); {@link StrictValidationCoversRenderTest} renders every seed.
 *
 * <p>20,000 inputs by default; a long run: {@code mvn -B -o -pl podnet-cli -am test
 * -Dtest=HostileInputFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dpodnet.fuzz.count=1000000}
 * (and {@code -Dpodnet.fuzz.seed=N} for another sequence). A failure prints its seed, index and
 * input; minimised reproducers of past failures are tests in {@link HostileCliTest} and
 * {@code HostileYamlTest}.
 */
class HostileInputFuzzTest {
    private static final long SEED = Long.getLong("podnet.fuzz.seed", 20_240_901L);
    private static final int COUNT = Integer.getInteger("podnet.fuzz.count", 20_000);
    private static final long LIMIT_NANOS = 2_000_000_000L;
    // The limit is on this thread's CPU time: a blow-up is work done, and CPU time does not grow when
    // other processes share the machine's cores (wall time did, failing builds on a loaded machine).
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
    private static final int RENDER_EVERY = Integer.getInteger("podnet.fuzz.renderEvery", COUNT > 100_000 ? 1 : 16);

    private static final List<Object> HOSTILE = hostile();

    private static List<Object> hostile() {
        List<Object> h = new ArrayList<>(OutputRoundTripTest.catalogue());
        h.addAll(List.of("1.x", "latest", "\uff11.30.0", "\u0661.30.0", "-100m", "lots", "0", "-1", "70000", "dead.beef/10",
                "1.2.3/10", "100.96.\uff10.0/11", "10.0.0.0/33", "::/0", "fd00::/200", "0.0.0.0/0", "Public", "Private",
                "Utility", "DualStack", "weird", "aws", "gce", "mars", "cilium", "calico", "eni", "ipvs", "1.30.2", "1.18.0",
                "v1.33.0", "1.99.0"));
        h.addAll(List.of(0, -1, 1, 70000, Integer.MAX_VALUE, Long.MAX_VALUE, -100, 1440, 9001, 1.5, -0.0,
                Double.POSITIVE_INFINITY, Double.NaN, true, false));
        h.add(null);
        h.add(Map.of());
        h.add(List.of());
        h.add(Map.of("a", List.of(1, "b")));
        h.add(List.of("x", Map.of()));
        return h;
    }

    private static final List<String> KEYS = List.of("kubernetesVersion", "cloudProvider", "networking", "subnets", "type",
            "cidr", "zone", "name", "nonMasqueradeCIDR", "podCIDR", "serviceClusterIPRange", "networkCIDR", "topology",
            "masters", "nodes", "isolateMasters", "isolateControlPlane", "calico", "cilium", "canal", "flannel", "weave",
            "kubenet", "amazonvpc", "kuberouter", "romana", "classic", "external", "cni", "gce", "mtu", "ipam",
            "cpuRequest", "memoryRequest", "backend", "kubeProxy", "enabled", "<<", "a.b", "frob", "ipv6CIDR", "egress",
            "tunnelMode", "encryption", "typhaReplicas", "bpfEnabled", "version", "kubeDNS", "etcdClusters");

    record Seed(String release, String yaml) {
    }

    static List<Seed> seeds() {
        List<Seed> seeds = new ArrayList<>();
        Corpus corpus = Corpus.kops();
        for (CorpusCase c : corpus.cases()) {
            if (c.input() == null) continue;
            try {
                seeds.add(new Seed(c.kopsRelease(), corpus.read(c.input())));
            } catch (RuntimeException e) {
                // a case whose input is not in the resources is not a seed
            }
        }
        SpecGenerator gen = new SpecGenerator(SEED);
        for (String release : List.of("1.22.0", "1.30.0", "1.36.0")) {
            for (String provider : SpecGenerator.providers(release)) seeds.add(new Seed(release, gen.generate(release, provider, 0).yaml()));
        }
        return seeds;
    }

    /** What one input gave: a value, a finding, or a failure (any other exception, or too slow). */
    enum Outcome { RENDERED, VALID_NOT_RENDERED, FINDING }

    static Outcome run(Podnet podnet, String text, boolean render) {
        ClusterDocuments docs;
        try {
            docs = ClusterYaml.load(text.getBytes(StandardCharsets.UTF_8));
        } catch (ClusterYamlException e) {
            assertThat(e.problems()).isNotEmpty();
            return Outcome.FINDING;
        }
        return run(podnet, docs, render);
    }

    static Outcome run(Podnet podnet, byte[] bytes, boolean render) {
        ClusterDocuments docs;
        try {
            docs = ClusterYaml.load(bytes);
        } catch (ClusterYamlException e) {
            assertThat(e.problems()).isNotEmpty();
            return Outcome.FINDING;
        }
        return run(podnet, docs, render);
    }

    private static Outcome run(Podnet podnet, ClusterDocuments docs, boolean renderThis) {
        Cluster cluster = docs.cluster();
        Diagnostics input = docs.findings().plus(podnet.validate(cluster, ValidationMode.LENIENT));
        if (input.hasErrors()) return Outcome.FINDING;
        Completion done;
        try {
            done = podnet.complete(cluster);
        } catch (PodnetException e) {
            return Outcome.FINDING;
        }
        ClusterYaml.write(done.cluster());
        if (podnet.validate(done.cluster(), ValidationMode.STRICT).hasErrors()) return Outcome.FINDING;
        // Strict validation passed: rendering must not fail (item 5). Rendering is the costly step,
        // so one valid input in RENDER_EVERY is rendered (all of them in a long run).
        if (renderThis) {
            try {
                podnet.render(done);
            } catch (PodnetException e) {
                // only a provider/release combination podnet has no manifest data for may be refused here;
                // anything else render refuses, strict validation must have found (issue 12, item 5)
                if (!noManifestData(e)) throw e;
                return Outcome.FINDING;
            }
            return Outcome.RENDERED;
        }
        return Outcome.VALID_NOT_RENDERED;
    }

    /**
     * A refusal because podnet has no manifest data for the provider at this release (kube-router before
     * kops 1.18, a Cilium template podnet does not carry): an unsupported combination, not a finding
     * validation missed.
     */
    static boolean noManifestData(PodnetException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("podnet has no manifest data for") || m.contains("has no manifest for kops")
                || m.contains("podnet has no template for kops") || m.contains("but podnet has no upstream objects of");
    }

    @Test
    void everyMutatedInputEndsInAValueOrAFinding() {
        List<Seed> seeds = seeds();
        assertThat(seeds).hasSizeGreaterThan(500);
        Map<String, Podnet> podnets = new LinkedHashMap<>();
        SplittableRandom random = new SplittableRandom(SEED);
        Map<Outcome, Integer> outcomes = new java.util.EnumMap<>(Outcome.class);
        List<String> failures = new ArrayList<>();
        long slowest = 0;
        long start = System.nanoTime();
        for (int i = 0; i < COUNT && failures.size() < 5; i++) {
            Seed seed = seeds.get(random.nextInt(seeds.size()));
            Podnet podnet = podnets.computeIfAbsent(seed.release(), r -> {
                try {
                    return Podnet.forRelease(r);
                } catch (RuntimeException e) {
                    return Podnet.newest();
                }
            });
            int kind = random.nextInt(10);
            String text = null;
            byte[] bytes = null;
            if (kind < 6) {
                text = structural(seed.yaml(), random);
            } else if (kind < 9) {
                bytes = byteLevel(seed.yaml().getBytes(StandardCharsets.UTF_8), random);
            } else {
                text = splice(seed.yaml(), seeds.get(random.nextInt(seeds.size())).yaml(), random);
            }
            long t0 = cpuNanos();
            try {
                boolean render = random.nextInt(RENDER_EVERY) == 0;
                Outcome o = text != null ? run(podnet, text, render) : run(podnet, bytes, render);
                outcomes.merge(o, 1, Integer::sum);
            } catch (Throwable e) {
                failures.add("input " + i + " (seed " + SEED + ", release " + seed.release() + "): " + e
                        + "\n" + (text != null ? text : new String(bytes, StandardCharsets.UTF_8)));
            }
            long took = cpuNanos() - t0;
            slowest = Math.max(slowest, took);
            if (took > LIMIT_NANOS) {
                failures.add("input " + i + " took " + took / 1_000_000 + " ms of CPU:\n" + (text != null ? text
                        : new String(bytes, StandardCharsets.UTF_8)));
            }
        }
        long total = (System.nanoTime() - start) / 1_000_000;
        assertThat(failures).as("%d inputs in %d ms, slowest %d ms, outcomes %s", COUNT, total, slowest / 1_000_000, outcomes)
                .isEmpty();
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(COUNT);
        // The mutations reach every stage: some inputs render, some are refused (when every valid
        // input is rendered, as in a long run, none is valid but left unrendered).
        assertThat(outcomes).containsKeys(Outcome.RENDERED, Outcome.FINDING);
        if (RENDER_EVERY > 1) assertThat(outcomes).containsKey(Outcome.VALID_NOT_RENDERED);
        else assertThat(outcomes).doesNotContainKey(Outcome.VALID_NOT_RENDERED);
    }

    // ------------------------------------------------------------------ mutations

    private static final Load LOAD = new Load(LoadSettings.builder().setAllowDuplicateKeys(true).build());
    private static final DumpSettings DUMP = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build();

    static String structural(String yaml, SplittableRandom r) {
        Object tree;
        try {
            tree = LOAD.loadFromString(yaml);
        } catch (RuntimeException e) {
            return yaml;
        }
        tree = copy(tree);
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n; k++) mutate(tree, r, 0);
        return new Dump(DUMP).dumpToString(tree);
    }

    @SuppressWarnings("unchecked")
    private static Object copy(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((a, b) -> out.put(a, copy(b)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object x : l) out.add(copy(x));
            return out;
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static void mutate(Object node, SplittableRandom r, int depth) {
        if (node instanceof Map<?, ?> raw) {
            Map<Object, Object> m = (Map<Object, Object>) raw;
            List<Object> keys = new ArrayList<>(m.keySet());
            boolean descend = !keys.isEmpty() && depth < 6 && r.nextInt(3) > 0;
            if (descend) {
                Object k = keys.get(r.nextInt(keys.size()));
                Object child = m.get(k);
                if ((child instanceof Map || child instanceof List) && r.nextInt(4) > 0) {
                    mutate(child, r, depth + 1);
                    return;
                }
            }
            switch (r.nextInt(5)) {
                case 0 -> { if (!keys.isEmpty()) m.put(keys.get(r.nextInt(keys.size())), pick(r)); }
                case 1 -> { if (!keys.isEmpty()) m.remove(keys.get(r.nextInt(keys.size()))); }
                case 2 -> m.put(KEYS.get(r.nextInt(KEYS.size())), pick(r));
                case 3 -> {
                    if (!keys.isEmpty()) {
                        Object k = keys.get(r.nextInt(keys.size()));
                        Object v = m.remove(k);
                        m.put(KEYS.get(r.nextInt(KEYS.size())), v);
                    }
                }
                default -> { if (!keys.isEmpty()) m.put(KEYS.get(r.nextInt(KEYS.size())), copy(m.get(keys.get(r.nextInt(keys.size()))))); }
            }
        } else if (node instanceof List<?> raw) {
            List<Object> l = (List<Object>) raw;
            if (!l.isEmpty() && r.nextBoolean()) {
                Object child = l.get(r.nextInt(l.size()));
                if (child instanceof Map || child instanceof List) {
                    mutate(child, r, depth + 1);
                    return;
                }
            }
            switch (r.nextInt(3)) {
                case 0 -> l.add(pick(r));
                case 1 -> { if (!l.isEmpty()) l.remove(r.nextInt(l.size())); }
                default -> { if (!l.isEmpty()) l.add(copy(l.get(r.nextInt(l.size())))); }
            }
        }
    }

    private static Object pick(SplittableRandom r) { return copy(HOSTILE.get(r.nextInt(HOSTILE.size()))); }

    static byte[] byteLevel(byte[] in, SplittableRandom r) {
        byte[] b = in.clone();
        int n = 1 + r.nextInt(4);
        for (int k = 0; k < n && b.length > 0; k++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(6)) {
                case 0 -> b[at] = (byte) r.nextInt(256);
                case 1 -> b[at] = (byte) (b[at] ^ (1 << r.nextInt(8)));
                case 2 -> b = java.util.Arrays.copyOf(b, at);
                case 3 -> {
                    byte[] ins = {(byte) 0xff, (byte) 0xc3, (byte) 0xe2, (byte) 0x80, (byte) 0xa8, ':', '&', '*', '!', '\t',
                            '{', '[', '"', '\'', '\n', '#', '|', '-'};
                    byte[] out = new byte[b.length + 1];
                    System.arraycopy(b, 0, out, 0, at);
                    out[at] = ins[r.nextInt(ins.length)];
                    System.arraycopy(b, at, out, at + 1, b.length - at);
                    b = out;
                }
                case 4 -> {
                    byte[] out = new byte[b.length - 1];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(b, at + 1, out, at, b.length - at - 1);
                    b = out;
                }
                default -> {
                    byte[] u = new String(Character.toChars(0x80 + r.nextInt(0x2100))).getBytes(StandardCharsets.UTF_8);
                    byte[] out = new byte[b.length + u.length];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(u, 0, out, at, u.length);
                    System.arraycopy(b, at, out, at + u.length, b.length - at);
                    b = out;
                }
            }
        }
        return b;
    }

    static String splice(String a, String b, SplittableRandom r) {
        List<String> la = a.lines().toList();
        List<String> lb = b.lines().toList();
        if (la.isEmpty() || lb.isEmpty()) return a;
        int cut = r.nextInt(la.size());
        int from = r.nextInt(lb.size());
        List<String> out = new ArrayList<>(la.subList(0, cut));
        out.addAll(lb.subList(from, Math.min(lb.size(), from + 1 + r.nextInt(8))));
        out.addAll(la.subList(cut, la.size()));
        return String.join("\n", out) + "\n";
    }
}
