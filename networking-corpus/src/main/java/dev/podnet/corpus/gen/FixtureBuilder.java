package dev.podnet.corpus.gen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Generates specs with {@link SpecGenerator}, runs each through kops-oracle (kops itself, built from
 * its release tags) and writes compact fixtures: per release one gzip'd YAML file with, per case, the
 * input, kops' verdict (and error text), the networking part of kops' completed spec and the
 * networking addons of kops' bootstrap channel (id, manifest path, manifestHash); plus one sample of
 * kops' manifests per (release, provider), gzip'd, and {@code index.yaml}. Run by
 * {@code scripts/oracle/generate-fixtures}; oracle outputs are kept in the work directory so that a
 * rerun only runs the oracle for cases it has not judged yet.
 *
 * <pre>FixtureBuilder --oracle PATH --work DIR --out DIR [--seed N] [--per N] [--jobs N] [--releases a,b] [--profile narrow|wide|surface|crossed|cluster|edges|fields] [--samples false]</pre>
 */
public final class FixtureBuilder {
    /** Fields of {@code spec} kept whole. */
    static final List<String> SPEC_FIELDS = List.of("networking", "networkCIDR", "networkID", "additionalNetworkCIDRs",
            "nonMasqueradeCIDR", "podCIDR", "serviceClusterIPRange", "topology", "subnets", "isolateMasters",
            "isolateControlPlane", "tagSubnets", "egressProxy");
    /** Component blocks and the networking fields kept of each. */
    static final Map<String, List<String>> COMPONENT_FIELDS = componentFields();

    private static Map<String, List<String>> componentFields() {
        List<String> kubelet = List.of("nonMasqueradeCIDR", "networkPluginName", "networkPluginMTU", "hairpinMode",
                "configureCBR0", "reconcileCIDR", "clusterDNS", "podCIDR");
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("kubelet", kubelet);
        fields.put("masterKubelet", kubelet);
        fields.put("controlPlaneKubelet", kubelet);
        fields.put("kubeProxy", List.of("enabled", "clusterCIDR", "proxyMode"));
        fields.put("kubeControllerManager", List.of("clusterCIDR", "allocateNodeCIDRs", "configureCloudRoutes",
                "cidrAllocatorType", "nodeCIDRMaskSize"));
        fields.put("cloudControllerManager", List.of("clusterCIDR", "allocateNodeCIDRs", "configureCloudRoutes",
                "cidrAllocatorType"));
        fields.put("kubeAPIServer", List.of("serviceClusterIPRange"));
        fields.put("kubeDNS", List.of("serverIP"));
        return java.util.Collections.unmodifiableMap(fields);
    }

    private FixtureBuilder() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        Path oracle = Path.of(require(a, "oracle"));
        Path work = Path.of(require(a, "work"));
        Path out = Path.of(require(a, "out"));
        long seed = Long.parseLong(a.getOrDefault("seed", "20240901"));
        int per = Integer.parseInt(a.getOrDefault("per", "40"));
        int jobs = Integer.parseInt(a.getOrDefault("jobs", "2"));
        List<String> releases = a.containsKey("releases") ? List.of(a.get("releases").split(",")) : SpecGenerator.RELEASES;
        boolean runOracle = !"false".equals(a.get("run"));
        boolean samples = !"false".equals(a.get("samples"));

        SpecGenerator gen = new SpecGenerator(seed, a.getOrDefault("profile", SpecGenerator.NARROW));
        List<GeneratedSpec> all = new ArrayList<>();
        for (String rel : releases) for (String p : gen.buckets(rel)) all.addAll(gen.generateAll(rel, p, per));

        if (runOracle) judgeAll(oracle, work, all, jobs);

        if (Files.exists(out)) deleteTree(out);
        Files.createDirectories(out);
        Tally tally = new Tally(new TreeMap<>(), new TreeMap<>());
        List<String> files = new ArrayList<>();
        for (String rel : releases) files.add(writeRelease(rel, all, work, out, samples, tally));
        Map<String, Object> index = index(gen, seed, per, releases, a.get("out"), samples);
        index.put("files", files);
        index.put("verdicts", tally.verdicts());
        index.put("counts", tally.counts());
        Files.writeString(out.resolve("index.yaml"), YamlText.write(index));
        System.out.println("cases " + all.size() + " " + tally.verdicts());
    }

    /** Cases by release, provider and part, and by part and verdict, as the index reports them. */
    private record Tally(Map<String, Map<String, Map<String, Integer>>> counts, Map<String, Integer> verdicts) {
        void add(GeneratedSpec s, Object verdict) {
            verdicts.merge(s.part() + " " + verdict, 1, Integer::sum);
            counts.computeIfAbsent(s.release(), k -> new TreeMap<>()).computeIfAbsent(s.provider(), k -> new TreeMap<>())
                    .merge(s.part(), 1, Integer::sum);
        }
    }

    /** Writes the compacted cases of release {@code rel} and returns the file's name. */
    private static String writeRelease(String rel, List<GeneratedSpec> all, Path work, Path out, boolean samples, Tally tally)
            throws IOException {
        List<Object> cases = new ArrayList<>();
        for (GeneratedSpec s : all) {
            if (!s.release().equals(rel)) continue;
            Map<String, Object> c = compact(s, work.resolve(s.id()), samples ? out : null);
            cases.add(c);
            tally.add(s, c.get("verdict"));
        }
        String name = "cases-" + rel + ".yaml.gz";
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("release", rel);
        doc.put("cases", cases);
        gzip(out.resolve(name), YamlText.write(doc).getBytes(StandardCharsets.UTF_8));
        return name;
    }

    /** The index's description of the run (its files, verdicts and counts are added by the caller). */
    private static Map<String, Object> index(SpecGenerator gen, long seed, int per, List<String> releases, String outArg,
            boolean samples) {
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("description", "Generated kops Cluster specs judged by kops-oracle (kops built from its release tags).");
        boolean narrow = gen.profile().equals(SpecGenerator.NARROW);
        index.put("command", "scripts/oracle/generate-fixtures --seed " + seed + " --per " + per
                + (narrow ? "" : " --profile " + gen.profile() + " --out " + outArg) + (samples ? "" : " --samples false"));
        index.put("seed", seed);
        if (!narrow) index.put("profile", gen.profile());
        index.put("generatorVersion", gen.version());
        index.put("perReleaseAndProvider", per);
        index.put("oracleReleases", releases);
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("DEV", "case index within its (release, provider) bucket % 10 >= 3");
        parts.put("HOLDOUT", "case index within its (release, provider) bucket % 10 < 3");
        index.put("parts", parts);
        return index;
    }

    private static String require(Map<String, String> a, String key) {
        String v = a.get(key);
        if (v == null) throw new IllegalArgumentException("missing --" + key);
        return v;
    }

    static void judgeAll(Path oracle, Path work, List<GeneratedSpec> all, int jobs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        List<Future<?>> futures = new ArrayList<>();
        int[] done = {0};
        for (GeneratedSpec s : all) {
            futures.add(pool.submit(() -> {
                judge(oracle, work.resolve(s.id()), s);
                synchronized (done) {
                    if (++done[0] % 200 == 0) System.out.println("judged " + done[0] + "/" + all.size());
                }
                return null;
            }));
        }
        for (Future<?> f : futures) f.get();
        pool.shutdown();
    }

    static void judge(Path oracle, Path dir, GeneratedSpec s) throws IOException, InterruptedException {
        Path rc = dir.resolve("rc");
        Path spec = dir.resolve("cluster.yaml");
        if (Files.exists(rc) && Files.exists(spec) && Files.readString(spec).equals(s.yaml())) return;
        Path outDir = dir.resolve("out");
        if (Files.exists(dir)) deleteTree(dir);
        Files.createDirectories(dir);
        Files.writeString(spec, s.yaml());
        Process proc = new ProcessBuilder(oracle.toString(), s.release(), spec.toString(), outDir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        int code;
        if (!proc.waitFor(300, TimeUnit.SECONDS)) {
            proc.destroyForcibly();
            code = -1;
        } else {
            code = proc.exitValue();
        }
        Files.writeString(rc, Integer.toString(code));
    }

    @SuppressWarnings("unchecked")
    /** One case's fixture entry; {@code out} receives the (release, provider)'s manifest sample, none when null. */
    static Map<String, Object> compact(GeneratedSpec s, Path dir, Path out) throws IOException {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", s.id());
        c.put("provider", s.provider());
        c.put("part", s.part());
        if (s.mutation() != null) c.put("mutation", s.mutation());
        c.put("input", s.yaml());
        Path rcFile = dir.resolve("rc");
        if (!Files.exists(rcFile)) {
            c.put("verdict", "not-judged");
            return c;
        }
        int rc = Integer.parseInt(Files.readString(rcFile).trim());
        Path o = dir.resolve("out");
        String error = rc == 3 ? text(o.resolve("error.txt")) : "";
        if (rc == 3 && error.startsWith("Oracle:")) {
            // the oracle cannot judge this cloud at this release: no verdict of kops
            c.put("verdict", "tool-failure");
            c.put("error", error);
            return c;
        }
        if (rc == 3) {
            c.put("verdict", "rejected");
            c.put("error", error);
            return c;
        }
        if (rc != 0 || !Files.exists(o.resolve("completed-spec.yaml"))) {
            c.put("verdict", "tool-failure");
            String log = Files.exists(dir.resolve("log")) ? Files.readString(dir.resolve("log")) : "";
            c.put("error", "exit " + rc + ": " + failure(log));
            return c;
        }
        c.put("verdict", "accepted");
        Load load = new Load(LoadSettings.builder().setCodePointLimit(64 * 1024 * 1024).build());
        Map<String, Object> doc = (Map<String, Object>) load.loadFromString(Files.readString(o.resolve("completed-spec.yaml")));
        c.put("completed", completedPart((Map<String, Object>) doc.get("spec")));
        List<Object> addons = addons(load, o.resolve("channel.yaml"));
        c.put("addons", addons);
        if (out == null) return c;
        Path samples = out.resolve("samples").resolve(s.release() + "-" + s.provider());
        if (!addons.isEmpty() && (!Files.exists(samples) || Files.exists(samples.resolve(s.id())))) {
            Path target = samples.resolve(s.id());
            Files.createDirectories(target);
            try (var files = Files.list(o)) {
                for (Path f : files.toList()) {
                    String n = f.getFileName().toString();
                    if (n.endsWith(".yaml") && !n.equals("completed-spec.yaml") && !n.equals("bootstrap.yaml") && !n.equals("channel.yaml")) {
                        gzip(target.resolve(n + ".gz"), Files.readAllBytes(f));
                    }
                }
            }
            c.put("sample", "samples/" + s.release() + "-" + s.provider() + "/" + s.id());
        }
        return c;
    }

    /** The fields of the completed spec a fixture keeps (SPEC_FIELDS and the COMPONENT_FIELDS of each component block). */
    private static Map<String, Object> completedPart(Map<String, Object> spec) {
        Map<String, Object> part = new LinkedHashMap<>();
        for (String k : SPEC_FIELDS) if (spec.containsKey(k)) part.put(k, spec.get(k));
        for (Map.Entry<String, List<String>> e : COMPONENT_FIELDS.entrySet()) {
            Object block = spec.get(e.getKey());
            if (!(block instanceof Map<?, ?> b)) continue;
            Map<String, Object> kept = new LinkedHashMap<>();
            for (String f : e.getValue()) if (b.containsKey(f)) kept.put(f, b.get(f));
            part.put(e.getKey(), kept);
        }
        return part;
    }

    /** The addon entries of the oracle's channel (name, id, manifest, hash, Kubernetes range); none without a channel. */
    @SuppressWarnings("unchecked")
    private static List<Object> addons(Load load, Path channel) throws IOException {
        List<Object> addons = new ArrayList<>();
        if (!Files.exists(channel)) return addons;
        Object ch = load.loadFromString(Files.readString(channel));
        if (ch instanceof List<?> entries) {
            for (Object en : entries) {
                Map<String, Object> e = (Map<String, Object>) en;
                Map<String, Object> a = new LinkedHashMap<>();
                for (String k : List.of("name", "id", "manifest", "manifestHash", "kubernetesVersion")) {
                    if (e.containsKey(k)) a.put(k, e.get(k));
                }
                addons.add(a);
            }
        }
        return addons;
    }

    /** The panic line and the first kops function of the oracle's log, without file paths or addresses. */
    static String failure(String log) {
        String panic = null;
        String where = null;
        for (String line : log.split("\n")) {
            if (panic == null && line.startsWith("panic:")) panic = line.replace(" [recovered]", "").strip();
            if (panic != null && where == null && line.startsWith("k8s.io/kops/") && !line.contains("_test.")) {
                where = line.replaceFirst("\\(.*$", "").strip();
            }
        }
        if (panic == null) {
            String[] lines = log.strip().split("\n");
            return lines[lines.length - 1].replaceAll("/[^ ]*/", "").strip();
        }
        return panic + (where == null ? "" : " in " + where);
    }

    /** A file's text, stripped; bytes that are not UTF-8 (kops quotes raw input bytes in decode errors) become U+FFFD. */
    static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
    }

    /** Deterministic gzip (no name, no timestamp), so reruns give the same bytes. */
    static void gzip(Path file, byte[] data) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (OutputStream z = new GZIPOutputStream(bytes)) {
                z.write(data);
            }
            Files.write(file, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
