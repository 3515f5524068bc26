package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.api.Cloud;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.Map;
import java.util.Optional;

/**
 * A component's {@code cloudProvider} (the kubelet, the control plane kubelet, {@code kubeAPIServer},
 * {@code kubeControllerManager}, in kops' order) other than {@code external} and the cloud's own Kubernetes name
 * ({@code aws}, {@code gce}): "Did not match cluster cloudProvider" (kops' {@code ValidateCluster} in
 * {@code pkg/apis/kops/validation/legacy.go}, {@code cluster.go} from 1.27). kops checks a given value in the input
 * and every value of the completed spec, which kops fills with the cloud's name, so only a value written differs.
 * kops-oracle 1.19-1.36 on AWS; the {@code kubeAPIServer} field is gone (accepted, dropped) on
 * Kubernetes 1.33+ from kops 1.33 (kops-oracle 1.30, 1.33.1, 1.36 at Kubernetes 1.32.4 and 1.33.0). Other clouds'
 * names (DigitalOcean and Hetzner {@code external}, OpenStack, Azure) are not judged by kops-oracle: not checked.
 */
final class ComponentCloudProviderRule {
    private static final Gate GATE = gate("cluster.component-cloud-provider");
    private static final Gate KUBE_APISERVER_DROPPED = gate("cluster.component-cloud-provider#kube-apiserver-dropped");
    private static final Map<Cloud, String> KUBERNETES_NAMES = Map.of(Cloud.AWS, "aws", Cloud.GCE, "gce");

    private ComponentCloudProviderRule() {
    }

    static void check(RuleContext ctx, Findings out) {
        String own = ctx.cloud().isPresent() ? KUBERNETES_NAMES.get(ctx.cloud().get()) : null;
        if (own == null || !ctx.in(GATE)) return;
        component(ctx, GATE, "kubelet", "kubelet", ctx.extraSpec("kubelet.cloudProvider"), own, out);
        component(ctx, GATE, "masterKubelet", ctx.in(RuleContext.NAMES_1_26) ? "controlPlaneKubelet" : "masterKubelet",
                ctx.extraSpec("masterKubelet.cloudProvider"), own, out);
        if (!(ctx.in(KUBE_APISERVER_DROPPED) && ctx.k8sAtLeast(1, 33))) {
            component(ctx, GATE, "kubeAPIServer", "kubeAPIServer", ctx.extraSpec("kubeAPIServer.cloudProvider"), own, out);
        }
        component(ctx, GATE, "kubeControllerManager", "kubeControllerManager", ComponentFields.kcmField(ctx.cluster(), "cloudProvider"),
                own, out);
    }

    /** An empty value is unset (a plain string in kops). */
    private static void component(RuleContext ctx, Gate gate, String key, String name, Optional<Object> value, String own, Findings out) {
        String v = value.isPresent() ? String.valueOf(value.get()) : "";
        if (v.isEmpty() || v.equals("external") || v.equals(own)) return;
        out.add(gate.tag(Finding.forbidden("spec." + name + ".cloudProvider", "Did not match cluster cloudProvider"))
                .hint("remove " + key + ".cloudProvider (kops sets it to " + own + "), or set it to " + own + " or external"));
    }
}
