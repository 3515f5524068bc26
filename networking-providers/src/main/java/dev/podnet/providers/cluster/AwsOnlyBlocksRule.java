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
 * The v1alpha2 blocks kops' decoder moves under the AWS block of its internal model, refused on another cloud when the
 * document is converted ("... supports only AWS", {@code Decode:}), before any validation: kops stops at the first one,
 * in its conversion's order, so nothing else of the spec is reported. Any value given counts ({@code {}} and
 * {@code enabled: false} too), null does not. kops-oracle 1.33.1 and 1.36 on GCE, each block alone and together (the
 * older builds judge AWS only). A v1alpha3 document has these blocks under {@code cloudProvider.aws} only.
 */
final class AwsOnlyBlocksRule {
    private static final Gate AWS_ONLY = gate("cluster.aws-only-blocks");
    private static final Gate WARM_POOL_AWS_ONLY = gate("cluster.warm-pool-aws-only");

    /** One block: its v1alpha2 path, kops' words, the gate. */
    private record Block(String path, String detail, Gate gate) {
    }

    /** In kops' conversion order (kops-oracle 1.33.1 and 1.36 with all of them, then each one dropped). */
    private static final List<Block> BLOCKS = List.of(
            new Block("cloudConfig.awsEBSCSIDriver", "EBS CSI driver supports only AWS", AWS_ONLY),
            new Block("nodeTerminationHandler", "node termination handler supports only AWS", AWS_ONLY),
            new Block("awsLoadBalancerController", "AWS Load Balancer Controller supports only AWS", AWS_ONLY),
            new Block("warmPool", "warm pool only supported on AWS", WARM_POOL_AWS_ONLY),
            new Block("podIdentityWebhook", "pod identity webhook supports only AWS", AWS_ONLY));

    private AwsOnlyBlocksRule() {
    }

    /** {@return kops' decode refusal of the spec, if any: the first AWS-only block given on another cloud} */
    static Optional<Diagnostic> refusal(RuleContext ctx) {
        if (ctx.cloud().isEmpty() || ctx.onCloud(Cloud.AWS)) return Optional.empty();
        if (ctx.cluster().cloudProvider().map(CloudProvider::objectForm).orElse(false)) return Optional.empty();
        for (Block b : BLOCKS) {
            if (ctx.in(b.gate()) && ctx.extraSpec(b.path()).isPresent()) {
                return Optional.of(b.gate().tag(Finding.forbidden("spec." + b.path(), b.detail()))
                        .hint("remove " + b.path() + ": kops keeps it on AWS only").build());
            }
        }
        return Optional.empty();
    }
}
