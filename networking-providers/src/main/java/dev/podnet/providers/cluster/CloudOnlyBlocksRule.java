package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.api.Cloud;
import dev.podnet.api.CloudProvider;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * The v1alpha2 blocks kops' decoder moves under one cloud's block of its internal model, refused on another cloud when
 * the document is converted ("... supports only AWS", "... supports only GCE", {@code Decode:}), before any validation:
 * kops stops at the first one, in its conversion's order, so nothing else of the spec is reported. Any value given
 * counts ({@code {}} and {@code enabled: false} too), null does not, nor an empty string (kops' plain Go string) except in
 * a pointer field (cloudConfig's AWS settings: disableSecurityGroupIngress, elbSecurityGroup, nodeIPFamilies, spotinst).
 * AWS's: kops-oracle 1.33.1 and 1.36 on GCE, each block alone and together (the older builds judge AWS only). GCE's
 * ({@code cloudConfig.gceServiceAccount}, {@code cloudConfig.gcpPDCSIDriver}): kops-oracle 1.28-1.36 on AWS, each
 * alone, together and beside refused fields (1.19-1.24 accept them; oracle/cloud-config-rules.tsv). On a third cloud
 * the AWS blocks are taken first (not judged). A v1alpha3 document has these blocks under its cloud's block only.
 */
final class CloudOnlyBlocksRule {
    private static final Gate AWS_ONLY = gate("cluster.aws-only-blocks");
    private static final Gate WARM_POOL_AWS_ONLY = gate("cluster.warm-pool-aws-only");
    private static final Gate GCE_ONLY = gate("cluster.gce-only-blocks");

    /**
     * One block: its v1alpha2 path, kops' words, the cloud that keeps it, the gate, and whether an empty string counts
     * (a Go pointer field: {@code elbSecurityGroup: ""} is refused, kops-oracle 1.33.1 and 1.36).
     */
    private record Block(String path, String detail, Cloud cloud, Gate gate, boolean emptyCounts) {
        Block(String path, String detail, Cloud cloud, Gate gate) {
            this(path, detail, cloud, gate, false);
        }
    }

    /** In kops' conversion order (kops-oracle 1.33.1 and 1.36 with all of them, then each one dropped; 1.28-1.36 for GCE's). */
    private static final List<Block> BLOCKS = List.of(
            new Block("cloudConfig.awsEBSCSIDriver", "EBS CSI driver supports only AWS", Cloud.AWS, AWS_ONLY),
            // cloudConfig's AWS settings, pointers and a list (an empty one too), found by the fields profile, seed 20262008
            new Block("cloudConfig.disableSecurityGroupIngress", "disableSecurityGroupIngress supports only AWS", Cloud.AWS, AWS_ONLY, true),
            new Block("cloudConfig.elbSecurityGroup", "elbSecurityGroup supports only AWS", Cloud.AWS, AWS_ONLY, true),
            new Block("cloudConfig.nodeIPFamilies", "nodeIPFamilies supports only AWS", Cloud.AWS, AWS_ONLY, true),
            new Block("cloudConfig.spotinstOrientation", "Spotinst supports only AWS", Cloud.AWS, AWS_ONLY, true),
            new Block("cloudConfig.spotinstProduct", "Spotinst supports only AWS", Cloud.AWS, AWS_ONLY, true),
            new Block("nodeTerminationHandler", "node termination handler supports only AWS", Cloud.AWS, AWS_ONLY),
            new Block("awsLoadBalancerController", "AWS Load Balancer Controller supports only AWS", Cloud.AWS, AWS_ONLY),
            new Block("warmPool", "warm pool only supported on AWS", Cloud.AWS, WARM_POOL_AWS_ONLY),
            new Block("podIdentityWebhook", "pod identity webhook supports only AWS", Cloud.AWS, AWS_ONLY),
            new Block("cloudConfig.gceServiceAccount", "GCE Service Account supports only GCE", Cloud.GCE, GCE_ONLY),
            new Block("cloudConfig.gcpPDCSIDriver", "PD CSI driver supports only GCE", Cloud.GCE, GCE_ONLY));

    private CloudOnlyBlocksRule() {
    }

    /** {@return kops' decode refusal of the spec, if any: the first block of one cloud given on another} */
    static Optional<Diagnostic> refusal(RuleContext ctx) {
        if (ctx.cloud().isEmpty()) return Optional.empty();
        Optional<CloudProvider> cp = ctx.cluster().cloudProvider();
        if (cp.isPresent() && cp.get().objectForm()) return Optional.empty();
        for (Block b : BLOCKS) {
            if (!ctx.onCloud(b.cloud()) && ctx.in(b.gate()) && given(ctx, b)) {
                return Optional.of(b.gate().tag(Finding.forbidden("spec." + b.path(), b.detail()))
                        .hint("remove " + b.path() + ": kops keeps it on " + b.cloud().id().toUpperCase(java.util.Locale.ROOT) + " only").build());
            }
        }
        return Optional.empty();
    }

    private static boolean given(RuleContext ctx, Block b) {
        Optional<Object> v = ctx.extraSpec(b.path());
        return v.isPresent() && (b.emptyCounts() || !"".equals(v.get()));
    }
}
