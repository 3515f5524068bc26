package dev.podnet.api.internal.allowed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.provider.CanalSpec;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.api.provider.FlannelSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The model's enum overloads (typed builder values, public API) write only values kops' validation accepts at
 * some release, and every accepted value has its constant: each enum spells the union of its field's rows in
 * the table of allowed values, so the table stays the one home of the values and the enums cannot drift from it.
 */
class ModelEnumsAgreeTest {
    private static final AllowedValueTable TABLE = AllowedValueTable.load();

    private static <E extends Enum<E>> List<String> values(Class<E> type, Function<E, String> value) {
        return Stream.of(type.getEnumConstants()).map(value).toList();
    }

    @Test
    void everyEnumSpellsTheValuesItsFieldAccepts() {
        Map<String, List<String>> enums = Map.ofEntries(
                Map.entry("calico.encapsulationMode", values(CalicoSpec.EncapsulationMode.class, CalicoSpec.EncapsulationMode::value)),
                Map.entry("calico.ipipMode", values(CalicoSpec.PoolMode.class, CalicoSpec.PoolMode::value)),
                Map.entry("calico.vxlanMode", values(CalicoSpec.PoolMode.class, CalicoSpec.PoolMode::value)),
                Map.entry("canal.chainInsertMode", values(CanalSpec.ChainInsertMode.class, CanalSpec.ChainInsertMode::value)),
                Map.entry("canal.defaultEndpointToHostAction",
                        values(CanalSpec.EndpointToHostAction.class, CanalSpec.EndpointToHostAction::value)),
                Map.entry("canal.iptablesBackend", values(CanalSpec.IptablesBackend.class, CanalSpec.IptablesBackend::value)),
                Map.entry("canal.logSeveritySys", values(CanalSpec.LogSeverity.class, CanalSpec.LogSeverity::value)),
                Map.entry("flannel.backend", values(FlannelSpec.Backend.class, FlannelSpec.Backend::value)),
                Map.entry("cilium.ipam", values(CiliumSpec.Ipam.class, CiliumSpec.Ipam::value)),
                Map.entry("cilium.tunnel", values(CiliumSpec.Tunnel.class, CiliumSpec.Tunnel::value)),
                Map.entry("cilium.encryptionType", values(CiliumSpec.EncryptionType.class, CiliumSpec.EncryptionType::value)),
                Map.entry("cilium.identityAllocationMode",
                        values(CiliumSpec.IdentityAllocationMode.class, CiliumSpec.IdentityAllocationMode::value)),
                Map.entry("cilium.monitorAggregation", values(CiliumSpec.MonitorAggregation.class, CiliumSpec.MonitorAggregation::value)),
                Map.entry("cilium.enablePolicy", values(CiliumSpec.EnablePolicy.class, CiliumSpec.EnablePolicy::value)),
                Map.entry("cilium.bpfLBAlgorithm", values(CiliumSpec.BpfLbAlgorithm.class, CiliumSpec.BpfLbAlgorithm::value)),
                Map.entry("cilium.containerRuntimeLabels",
                        values(CiliumSpec.ContainerRuntimeLabels.class, CiliumSpec.ContainerRuntimeLabels::value)));
        List<String> drift = new ArrayList<>();
        enums.forEach((field, constants) -> {
            Set<String> accepted = new LinkedHashSet<>();
            TABLE.ofField("spec.networking." + field).forEach(r -> accepted.addAll(r.values()));
            if (accepted.isEmpty() || !accepted.equals(new LinkedHashSet<>(constants))) {
                drift.add(field + ": enum " + constants + ", table " + accepted);
            }
        });
        assertThat(drift).isEmpty();
    }
}
