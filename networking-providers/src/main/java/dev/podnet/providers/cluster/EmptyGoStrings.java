package dev.podnet.providers.cluster;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cluster;
import dev.podnet.api.EgressProxy;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.KubeDns;
import dev.podnet.api.KubeProxy;
import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;
import dev.podnet.api.Topology;
import dev.podnet.api.version.KopsVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The cluster fields kops holds as plain Go strings with {@code omitempty}: an empty string written is the same as no
 * value, defaulted as absent and never written back (kops-oracle 1.19-1.36 on {@code ""} for each: {@code podCIDR},
 * {@code serviceClusterIPRange}, the kube-proxy and controller manager {@code clusterCIDR} are filled as when absent;
 * a subnet's {@code type}, {@code egress}, {@code ipv6CIDR}, {@code id}, {@code region} are left out of the completed
 * spec, as is an empty {@code topology.bastion.bastionPublicName}, and the egress proxy's empty host and zero port). kube-proxy's {@code clusterCIDR} is one only up to 1.22 (cluster.yaml {@code kubeProxyClusterCidrKeepsEmpty}).
 * The provider blocks' own such fields are their release tables' {@code zeroIsUnset} rows.
 */
final class EmptyGoStrings {
    private static final ClusterFacts FACTS = ClusterFacts.SHIPPED;

    private EmptyGoStrings() {
    }

    static Cluster clear(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        boolean keepProxyCidr = FACTS.kubeProxyClusterCidrKeepsEmpty().at(r).orElse(false);
        List<String> cleared = new ArrayList<>();
        Networking n = c.networking();
        Networking.Builder nb = n.toBuilder();
        nb.networkID(unset(n.networkID(), "spec.networkID", cleared));
        nb.networkCIDR(unset(n.networkCIDR(), "spec.networkCIDR", cleared));
        nb.nonMasqueradeCIDR(unset(n.nonMasqueradeCIDR(), "spec.nonMasqueradeCIDR", cleared));
        nb.podCIDR(unset(n.podCIDR(), "spec.podCIDR", cleared));
        nb.serviceClusterIPRange(unset(n.serviceClusterIPRange(), "spec.serviceClusterIPRange", cleared));
        List<Subnet> subnets = new ArrayList<>();
        for (int i = 0; i < n.subnets().size(); i++) {
            Subnet s = n.subnets().get(i);
            String p = "spec.subnets[" + i + "].";
            subnets.add(Subnet.builder().from(s).cidr(unset(s.cidr(), p + "cidr", cleared))
                    .ipv6CIDR(unset(s.ipv6CIDR(), p + "ipv6CIDR", cleared)).zone(unset(s.zone(), p + "zone", cleared))
                    .region(unset(s.region(), p + "region", cleared)).id(unset(s.id(), p + "id", cleared))
                    .egress(unset(s.egress(), p + "egress", cleared)).type(unset(s.type(), p + "type", cleared))
                    .publicIP(unset(s.publicIP(), p + "publicIP", cleared)).build());
        }
        nb.subnets(subnets);
        if (n.topology().isPresent()) nb.topology(bastionPublicName(n.topology().get(), cleared));
        if (n.egressProxy().isPresent()) nb.egressProxy(httpProxy(n.egressProxy().get(), cleared));
        Cluster.Builder cb = Cluster.builder().from(c);
        if (c.kubeProxy().isPresent()) cb.kubeProxy(kubeProxy(c.kubeProxy().get(), keepProxyCidr, cleared));
        if (c.kubeControllerManager().isPresent()) {
            KubeControllerManager k = c.kubeControllerManager().get();
            cb.kubeControllerManager(KubeControllerManager.builder().from(k)
                    .clusterCIDR(unset(k.clusterCIDR(), "spec.kubeControllerManager.clusterCIDR", cleared)).build());
        }
        if (c.kubeDNS().isPresent()) {
            KubeDns k = c.kubeDNS().get();
            cb.kubeDNS(KubeDns.builder().from(k).serverIP(unset(k.serverIP(), "spec.kubeDNS.serverIP", cleared)).build());
        }
        if (cleared.isEmpty()) return c;
        for (String path : cleared) {
            applied.accept(AppliedDefault.of(path, "(unset)", "cluster.empty-string-unset",
                    "an empty string is no value for a plain Go string field: kops defaults it as absent"));
        }
        return cb.networking(nb.build()).build();
    }

    private static KubeProxy kubeProxy(KubeProxy k, boolean keepProxyCidr, List<String> cleared) {
        return KubeProxy.builder().from(k)
                .clusterCIDR(keepProxyCidr ? k.clusterCIDR() : unset(k.clusterCIDR(), "spec.kubeProxy.clusterCIDR", cleared))
                .proxyMode(unset(k.proxyMode(), "spec.kubeProxy.proxyMode", cleared)).build();
    }

    /**
     * {@code egressProxy.httpProxy}'s host {@code ""} and port {@code 0} (a Go string and int with omitempty: kops-oracle
     * 1.19, 1.24, 1.36 complete them as {@code httpProxy: {}}; found by the edges set, seed 20261800, v1.20.0-flannel-002).
     */
    private static EgressProxy httpProxy(EgressProxy e, List<String> cleared) {
        EgressProxy.Builder b = EgressProxy.builder().from(e).host(unset(e.host(), "spec.egressProxy.httpProxy.host", cleared));
        if (e.port().filter(p -> p == 0).isPresent()) {
            cleared.add("spec.egressProxy.httpProxy.port");
            b.port(Optional.empty());
        }
        return b.build();
    }

    /** {@code topology.bastion.bastionPublicName: ""} (kops-oracle 1.24, 1.28, 1.36 complete it as {@code bastion: {}}). */
    private static Topology bastionPublicName(Topology t, List<String> cleared) {
        if (!(t.bastion().orElse(null) instanceof Map<?, ?> bastion) || !"".equals(bastion.get("bastionPublicName"))) return t;
        Map<String, Object> kept = new LinkedHashMap<>();
        bastion.forEach((k, v) -> {
            if (!"bastionPublicName".equals(k)) kept.put(String.valueOf(k), v);
        });
        cleared.add("spec.topology.bastion.bastionPublicName");
        return Topology.builder().from(t).bastion(kept).build();
    }

    private static Optional<String> unset(Optional<String> v, String path, List<String> cleared) {
        if (v.isPresent() && v.get().isEmpty()) {
            cleared.add(path);
            return Optional.empty();
        }
        return v;
    }

    /** A plain Go string field of a block kept as YAML ({@code spec.hooks}, {@code fileAssets}): absent, null or {@code ""} is its zero value. */
    static boolean unset(Object yamlValue) {
        return yamlValue == null || yamlValue instanceof String s && s.isEmpty();
    }
}
