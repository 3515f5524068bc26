package dev.podnet.manifests.cilium;

import dev.podnet.api.provider.CiliumIngressSpec;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.manifests.internal.RenderCaches;
import dev.podnet.manifests.internal.RenderContext;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cilium's optional objects: Hubble, ingress, Gateway API and PodDisruptionBudget objects kept or dropped by the
 * spec, and the edits to the Hubble and ingress objects kept.
 */
final class CiliumOptionalObjects {

    private static final Set<String> HUBBLE = Set.of("ServiceAccount/hubble-relay", "ConfigMap/hubble-relay-config",
            "ClusterRole/hubble-relay", "ClusterRoleBinding/hubble-relay", "Service/hubble-relay", "Service/hubble-peer",
            "Deployment/hubble-relay", "Certificate/hubble-server-certs", "Certificate/hubble-relay-client-certs");
    private static final Set<String> INGRESS = Set.of("Role/cilium-ingress-secrets", "RoleBinding/cilium-secrets",
            "Role/cilium-operator-ingress-secrets", "RoleBinding/cilium-operator-ingress-secrets", "IngressClass/cilium");
    /** Gateway API objects (kops 1.33: the operator's gateway secrets as a ClusterRole, 1.36: as a Role). */
    private static final Set<String> GATEWAY = Set.of("Role/cilium-gateway-secrets", "RoleBinding/cilium-gateway-secrets",
            "ClusterRole/cilium-operator-gateway-secrets", "ClusterRoleBinding/cilium-operator-gateway-secrets",
            "Role/cilium-operator-gateway-secrets", "RoleBinding/cilium-operator-gateway-secrets", "GatewayClass/cilium");
    /** Objects kops emits when ingress or Gateway API is on (1.34: tlsinterception, 1.35+: envoy-config). */
    private static final Set<String> ENVOY = Set.of("Role/cilium-tlsinterception-secrets",
            "RoleBinding/cilium-tlsinterception-secrets", "Role/cilium-envoy-config-secrets",
            "RoleBinding/cilium-envoy-config-secrets");

    /** The operator's Gateway API rules by release ({@code gateway-operator-rules.yaml}), parsed once per engine. */
    private static final RenderCaches.Memo<String, List<KubeObject>> GATEWAY_RULES =
            RenderCaches.Memo.data("cilium gateway operator rules");
    /** The shared ingress LoadBalancer Service and Endpoints by form ({@code ingress-shared-lb-<form>.yaml}), parsed once per engine. */
    private static final RenderCaches.Memo<String, List<KubeObject>> INGRESS_LB =
            RenderCaches.Memo.data("cilium shared ingress load balancers");
    /** The agent's envoy-metrics Service by form ({@code agent-metrics-service-<form>.yaml}), parsed once per engine. */
    private static final RenderCaches.Memo<String, List<KubeObject>> AGENT_METRICS =
            RenderCaches.Memo.data("cilium agent metrics services");
    private static final String GATEWAY_RULES_RESOURCE = "dev/podnet/manifests/cilium/gateway-operator-rules.yaml";

    private CiliumOptionalObjects() {
    }

    /** Keeps the optional objects the spec asks for, drops the others; fails where podnet has no data for one. */
    static Manifest selectOptional(Manifest base, CiliumSpec s, RenderContext ctx) {
        boolean hubble = CiliumConfig.hubble(s) && CiliumRenderer.facts(ctx).hubble();
        boolean metrics = hubble && !CiliumConfig.hubbleMetrics(s).isEmpty();
        boolean ingress = CiliumConfig.ingress(s, ctx);
        if (hubble && base.find("Deployment", "hubble-relay").isEmpty()) {
            throw unsupported(ctx, "Hubble (hubble-relay objects)");
        }
        if (ingress && base.find("IngressClass", "cilium").isEmpty()) {
            throw unsupported(ctx, "Cilium ingress objects");
        }
        boolean gateway = CiliumConfig.gateway(s, ctx);
        if (gateway && base.find("GatewayClass", "cilium").isEmpty()) {
            throw unsupported(ctx, "Gateway API objects (GatewayClass, gateway secrets roles)");
        }
        // templates that carry both PodDisruptionBudget versions keep one by the Kubernetes minor (pdbV1FromKubernetes)
        String pdb = dev.podnet.manifests.internal.PodDisruptionBudgets.apiVersion(
                CiliumRenderer.facts(ctx).pdbV1FromKubernetes(), ctx.kubernetes().minor());
        List<KubeObject> keep = new ArrayList<>();
        for (KubeObject o : base.objects()) {
            String id = o.kind() + "/" + o.name();
            if (HUBBLE.contains(id) && !hubble) {
                continue;
            }
            if (id.equals("Service/hubble-metrics") && !metrics) {
                continue;
            }
            if (INGRESS.contains(id) && !ingress) {
                continue;
            }
            if (ENVOY.contains(id) && !ingress && !gateway) {
                continue;
            }
            if (GATEWAY.contains(id) && !gateway) {
                continue;
            }
            if (o.kind().equals("PodDisruptionBudget") && !o.apiVersion().equals(pdb)
                    && base.findAll("PodDisruptionBudget").size() > 1) {
                continue;
            }
            if (o.kind().equals("PodDisruptionBudget") && "policy/v1beta1".equals(pdb)) {
                // a template with one PodDisruptionBudget writes it policy/v1beta1 below the minor too
                keep.add(o.with("apiVersion", pdb));
                continue;
            }
            keep.add(o);
        }
        Manifest m = Manifest.of(keep);
        if (hubble) {
            m = hubbleObjects(m, s, ctx);
        }
        if (ingress) {
            m = m.edit("ClusterRole", "cilium-operator", cr -> withIngressRules(cr, ctx));
            String shared = s.ingress().flatMap(CiliumIngressSpec::defaultLoadBalancerMode).orElse("");
            if (shared.isEmpty() || "shared".equals(shared)) {
                m = sharedIngressLoadBalancer(m, s, ctx);
            }
        }
        if (gateway) {
            m = m.edit("ClusterRole", "cilium-operator", cr -> withGatewayRules(cr, ctx));
            if (CiliumConfig.prometheus(s)) {
                m = agentMetricsService(m, ctx);
            }
        }
        return m;
    }

    /**
     * enablePrometheusMetrics with gatewayAPI.enabled (1.34+): the agent's headless envoy-metrics Service
     * ({@code agent-metrics-service-<form>.yaml}), first of the template's Services (before the shared ingress
     * LoadBalancer and Hubble's), or before the agent when there is none (kops-oracle 1.36).
     */
    static Manifest agentMetricsService(Manifest m, RenderContext ctx) {
        Optional<String> form = CiliumRenderer.facts(ctx).agentMetricsService();
        if (form.isEmpty()) {
            return m;
        }
        List<KubeObject> service = ctx.caches().get(AGENT_METRICS, "dev/podnet/manifests/cilium/agent-metrics-service-"
                + form.get() + ".yaml", CiliumWorkloads::load);
        List<KubeObject> out = new ArrayList<>(m.objects());
        out.addAll(firstServiceOrAgent(out), service);
        return Manifest.of(out);
    }

    private static int firstServiceOrAgent(List<KubeObject> objects) {
        int at = 0;
        while (at < objects.size() && !objects.get(at).kind().equals("Service")
                && !(objects.get(at).kind().equals("DaemonSet") && objects.get(at).name().equals("cilium"))) {
            at++;
        }
        return at;
    }

    /**
     * gatewayAPI.enabled: the operator's Gateway API rules of the release (the form of
     * {@code gateway-operator-rules.yaml} that fact {@code gatewayOperatorRules} names), after the ingress rules.
     */
    @SuppressWarnings("unchecked")
    static KubeObject withGatewayRules(KubeObject cr, RenderContext ctx) {
        String name = CiliumRenderer.facts(ctx).gatewayOperatorRules().orElseThrow();
        KubeObject form = ctx.caches().get(GATEWAY_RULES, GATEWAY_RULES_RESOURCE, CiliumWorkloads::load).stream()
                .filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(GATEWAY_RULES_RESOURCE + ": no form " + name));
        List<Object> rules = new ArrayList<>((List<Object>) cr.get("rules").orElse(List.of()));
        rules.addAll((List<Object>) form.get("rules").orElseThrow());
        return cr.with("rules", rules);
    }

    /**
     * Ingress in shared mode (kops' default): the shared LoadBalancer Service and its placeholder
     * Endpoints, named by {@code sharedLoadBalancerServiceName} (no name when unset, as kops writes
     * them). Up to 1.33 both follow the IngressClass; from 1.34 the template lists its objects in
     * Helm's install order ({@link HelmKindOrder}): the Service precedes the template's Services (or
     * the agent) and the Endpoints go among the kinds Helm does not order, by kind name (after the
     * Certificates, before the GatewayClass; kops-oracle 1.36 with ingress, Hubble and gatewayAPI).
     */
    static Manifest sharedIngressLoadBalancer(Manifest m, CiliumSpec s, RenderContext ctx) {
        String form = CiliumRenderer.facts(ctx).sharedIngressLb().orElseThrow();
        String name = s.ingress().flatMap(CiliumIngressSpec::sharedLoadBalancerServiceName).orElse("");
        List<KubeObject> lb = new ArrayList<>();
        for (KubeObject o : ctx.caches().get(INGRESS_LB, "dev/podnet/manifests/cilium/ingress-shared-lb-" + form + ".yaml",
                CiliumWorkloads::load)) {
            lb.add(name.isEmpty() ? o : o.with("metadata.name", name));
        }
        List<KubeObject> out = new ArrayList<>(m.objects());
        if (form.equals("1.29")) {
            out.addAll(indexOf(out, "IngressClass", "cilium") + 1, lb);
        } else {
            out.add(firstServiceOrAgent(out), lb.get(0));
            out.add(HelmKindOrder.insertionPoint(out, lb.get(1).kind()), lb.get(1));
        }
        return Manifest.of(out);
    }

    private static int indexOf(List<KubeObject> objects, String kind, String name) {
        for (int i = 0; i < objects.size(); i++) {
            if (objects.get(i).kind().equals(kind) && objects.get(i).name().equals(name)) {
                return i;
            }
        }
        return objects.size() - 1;
    }

    /** Edits to objects the renderer adds or keeps after the workloads are edited (none yet besides Hubble). */
    static Manifest optionalObjects(Manifest m, CiliumSpec s, RenderContext ctx) {
        return m;
    }

    private static RuntimeException unsupported(RenderContext ctx, String what) {
        return new dev.podnet.api.PodnetException(CiliumRenderer.ADDON + ": podnet has no manifest data for " + what
                + " at kops " + ctx.releaseKey() + " yet");
    }

    private static Manifest hubbleObjects(Manifest m, CiliumSpec s, RenderContext ctx) {
        String clusterName = s.clusterName().orElse("default");
        Manifest out = m;
        CiliumFacts f = CiliumRenderer.facts(ctx);
        if (f.relayClusterName() && out.find("ConfigMap", "hubble-relay-config").isPresent()) {
            out = out.edit("ConfigMap", "hubble-relay-config", cm -> {
                String text = String.valueOf(cm.get("data[\"config.yaml\"]").orElse(""));
                return cm.withData("config.yaml", text.replaceFirst("(?m)^cluster-name: .*$",
                        "cluster-name: " + quote(clusterName)));
            });
        }
        if (out.find("Certificate", "hubble-server-certs").isPresent()) {
            String label = switch (f.hubbleCertName()) {
                case "clusterNameDashed" -> clusterName.replace('.', '-');
                case "clusterName" -> clusterName;
                default -> "default";
            };
            String dns = "*." + label + ".hubble-grpc.cilium.io";
            out = out.edit("Certificate", "hubble-server-certs", c -> {
                KubeObject x = c.with("spec.dnsNames", List.of(dns));
                return f.hubbleCertCommonName() ? x.with("spec.commonName", dns) : x;
            });
        }
        return out;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @SuppressWarnings("unchecked")
    private static KubeObject withIngressRules(KubeObject cr, RenderContext ctx) {
        List<Object> rules = new ArrayList<>((List<Object>) cr.get("rules").orElse(List.of()));
        rules.add(rule(List.of("networking.k8s.io"), List.of("ingresses", "ingressclasses"), List.of("get", "list", "watch")));
        rules.add(rule(List.of("networking.k8s.io"), CiliumRenderer.facts(ctx).ingressStatusResources(),
                List.of("update")));
        return cr.with("rules", rules);
    }

    private static Map<String, Object> rule(List<String> groups, List<String> resources, List<String> verbs) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("apiGroups", groups);
        r.put("resources", resources);
        r.put("verbs", verbs);
        return r;
    }

    /** {@code debug: true} (1.29+): hubble-relay serves with {@code --debug}. */
    static KubeObject relayDebug(KubeObject d, CiliumSpec s, RenderContext ctx) {
        if (CiliumRenderer.facts(ctx).debugMonitor().isEmpty() || !s.debug().orElse(false)
                || d.container("hubble-relay").isEmpty()) {
            return d;
        }
        List<String> args = new ArrayList<>();
        Object existing = d.container("hubble-relay").orElseThrow().get("args");
        if (existing instanceof List<?> l) {
            l.forEach(a -> args.add(String.valueOf(a)));
        }
        if (!args.contains("--debug")) {
            args.add(args.indexOf("serve") + 1, "--debug");
        }
        return d.withArgs("hubble-relay", args);
    }
}
