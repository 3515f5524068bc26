package dev.podnet.manifests.kuberouter;

import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.internal.facts.ReleaseFacts;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.FactTables;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one kops release renders for kube-router ({@code releases.yaml} beside this class, where each fact is
 * explained; read and checked when kube-router first renders).
 *
 * @param template the upstream objects' resource
 * @param conflist the resource replacing kube-router-cfg's cni-conf.json (empty: the template's)
 * @param image the kube-router and install-cni image
 * @param channelVersion the k8s-1.12 channel entry's version (empty: none)
 * @param kubernetesVersion the k8s-1.12 channel entry's Kubernetes range (empty: none)
 * @param legacy the k8s-1.6 entry also rendered (empty: none)
 * @param serviceRangeArg whether --service-cluster-ip-range is rendered
 * @param clusterRoleNamespaced whether ClusterRole kube-router carries metadata.namespace
 * @param rtTablesPath the rt_tables volume's host path and mount (empty: none)
 * @param cpuRequest the kube-router container's cpu request
 * @param leadingArgs arguments put before the template's
 * @param extraArgs arguments appended to the template's
 * @param serviceAccountField whether the pod spec also carries serviceAccount
 * @param seLinux whether seLinuxOptions follow spec.containerd.seLinuxEnabled
 * @param kubeProxyDisabledByCreate whether kops create cluster disables kube-proxy (said in the guidance)
 * @param nfTablesOption whether useNFTablesForNetpol renders --use-nftables-for-netpol
 */
record KubeRouterFacts(String template, Optional<String> conflist, String image, Optional<String> channelVersion,
        Optional<String> kubernetesVersion, Optional<Legacy> legacy, boolean serviceRangeArg, boolean clusterRoleNamespaced,
        Optional<String> rtTablesPath, String cpuRequest, List<String> leadingArgs, List<String> extraArgs,
        boolean serviceAccountField, boolean seLinux, boolean kubeProxyDisabledByCreate, boolean nfTablesOption) {
    private static final Set<String> KEYS = Set.of("template", "conflist", "image", "channelVersion", "kubernetesVersion",
            "legacy", "serviceRangeArg", "clusterRoleNamespaced", "rtTablesPath", "cpuRequest", "leadingArgs", "extraArgs",
            "serviceAccountField", "seLinux", "kubeProxyDisabledByCreate", "nfTablesOption");
    private static final ReleaseFacts<KubeRouterFacts> TABLE =
            FactTables.cumulative(KubeRouterFacts.class, "releases.yaml", KubeRouterFacts::read);

    /**
     * The legacy k8s-1.6 entry of kops 1.18-1.19.
     *
     * @param id the addon id
     * @param template the template resource
     * @param kubernetesVersion the channel entry's Kubernetes range
     * @param channelVersion the channel entry's version
     * @param image the kube-router image
     * @param initImage the install-cni image
     */
    record Legacy(String id, String template, String kubernetesVersion, String channelVersion, String image, String initImage) {
        static Legacy read(FactNode n) {
            n.onlyKeys(Set.of("id", "template", "kubernetesVersion", "channelVersion", "image", "initImage"));
            return new Legacy(n.text("id"), n.text("template"), n.text("kubernetesVersion"), n.text("channelVersion"),
                    n.text("image"), n.text("initImage"));
        }
    }

    /** The facts at {@code release}; empty before the table's first row. */
    static Optional<KubeRouterFacts> at(KopsVersion release) {
        return TABLE.at(release);
    }

    static KubeRouterFacts read(FactNode n) {
        n.onlyKeys(KEYS);
        return new KubeRouterFacts(n.text("template"), n.optionalText("conflist"), n.text("image"),
                n.optionalText("channelVersion"), n.optionalText("kubernetesVersion"), n.find("legacy").map(Legacy::read),
                n.bool("serviceRangeArg", false), n.bool("clusterRoleNamespaced", false), n.optionalText("rtTablesPath"),
                n.text("cpuRequest"), n.texts("leadingArgs"), n.texts("extraArgs"), n.bool("serviceAccountField", false),
                n.bool("seLinux", false), n.bool("kubeProxyDisabledByCreate", false), n.bool("nfTablesOption", false));
    }
}
