package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.Map;

/**
 * kubelet / masterKubelet {@code nonMasqueradeCIDR} must equal the cluster's (checked when the kubelet
 * field is set: kops fills an unset one before its strict validation). 1.18–1.22 for every provider; 1.23–1.26
 * only with containerRuntime docker and kubelet networkPluginName kubenet. The gate is taken from 1.23, not
 * 1.24: kops 1.23.0's own completed specs (corpus: karpenter, many-addons-ccm-irsa23, minimal-1.24; containerd,
 * no kubelet nonMasqueradeCIDR) pass its strict validation. 1.26 quirk: kops reports the kubelet at
 * {@code spec.kubelet.networking.nonMasqueradeCIDR} (a path that does not exist) and the control plane at
 * {@code spec.controlPlaneKubelet}. Removed in 1.27.
 */
final class KubeletNonMasqueradeRule {
    private static final Gate EVERY_PROVIDER = gate("cluster.kubelet-nonMasqueradeCIDR");
    private static final Gate DOCKER_KUBENET = gate("cluster.kubelet-nonMasqueradeCIDR#docker-kubenet");
    private static final Gate POINTER = gate("cluster.kubelet-nonMasqueradeCIDR#pointer");

    private KubeletNonMasqueradeRule() {
    }

    static void check(RuleContext ctx, String cluster, Findings out) {
        Gate gate;
        if (ctx.in(EVERY_PROVIDER)) {
            gate = EVERY_PROVIDER;
        } else if (ctx.in(DOCKER_KUBENET) && ctx.extraSpecString("containerRuntime").filter("docker"::equals).isPresent()
                && ctx.extraSpecString("kubelet.networkPluginName").filter("kubenet"::equals).isPresent()) {
            gate = DOCKER_KUBENET;
        } else {
            return;
        }
        boolean names126 = ctx.in(RuleContext.NAMES_1_26);
        String kubeletPath = names126 ? "spec.kubelet.networking.nonMasqueradeCIDR" : "spec.kubelet.nonMasqueradeCIDR";
        String master = names126 ? "controlPlaneKubelet" : "masterKubelet";
        kubelet(ctx, "kubelet", "kubelet", kubeletPath, cluster, gate, out);
        // kops 1.24–1.26 dereferences masterKubelet without a nil check; an absent masterKubelet is skipped here.
        kubelet(ctx, "masterKubelet", master, "spec." + master + ".nonMasqueradeCIDR", cluster, gate, out);
    }

    private static void kubelet(RuleContext ctx, String key, String name, String path, String cluster, Gate gate, Findings out) {
        if (!(ctx.extraSpec(key).orElse(null) instanceof Map<?, ?> kubelet)) return;
        Object set = kubelet.get("nonMasqueradeCIDR");
        String value = set == null ? "" : String.valueOf(set);
        if (value.equals(cluster)) return;
        // up to 1.22 the field is a string (unset = ""); from 1.23 a pointer (unset = nil, "" counts as set). Checked only
        // when given: kops' kubelet builder fills an unset field, in a partial block (only anonymousAuth, say) as in a
        // missing one, before its strict validation.
        boolean given = ctx.in(POINTER) ? set != null : !value.isEmpty();
        if (given) {
            out.add(gate.tag(Finding.forbidden(path, name + " nonMasqueradeCIDR did not match cluster nonMasqueradeCIDR"))
                    .hint("remove " + key + ".nonMasqueradeCIDR or set it to " + cluster));
        }
    }
}
