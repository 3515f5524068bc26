package dev.podnet.manifests.cilium;

import static dev.podnet.manifests.cilium.CiliumWorkloads.port;

import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.manifests.internal.RenderContext;
import dev.podnet.manifests.object.ContainerEdits;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * kops 1.19's templates for Cilium below 1.8 (the k8s-1.7 and k8s-1.12 entries of
 * {@code oldCiliumEntries}; kops 1.20-1.21 keep the k8s-1.12 one), where they differ from the Cilium 1.8 template the other edits follow;
 * each rule checked with the kops oracle (Cilium 1.6, Kubernetes 1.11).
 */
final class CiliumOldTemplates {

    private CiliumOldTemplates() {
    }

    /**
     * Whether the context renders one of kops 1.19's entries for Cilium below 1.8, or kops 1.20-1.21's
     * k8s-1.12 entry from that same template ({@code minorTemplates} row with {@code oldTemplate}).
     */
    static boolean applies(RenderContext ctx) {
        CiliumSpec s = CiliumRenderer.spec(ctx);
        return !CiliumRenderer.oldCiliumEntries(ctx.release(), s).isEmpty()
                || CiliumRenderer.minorTemplate(ctx.release(), s).map(CiliumFacts.MinorTemplate::oldTemplate).orElse(false);
    }

    /** The old templates' forms of the spec-driven values. */
    static Manifest edit(Manifest m, CiliumSpec s, RenderContext ctx) {
        boolean pointer = CiliumRenderer.facts(ctx).remoteNodeIdentityPointer();
        Manifest out = m.edit("ConfigMap", "cilium-config", cm -> config(cm, s, pointer));
        if ("k8s-1.7".equals(ctx.templateId())) {
            out = withoutEtcdAndIpsec(out);
        }
        if (CiliumConfig.prometheus(s)) {
            out = out.edit("DaemonSet", "cilium", CiliumOldTemplates::agentPrometheusHostPort)
                    .edit("Deployment", "cilium-operator", CiliumOldTemplates::operatorMetricsFlag);
        }
        return out;
    }

    /**
     * {@code ipam} only when set; {@code k8s-require-ipv4-pod-cidr} only with hostscope IPAM (crd, eni, kubernetes and an unset ipam drop it:
     * kops 1.19-1.21 always default one, kops 1.18 none and its k8s-1.12 has no such key, as the corpus' kops
     * 1.18.0 channel hash shows); {@code enable-remote-node-identity} always {@code "true"} where the field is a
     * pointer ({@code remoteNodeIdentityPointer}; at kops 1.18, a bool, the config keys write its value); with
     * Prometheus metrics the templates write {@code prometheus-serve-addr} alone (no {@code enable-metrics},
     * no {@code operator-prometheus-serve-addr}: the operator takes {@code --enable-metrics}).
     */
    @SuppressWarnings("unchecked")
    static KubeObject config(KubeObject cm, CiliumSpec s, boolean remoteNodeIdentityPointer) {
        Map<String, Object> data = new LinkedHashMap<>((Map<String, Object>) cm.get("data").orElse(Map.of()));
        if (!"hostscope".equals(s.ipam().orElse(""))) {
            data.remove("k8s-require-ipv4-pod-cidr");
        }
        if (s.ipam().orElse("").isEmpty()) {
            // the templates write ipam only when set ({{ with .Ipam }}): only kops 1.18 leaves it unset
            data.remove("ipam");
        }
        data.remove("enable-metrics");
        data.remove("operator-prometheus-serve-addr");
        if (remoteNodeIdentityPointer && data.containsKey("enable-remote-node-identity")) {
            // the template tests the field for truth, and since kops 1.19 it is a pointer: set or not, it holds
            // (kops-oracle 1.19, 1.20, 1.21 write "true" with enableRemoteNodeIdentity: false)
            data.put("enable-remote-node-identity", "true");
        }
        return cm.with("data", data);
    }

    /**
     * kops 1.19's k8s-1.7 template (Kubernetes below 1.12) has no etcd and no IPsec settings: etcdManaged and
     * enableEncryption leave it as it is (kops-oracle 1.19, seed 20261208 of oracle_cilium_minors.py's specs).
     */
    static Manifest withoutEtcdAndIpsec(Manifest m) {
        Manifest out = m.edit("ConfigMap", "cilium-config", cm -> {
            KubeObject o = cm;
            for (String key : new String[] {"etcd-config", "kvstore", "kvstore-opt", "enable-ipsec", "ipsec-key-file"}) {
                o = o.withoutData(key);
            }
            return o;
        });
        out = out.edit("DaemonSet", "cilium", ds -> withoutEmpty(CiliumWorkloads.etcdMounts(ds, "cilium-agent", false, "", "", 420),
                "cilium-agent"));
        return out.edit("Deployment", "cilium-operator", d -> withoutEmpty(
                CiliumWorkloads.etcdMounts(d, "cilium-operator", false, "", "", 420), "cilium-operator"));
    }

    /** A container's volumeMounts and the pod's volumes that the removals left empty are not written (as kops). */
    @SuppressWarnings("unchecked")
    private static KubeObject withoutEmpty(KubeObject o, String container) {
        KubeObject out = o;
        List<Object> containers = (List<Object>) out.get("spec.template.spec.containers").orElse(List.of());
        for (int i = 0; i < containers.size(); i++) {
            Map<String, Object> c = (Map<String, Object>) containers.get(i);
            if (container.equals(c.get("name")) && List.of().equals(c.get("volumeMounts"))) {
                out = out.without(List.of("spec", "template", "spec", "containers", i, "volumeMounts"));
            }
        }
        if (List.of().equals(out.get("spec.template.spec.volumes").orElse(null))) {
            out = out.without("spec.template.spec.volumes");
        }
        return out;
    }

    /** The agent's prometheus port is a host port in these templates. */
    @SuppressWarnings("unchecked")
    static KubeObject agentPrometheusHostPort(KubeObject ds) {
        String c = "cilium-agent";
        List<Object> ports = new ArrayList<>();
        for (Object p : (List<Object>) ds.container(c).orElseThrow().getOrDefault("ports", List.of())) {
            Map<String, Object> port = (Map<String, Object>) p;
            ports.add("prometheus".equals(port.get("name"))
                    ? port(((Number) port.get("containerPort")).longValue(), "prometheus", true) : p);
        }
        return ContainerEdits.field(ds, c, List.of("ports"), ports, false);
    }

    /** The operator serves metrics by its {@code --enable-metrics} flag, after the template's arguments. */
    @SuppressWarnings("unchecked")
    static KubeObject operatorMetricsFlag(KubeObject d) {
        List<String> args = new ArrayList<>();
        ((List<Object>) d.container("cilium-operator").orElseThrow().getOrDefault("args", List.of()))
                .forEach(a -> args.add(String.valueOf(a)));
        if (!args.contains("--enable-metrics")) {
            args.add("--enable-metrics");
        }
        return d.withArgs("cilium-operator", args);
    }
}
