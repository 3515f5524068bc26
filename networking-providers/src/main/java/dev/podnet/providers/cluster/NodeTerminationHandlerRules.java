package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.api.Cloud;
import dev.podnet.api.CloudProvider;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.Map;
import java.util.Optional;

/**
 * The AWS node termination handler ({@code spec.nodeTerminationHandler} in a v1alpha2 document,
 * {@code spec.cloudProvider.aws.nodeTerminationHandler} in a v1alpha3 one) in Queue Processor mode, checked by kops'
 * {@code validateNodeTerminationHandler} first of its AWS block (before the AWS Load Balancer Controller): spot
 * interruption draining and scheduled event draining cannot be disabled ({@code false} as written), and rebalance
 * monitoring needs rebalance draining. Queue Processor mode is {@code enabled} with SQS termination draining not
 * disabled: on the input {@code enabled} must be written {@code true}, on the completed spec an unset {@code enabled}
 * and an unset {@code enableSQSTerminationDraining} are kops' defaults ({@code true}). kops-oracle 1.28-1.36 (1.24
 * accepts every combination, 1.26-1.27 taken as 1.25, which the corpus shows accepting); on GCE kops refuses the block
 * when decoded ({@link CloudOnlyBlocksRule}).
 */
final class NodeTerminationHandlerRules {
    private static final Gate QUEUE_MODE = gate("cluster.node-termination-handler-queue-mode");
    private static final Gate SCHEDULED_EVENT = gate("cluster.node-termination-handler-queue-mode#scheduled-event-draining");
    private static final Gate KARPENTER = gate("cluster.node-termination-handler-karpenter");
    private static final String PATH = "spec.cloudProvider.aws.nodeTerminationHandler.";

    private NodeTerminationHandlerRules() {
    }

    /** Where kops reports them: first of its AWS block's checks, before the load balancer controller and the warm pool. */
    static void check(RuleContext ctx, Findings out) {
        if (!ctx.in(QUEUE_MODE) || !ctx.onCloud(Cloud.AWS)) return;
        if (!(block(ctx).orElse(null) instanceof Map<?, ?> nth)) return;
        // a handler not disabled (enabled unset too, on the input as well) beside Karpenter, first of the handler's checks
        // (kops-oracle 1.36; 1.28-1.33.1 accept it; found by the fields profile, seed 20262009, v1.36.0-cni-001)
        if (ctx.in(KARPENTER) && !Boolean.FALSE.equals(nth.get("enabled")) && ctx.extraSpecTrue("karpenter.enabled")) {
            out.add(KARPENTER.tag(Finding.forbidden(PATH.substring(0, PATH.length() - 1), "nodeTerminationHandler cannot be used in conjunction with Karpenter"))
                    .hint("disable the node termination handler (enabled: false) or Karpenter"));
        }
        if (!queueMode(ctx, nth)) return;
        if (Boolean.FALSE.equals(nth.get("enableSpotInterruptionDraining"))) {
            out.add(QUEUE_MODE.tag(Finding.forbidden(PATH + "enableSpotInterruptionDraining",
                    "spot interruption draining cannot be disabled in Queue Processor mode"))
                    .hint("remove enableSpotInterruptionDraining: false, or set enableSQSTerminationDraining: false"));
        }
        if (ctx.in(SCHEDULED_EVENT) && Boolean.FALSE.equals(nth.get("enableScheduledEventDraining"))) {
            out.add(SCHEDULED_EVENT.tag(Finding.forbidden(PATH + "enableScheduledEventDraining",
                    "scheduled event draining cannot be disabled in Queue Processor mode"))
                    .hint("remove enableScheduledEventDraining: false, or set enableSQSTerminationDraining: false"));
        }
        if (!Boolean.TRUE.equals(nth.get("enableRebalanceDraining")) && Boolean.TRUE.equals(nth.get("enableRebalanceMonitoring"))) {
            out.add(QUEUE_MODE.tag(Finding.forbidden(PATH + "enableRebalanceMonitoring",
                    "rebalance events can only drain in Queue Processor mode"))
                    .hint("set enableRebalanceDraining: true, or remove enableRebalanceMonitoring"));
        }
    }

    /** Enabled (written {@code true} on the input; unset counts as kops' default on the completed spec), SQS draining not disabled. */
    private static boolean queueMode(RuleContext ctx, Map<?, ?> nth) {
        Object enabled = nth.get("enabled");
        boolean on = ctx.strict() ? !Boolean.FALSE.equals(enabled) : Boolean.TRUE.equals(enabled);
        return on && !Boolean.FALSE.equals(nth.get("enableSQSTerminationDraining"));
    }

    /** The block as written: v1alpha3's under the AWS block, v1alpha2's at the top of the spec (each version drops the other's). */
    private static Optional<Object> block(RuleContext ctx) {
        Optional<CloudProvider> cp = ctx.cluster().cloudProvider();
        if (cp.isPresent() && cp.get().objectForm()) {
            CloudProvider p = cp.get();
            return Cloud.AWS.equals(p.cloud()) ? Optional.ofNullable(p.settings().get("nodeTerminationHandler")) : Optional.empty();
        }
        return ctx.extraSpec("nodeTerminationHandler");
    }
}
