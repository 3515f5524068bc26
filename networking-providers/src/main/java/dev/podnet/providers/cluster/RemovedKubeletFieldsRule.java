package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.Map;
import java.util.Optional;
import dev.podnet.providers.internal.GoStrings;

/**
 * What Kubernetes 1.24 removed, refused by kops 1.24+ on such a cluster (kops-oracle 1.24, 1.28, 1.33):
 * a kubelet's (or the control plane kubelet's) {@code networkPluginName}, {@code networkPluginMTU} (any value,
 * 0 too: kops holds it as a pointer) and {@code nonMasqueradeCIDR}, in that order, and
 * {@code containerRuntime: docker}; from kops 1.30 on a cluster of any Kubernetes version (kops-oracle 1.30 and
 * 1.33.1 refuse them at Kubernetes 1.19.10 and 1.23.5; {@code networkPluginMTU} also 1.36, at 1.21.5 and 1.23.5,
 * where 1.24 and 1.28 accept it).
 */
final class RemovedKubeletFieldsRule {
    private static final Gate REMOVED = gate("cluster.kubelet-removed-1.24");
    private static final Gate DOCKER = gate("cluster.container-runtime-docker");
    private static final Gate ANY_KUBERNETES = gate("cluster.kubelet-removed-1.24#any-kubernetes");
    private static final Gate DOCKER_BLOCK_DEFAULT = gate("cluster.container-runtime-docker#docker-block-default");
    /** The kubelet fields Kubernetes 1.24 removed, in the order kops reports them (kops-oracle 1.24 and 1.36). */
    private static final String[] REMOVED_FIELDS = {"networkPluginName", "networkPluginMTU", "nonMasqueradeCIDR"};

    private RemovedKubeletFieldsRule() {
    }

    /** The docker runtime; the kubelet fields are checked with the kubelet's other rules ({@link KubeletRules}). */
    static void check(RuleContext ctx, Findings out) {
        if (!ctx.k8sAtLeast(1, 24) && !ctx.in(ANY_KUBERNETES)) return;
        if (ctx.in(DOCKER) && dockerRuntime(ctx)) {
            out.add(DOCKER.tag(Finding.forbidden("spec.containerRuntime",
                    "Docker CRI support was removed in Kubernetes 1.24: https://kubernetes.io/blog/2020/12/02/dockershim-faq"))
                    .hint("use containerRuntime: containerd"));
        }
    }

    /**
     * {@code containerRuntime: docker}, or, on the completed spec, no runtime beside a {@code docker} block: kops'
     * completion takes that as docker (kops-oracle 1.24 and 1.28 refuse the completed spec; from 1.30 the docker
     * block itself is refused first, {@code cluster.docker-config-removed}).
     */
    private static boolean dockerRuntime(RuleContext ctx) {
        Optional<String> runtime = GoStrings.nonEmpty(ctx.extraSpecString("containerRuntime"));
        if (runtime.isPresent()) return runtime.get().equals("docker");
        return ctx.strict() && ctx.in(DOCKER_BLOCK_DEFAULT) && ctx.extraSpec("docker").isPresent();
    }

    /** The removed fields of one kubelet block ({@code key}, reported under {@code name}). */
    static void kubelet(RuleContext ctx, String key, String name, Map<?, ?> kubelet, Findings out) {
        if (!ctx.in(REMOVED) || !ctx.k8sAtLeast(1, 24) && !ctx.in(ANY_KUBERNETES)) return;
        for (String field : REMOVED_FIELDS) {
            if (kubelet.get(field) == null) continue;
            out.add(REMOVED.tag(Finding.forbidden("spec." + name + "." + field, field + " has been removed on Kubernetes >=1.24"))
                    .hint("remove " + key + "." + field + ": Kubernetes 1.24 has no such kubelet flag"));
        }
    }
}
