package dev.podnet.providers.cluster;

import dev.podnet.api.Cloud;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.KubeDns;
import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.api.internal.IpNetwork;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cluster-level networking rules (spec B.2.8): per-cloud constraints, CIDR syntax, overlap and
 * containment of networkCIDR, nonMasqueradeCIDR, podCIDR, serviceClusterIPRange and the subnets.
 * Paths are {@code spec.<field>} up to kops 1.25 and {@code spec.networking.<field>} from 1.26.
 */
public final class ClusterRules {
    private static final Set<String> SUBNETS_REQUIRED = Set.of("aws", "azure", "gce", "openstack", "scaleway", "metal", "alicloud");
    private static final Set<String> NETWORK_CIDR_REQUIRED = Set.of("aws", "azure");
    /** kops' {@code requiresSubnetRegion} (1.28+). */
    private static final Set<String> SUBNET_REGION_REQUIRED = Set.of("azure", "gce", "digitalocean", "linode");
    private static final Set<String> SUBNET_CIDR_REQUIRED = Set.of("aws", "azure");
    private static final List<String> SUBNET_TYPES = List.of("Public", "Private", "DualStack", "Utility");

    private ClusterRules() {}

    public static void check(RuleContext ctx, Findings out) {
        Networking n = ctx.cluster().networking();
        String cloud = ctx.cloud().map(Cloud::id).orElse("");
        boolean did = ctx.before(1, 27); // "did not have" up to 1.26, "does not have" from 1.27

        kubernetesVersion(ctx, out);

        // --- CIDR syntax (rule 5): @Cidr constraints run by FieldConstraints ---
        out.addAll(ctx.checkFields(ClusterCidrs.of(n), ctx.since(1, 26) ? "spec.networking" : "spec", "cluster"));
        Optional<IpNetwork> networkCIDR = parsed(ctx, n.networkCIDR());
        List<IpNetwork> additional = new ArrayList<>();
        for (String a : n.additionalNetworkCIDRs()) parsed(ctx, Optional.of(a)).ifPresent(additional::add);
        Optional<IpNetwork> nonMasq = parsed(ctx, n.nonMasqueradeCIDR());
        Optional<IpNetwork> podCIDR = parsed(ctx, n.podCIDR());
        Optional<IpNetwork> service = parsed(ctx, n.serviceClusterIPRange());

        // --- networkCIDR (rules 1–4) ---
        if (n.networkCIDR().isEmpty() && NETWORK_CIDR_REQUIRED.contains(cloud) && ctx.strict()) {
            out.add(Finding.required(ctx.net("networkCIDR"), did ? "Cluster did not have networkCIDR set" : "Cluster does not have networkCIDR set")
                    .rule("cluster.networkCIDR-required").releases("*").hint("set networkCIDR (kops defaults it to 172.20.0.0/16 on AWS)"));
        }
        if (n.networkCIDR().isPresent() && prohibitsNetworkCIDR(ctx, cloud)) {
            String detail = cloud.equals("gce")
                    ? (ctx.before(1, 28) ? "networkCIDR should not be set on GCE" : "gce doesn't support networkCIDR")
                    : cloud.equals("digitalocean") ? "networkCIDR should not be set on DigitalOcean" : "networkCIDR should not be set on bare metal";
            out.add(Finding.forbidden(ctx.net("networkCIDR"), detail).rule("cluster.networkCIDR-cloud").releases("*").hint("remove networkCIDR on " + cloud));
        }
        boolean privateRangeRule = (cloud.equals("digitalocean") && ctx.since(1, 23)) || (cloud.equals("linode") && ctx.since(1, 36));
        if (privateRangeRule && networkCIDR.isPresent()) {
            if (!isPrivate(networkCIDR.get())) {
                out.add(Finding.invalid(ctx.net("networkCIDR"), n.networkCIDR().get(), ctx.before(1, 27)
                                ? "Cluster had a networkCIDR outside the private IP range" : "networkCIDR must be within a private IP range")
                        .rule("cluster.networkCIDR-private").releases("*").hint("use a CIDR inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16"));
            }
            if (n.networkID().isPresent()) {
                String who = cloud.equals("linode") ? "Linode" : "DO";
                out.add(Finding.forbidden(ctx.net("networkCIDR"), ctx.before(1, 27)
                                ? who + " doesn't support specifying both NetworkID and NetworkCIDR together"
                                : who + " doesn't support specifying both NetworkID and NetworkCIDR")
                        .rule("cluster.networkID-networkCIDR").releases("*").hint("set networkID or networkCIDR, not both"));
            }
        }
        if (ctx.since(1, 27) && !n.additionalNetworkCIDRs().isEmpty() && !cloud.equals("aws")) {
            out.add(Finding.forbidden(ctx.net("additionalNetworkCIDRs"), cloud + " doesn't support additionalNetworkCIDRs")
                    .rule("cluster.additionalNetworkCIDRs-cloud").releases(">=1.27").hint("additionalNetworkCIDRs are supported only on AWS"));
        }

        // --- nonMasqueradeCIDR (rules 6–9) ---
        boolean gceRelaxed = ctx.before(1, 27) ? n.providerKind().filter(k -> k == ProviderKind.GCP).isPresent() : cloud.equals("gce");
        if (n.nonMasqueradeCIDR().isEmpty() && ctx.strict() && !gceRelaxed) {
            out.add(Finding.required(ctx.net("nonMasqueradeCIDR"), did ? "Cluster did not have nonMasqueradeCIDR set" : "Cluster does not have nonMasqueradeCIDR set")
                    .rule("cluster.nonMasqueradeCIDR-required").releases("*").hint("set nonMasqueradeCIDR (kops defaults it to 100.64.0.0/10)"));
        }
        if (nonMasq.isPresent() && nonMasq.get().isIPv6() && ctx.since(1, 23)
                && !(nonMasq.get().prefix() == 0 && nonMasq.get().networkNumber().signum() == 0)) {
            out.add(Finding.forbidden(ctx.net("nonMasqueradeCIDR"), "IPv6 clusters must have a nonMasqueradeCIDR of \"::/0\"")
                    .rule("cluster.nonMasqueradeCIDR-ipv6").releases(">=1.23").hint("set nonMasqueradeCIDR: ::/0 in an IPv6 cluster"));
        }
        boolean overlapExempt = n.providerKind().filter(k -> k == ProviderKind.AMAZON_VPC).isPresent()
                || (n.providerKind().filter(k -> k == ProviderKind.LYFT_VPC).isPresent() && ctx.before(1, 23))
                || n.provider(CiliumSpec.class).flatMap(CiliumSpec::ipam).filter("eni"::equals).isPresent();
        if (nonMasq.isPresent() && !overlapExempt) {
            if (networkCIDR.isPresent() && nonMasq.get().overlaps(networkCIDR.get())) {
                out.add(Finding.forbidden(ctx.net("nonMasqueradeCIDR"), "nonMasqueradeCIDR \"" + n.nonMasqueradeCIDR().get()
                                + "\" cannot overlap with networkCIDR \"" + n.networkCIDR().get() + "\"")
                        .rule("cluster.nonMasqueradeCIDR-overlap").releases("*").hint("choose a nonMasqueradeCIDR outside the networkCIDR (default 100.64.0.0/10)"));
            }
            if (ctx.since(1, 27)) {
                for (int i = 0; i < n.additionalNetworkCIDRs().size(); i++) {
                    Optional<IpNetwork> a = IpNetwork.parse(n.additionalNetworkCIDRs().get(i));
                    if (a.isPresent() && nonMasq.get().overlaps(a.get())) {
                        out.add(Finding.forbidden(ctx.net("nonMasqueradeCIDR"), "nonMasqueradeCIDR \"" + n.nonMasqueradeCIDR().get()
                                        + "\" cannot overlap with additionalNetworkCIDRs[" + i + "] \"" + n.additionalNetworkCIDRs().get(i) + "\"")
                                .rule("cluster.nonMasqueradeCIDR-overlap").releases(">=1.27")
                                .hint("choose a nonMasqueradeCIDR outside the additional network CIDRs"));
                    }
                }
            }
        }

        if (nonMasq.isPresent() && ctx.before(1, 27)) kubeletNonMasq(ctx, n.nonMasqueradeCIDR().get(), out);

        // --- serviceClusterIPRange and podCIDR (rules 10–15) ---
        if (n.serviceClusterIPRange().isEmpty() && ctx.strict()) {
            out.add(Finding.required(ctx.net("serviceClusterIPRange"), "Cluster did not have serviceClusterIPRange set")
                    .rule("cluster.serviceClusterIPRange-required").releases("*").hint("set serviceClusterIPRange (kops defaults it to 100.64.0.0/13)"));
        }
        if (service.isPresent() && nonMasq.isPresent() && ctx.before(1, 28) && !gceRelaxed && !nonMasq.get().encloses(service.get())) {
            out.add(Finding.forbidden(ctx.net("serviceClusterIPRange"), "serviceClusterIPRange \"" + n.serviceClusterIPRange().get()
                            + "\" must be a subnet of nonMasqueradeCIDR \"" + n.nonMasqueradeCIDR().get() + "\"")
                    .rule("cluster.serviceClusterIPRange-in-nonMasqueradeCIDR").releases("<1.28")
                    .hint("choose a serviceClusterIPRange inside the nonMasqueradeCIDR"));
        }
        if (ctx.releaseIs(1, 28) && service.isPresent() && podCIDR.isPresent() && service.get().overlaps(podCIDR.get())) {
            out.add(Finding.forbidden(ctx.net("serviceClusterIPRange"), "serviceClusterIPRange \"" + n.serviceClusterIPRange().get()
                            + "\" must not overlap podCIDR \"" + n.podCIDR().get() + "\"")
                    .rule("cluster.serviceClusterIPRange-podCIDR").releases(">=1.28 <1.29").hint("choose disjoint service and pod ranges"));
        }
        if (ctx.since(1, 28) && ctx.strict() && n.podCIDR().isEmpty() && !ctx.ipv6Only()) {
            out.add(Finding.required(ctx.net("podCIDR"), "Cluster did not have podCIDR set").rule("cluster.podCIDR-required")
                    .releases(">=1.28").hint("set podCIDR (kops defaults it to 100.96.0.0/11)"));
        }
        if (ctx.since(1, 28) && podCIDR.isPresent() && nonMasq.isPresent() && !nonMasq.get().encloses(podCIDR.get())) {
            out.add(Finding.forbidden(ctx.net("podCIDR"), "podCIDR \"" + n.podCIDR().get() + "\" must be a subnet of nonMasqueradeCIDR \""
                            + n.nonMasqueradeCIDR().get() + "\"").rule("cluster.podCIDR-in-nonMasqueradeCIDR").releases(">=1.28")
                    .hint("choose a podCIDR inside the nonMasqueradeCIDR"));
        }
        Optional<String> kcmCIDR = ctx.cluster().kubeControllerManager().flatMap(KubeControllerManager::clusterCIDR).filter(s -> !s.isEmpty());
        if (kcmCIDR.isPresent() && nonMasq.isPresent()) {
            Optional<IpNetwork> k = IpNetwork.parse(kcmCIDR.get());
            if (k.isEmpty()) {
                out.add(Finding.invalid("spec.kubeControllerManager.clusterCIDR", kcmCIDR.get(), "cluster had an invalid kubeControllerManager.clusterCIDR")
                        .rule("cluster.kcm-clusterCIDR").releases("*").hint("write clusterCIDR as a CIDR"));
            } else if (!nonMasq.get().encloses(k.get())) {
                out.add(Finding.forbidden("spec.kubeControllerManager.clusterCIDR", "kubeControllerManager.clusterCIDR \"" + kcmCIDR.get()
                                + "\" must be a subnet of nonMasqueradeCIDR \"" + n.nonMasqueradeCIDR().get() + "\"")
                        .rule("cluster.kcm-clusterCIDR").releases("*").hint("choose a clusterCIDR inside the nonMasqueradeCIDR"));
            }
        }
        // Checked only when set: kops fills the range into a kubeAPIServer block without one (a partial block, such as
        // one with only resource requests, as a missing one) before its strict validation, so an unset range never fails.
        Optional<String> apiRange = ctx.extraSpecString("kubeAPIServer.serviceClusterIPRange");
        if (apiRange.isPresent() && !apiRange.get().equals(n.serviceClusterIPRange().orElse(""))) {
            out.add(Finding.forbidden("spec.kubeAPIServer.serviceClusterIPRange", "kubeAPIServer serviceClusterIPRange did not match cluster serviceClusterIPRange")
                    .rule("cluster.kube-apiserver-service-range").releases("*").hint("remove kubeAPIServer.serviceClusterIPRange or make it equal"));
        }
        Optional<String> dns = ctx.cluster().kubeDNS().flatMap(KubeDns::serverIP).filter(s -> !s.isEmpty());
        if (dns.isPresent() && service.isPresent()) {
            Optional<byte[]> ip = IpNetwork.parseIp(dns.get());
            if (ip.isPresent() && !service.get().contains(ip.get())) {
                out.add(Finding.forbidden("spec.kubeDNS.serverIP", "ServiceClusterIPRange \"" + n.serviceClusterIPRange().get()
                                + "\" must contain the DNS Server IP \"" + dns.get() + "\"").rule("cluster.kube-dns-server-ip").releases("*")
                        .hint("choose a DNS server IP inside the serviceClusterIPRange"));
            }
        }

        etcdNames(ctx, out);
        Ipv6ClusterRules.check(ctx, out);
        subnets(ctx, n, cloud, networkCIDR, additional, podCIDR, service, out);
        TopologyRules.check(ctx, n.topology(), out);
    }

    /**
     * kubelet / masterKubelet {@code nonMasqueradeCIDR} must equal the cluster's (checked when the kubelet
     * field is set: kops fills an unset one before its strict validation). 1.18–1.22 for every provider; 1.23–1.26 only with containerRuntime
     * docker and kubelet networkPluginName kubenet. The spec says the gate came in 1.24, but kops 1.23.0's
     * own completed specs (corpus: karpenter, many-addons-ccm-irsa23, minimal-1.24; containerd, no
     * kubelet nonMasqueradeCIDR) pass its strict validation, so the gate is taken from 1.23. 1.26 quirk: kops reports the kubelet at
     * {@code spec.kubelet.networking.nonMasqueradeCIDR} (a path that does not exist) and the control
     * plane at {@code spec.controlPlaneKubelet}. Removed in 1.27.
     */
    private static void kubeletNonMasq(RuleContext ctx, String cluster, Findings out) {
        if (ctx.since(1, 23)) {
            boolean dockerKubenet = ctx.extraSpecString("containerRuntime").filter("docker"::equals).isPresent()
                    && ctx.extraSpecString("kubelet.networkPluginName").filter("kubenet"::equals).isPresent();
            if (!dockerKubenet) return;
        }
        String releases = ctx.before(1, 23) ? ">=1.18 <1.23" : ">=1.23 <1.27";
        String kubeletPath = ctx.since(1, 26) ? "spec.kubelet.networking.nonMasqueradeCIDR" : "spec.kubelet.nonMasqueradeCIDR";
        String master = ctx.since(1, 26) ? "controlPlaneKubelet" : "masterKubelet";
        kubelet(ctx, "kubelet", "kubelet", kubeletPath, cluster, releases, out);
        // kops 1.24–1.26 dereferences masterKubelet without a nil check; an absent masterKubelet is skipped here.
        kubelet(ctx, "masterKubelet", master, "spec." + master + ".nonMasqueradeCIDR", cluster, releases, out);
    }

    private static void kubelet(RuleContext ctx, String key, String name, String path, String cluster, String releases, Findings out) {
        if (!(ctx.extraSpec(key).orElse(null) instanceof java.util.Map<?, ?> kubelet)) return;
        Object set = kubelet.get("nonMasqueradeCIDR");
        String value = set == null ? "" : String.valueOf(set);
        if (value.equals(cluster)) return;
        // up to 1.22 the field is a string (unset = ""); from 1.23 a pointer (unset = nil, "" counts as set). Checked only
        // when given: kops' kubelet builder fills an unset field, in a partial block (only anonymousAuth, say) as in a
        // missing one, before its strict validation.
        boolean given = ctx.before(1, 23) ? !value.isEmpty() : set != null;
        if (given) {
            out.add(Finding.forbidden(path, name + " nonMasqueradeCIDR did not match cluster nonMasqueradeCIDR").rule("cluster.kubelet-nonMasqueradeCIDR")
                    .releases(releases).hint("remove " + key + ".nonMasqueradeCIDR or set it to " + cluster));
        }
    }

    /**
     * A missing version makes kops fetch the latest stable release from the network (podnet does
     * not): required in a spec to render. One podnet cannot read is kops' "unable to determine
     * kubernetes version" (kops 1.33.1, kops-oracle), in either mode: completion needs it.
     */
    private static void kubernetesVersion(RuleContext ctx, Findings out) {
        String v = ctx.cluster().kubernetesVersion().orElse("");
        if (v.isEmpty()) {
            if (ctx.strict()) {
                out.add(Finding.required("spec.kubernetesVersion", "KubernetesVersion not specified")
                        .rule("cluster.kubernetesVersion").releases("*")
                        .hint("set spec.kubernetesVersion to a Kubernetes release, such as 1.30.2"));
            }
        } else if (ctx.k8s().isEmpty()) {
            out.add(Finding.invalid("spec.kubernetesVersion", v, "unable to determine kubernetes version")
                    .rule("cluster.kubernetesVersion").releases("*")
                    .hint("write the version as MAJOR.MINOR.PATCH in ASCII digits, such as 1.30.2"));
        }
    }

    private static void subnets(RuleContext ctx, Networking n, String cloud, Optional<IpNetwork> networkCIDR, List<IpNetwork> additional,
            Optional<IpNetwork> podCIDR, Optional<IpNetwork> service, Findings out) {
        List<Subnet> subnets = n.subnets();
        if (subnets.isEmpty()) {
            if (SUBNETS_REQUIRED.contains(cloud)) {
                out.add(Finding.required(ctx.net("subnets"), "must configure at least one subnet (use --zones)").rule("cluster.subnets-required").releases("*")
                        .hint("add subnets (kops create cluster --zones does)"));
            }
            return;
        }
        Set<String> names = new HashSet<>();
        boolean anyId = subnets.stream().anyMatch(s -> s.id().filter(x -> !x.isEmpty()).isPresent());
        boolean amazonVpc = n.providerKind().filter(k -> k == ProviderKind.AMAZON_VPC).isPresent();
        for (int i = 0; i < subnets.size(); i++) {
            Subnet s = subnets.get(i);
            String p = ctx.net("subnets[" + i + "]");
            String name = s.name().orElse("");
            if (name.isEmpty()) {
                out.add(Finding.required(p + ".name", "").rule("cluster.subnet-name").releases("*").hint("give every subnet a name"));
            } else if (!names.add(name)) {
                out.add(Finding.duplicate(p + ".name", name).rule("cluster.subnet-name").releases("*").hint("subnet names must be unique"));
            }
            boolean hasId = s.id().filter(x -> !x.isEmpty()).isPresent();
            if (anyId && !hasId) {
                out.add(Finding.forbidden(p + ".id", "cannot mix subnets with specified ID and unspecified ID").rule("cluster.subnet-id").releases("*")
                        .hint("give every subnet an id, or none"));
            }
            boolean hasV6 = s.ipv6CIDR().filter(x -> !x.isEmpty()).isPresent();
            Optional<String> text = s.cidr().filter(x -> !x.isEmpty());
            if (text.isEmpty()) {
                // an IPv6-only cluster's subnet may have only an ipv6CIDR (a Private one is given no IPv4 block)
                if (ctx.strict() && SUBNET_CIDR_REQUIRED.contains(cloud) && !(hasV6 && ctx.ipv6Only())) {
                    out.add(Finding.required(p + ".cidr", ctx.before(1, 27) ? "subnet did not have a cidr set" : "subnet does not have a cidr set")
                            .rule("cluster.subnet-cidr-required").releases("*").hint("set the subnet's cidr (kops assigns them from networkCIDR)"));
                }
            } else {
                Optional<IpNetwork> c = subnetCidr(ctx, p + ".cidr", name, text.get(), out);
                if (c.isPresent()) {
                    boolean inside = networkCIDR.map(nc -> nc.encloses(c.get())).orElse(false)
                            || additional.stream().anyMatch(a -> a.encloses(c.get()));
                    if (networkCIDR.isPresent() && !inside) {
                        String detail = ctx.before(1, 28)
                                ? "subnet \"" + name + "\" had a cidr \"" + text.get() + "\" that was not a subnet of the networkCIDR \"" + n.networkCIDR().get() + "\""
                                : "subnet \"" + name + "\" cidr \"" + text.get() + "\" is not a subnet of the networkCIDR \"" + n.networkCIDR().get() + "\""
                                        + (n.additionalNetworkCIDRs().isEmpty() ? "" : " or an additionalNetworkCIDR");
                        out.add(Finding.forbidden(p + ".cidr", detail).rule("cluster.subnet-in-networkCIDR").releases("*").hint("choose a subnet cidr inside the networkCIDR"));
                    }
                    if (ctx.since(1, 28)) {
                        if (!amazonVpc && podCIDR.isPresent() && c.get().overlaps(podCIDR.get())) {
                            out.add(Finding.forbidden(p + ".cidr", "subnet \"" + name + "\" cidr \"" + text.get() + "\" must not overlap podCIDR \""
                                    + n.podCIDR().get() + "\"").rule("cluster.subnet-podCIDR").releases(">=1.28").hint("choose disjoint subnet and pod ranges"));
                        }
                        if (service.isPresent() && c.get().overlaps(service.get())) {
                            out.add(Finding.forbidden(p + ".cidr", "subnet \"" + name + "\" cidr \"" + text.get() + "\" must not overlap serviceClusterIPRange \""
                                    + n.serviceClusterIPRange().get() + "\"").rule("cluster.subnet-service-range").releases(">=1.28")
                                    .hint("choose disjoint subnet and service ranges"));
                        }
                    }
                }
            }
            if (hasV6 && ctx.since(1, 22)) ipv6Cidr(ctx, p + ".ipv6CIDR", s.ipv6CIDR().get(), cloud, n, service, out);
            s.egress().filter(e -> !e.isEmpty()).ifPresent(e -> egress(ctx, p + ".egress", e, s, out));
            String type = s.type().orElse("");
            if (type.isEmpty() && ctx.since(1, 27)) {
                // kops 1.33.1 (kops-oracle): spec.networking.subnets[0].type: Unsupported value: "": supported values: ...
                out.add(Finding.unsupported(p + ".type", "", SUBNET_TYPES).rule("cluster.subnet-type").releases(">=1.27")
                        .hint("set the subnet's type: Public, Private, DualStack or Utility"));
            } else if (!SUBNET_TYPES.contains(type) && ctx.before(1, 27) && s.cidr().filter(c -> !c.isEmpty()).isEmpty()) {
                // Before 1.27 kops' AssignSubnets fails on it: "subnet %q has unexpected type %q".
                out.add(Finding.invalid(p + ".type", type, "subnet \"" + name + "\" has unexpected type \"" + type + "\"")
                        .rule("cluster.subnet-type").releases("<1.27")
                        .hint("set the subnet's type (Public, Private or Utility) or its cidr"));
            }
            s.type().filter(t -> !t.isEmpty()).ifPresent(t -> {
                if (ctx.since(1, 27) && !SUBNET_TYPES.contains(t)) {
                    out.add(Finding.unsupported(p + ".type", t, SUBNET_TYPES).rule("cluster.subnet-type").releases(">=1.27")
                            .hint("use Public, Private, DualStack or Utility"));
                }
                if (ctx.since(1, 24) && t.equals("DualStack") && !ctx.ipv6Only()) {
                    out.add(Finding.forbidden(p + ".type", "subnet type DualStack may only be used in IPv6 clusters").rule("cluster.subnet-dualstack")
                            .releases(">=1.24").hint("use Private or Public in an IPv4 cluster"));
                }
            });
        }
        // rule 29 (1.28+): clouds that need a region per subnet, all in one region
        if (ctx.since(1, 28) && SUBNET_REGION_REQUIRED.contains(cloud)) {
            String region = "";
            for (int i = 0; i < subnets.size(); i++) {
                String r = subnets.get(i).region().orElse("");
                String p = ctx.net("subnets[" + i + "].region");
                if (r.isEmpty()) {
                    out.add(Finding.required(p, "region must be specified").rule("cluster.subnet-region").releases(">=1.28")
                            .hint("set the subnet's region (" + cloud + " subnets name their region)"));
                } else if (region.isEmpty()) {
                    region = r;
                } else if (!region.equals(r)) {
                    out.add(Finding.forbidden(p, "clusters cannot span regions").rule("cluster.subnet-region").releases(">=1.28")
                            .hint("put every subnet in region " + region));
                }
            }
        }
    }

    /** kops' etcd cluster names (cilium kops R22): {@code cilium} is always allowed beside main and events. */
    static final List<String> ETCD_NAMES = List.of("cilium", "main", "events", "leases");

    /**
     * R22: an etcd cluster's name must be one kops knows. The spec leaves open which releases allow
     * {@code leases} ("[, leases]"), so podnet accepts it on every release rather than risk a false error.
     */
    private static void etcdNames(RuleContext ctx, Findings out) {
        List<dev.podnet.api.EtcdCluster> etcd = ctx.cluster().etcdClusters();
        for (int i = 0; i < etcd.size(); i++) {
            String name = etcd.get(i).name().orElse("");
            if (name.isEmpty() || ETCD_NAMES.contains(name)) continue;
            out.add(Finding.unsupported("spec.etcdClusters[" + i + "].name", name, ETCD_NAMES).rule("cluster.etcd-cluster-name").releases("*")
                    .hint("name the etcd clusters main and events (and cilium for Cilium's managed etcd)"));
        }
    }

    private static void ipv6Cidr(RuleContext ctx, String p, String v, String cloud, Networking n, Optional<IpNetwork> service, Findings out) {
        if (!cloud.equals("aws")) {
            out.add(Finding.forbidden(p, "ipv6CIDR can only be specified for AWS").rule("cluster.subnet-ipv6-aws").releases(">=1.22")
                    .hint("remove ipv6CIDR: IPv6 subnets are supported only on AWS"));
            return;
        }
        if (v.startsWith("/")) {
            int hash = v.indexOf('#');
            String len = hash < 0 ? v.substring(1) : v.substring(1, hash);
            try {
                if (!dev.podnet.api.internal.IpNetwork.asciiDigits(len)) throw new NumberFormatException(len);
                int l = Integer.parseInt(len);
                if (l < 0 || l > 128) {
                    out.add(Finding.invalid(p, v, "IPv6 CIDR subnet size must be a value between 0 and 128").rule("cluster.subnet-ipv6").releases(">=1.22")
                            .hint("write /LEN#N with 0 <= LEN <= 128"));
                }
            } catch (NumberFormatException e) {
                out.add(Finding.invalid(p, v, "IPv6 CIDR subnet is not parsable: " + v).rule("cluster.subnet-ipv6").releases(">=1.22")
                        .hint("write /LEN#N or an IPv6 CIDR"));
            }
            return;
        }
        Optional<IpNetwork> c = IpNetwork.parse(v);
        if (c.isEmpty() || !c.get().isIPv6() || isV4Mapped(c.get())) {
            out.add(Finding.invalid(p, v, c.isEmpty() ? "IPv6 CIDR subnet is not parsable: " + v : "Network is not an IPv6 CIDR")
                    .rule("cluster.subnet-ipv6").releases(">=1.22").hint("write an IPv6 CIDR such as 2001:db8::/64"));
            return;
        }
        if (ctx.since(1, 28) && service.isPresent() && c.get().overlaps(service.get())) {
            out.add(Finding.forbidden(p, "ipv6CIDR \"" + v + "\" must not overlap serviceClusterIPRange \"" + n.serviceClusterIPRange().get() + "\"")
                    .rule("cluster.subnet-ipv6-service-range").releases(">=1.28").hint("choose disjoint subnet and service ranges"));
        }
    }

    private static boolean isV4Mapped(IpNetwork n) {
        byte[] a = n.address();
        for (int i = 0; i < 10; i++) if (a[i] != 0) return false;
        return (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff;
    }

    private static void egress(RuleContext ctx, String p, String e, Subnet s, Findings out) {
        boolean known = e.startsWith("nat-") || e.startsWith("i-") || e.equals("External")
                || (ctx.since(1, 19) && (e.startsWith("eipalloc-") || e.startsWith("tgw-")));
        if (!known) {
            out.add(Finding.invalid(p, e, ctx.before(1, 19) ? "egress must be of type NAT Gateway or NAT EC2 Instance or 'External'"
                            : "egress must be of type NAT Gateway, NAT Gateway with existing ElasticIP, NAT EC2 Instance, Transit Gateway, or External")
                    .rule("cluster.subnet-egress").releases("*").hint("use nat-…, eipalloc-…, i-…, tgw-… or External"));
        }
        String type = s.type().orElse("");
        boolean allowed = type.equals("Private") || (ctx.since(1, 23) && (type.equals("DualStack")
                || (type.equals("Public") && s.ipv6CIDR().isPresent())));
        if (!allowed && !e.equals("External")) {
            out.add(Finding.forbidden(p, ctx.before(1, 23) ? "egress can only be specified for private subnets"
                            : "egress can only be specified for private or IPv6-capable public subnets")
                    .rule("cluster.subnet-egress-type").releases("*").hint("set egress only on private subnets"));
        }
    }

    private static boolean prohibitsNetworkCIDR(RuleContext ctx, String cloud) {
        if (cloud.equals("gce")) return true;
        // 1.18–1.25: bare metal forbids networkCIDR too; from 1.26 only GCE does (spec B.2.8 "1.26: only GCE forbids it")
        if (cloud.equals("baremetal")) return ctx.before(1, 26);
        return cloud.equals("digitalocean") && ctx.before(1, 23);
    }

    private static boolean isPrivate(IpNetwork n) {
        return List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16").stream()
                .map(s -> IpNetwork.parse(s).orElseThrow()).anyMatch(p -> p.encloses(n));
    }

    /** A CIDR as the release reads it: empty when unset or unparsable (and, from 1.27, with host bits); the syntax finding comes from {@link ClusterCidrs}. */
    private static Optional<IpNetwork> parsed(RuleContext ctx, Optional<String> value) {
        if (value.isEmpty() || value.get().isEmpty()) return Optional.empty();
        return IpNetwork.parse(value.get()).filter(c -> ctx.before(1, 27) || !c.hasHostBits());
    }

    private static Optional<IpNetwork> subnetCidr(RuleContext ctx, String path, String name, String value, Findings out) {
        if (ctx.before(1, 27)) {
            // kops ≤1.26 names the subnet in the detail, which a field constraint cannot see: reported here.
            if (IpNetwork.parse(value).isEmpty()) {
                out.add(Finding.invalid(path, value, "subnet \"" + name + "\" had an invalid cidr").rule("cluster.cidr-syntax").releases("<1.27")
                        .hint("write a CIDR such as 10.0.0.0/16"));
            }
        } else {
            out.addAll(ctx.checkFields(new SubnetCidr(value), path.substring(0, path.lastIndexOf('.')), "cluster"));
        }
        return parsed(ctx, Optional.of(value));
    }
}
