package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.Podnet;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.corpus.Corpus;
import dev.podnet.corpus.CorpusCase;
import dev.podnet.corpus.KnownFailures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every case of the oracle (specs of ours that kops itself rendered, for providers and options
 * kops' own suites lack) end to end: the networking part of podnet's completed spec equals kops',
 * the manifests equal kops' object by object, and each manifestHash equals kops' bootstrap channel.
 * Cases in {@code conformance/oracle-known-failures.tsv} must still fail, each with its reason.
 */
class OracleConformanceTest {
    private static final Corpus ORACLE = Corpus.oracle();
    private static final Map<String, String> KNOWN = knownFailures();

    static Stream<CorpusCase> cases() { return ORACLE.cases().stream(); }

    @Test
    void theOracleIsThere() {
        assertThat(cases().count()).isEqualTo(13);
        assertThat(ORACLE.cases().stream().map(CorpusCase::id).toList()).containsAll(KNOWN.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void podnetAnswersAsKops(CorpusCase c) {
        List<String> problems = problems(c);
        String known = KNOWN.get(c.id());
        if (known != null) {
            assertThat(problems).as("listed as a known failure (%s) but passes now: remove it", known).isNotEmpty();
        } else {
            assertThat(problems).as(c.id()).isEmpty();
        }
    }

    static List<String> problems(CorpusCase c) {
        List<String> problems = new ArrayList<>();
        KopsVersion release = KopsVersion.of(c.kopsRelease());
        Cluster input = ClusterYaml.read(ORACLE.read(c.input()));
        Cluster kopsCompleted = ClusterYaml.read(ORACLE.read(c.completedSpec()));
        Podnet podnet = Podnet.forRelease(release);
        dev.podnet.Completion done = podnet.complete(input);
        Cluster completed = done.cluster();
        Map<String, Object> want = slice(kopsCompleted);
        Map<String, Object> got = slice(completed);
        for (String k : union(want, got)) {
            if (!java.util.Objects.equals(want.get(k), got.get(k))) {
                problems.add("defaults: " + k + " kops=" + want.get(k) + " podnet=" + got.get(k));
            }
        }
        List<RenderedAddon> addons;
        try {
            addons = podnet.render(done).addons();
        } catch (RuntimeException e) {
            problems.add("render: " + e.getMessage());
            return problems;
        }
        Map<String, String> hashes = channelHashes(ORACLE.read(c.bootstrapChannel()));
        List<String> rendered = new ArrayList<>();
        for (RenderedAddon a : addons) {
            String key = a.addonKey() + "/" + a.templateId();
            rendered.add(key);
            String path = c.manifests().get(key);
            if (path == null) {
                problems.add("render: podnet renders " + key + ", kops does not");
                continue;
            }
            Map<String, Object> kops = objects(ORACLE.read(path));
            Map<String, Object> ours = objects(a.yaml());
            if (!kops.keySet().equals(ours.keySet())) {
                problems.add("render: " + key + " objects differ: kops=" + kops.keySet() + " podnet=" + ours.keySet());
            } else {
                kops.forEach((id, o) -> {
                    if (!o.equals(ours.get(id))) problems.add("render: " + key + " " + id + " differs");
                });
            }
            String kopsHash = hashes.get(key);
            if (!a.manifestHash().equals(kopsHash)) {
                problems.add("channel: " + key + " manifestHash kops=" + kopsHash + " podnet=" + a.manifestHash());
            }
        }
        for (String key : c.manifests().keySet()) {
            if (!rendered.contains(key)) problems.add("render: kops renders " + key + ", podnet does not");
        }
        return problems;
    }

    /** The networking part compared, one home for it: {@link NetworkingSlice}, in key order. */
    static Map<String, Object> slice(Cluster c) {
        return new TreeMap<>(NetworkingSlice.of(c));
    }

    /** Objects keyed by apiVersion/kind/namespace/name. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> objects(String yaml) {
        Map<String, Object> out = new TreeMap<>();
        for (Object d : new Load(LoadSettings.builder().setCodePointLimit(64 * 1024 * 1024).build()).loadAllFromString(yaml)) {
            if (!(d instanceof Map<?, ?> m)) continue;
            Map<String, Object> meta = (Map<String, Object>) m.get("metadata");
            String id = m.get("apiVersion") + "/" + m.get("kind") + "/" + (meta == null ? "" : meta.getOrDefault("namespace", ""))
                    + "/" + (meta == null ? "" : meta.get("name"));
            out.put(id, d);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> channelHashes(String channel) {
        Map<String, Object> doc = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(channel);
        Map<String, String> out = new LinkedHashMap<>();
        for (Object o : (List<Object>) ((Map<String, Object>) doc.get("spec")).get("addons")) {
            Map<String, Object> a = (Map<String, Object>) o;
            out.put(a.get("name") + "/" + a.get("id"), String.valueOf(a.get("manifestHash")));
        }
        return out;
    }

    private static java.util.Set<String> union(Map<String, Object> a, Map<String, Object> b) {
        java.util.Set<String> s = new java.util.TreeSet<>(a.keySet());
        s.addAll(b.keySet());
        return s;
    }

    static Map<String, String> knownFailures() {
        return KnownFailures.load("/conformance/oracle-known-failures.tsv");
    }
}
