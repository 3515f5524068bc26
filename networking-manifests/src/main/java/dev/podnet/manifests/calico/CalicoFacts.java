package dev.podnet.manifests.calico;

import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.internal.facts.ReleaseFacts;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.FactTables;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The facts of one kops release that decide Calico's edits ({@code releases.yaml} beside this class, where each
 * fact is explained; read and checked when Calico first renders).
 *
 * @param currentEdits whether the release's substitutions are CalicoRenderer's ({@code edits: current}), not kops
 *     1.18's ({@code edits: kops118}, the default)
 * @param kops118Templates templates carried over from kops 1.18 with its substitutions
 * @param metricsAlwaysTrue whether the Go and process metrics env are "true" whatever the spec says
 * @param ipv4AutodetectionInKops118Templates whether the kops 1.18 templates write IP_AUTODETECTION_METHOD
 * @param awsSrcDstCheckDefault FELIX_AWSSRCDSTCHECK on AWS when awsSrcDstCheck is unset
 * @param vxlanModeDefault CALICO_IPV4POOL_VXLAN with vxlan encapsulation when vxlanMode is unset
 * @param ipv6AutodetectionDefault IP6_AUTODETECTION_METHOD when ipv6AutoDetectionMethod is unset
 * @param ipv6OnlyNoSrcDstCheck templates where FELIX_AWSSRCDSTCHECK is DoNothing on IPv6-only clusters
 * @param ipv6PoolVxlanEnv whether CALICO_IPV6POOL_VXLAN follows vxlanMode
 * @param ipv6DropsUpgradeIpam templates where IPv6-only clusters have no upgrade-ipam init container
 * @param ipv6UsePodCidrTemplates templates whose IPv6 host-local range is "usePodCidr"
 * @param crossSubnetField whether the templates read crossSubnet
 * @param ipv6PoolFromClusterCidr whether IPv6-only clusters keep calico-ipam with a pool of the cluster CIDR
 * @param pdbV1FromKubernetes the Kubernetes minor from which PodDisruptionBudgets are policy/v1
 * @param nftablesModeEnv whether calico-node gets FELIX_NFTABLESMODE from a non-empty nftablesMode
 * @param proxyEnv whether calico-node gets the egress proxy variables (kops' {@code ProxyEnv})
 */
record CalicoFacts(boolean currentEdits, List<String> kops118Templates, boolean metricsAlwaysTrue,
        boolean ipv4AutodetectionInKops118Templates, Optional<String> awsSrcDstCheckDefault, Optional<String> vxlanModeDefault,
        String ipv6AutodetectionDefault, List<String> ipv6OnlyNoSrcDstCheck, boolean ipv6PoolVxlanEnv,
        List<String> ipv6DropsUpgradeIpam, List<String> ipv6UsePodCidrTemplates, boolean crossSubnetField,
        boolean ipv6PoolFromClusterCidr, Optional<String> pdbV1FromKubernetes, boolean nftablesModeEnv, boolean proxyEnv) {
    private static final Set<String> KEYS = Set.of("edits", "kops118Templates", "metricsAlwaysTrue",
            "ipv4AutodetectionInKops118Templates", "awsSrcDstCheckDefault", "vxlanModeDefault", "ipv6AutodetectionDefault",
            "ipv6OnlyNoSrcDstCheck", "ipv6PoolVxlanEnv", "ipv6DropsUpgradeIpam", "ipv6UsePodCidrTemplates", "crossSubnetField",
            "ipv6PoolFromClusterCidr", "pdbV1FromKubernetes", "nftablesModeEnv", "proxyEnv");
    private static final ReleaseFacts<CalicoFacts> TABLE = FactTables.cumulative(CalicoFacts.class, "releases.yaml", CalicoFacts::read);

    static CalicoFacts at(KopsVersion release) {
        return TABLE.require(release, "calico");
    }

    /** FELIX_AWSSRCDSTCHECK's default; the table states it for every release whose substitutions read it. */
    String awsSrcDstCheck() {
        if (awsSrcDstCheckDefault.isEmpty()) throw new IllegalStateException("calico releases.yaml: no awsSrcDstCheckDefault");
        return awsSrcDstCheckDefault.get();
    }

    /** CALICO_IPV4POOL_VXLAN's default; the table states it for every release whose substitutions read it. */
    String vxlanMode() {
        if (vxlanModeDefault.isEmpty()) throw new IllegalStateException("calico releases.yaml: no vxlanModeDefault");
        return vxlanModeDefault.get();
    }

    static CalicoFacts read(FactNode n) {
        n.onlyKeys(KEYS);
        String edits = n.optionalText("edits").orElse("kops118");
        if (!edits.equals("kops118") && !edits.equals("current")) throw n.get("edits").fail("expected kops118 or current");
        return new CalicoFacts(edits.equals("current"), n.texts("kops118Templates"), n.bool("metricsAlwaysTrue", false),
                n.bool("ipv4AutodetectionInKops118Templates", false), n.optionalText("awsSrcDstCheckDefault"),
                n.optionalText("vxlanModeDefault"), n.text("ipv6AutodetectionDefault"), n.texts("ipv6OnlyNoSrcDstCheck"),
                n.bool("ipv6PoolVxlanEnv", false), n.texts("ipv6DropsUpgradeIpam"), n.texts("ipv6UsePodCidrTemplates"),
                n.bool("crossSubnetField", false), n.bool("ipv6PoolFromClusterCidr", false), n.optionalText("pdbV1FromKubernetes"),
                n.bool("nftablesModeEnv", false), n.bool("proxyEnv", false));
    }
}
