package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.Optional;

/**
 * {@code cloudConfig.awsEBSCSIDriver.enabled} as kops' completed spec has it, for the rules that refuse a driver
 * explicitly off (the external CCM's and the snapshot controller's): kops fills in a driver only when the spec has
 * no {@code awsEBSCSIDriver} block, enabled from Kubernetes 1.22 at kops 1.22-1.24 and on any Kubernetes from 1.28
 * (kops-oracle completed specs at Kubernetes 1.21.7 and 1.22.0); a block without {@code enabled} stays unset, and
 * kops' checks pass it (kops-oracle 1.22 and 1.24 accept {@code awsEBSCSIDriver: {}} at Kubernetes 1.21.7 beside
 * the snapshot controller and the CCM block).
 */
final class EbsCsiDriverDefault {
    private static final Gate DEFAULT = gate("cluster.aws-ebs-csi-default");
    private static final Gate ANY_KUBERNETES = gate("cluster.aws-ebs-csi-default#any-kubernetes");

    private EbsCsiDriverDefault() {
    }

    /**
     * The completed driver's {@code enabled}: as written; else, validating strictly a spec without the block, kops'
     * default; empty when it stays unset.
     */
    static Optional<Boolean> enabled(RuleContext ctx) {
        Optional<Object> value = ctx.extraSpec("cloudConfig.awsEBSCSIDriver.enabled");
        Optional<Boolean> written = value.isPresent() ? Optional.of(Boolean.valueOf(String.valueOf(value.get()))) : Optional.empty();
        if (written.isPresent() || !ctx.strict() || !ctx.in(DEFAULT) || ctx.extraSpec("cloudConfig.awsEBSCSIDriver").isPresent()) {
            return written;
        }
        return Optional.of(ctx.in(ANY_KUBERNETES) || ctx.k8sAtLeast(1, 22));
    }

    /** The completed driver is explicitly off. */
    static boolean disabled(RuleContext ctx) {
        return Boolean.FALSE.equals(enabled(ctx).orElse(null));
    }
}
