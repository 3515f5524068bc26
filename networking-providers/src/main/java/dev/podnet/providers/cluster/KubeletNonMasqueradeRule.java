package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.provider.ProviderSpec;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import dev.podnet.providers.internal.GoStrings;

/**
 * kubelet / masterKubelet {@code nonMasqueradeCIDR} must equal the cluster's. 1.18–1.22 for every provider,
 * checked when the kubelet field is set (kops fills an unset one before its strict validation). 1.23–1.29 only
 * when the runtime is docker and {@code spec.kubelet.networkPluginName} is kubenet; the gate is taken from 1.23,
 * not 1.24: kops 1.23.0's own completed specs (corpus: karpenter, many-addons-ccm-irsa23, minimal-1.24;
 * containerd, no kubelet nonMasqueradeCIDR) pass its strict validation. There kops' kubelet builder fills the
 * field only for the providers whose kubelet runs kubenet (kubenet, external, kopeio, GCE) below Kubernetes 1.24,
 * so with any other provider the completed spec is refused though the input gave no value (kops-oracle 1.24:
 * calico, cilium or kube-router with {@code kubelet: {networkPluginName: kubenet}} at Kubernetes 1.19; kubenet,
 * external, kopeio accepted), and the control plane kubelet, which kops' completion derives from the kubelet, is
 * refused with it. 1.26 quirk: kops reports the kubelet at {@code spec.kubelet.networking.nonMasqueradeCIDR} (a
 * path that does not exist) and the control plane at {@code spec.controlPlaneKubelet}.
 */
final class KubeletNonMasqueradeRule {
    private static final Gate EVERY_PROVIDER = gate("cluster.kubelet-nonMasqueradeCIDR");
    private static final Gate DOCKER_KUBENET = gate("cluster.kubelet-nonMasqueradeCIDR#docker-kubenet");
    private static final Gate POINTER = gate("cluster.kubelet-nonMasqueradeCIDR#pointer");
    private static final Gate UNSET_IN_INPUT = gate("cluster.kubelet-nonMasqueradeCIDR#unset-in-input");
    private static final Gate DOCKER_BELOW_1_20 = gate("cluster.kubelet-nonMasqueradeCIDR#docker-below-1.20");
    private static final Gate FILLED_FOR_KUBENET_ONLY = gate("cluster.kubelet-nonMasqueradeCIDR#filled-for-kubenet-only");
    private static final Gate DOCKER_BLOCK_DEFAULT = gate("cluster.container-runtime-docker#docker-block-default");
    /** kops' {@code UsesKubenet()}: the providers whose kubelet the builder sets up for kubenet. */
    private static final Set<ProviderKind> KUBENET_KUBELET = Set.of(ProviderKind.KUBENET, ProviderKind.EXTERNAL,
            ProviderKind.KOPEIO, ProviderKind.GCP);

    private KubeletNonMasqueradeRule() {
    }

    static void check(RuleContext ctx, String cluster, Findings out) {
        if (ctx.in(EVERY_PROVIDER)) {
            kubelet(ctx, "kubelet", "spec.kubelet.nonMasqueradeCIDR", "kubelet", cluster, EVERY_PROVIDER, out);
            kubelet(ctx, "masterKubelet", "spec.masterKubelet.nonMasqueradeCIDR", "masterKubelet", cluster, EVERY_PROVIDER, out);
            return;
        }
        if (!ctx.in(DOCKER_KUBENET) || !docker(ctx)
                || !"kubenet".equals(ctx.extraSpecString("kubelet.networkPluginName").orElse(null))) {
            return;
        }
        boolean names126 = ctx.in(RuleContext.NAMES_1_26);
        boolean rewritten = ctx.in(UNSET_IN_INPUT);
        String kubeletPath = names126 && !rewritten ? "spec.kubelet.networking.nonMasqueradeCIDR" : "spec.kubelet.nonMasqueradeCIDR";
        String master = names126 ? "controlPlaneKubelet" : "masterKubelet";
        kubelet(ctx, "kubelet", kubeletPath, "kubelet", cluster, DOCKER_KUBENET, out);
        // kops 1.24–1.26 dereferences masterKubelet without a nil check; an absent masterKubelet is skipped here. On
        // the completed spec kops always has one, derived from the kubelet.
        kubelet(ctx, "masterKubelet", "spec." + master + ".nonMasqueradeCIDR", rewritten ? "kubelet" : master, cluster,
                DOCKER_KUBENET, out);
    }

    /**
     * The runtime kops judges: {@code containerRuntime} as given or, on the completed spec, what an unset one
     * completes to (docker beside a {@code docker} block; docker below Kubernetes 1.20 up to kops 1.27).
     */
    private static boolean docker(RuleContext ctx) {
        Optional<String> runtime = GoStrings.nonEmpty(ctx.extraSpecString("containerRuntime"));
        if (runtime.isPresent()) return runtime.get().equals("docker");
        if (!ctx.strict()) return false;
        return ctx.in(DOCKER_BLOCK_DEFAULT) && ctx.extraSpec("docker").isPresent()
                || ctx.in(DOCKER_BELOW_1_20) && ctx.k8sBefore(1, 20);
    }

    private static void kubelet(RuleContext ctx, String key, String path, String name, String cluster, Gate gate, Findings out) {
        Object block = ctx.extraSpec(key).orElse(null);
        boolean derived = gate == DOCKER_KUBENET && ctx.strict() && key.equals("masterKubelet");
        if (!(block instanceof Map<?, ?>) && !derived) return;
        Object set = block instanceof Map<?, ?> m ? m.get("nonMasqueradeCIDR") : null;
        if (set == null && derived) set = ctx.extraSpec("kubelet.nonMasqueradeCIDR").orElse(null);
        if (set == null && gate == DOCKER_KUBENET && ctx.strict() && builderFills(ctx)) return;
        String value = set == null ? "" : String.valueOf(set);
        if (value.equals(cluster)) return;
        // up to 1.22 the field is a string (unset = ""), from 1.23 a pointer (unset = nil, "" counts as set): checked
        // only when given, or on the completed spec where kops' builder left it unset, or from 1.27 in the input too
        boolean given = ctx.in(POINTER) ? set != null : !value.isEmpty();
        boolean checked = gate == EVERY_PROVIDER ? given : given || ctx.strict() || ctx.in(UNSET_IN_INPUT);
        if (checked) {
            String verb = ctx.in(UNSET_IN_INPUT) ? " does not match" : " did not match";
            out.add(gate.tag(Finding.forbidden(path, name + " nonMasqueradeCIDR" + verb + " cluster nonMasqueradeCIDR"))
                    .hint("remove " + key + ".nonMasqueradeCIDR or set it to " + cluster));
        }
    }

    /**
     * kops' kubelet builder sets the field for every provider up to 1.23, then for kubenet-style providers below
     * Kubernetes 1.24 only (kops 1.24–1.28).
     */
    private static boolean builderFills(RuleContext ctx) {
        if (!ctx.in(FILLED_FOR_KUBENET_ONLY)) return true;
        Optional<ProviderSpec> provider = ctx.cluster().networking().provider();
        return ctx.k8sBefore(1, 24) && provider.isPresent() && KUBENET_KUBELET.contains(provider.get().kind());
    }
}
