package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;

/**
 * kops' check of the {@code kubeControllerManager} block (validateKubeControllerManager in
 * {@code pkg/apis/kops/validation/validation.go}): {@code experimentalClusterSigningDuration}, any value ({@code 0s}
 * too: a pointer), on Kubernetes 1.25 or later from kops 1.30 (kops-oracle 1.28 accepts it at Kubernetes 1.28, 1.30
 * refuses it at 1.25 and accepts it at 1.24), at any Kubernetes version from 1.33 (kops-oracle 1.33.1 and 1.36 refuse it
 * at 1.24). A value Go cannot read as a duration is refused at decode, before validation.
 */
final class ControllerManagerRules {
    private static final Gate SIGNING_DURATION = gate("cluster.kcm-experimental-cluster-signing-duration");
    private static final Gate ANY_KUBERNETES = gate("cluster.kcm-experimental-cluster-signing-duration#any-kubernetes");

    private ControllerManagerRules() {
    }

    static void check(RuleContext ctx, Findings out) {
        Gate row = ctx.in(ANY_KUBERNETES) ? ANY_KUBERNETES : SIGNING_DURATION;
        if (!ctx.in(row) || row == SIGNING_DURATION && !ctx.k8sAtLeast(1, 25)) return;
        boolean given = ComponentFields.kcmField(ctx.cluster(), "experimentalClusterSigningDuration").isPresent();
        if (given) {
            out.add(row.tag(Finding.forbidden("spec.kubeControllerManager.experimentalClusterSigningDuration",
                    "experimentalClusterSigningDuration has been replaced with clusterSigningDuration as of kubernetes 1.25"))
                    .hint("rename kubeControllerManager.experimentalClusterSigningDuration to clusterSigningDuration"));
        }
    }
}
