package dev.podnet.manifests.cilium;

import static dev.podnet.manifests.cilium.CiliumWorkloads.apiServer;
import static dev.podnet.manifests.cilium.CiliumWorkloads.etcdMounts;
import static dev.podnet.manifests.cilium.CiliumWorkloads.port;
import static dev.podnet.manifests.cilium.CiliumWorkloads.requests;

import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.manifests.internal.RenderContext;
import dev.podnet.manifests.object.ContainerEdits;
import dev.podnet.manifests.object.KubeObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The operator Deployment's edits: args, probes, resources, annotations, etcd mounts, ports, ENI placement. */
final class CiliumOperator {

    private CiliumOperator() {
    }

    /** The operator Deployment as the spec asks (left alone when it has no cilium-operator container). */
    static KubeObject operator(KubeObject d, CiliumSpec s, RenderContext ctx) {
        KubeObject o = apiServer(d, ctx);
        String c = "cilium-operator";
        if (o.container(c).isEmpty()) {
            return o;
        }
        Object args = o.container(c).orElseThrow().get("args");
        if (args instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            for (Object a : list) {
                String arg = String.valueOf(a);
                out.add(arg.startsWith("--eni-tags=") ? "--eni-tags=" + CiliumConfig.cloudLabels(ctx) : arg);
            }
            o = o.withArgs(c, out);
        }
        if (CiliumRenderer.facts(ctx).resourceRequests()) {
            o = requests(o, c, s);
        }
        String host = ctx.ipv6Only() && CiliumRenderer.facts(ctx).operatorIpv6ProbeHost() ? "::1" : "127.0.0.1";
        for (String probe : new String[] {"livenessProbe", "readinessProbe", "startupProbe"}) {
            o = ContainerEdits.field(o, c, List.of(probe, "httpGet", "host"), host, true);
        }
        if (CiliumRenderer.facts(ctx).operatorPodAnnotations()) {
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(s.operatorPodAnnotations()).entrySet()) {
                o = o.withPodAnnotation(e.getKey(), e.getValue());
            }
        }
        if (!CiliumRenderer.legacy(ctx.templateId()) || CiliumRenderer.facts(ctx).eraTemplate()) {
            o = etcdMounts(o, c, CiliumConfig.etcd(s), "cilium-config-path", "cilium-config-path",
                    CiliumRenderer.facts(ctx).etcdOperatorConfigMode());
            o = operatorPrometheusPort(o, c, s, ctx);
        }
        // kops' templates for Cilium 1.8 and below keep the operator on masters in every release that ships them
        if (CiliumConfig.eni(s) && (CiliumRenderer.facts(ctx).eniOperatorOnMasters() || CiliumOldTemplates.applies(ctx)
                || CiliumRenderer.minorTemplate(ctx.release(), s).map(CiliumFacts.MinorTemplate::eniOperatorOnMasters)
                        .orElse(false))) {
            o = operatorOnMasters(o);
        }
        return o;
    }

    /**
     * kops 1.19's template, with {@code ipam: eni}: the operator runs on the masters (it needs the
     * masters' EC2 permissions): nodeSelector {@code node-role.kubernetes.io/master: ""}, tolerating
     * the master taint and, for 300 s, not-ready and unreachable nodes.
     */
    static KubeObject operatorOnMasters(KubeObject o) {
        if (o.get("spec.template.spec.nodeSelector").isPresent()) {
            return o;
        }
        Map<String, Object> master = new LinkedHashMap<>();
        master.put("effect", "NoSchedule");
        master.put("key", "node-role.kubernetes.io/master");
        List<Object> tolerations = new ArrayList<>();
        tolerations.add(master);
        for (String key : new String[] {"node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"}) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("effect", "NoExecute");
            t.put("key", key);
            t.put("operator", "Exists");
            t.put("tolerationSeconds", 300L);
            tolerations.add(t);
        }
        return o.with("spec.template.spec.nodeSelector", Map.of("node-role.kubernetes.io/master", ""))
                .with("spec.template.spec.tolerations", tolerations);
    }

    /** With Prometheus metrics the operator exposes its metrics port as container and host port. */
    static KubeObject operatorPrometheusPort(KubeObject o, String c, CiliumSpec s, RenderContext ctx) {
        if (!CiliumConfig.prometheus(s)) {
            return o;
        }
        long p = CiliumRenderer.facts(ctx).operatorPrometheusPort();
        return ContainerEdits.field(o, c, List.of("ports"), List.of(port(p, "prometheus", true)), false);
    }
}
