package dev.podnet.manifests.canal;

import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.internal.facts.ReleaseFacts;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.FactTables;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The facts of one kops release that decide Canal's edits ({@code releases.yaml} beside this class, where each
 * fact is explained; read and checked when Canal first renders). The first row is kops 1.18's, whose templates
 * are 1.19's (borrowed.tsv).
 *
 * @param pdbV1FromKubernetes the Kubernetes minor from which PodDisruptionBudgets are policy/v1
 * @param metricsAlwaysTrueTemplates templates whose Go and process metrics env are always "true"
 * @param vethMtuDefaults canal-config veth_mtu when mtu is unset, by template
 * @param logSeverityDefaults FELIX_LOGSEVERITYSCREEN when logSeveritySys is unset, by template
 * @param fixedCpuTemplates templates whose calico-node cpu request is the template's own
 * @param noForwardRulesTemplates templates whose kube-flannel has no FLANNELD_IPTABLES_FORWARD_RULES
 */
record CanalFacts(Optional<String> pdbV1FromKubernetes, List<String> metricsAlwaysTrueTemplates,
        Map<String, String> vethMtuDefaults, Map<String, String> logSeverityDefaults, List<String> fixedCpuTemplates,
        List<String> noForwardRulesTemplates) {
    private static final ReleaseFacts<CanalFacts> TABLE = FactTables.cumulative(CanalFacts.class, "releases.yaml", CanalFacts::read);
    private static final CanalFacts NONE = read(FactDocument.parse("none", "{}").root());

    static CanalFacts at(KopsVersion release) {
        return TABLE.at(release).orElse(NONE);
    }

    static CanalFacts read(FactNode n) {
        n.onlyKeys(Set.of("pdbV1FromKubernetes", "metricsAlwaysTrueTemplates", "vethMtuDefaults", "logSeverityDefaults",
                "fixedCpuTemplates", "noForwardRulesTemplates"));
        n.textMap("vethMtuDefaults").forEach((template, mtu) -> {
            if (!mtu.matches("\\d+")) throw n.get("vethMtuDefaults").fail("not an MTU: " + template + ": " + mtu);
        });
        return new CanalFacts(n.optionalText("pdbV1FromKubernetes"), n.texts("metricsAlwaysTrueTemplates"),
                n.textMap("vethMtuDefaults"), n.textMap("logSeverityDefaults"), n.texts("fixedCpuTemplates"),
                n.texts("noForwardRulesTemplates"));
    }
}
