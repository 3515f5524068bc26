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
 * The cluster's warm pool ({@code spec.warmPool} in a v1alpha2 document, {@code spec.cloudProvider.aws.warmPool} in a
 * v1alpha3 one), a field from kops 1.21 (1.19 and 1.20 drop it unread), checked by kops' {@code validateWarmPool} in
 * this order: {@code maxSize} negative, or else below {@code minSize}; then {@code minSize} negative ({@code maxSize}
 * is a pointer: 0 counts; {@code minSize} a plain int, 0 when absent; {@code enableLifecycleHook} not checked). Up to
 * 1.24 kops reports them at {@code spec.warmPool} after its API load balancer checks; from 1.28 at
 * {@code spec.cloudProvider.aws.warmPool}, first of the cluster spec's checks (its AWS block's).
 * On GCE the block is refused when decoded ("warm pool only supported on AWS", 1.33.1 and 1.36;
 * {@link CloudOnlyBlocksRule}). kops-oracle
 * 1.19-1.36.
 */
final class WarmPoolRules {
    private static final Gate WARM_POOL = gate("cluster.warm-pool");
    private static final Gate AWS_FIELD = gate("cluster.warm-pool#cloudProvider-field");

    private WarmPoolRules() {
    }

    /** Where kops 1.28 and later report them: before the access lists, with the AWS block. */
    static void checkFirst(RuleContext ctx, Findings out) {
        if (ctx.in(AWS_FIELD)) check(ctx, AWS_FIELD, "spec.cloudProvider.aws.warmPool.", out);
    }

    /** Where kops up to 1.27 reports them: after the API load balancer. */
    static void checkLate(RuleContext ctx, Findings out) {
        if (ctx.in(WARM_POOL) && !ctx.in(AWS_FIELD)) check(ctx, WARM_POOL, "spec.warmPool.", out);
    }

    private static void check(RuleContext ctx, Gate gate, String path, Findings out) {
        Optional<Object> block = block(ctx);
        if (block.isEmpty()) return;
        if (!ctx.onCloud(Cloud.AWS) || !(block.get() instanceof Map<?, ?> pool)) return;
        Optional<Long> max = IntOrPercent.wholeNumber(pool.get("maxSize"));
        long min = IntOrPercent.wholeNumber(pool.get("minSize")).orElse(0L);
        if (max.isPresent() && max.get() < 0) {
            out.add(gate.tag(Finding.invalidNumber(path + "maxSize", max.get(), "warm pool maxSize cannot be negative"))
                    .hint("make warmPool.maxSize 0 or more"));
        } else if (max.isPresent() && min > max.get()) {
            out.add(gate.tag(Finding.invalidNumber(path + "maxSize", max.get(), "warm pool maxSize cannot be set to lower than minSize"))
                    .hint("make warmPool.maxSize at least minSize"));
        }
        if (min < 0) {
            out.add(gate.tag(Finding.invalidNumber(path + "minSize", min, "warm pool minSize cannot be negative"))
                    .hint("make warmPool.minSize 0 or more"));
        }
    }

    /** The block as written: v1alpha3's under the AWS block, v1alpha2's at the top of the spec (each version drops the other's). */
    private static Optional<Object> block(RuleContext ctx) {
        Optional<CloudProvider> cp = ctx.cluster().cloudProvider();
        if (cp.isPresent() && cp.get().objectForm()) {
            CloudProvider p = cp.get();
            return Cloud.AWS.equals(p.cloud()) ? Optional.ofNullable(p.settings().get("warmPool")) : Optional.empty();
        }
        return ctx.extraSpec("warmPool");
    }

}
