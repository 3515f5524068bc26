package dev.podnet.manifests.cilium;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The release image table read once into objects and containers, each in the table's order. */
class CiliumImageTableTest {

    @Test
    void groupsTheTablesContainersByObjectInTableOrder() {
        Map<String, String> table = new LinkedHashMap<>();
        table.put("DaemonSet/cilium cilium-agent", "quay.io/cilium/cilium:v1.15.6");
        table.put("Deployment/cilium-operator cilium-operator", "quay.io/cilium/operator:v1.15.6");
        table.put("DaemonSet/cilium clean-cilium-state", "quay.io/cilium/cilium:v1.15.6");
        CiliumRenderer.ImageTable t = CiliumRenderer.ImageTable.of(table);
        assertThat(t.objects()).extracting(CiliumRenderer.ImageTable.ObjectImages::kind).containsExactly("DaemonSet", "Deployment");
        assertThat(t.objects().get(0).name()).isEqualTo("cilium");
        assertThat(t.objects().get(0).containers()).containsExactly("cilium-agent", "clean-cilium-state");
        assertThat(t.objects().get(0).images()).containsExactly("quay.io/cilium/cilium:v1.15.6", "quay.io/cilium/cilium:v1.15.6");
        assertThat(t.objects().get(1).name()).isEqualTo("cilium-operator");
        assertThat(t.objects().get(1).images()).isEqualTo(List.of("quay.io/cilium/operator:v1.15.6"));
        assertThat(CiliumRenderer.ImageTable.of(Map.of()).objects()).isEmpty();
    }
}
