package dev.podnet.corpus;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The smallest Cluster document kops-oracle accepts on its mock AWS cloud (zone {@code us-test-1a}; the
 * scaffolding its README lists: a memfs configBase, one-member main and events etcd clusters, {@code iam: {}}),
 * with Calico on Kubernetes 1.30.2 unless a test sets other values. One home for the document the hand probes of
 * kops-oracle were run on, so that a test reproducing a probe states only what the probe varied. Immutable: every
 * method returns a new spec.
 *
 * <pre>{@code
 * String yaml = OracleSpec.aws().kubernetesVersion("1.24.0").networking("kuberouter: {}")
 *         .block("kubeProxy", "enabled: false").yaml();
 * }</pre>
 */
public final class OracleSpec {
    private static final String ETCD = """
            - etcdMembers:
              - instanceGroup: master-us-test-1a
                name: a
              name: main
            - etcdMembers:
              - instanceGroup: master-us-test-1a
                name: a
              name: events""";
    private static final String SUBNETS = """
            - cidr: 172.20.32.0/19
              name: us-test-1a
              type: Public
              zone: us-test-1a""";

    /** spec's keys in kops' order (sorted, as kops writes a spec) to the YAML text that follows {@code key:}. */
    private final TreeMap<String, String> entries;

    private OracleSpec(TreeMap<String, String> entries) {
        this.entries = entries;
    }

    /** @return the AWS scaffolding with {@code networking: {calico: {}}} on Kubernetes 1.30.2 */
    public static OracleSpec aws() {
        TreeMap<String, String> e = new TreeMap<>();
        e.put("cloudProvider", " aws");
        e.put("configBase", " memfs://clusters.example.com/minimal.example.com");
        e.put("etcdClusters", indented(ETCD));
        e.put("iam", " {}");
        e.put("kubernetesVersion", " 1.30.2");
        e.put("networkCIDR", " 172.20.0.0/16");
        e.put("networking", indented("calico: {}"));
        e.put("nonMasqueradeCIDR", " 100.64.0.0/10");
        e.put("subnets", indented(SUBNETS));
        return new OracleSpec(e);
    }

    /**
     * @param version {@code spec.kubernetesVersion}, e.g. {@code 1.24.0}
     * @return the spec with it
     */
    public OracleSpec kubernetesVersion(String version) {
        return inline("kubernetesVersion", version);
    }

    /**
     * @param providerBlock the lines under {@code spec.networking}, unindented, e.g. {@code cilium: {ipam: eni}}
     * @return the spec with that networking block instead of Calico's
     */
    public OracleSpec networking(String providerBlock) {
        return block("networking", providerBlock);
    }

    /**
     * @param key a key of {@code spec}
     * @param value its value as one line of YAML: a scalar or a flow collection, e.g. {@code {}} or {@code [a, b]}
     * @return the spec with {@code key: value}
     */
    public OracleSpec inline(String key, String value) {
        if (value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("an inline value is one line; use block for " + key);
        }
        return with(key, " " + value);
    }

    /**
     * @param key a key of {@code spec}
     * @param lines its value as block YAML, unindented (indented under the key here), e.g. {@code enabled: false}
     * @return the spec with {@code key:} and those lines
     */
    public OracleSpec block(String key, String lines) {
        return with(key, indented(lines.stripTrailing()));
    }

    /**
     * @param key a key of {@code spec}
     * @return the spec without it (to probe what kops does when the scaffolding lacks it)
     */
    public OracleSpec without(String key) {
        TreeMap<String, String> e = new TreeMap<>(entries);
        e.remove(key);
        return new OracleSpec(e);
    }

    /** @return the Cluster document ({@code kops.k8s.io/v1alpha2}, named {@code minimal.example.com}) */
    public String yaml() {
        StringBuilder out = new StringBuilder("apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata:\n"
                + "  name: minimal.example.com\nspec:\n");
        for (Map.Entry<String, String> e : entries.entrySet()) {
            out.append("  ").append(e.getKey()).append(':').append(e.getValue()).append('\n');
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return yaml();
    }

    private OracleSpec with(String key, String text) {
        Objects.requireNonNull(key, "key");
        if (key.isEmpty() || key.indexOf(':') >= 0 || key.indexOf('\n') >= 0 || key.indexOf(' ') >= 0) {
            throw new IllegalArgumentException("not a plain spec key: \"" + key + "\"");
        }
        TreeMap<String, String> e = new TreeMap<>(entries);
        e.put(key, text);
        return new OracleSpec(e);
    }

    /** Block lines under a spec key: each indented by four spaces (two for spec, two for the key). */
    private static String indented(String lines) {
        StringBuilder out = new StringBuilder();
        lines.lines().forEach(l -> out.append("\n    ").append(l));
        return out.toString();
    }
}
