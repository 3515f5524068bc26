package dev.podnet.manifests.calico;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.Podnet;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.yaml.ClusterYaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Calico and Canal specs kops' own tests never render (src/build/oracle_calico.py, seed 1), judged
 * by kops itself: podnet's manifestHash equals the one of kops' bootstrap channel. The cases of
 * {@code seed-1-known-failures.txt} must still fail (each with what differs).
 */
class OracleCalicoTest {

    private static final List<Map<String, Object>> CASES = cases();
    private static final Map<String, String> KNOWN = known();

    static Stream<Map<String, Object>> accepted() {
        return CASES.stream();
    }

    @Test
    void theFixtureIsThere() {
        assertThat(CASES).hasSize(138);
        assertThat(CASES.stream().map(c -> c.get("id"))).containsAll(KNOWN.keySet());
        assertThat(CASES.size() - KNOWN.size()).isEqualTo(138);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void manifestHashAsKops(Map<String, Object> c) {
        List<String> problems = problems(c);
        String known = KNOWN.get((String) c.get("id"));
        if (known != null) {
            assertThat(problems).as("listed as a known failure (%s) but passes now: remove it", known).isNotEmpty();
        } else {
            assertThat(problems).as((String) c.get("id")).isEmpty();
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> problems(Map<String, Object> c) {
        Map<String, String> want = (Map<String, String>) c.get("manifestHash");
        List<String> problems = new ArrayList<>();
        try {
            List<RenderedAddon> addons = Podnet.forRelease((String) c.get("release")).render(spec(c)).addons();
            Map<String, String> got = new TreeMap<>();
            for (RenderedAddon a : addons) {
                got.put(a.addonKey() + "/" + a.templateId(), a.manifestHash());
            }
            if (!got.equals(new TreeMap<>(want))) {
                problems.add("kops=" + want + " podnet=" + got);
            }
        } catch (RuntimeException e) {
            problems.add(e.toString());
        }
        return problems;
    }

    /** The spec oracle_calico.py wrote: its scaffolding with the case's fields. */
    static Cluster spec(Map<String, Object> c) {
        Map<String, Object> subnet = new LinkedHashMap<>(Map.of("cidr", "172.20.32.0/19", "name", "us-test-1a",
                "type", "Public", "zone", "us-test-1a"));
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("cloudProvider", "aws");
        s.put("configBase", "memfs://clusters.example.com/minimal.example.com");
        List<Object> etcd = new ArrayList<>();
        for (String n : List.of("main", "events")) {
            etcd.add(Map.of("etcdMembers", List.of(Map.of("instanceGroup", "master-us-test-1a", "name", "a")), "name", n));
        }
        s.put("etcdClusters", etcd);
        s.put("iam", Map.of());
        s.put("kubernetesVersion", c.get("kubernetesVersion"));
        s.put("networkCIDR", "172.20.0.0/16");
        s.put("networking", c.get("networking"));
        boolean ipv6 = Boolean.TRUE.equals(c.get("ipv6"));
        s.put("nonMasqueradeCIDR", ipv6 ? "::/0" : "100.64.0.0/10");
        if (ipv6) {
            subnet.put("ipv6CIDR", "/64#0");
            s.put("cloudControllerManager", Map.of());
        }
        s.put("subnets", List.of(subnet));
        if (Boolean.TRUE.equals(c.get("kubeProxyDisabled"))) {
            s.put("kubeProxy", Map.of("enabled", false));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("apiVersion", "kops.k8s.io/v1alpha2");
        doc.put("kind", "Cluster");
        doc.put("metadata", Map.of("name", "minimal.example.com"));
        doc.put("spec", s);
        return ClusterYaml.read(new Dump(DumpSettings.builder().setSchema(dev.podnet.api.internal.SafeScalars.SCHEMA).build()).dumpToString(doc));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cases() {
        return (List<Map<String, Object>>) new Load(LoadSettings.builder().build()).loadFromString(text("seed-1.yaml"));
    }

    private static Map<String, String> known() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : text("seed-1-known-failures.txt").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] p = line.split("\t", 2);
                out.put(p[0], p.length > 1 ? p[1] : "");
            }
        }
        return out;
    }

    private static String text(String name) {
        try (InputStream in = OracleCalicoTest.class.getResourceAsStream("/oracle-calico/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
