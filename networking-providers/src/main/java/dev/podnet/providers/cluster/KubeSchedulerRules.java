package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;

/**
 * kops' check of the {@code kubeScheduler} block (validateKubeScheduler in {@code pkg/apis/kops/validation/validation.go}):
 * {@code usePolicyConfigMap}, {@code false} too (a pointer), from kops 1.30 whatever the Kubernetes version
 * (kops-oracle 1.28 accepts it, 1.30 refuses it at Kubernetes 1.24 and 1.30, 1.33.1 and 1.36 refuse it).
 */
final class KubeSchedulerRules {
    private static final Gate POLICY_CONFIG_MAP = gate("cluster.kube-scheduler-use-policy-config-map");

    private KubeSchedulerRules() {
    }

    static void check(RuleContext ctx, Findings out) {
        if (ctx.in(POLICY_CONFIG_MAP) && ctx.extraSpec("kubeScheduler.usePolicyConfigMap").isPresent()) {
            out.add(POLICY_CONFIG_MAP.tag(Finding.forbidden("spec.kubeScheduler.usePolicyConfigMap",
                    "usePolicyConfigMap is deprecated, use KubeSchedulerConfiguration"))
                    .hint("remove kubeScheduler.usePolicyConfigMap and configure the scheduler with a KubeSchedulerConfiguration"));
        }
    }
}
