package dev.podnet.providers.cluster;

import java.util.Optional;
import java.util.function.Consumer;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.KubeProxy;
import dev.podnet.api.Networking;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.providers.internal.ClusterGates;
import dev.podnet.providers.internal.Gate;
import dev.podnet.api.internal.cluster.IpFamily;

/** The KCM and kube-proxy options builders' networking fields (after the provider's defaults). Stateless. */
final class ControllerDefaults {
    private static final ClusterFacts FACTS = ClusterFacts.SHIPPED;
    private static final Gate PROVIDER_REQUIRED = ClusterGates.gate("networking.provider-required");

    private ControllerDefaults() {
    }

    static Cluster apply(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        Networking n = c.networking();
        // IPv6-only clusters get no cluster CIDR from the release kops-controller IPAM took over (1.23).
        boolean v6Skips = IpFamily.isIpv6Only(c) && !FACTS.kcmClusterCidrOnIpv6Only().at(r).orElse(true);
        KubeControllerManager given = c.kubeControllerManager().orElse(null);
        Optional<String> kcmCidr = given == null ? Optional.empty() : given.clusterCIDR();
        if (kcmCidr.isEmpty() && n.podCIDR().isPresent() && !v6Skips) {
            String v = n.podCIDR().get();
            KubeControllerManager.Builder b = ComponentFields.kcmBuilder(c);
            c = c.toBuilder().kubeControllerManager(b.clusterCIDR(v).build()).build();
            kcmCidr = Optional.of(v);
            applied.accept(AppliedDefault.of("spec.kubeControllerManager.clusterCIDR", v, "cluster.kcm-cluster-cidr",
                    "KCM cluster CIDR is the pod range (kops >=1.22; not on IPv6-only clusters from 1.23)"));
        }
        c = kcmNodeCidrs(c, r, applied);
        KubeProxy proxy = c.kubeProxy().orElse(null);
        Optional<String> kpCidr = proxy == null ? Optional.empty() : proxy.clusterCIDR();
        boolean amazonVpc = n.providerKind().orElse(null) == ProviderKind.AMAZON_VPC;
        if (kpCidr.isEmpty() && kcmCidr.isPresent() && !v6Skips && !amazonVpc) {
            KubeProxy.Builder b = proxy == null ? KubeProxy.builder() : proxy.toBuilder();
            c = c.toBuilder().kubeProxy(b.clusterCIDR(kcmCidr.get()).build()).build();
            applied.accept(AppliedDefault.of("spec.kubeProxy.clusterCIDR", kcmCidr.get(), "cluster.kube-proxy-cluster-cidr",
                    "kube-proxy cluster CIDR is the KCM cluster CIDR (all releases; not with amazonvpc, nor on IPv6-only clusters from 1.23)"));
        }
        return c;
    }

    private static Cluster kcmNodeCidrs(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        Optional<ProviderKind> kind = c.networking().providerKind();
        // no provider: kops' options builder fails ("no networking mode set") while the gate holds; from 1.28 it
        // completes the cluster as one whose provider is not kubenet
        if (kind.isEmpty() && PROVIDER_REQUIRED.holds(r)) return c;
        String key = kind.isPresent() ? kind.get().key() : "";
        ClusterFacts.Kcm kcm = FACTS.kcm();
        KubeControllerManager given = c.kubeControllerManager().orElse(null);
        KubeControllerManager.Builder b = ComponentFields.kcmBuilder(c);
        boolean changed = false;
        if (given == null || given.configureCloudRoutes().isEmpty()) {
            boolean routes = kcm.configureCloudRoutesProviders().contains(key);
            b.configureCloudRoutes(routes);
            changed = true;
            applied.accept(AppliedDefault.of("spec.kubeControllerManager.configureCloudRoutes", String.valueOf(routes),
                    "cluster.kcm-configure-cloud-routes", "KCM configures cloud routes only for kubenet (all releases)"));
        }
        if (given == null || given.allocateNodeCIDRs().isEmpty()) {
            boolean ipam = IpFamily.isIpv6Only(c) && r.isAtLeast(kcm.ipv6OnlyNoAllocate());
            boolean gceExternal = Cloud.GCE.equals(c.cloud().orElse(null)) && GceRanges.usesIpAliases(key, r)
                    && (c.extraSpec().containsKey("cloudControllerManager") || c.extraSpec().containsKey("externalCloudControllerManager"))
                    && r.isAtLeast(kcm.gceExternalCcmNoAllocate());
            boolean allocate = !ipam && !gceExternal;
            b.allocateNodeCIDRs(allocate);
            changed = true;
            applied.accept(AppliedDefault.of("spec.kubeControllerManager.allocateNodeCIDRs", String.valueOf(allocate),
                    "cluster.kcm-allocate-node-cidrs", "KCM allocates node CIDRs, except with kops-controller IPAM "
                            + "(IPv6-only, kops >=1.23) or GCE IP aliases with an external CCM (kops >=1.27)"));
        }
        return changed ? c.toBuilder().kubeControllerManager(b.build()).build() : c;
    }
}
