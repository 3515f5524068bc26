package dev.podnet.manifests.internal;

import dev.podnet.api.Cluster;
import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.internal.facts.ReleaseFacts;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.version.KubernetesVersion;
import dev.podnet.api.version.VersionRange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The node-level networking facts of one kops release, for every provider ({@code node/releases.yaml} beside
 * {@link NodeConfigs}, where each fact is explained; read and checked when the first node configuration is
 * built).
 *
 * @param networkPluginFlag when kubelet gets --network-plugin
 * @param nonMasqueradeFlag who gets kubelet --non-masquerade-cidr
 * @param externalRejected when validation rejects external networking
 * @param defaultContainerRuntime the runtime when spec.containerRuntime is unset
 * @param dockerBelowKubernetes the Kubernetes version below which the unset runtime is docker
 * @param cniBinariesKubenet CNI plugins for kubenet-style providers
 * @param cniBinariesCni CNI plugins for the other providers
 * @param cniBinariesNote a note that goes with the CNI plugins
 * @param cniAssetsSkipped providers that get no CNI plugin bundle
 * @param kubenetTemplate the containerd CNI template nodeup writes for kubenet-style providers
 * @param kubenetTemplateKey the containerd config key that points at it
 * @param ipMasq whether nodeup writes the cni-iptables-setup script and unit
 * @param ipMasqSkipSlash0 whether it skips them when nonMasqueradeCIDR is empty or /0
 * @param kubenetContainerdForbidden whether validation rejects kubenet-style providers with containerd
 * @param lyftCniBinaries Lyft VPC's CNI plugins
 * @param lyftDefaultSubnetTags Lyft VPC's subnetTags when the spec sets none (the first entry that holds)
 * @param lyftVpcRemoved whether Lyft VPC is removed
 * @param ciliumSysctls sysctls nodeup sets for Cilium
 * @param ciliumNotes what nodeup mounts for Cilium
 * @param iam cloud permissions by provider key
 */
public record NodeFacts(NodeGate networkPluginFlag, NodeGate nonMasqueradeFlag, NodeGate externalRejected,
        String defaultContainerRuntime, Optional<KubernetesVersion> dockerBelowKubernetes, List<String> cniBinariesKubenet,
        List<String> cniBinariesCni, Optional<String> cniBinariesNote, List<String> cniAssetsSkipped,
        Optional<KubenetTemplate> kubenetTemplate, String kubenetTemplateKey, boolean ipMasq, boolean ipMasqSkipSlash0,
        boolean kubenetContainerdForbidden, List<String> lyftCniBinaries, List<SubnetTags> lyftDefaultSubnetTags,
        boolean lyftVpcRemoved, Map<String, String> ciliumSysctls, List<String> ciliumNotes, Map<String, List<String>> iam) {
    private static final Set<String> KEYS = Set.of("networkPluginFlag", "nonMasqueradeFlag", "externalRejected",
            "defaultContainerRuntime", "dockerBelowKubernetes", "cniBinariesKubenet", "cniBinariesCni", "cniBinariesNote",
            "cniAssetsSkipped", "kubenetTemplate", "kubenetTemplateKey", "ipMasq", "ipMasqSkipSlash0",
            "kubenetContainerdForbidden", "lyftCniBinaries", "lyftDefaultSubnetTags", "lyftVpcRemoved", "ciliumSysctls",
            "ciliumNotes", "iam");
    private static final ReleaseFacts<NodeFacts> TABLE = FactTables.cumulative(NodeFacts.class, "node/releases.yaml", NodeFacts::read);

    /**
     * The containerd CNI template nodeup writes.
     *
     * @param path where nodeup writes it
     * @param resource its text, beside the table
     */
    public record KubenetTemplate(String path, String resource) {
        static KubenetTemplate read(FactNode n) {
            n.onlyKeys(Set.of("path", "resource"));
            return new KubenetTemplate(n.text("path"), n.text("resource"));
        }
    }

    /**
     * A default of Lyft VPC's subnetTags.
     *
     * @param kubernetes the Kubernetes versions it holds for (empty: every one; an unknown version matches none)
     * @param tags the tags ({clusterName}: the cluster's name)
     */
    public record SubnetTags(Optional<VersionRange> kubernetes, Map<String, String> tags) {
        static SubnetTags read(FactNode n) {
            n.onlyKeys(Set.of("kubernetes", "tags"));
            return new SubnetTags(n.has("kubernetes") ? Optional.of(n.rangeText("kubernetes")) : Optional.empty(),
                    n.textMap("tags"));
        }

        /** Whether this default holds for cluster {@code c}. */
        public boolean holds(Cluster c) {
            return kubernetes.isEmpty() || c.kubernetes().isPresent() && kubernetes.get().contains(c.kubernetes().get());
        }
    }

    /** The facts at {@code release}. */
    public static NodeFacts at(KopsVersion release) {
        return TABLE.require(release, "node facts");
    }

    static NodeFacts read(FactNode n) {
        n.onlyKeys(KEYS);
        Optional<KubernetesVersion> dockerBelow = n.has("dockerBelowKubernetes")
                ? Optional.of(KubernetesVersion.of(n.version("dockerBelowKubernetes"))) : Optional.empty();
        Map<String, List<String>> iam = new LinkedHashMap<>();
        FactNode iamNode = n.get("iam");
        for (String key : iamNode.keys()) iam.put(key, iamNode.texts(key));
        return new NodeFacts(NodeGate.read(n, "networkPluginFlag"), NodeGate.read(n, "nonMasqueradeFlag"),
                NodeGate.read(n, "externalRejected"), n.text("defaultContainerRuntime"), dockerBelow,
                n.texts("cniBinariesKubenet"), n.texts("cniBinariesCni"), n.optionalText("cniBinariesNote"),
                n.texts("cniAssetsSkipped"), n.has("kubenetTemplate") ? Optional.of(KubenetTemplate.read(n.get("kubenetTemplate"))) : Optional.empty(), n.text("kubenetTemplateKey"),
                n.bool("ipMasq", false), n.bool("ipMasqSkipSlash0", false), n.bool("kubenetContainerdForbidden", false),
                n.texts("lyftCniBinaries"), n.rows("lyftDefaultSubnetTags", SubnetTags::read), n.bool("lyftVpcRemoved", false),
                n.textMap("ciliumSysctls"), n.texts("ciliumNotes"), Map.copyOf(iam));
    }
}
