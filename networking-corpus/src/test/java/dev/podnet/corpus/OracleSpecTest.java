package dev.podnet.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class OracleSpecTest {
    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(OracleSpec s) {
        Map<String, Object> doc = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(s.yaml());
        assertThat(doc).containsEntry("apiVersion", "kops.k8s.io/v1alpha2").containsEntry("kind", "Cluster")
                .containsEntry("metadata", Map.of("name", "minimal.example.com"));
        return (Map<String, Object>) doc.get("spec");
    }

    @Test
    void theScaffoldingIsTheOneKopsOracleDocuments() {
        Map<String, Object> member = Map.of("instanceGroup", "master-us-test-1a", "name", "a");
        assertThat(spec(OracleSpec.aws())).containsExactly(
                Map.entry("cloudProvider", "aws"),
                Map.entry("configBase", "memfs://clusters.example.com/minimal.example.com"),
                Map.entry("etcdClusters", List.of(Map.of("etcdMembers", List.of(member), "name", "main"),
                        Map.of("etcdMembers", List.of(member), "name", "events"))),
                Map.entry("iam", Map.of()),
                Map.entry("kubernetesVersion", "1.30.2"),
                Map.entry("networkCIDR", "172.20.0.0/16"),
                Map.entry("networking", Map.of("calico", Map.of())),
                Map.entry("nonMasqueradeCIDR", "100.64.0.0/10"),
                Map.entry("subnets", List.of(Map.of("cidr", "172.20.32.0/19", "name", "us-test-1a", "type", "Public",
                        "zone", "us-test-1a"))));
    }

    @Test
    void settingsReplaceOrAddKeysInKopsOrder() {
        OracleSpec base = OracleSpec.aws();
        OracleSpec s = base.kubernetesVersion("1.24.0").networking("cilium:\n  ipam: eni")
                .block("kubeProxy", "enabled: false\n").inline("egressProxy", "{httpProxy: {host: p.example.com, port: 80}}")
                .without("nonMasqueradeCIDR");
        Map<String, Object> spec = spec(s);
        assertThat(spec).containsEntry("kubernetesVersion", "1.24.0")
                .containsEntry("networking", Map.of("cilium", Map.of("ipam", "eni")))
                .containsEntry("kubeProxy", Map.of("enabled", false))
                .containsEntry("egressProxy", Map.of("httpProxy", Map.of("host", "p.example.com", "port", 80)))
                .doesNotContainKey("nonMasqueradeCIDR");
        assertThat(List.copyOf(spec.keySet())).isSorted();
        // immutable: the base is unchanged
        assertThat(spec(base)).containsEntry("kubernetesVersion", "1.30.2").containsKey("nonMasqueradeCIDR")
                .doesNotContainKey("kubeProxy");
    }

    @Test
    void badInputIsRefusedNamingIt() {
        assertThatThrownBy(() -> OracleSpec.aws().inline("iam", "a\nb")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("iam");
        assertThatThrownBy(() -> OracleSpec.aws().inline("bad key", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"bad key\"");
        assertThatThrownBy(() -> OracleSpec.aws().block("", "x: 1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OracleSpec.aws().inline(null, "x")).isInstanceOf(NullPointerException.class);
    }
}
