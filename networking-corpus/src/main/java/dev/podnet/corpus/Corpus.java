package dev.podnet.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * kops' conformance corpus and the oracle (specs of ours rendered by kops), read from the classpath.
 * Data from the kops project (Apache License 2.0); see NOTICE.
 */
public final class Corpus {
    private static final String CORPUS = "podnet-corpus/";
    private static final String ORACLE = "podnet-oracle/";

    private final String root;
    private final List<CorpusCase> cases;

    private Corpus(String root, List<CorpusCase> cases) {
        this.root = root;
        this.cases = List.copyOf(cases);
    }

    /** The cases of kops' own test suites. */
    public static Corpus kops() {
        return new Corpus(CORPUS, parse(CORPUS + "index.json", false));
    }

    /** Specs of ours that kops rendered, for providers and options the corpus lacks. */
    public static Corpus oracle() {
        return new Corpus(ORACLE, parse(ORACLE + "index.json", true));
    }

    public List<CorpusCase> cases() { return cases; }

    public List<CorpusCase> cases(Predicate<CorpusCase> filter) {
        return cases.stream().filter(filter).toList();
    }

    /** The text of a file of a case (a path from {@link CorpusCase}). */
    public String read(String path) {
        return text(root + path);
    }

    /** The node-side golden tests of kops (nodeup), as raw index entries. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> nodeupIndex() {
        return (List<Map<String, Object>>) load(text(CORPUS + "nodeup-index.json"));
    }

    static String text(String resource) {
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no corpus resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object load(String text) {
        LoadSettings s = LoadSettings.builder().setCodePointLimit(64 * 1024 * 1024).build();
        return new Load(s).loadFromString(text);
    }

    @SuppressWarnings("unchecked")
    private static List<CorpusCase> parse(String index, boolean oracle) {
        List<Map<String, Object>> raw = (List<Map<String, Object>>) load(text(index));
        List<CorpusCase> out = new ArrayList<>();
        for (Map<String, Object> c : raw) {
            Map<String, Object> files = (Map<String, Object>) c.getOrDefault("files", Map.of());
            Map<String, String> manifests = new LinkedHashMap<>(
                    (Map<String, String>) files.getOrDefault("manifests", Map.of()));
            Object extra = files.get("extra_inputs");
            Map<String, String> extraInputs = extra == null ? Map.of() : (Map<String, String>) extra;
            List<Map<String, Object>> channel = (List<Map<String, Object>>) c.getOrDefault("channel_networking", List.of());
            String kopsTag = oracle ? (String) c.get("release") : (String) c.get("kops_tag");
            out.add(new CorpusCase(oracle ? "oracle" : (String) c.get("source"), kopsTag, (String) c.get("case"),
                    (String) c.get("provider"), (String) c.get("kubernetes_version"), (String) c.get("cloud"),
                    (String) c.get("networking_option"), (String) files.get("input"),
                    (String) files.get("completed_spec"), (String) files.get("expected"),
                    (String) files.get("bootstrap_channel"), Collections.unmodifiableMap(manifests),
                    Map.copyOf(extraInputs), channel == null ? List.of() : channel, c));
        }
        return out;
    }
}
