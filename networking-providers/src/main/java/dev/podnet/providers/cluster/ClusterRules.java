package dev.podnet.providers.cluster;

import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.ClusterGates;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;

/**
 * The cluster-level networking rules (kops' {@code pkg/apis/kops/validation/validation.go}): per-cloud
 * constraints, CIDR syntax, overlap and containment of networkCIDR, nonMasqueradeCIDR, podCIDR,
 * serviceClusterIPRange and the subnets, each family in its own type; release gates come from
 * {@link dev.podnet.providers.internal.ClusterGates}; the few rules outside networking kops applies to the whole
 * spec in the same run are {@link WholeSpecRules}. Paths are {@code spec.<field>} up to kops 1.25 and {@code spec.networking.<field>} from 1.26.
 */
public final class ClusterRules {
    private static final Gate KUBERNETES_VERSION = ClusterGates.gate("cluster.kubernetesVersion");
    private static final Gate RANGES_AFTER_COMPONENTS = ClusterGates.gate("cluster.ranges-after-components");

    private ClusterRules() {}

    /**
     * kops' refusal of the document before any validation: when it converts it ({@link CloudOnlyBlocksRule}), then
     * when it builds its cloud ({@link CloudBuildRules}), then when it assigns the subnets' CIDRs
     * ({@link SubnetAssignmentRules}); where there is one, kops reports it alone.
     *
     * @param ctx the cluster, its release and the validation mode
     * @return the refusal, if any
     */
    public static java.util.Optional<dev.podnet.api.diag.Diagnostic> conversionRefusal(RuleContext ctx) {
        java.util.Optional<dev.podnet.api.diag.Diagnostic> refused = CloudOnlyBlocksRule.refusal(ctx);
        if (refused.isEmpty()) refused = CloudBuildRules.refusal(ctx);
        if (refused.isEmpty()) refused = SubnetAssignmentRules.refusal(ctx);
        return refused;
    }

    /**
     * The cluster-level findings kops reports before the networking block's: Kubernetes version, CIDRs and ranges,
     * the components, the topology; {@link #checkAfterNetworking} has the rest.
     *
     * @param ctx the cluster, its release and the validation mode
     * @param out receives the findings, in kops' order
     */
    public static void check(RuleContext ctx, Findings out) {
        ClusterIdentityRules.check(ctx, out);
        kubernetesVersion(ctx, out);
        // from 1.28 kops checks its AWS block before the rest of the spec: the termination handler, the controller,
        // then the warm pool
        NodeTerminationHandlerRules.check(ctx, out);
        AddonRequirementRules.checkAwsBlock(ctx, out);
        WarmPoolRules.checkFirst(ctx, out);
        ClusterRanges ranges = ClusterRanges.of(ctx);
        // up to 1.24 kops checks the cluster's ranges and subnets before the rest of the spec; from 1.28 the
        // components' copies of the ranges come first and the ranges and subnets after the kubelet (kops-oracle 1.19,
        // 1.24, 1.28, 1.36 with findings of each family at once)
        boolean rangesLate = ctx.in(RANGES_AFTER_COMPONENTS);
        if (rangesLate) {
            ComponentRangeRules.check(ctx, ranges, out);
        } else {
            ranges(ctx, ranges, out);
            PodServiceRangeRules.check(ctx, ranges, out);
            SubnetRules.check(ctx, ranges, out);
        }
        AccessRules.check(ctx, out);
        CertManagerRules.podIdentityWebhook(ctx, true, out);
        UpdatePolicyRule.check(ctx, out);
        HookRules.check(ctx, out);
        FileAssetRules.check(ctx, out);
        KubeApiServerRules.check(ctx, out);
        ControllerManagerRules.check(ctx, out);
        KubeSchedulerRules.check(ctx, out);
        KubeletRules.check(ctx, out);
        RemovedKubeletFieldsRule.check(ctx, out);
        if (rangesLate) {
            ranges(ctx, ranges, out);
            PodServiceRangeRules.podThenService(ctx, ranges, out);
            SubnetRules.check(ctx, ranges, out);
        }
        ClusterDnsRules.check(ctx, ranges, out);
        Ipv6ClusterRules.check(ctx, out);
        CloudControllerManagerRules.check(ctx, out);
        TopologyRules.check(ctx, ranges.n().topology(), out);
    }

    /**
     * The cluster-level findings kops reports after the networking block's: the node authorization block, the etcd
     * clusters, then the rest of the spec (kops-oracle 1.19, 1.24, 1.36: topology, then networking, etcd and
     * rollingUpdate; oracle/etcd.tsv; nodeAuthorization before etcd and the addons at 1.19-1.36).
     *
     * @param ctx the cluster, its release and the validation mode
     * @param out receives the findings, in kops' order
     */
    public static void checkAfterNetworking(RuleContext ctx, Findings out) {
        ClusterRanges ranges = ClusterRanges.of(ctx);
        NodeAuthorizationRule.check(ctx, out);
        EtcdClusterRules.check(ctx, out);
        WholeSpecRules.check(ctx, out);
        ApiLoadBalancerSubnetRules.check(ctx, ranges, out);
        CloudControllerManagerRules.ebsNotDisabled(ctx, out);
        AuthenticationRules.check(ctx, out);
        // kops checks the discovery store after the whole cluster spec
        ServiceAccountIssuerDiscoveryRules.check(ctx, out);
        ServiceAccountIamCloudRule.check(ctx, out);
    }

    /**
     * The syntax of the cluster's ranges after kops' PerformAssignments, as kops checks it (with amazonvpc on AWS the
     * default networkCIDR replaces a non-masquerade range the user wrote, invalid or not: kops-oracle 1.20), then the
     * network and non-masquerade ranges.
     */
    private static void ranges(RuleContext ctx, ClusterRanges ranges, Findings out) {
        ClusterCidrs cidrs = ClusterCidrs.of(ranges.n(), ClusterRanges.gceNetworkCidrUnread(ctx, ranges.cloud()));
        out.addAll(ctx.checkFields(cidrs, ctx.in(RuleContext.NAMES_1_26) ? "spec.networking" : "spec", ClusterGates.table()));
        NetworkCidrRules.check(ctx, ranges, out);
        NonMasqueradeRules.check(ctx, ranges, out);
        if (ranges.nonMasq().isPresent()) KubeletNonMasqueradeRule.check(ctx, ranges.n().nonMasqueradeCIDR().get(), out);
    }

    /**
     * An unset Kubernetes version fails kops' strict validation; an unparsable one fails kops' own parse
     * (kops 1.33.1, kops-oracle), in either mode: completion needs it.
     */
    private static void kubernetesVersion(RuleContext ctx, Findings out) {
        String v = ctx.cluster().kubernetesVersion().orElse("");
        if (v.isEmpty()) {
            if (ctx.strict()) {
                out.add(KUBERNETES_VERSION.tag(Finding.required("spec.kubernetesVersion", "KubernetesVersion not specified"))
                        .hint("set spec.kubernetesVersion to a Kubernetes release, such as 1.30.2"));
            }
        } else if (ctx.k8s().isEmpty()) {
            out.add(KUBERNETES_VERSION.tag(Finding.invalid("spec.kubernetesVersion", v, "unable to determine kubernetes version"))
                    .hint("write the version as MAJOR.MINOR.PATCH in ASCII digits, such as 1.30.2"));
        }
    }
}
