package dev.podnet.manifests.cilium;

import dev.podnet.api.provider.CiliumIngressSpec;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.manifests.internal.FactTable;
import dev.podnet.manifests.internal.RenderCaches;
import dev.podnet.manifests.internal.RenderContext;
import dev.podnet.manifests.object.ContainerEdits;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import dev.podnet.manifests.yaml.KopsYaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The agent DaemonSet, the operator Deployment and the optional objects: env, args, probes,
 * resources, annotations, ports, Hubble/etcd mounts, the ENI
 * postStart hook; Hubble, ingress and PodDisruptionBudget objects kept or dropped by the spec.
 */
final class CiliumObjects {

    private static final Set<String> HUBBLE = Set.of("ServiceAccount/hubble-relay", "ConfigMap/hubble-relay-config",
            "ClusterRole/hubble-relay", "ClusterRoleBinding/hubble-relay", "Service/hubble-relay", "Service/hubble-peer",
            "Deployment/hubble-relay", "Certificate/hubble-server-certs", "Certificate/hubble-relay-client-certs");
    private static final Set<String> INGRESS = Set.of("Role/cilium-ingress-secrets", "RoleBinding/cilium-secrets",
            "Role/cilium-operator-ingress-secrets", "RoleBinding/cilium-operator-ingress-secrets", "IngressClass/cilium");
    /** Objects kops emits when ingress or Gateway API is on (1.34: tlsinterception, 1.35+: envoy-config). */
    private static final Set<String> ENVOY = Set.of("Role/cilium-tlsinterception-secrets",
            "RoleBinding/cilium-tlsinterception-secrets", "Role/cilium-envoy-config-secrets",
            "RoleBinding/cilium-envoy-config-secrets");
    /** The agent's postStart hooks for ENI IPAM by Cilium version ({@code eni-poststart.yaml}), parsed once per engine. */
    private static final RenderCaches.Memo<String, List<KubeObject>> ENI_HOOKS = RenderCaches.Memo.named("cilium ENI hooks");
    private static final String ENI_HOOKS_RESOURCE = "dev/podnet/manifests/cilium/eni-poststart.yaml";

    private CiliumObjects() {
    }

    /** Keeps the optional objects the spec asks for, drops the others; fails where podnet has no data for one. */
    static Manifest selectOptional(Manifest base, CiliumSpec s, RenderContext ctx) {
        boolean hubble = CiliumConfig.hubble(s) && CiliumRenderer.facts(ctx).flag("hubble");
        boolean metrics = hubble && !CiliumConfig.hubbleMetrics(s).isEmpty();
        boolean ingress = CiliumConfig.ingress(s, ctx);
        if (hubble && base.find("Deployment", "hubble-relay").isEmpty()) {
            throw unsupported(ctx, "Hubble (hubble-relay objects)");
        }
        if (ingress && base.find("IngressClass", "cilium").isEmpty()) {
            throw unsupported(ctx, "Cilium ingress objects");
        }
        if (CiliumConfig.gateway(s, ctx)) {
            throw unsupported(ctx, "Gateway API objects (GatewayClass, gateway secrets roles)");
        }
        String pdb = ctx.kubernetes().minor() >= 22 ? "policy/v1" : "policy/v1beta1";
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
            if (ENVOY.contains(id) && !ingress) {
                continue;
            }
            if (o.kind().equals("PodDisruptionBudget") && !o.apiVersion().equals(pdb)
                    && base.findAll("PodDisruptionBudget").size() > 1) {
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
        return m;
    }

    /**
     * Ingress in shared mode (kops' default): the shared LoadBalancer Service and its placeholder
     * Endpoints, named by {@code sharedLoadBalancerServiceName} (no name when unset, as kops writes
     * them). Up to 1.33 both follow the IngressClass; from 1.34 the Service precedes the template's
     * Services (or the agent) and the Endpoints come last.
     */
    static Manifest sharedIngressLoadBalancer(Manifest m, CiliumSpec s, RenderContext ctx) {
        String form = CiliumRenderer.facts(ctx).required("sharedIngressLb");
        String name = s.ingress().flatMap(CiliumIngressSpec::sharedLoadBalancerServiceName).orElse("");
        List<KubeObject> lb = new ArrayList<>();
        for (KubeObject o : load("dev/podnet/manifests/cilium/ingress-shared-lb-" + form + ".yaml")) {
            lb.add(name.isEmpty() ? o : o.with("metadata.name", name));
        }
        List<KubeObject> out = new ArrayList<>(m.objects());
        if (form.equals("1.29")) {
            out.addAll(indexOf(out, "IngressClass", "cilium") + 1, lb);
        } else {
            int at = 0;
            while (at < out.size() && !out.get(at).kind().equals("Service")
                    && !(out.get(at).kind().equals("DaemonSet") && out.get(at).name().equals("cilium"))) {
                at++;
            }
            out.add(at, lb.get(0));
            out.add(lb.get(1));
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
        FactTable.Facts f = CiliumRenderer.facts(ctx);
        if (f.flag("relayClusterName") && out.find("ConfigMap", "hubble-relay-config").isPresent()) {
            out = out.edit("ConfigMap", "hubble-relay-config", cm -> {
                String text = String.valueOf(cm.get("data[\"config.yaml\"]").orElse(""));
                return cm.withData("config.yaml", text.replaceFirst("(?m)^cluster-name: .*$",
                        "cluster-name: " + quote(clusterName)));
            });
        }
        if (out.find("Certificate", "hubble-server-certs").isPresent()) {
            String label = switch (f.required("hubbleCertName")) {
                case "clusterNameDashed" -> clusterName.replace('.', '-');
                case "clusterName" -> clusterName;
                default -> "default";
            };
            String dns = "*." + label + ".hubble-grpc.cilium.io";
            out = out.edit("Certificate", "hubble-server-certs", c -> {
                KubeObject x = c.with("spec.dnsNames", List.of(dns));
                return f.flag("hubbleCertCommonName") ? x.with("spec.commonName", dns) : x;
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
        rules.add(rule(List.of("networking.k8s.io"), CiliumRenderer.facts(ctx).strings("ingressStatusResources"),
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

    // ------------------------------------------------------------------ agent

    static KubeObject agent(KubeObject ds, CiliumSpec s, RenderContext ctx) {
        KubeObject o = apiServer(ds, ctx);
        String c = "cilium-agent";
        boolean legacy = "k8s-1.12".equals(ctx.templateId());
        if (o.container(c).isEmpty()) {
            return o;
        }
        int r = ctx.release().minor();
        if (s.enablePolicy().isPresent() && r <= 33) {
            o = o.withEnv(c, "CILIUM_ENABLE_POLICY", s.enablePolicy().get());
        } else {
            o = o.withoutEnv(c, "CILIUM_ENABLE_POLICY");
        }
        if (CiliumRenderer.facts(ctx).flag("resourceRequests")) {
            o = requests(o, c, s);
        }
        String host = ctx.ipv6Only() ? "::1" : "127.0.0.1";
        for (String probe : new String[] {"livenessProbe", "readinessProbe", "startupProbe"}) {
            o = ContainerEdits.field(o, c, List.of(probe, "httpGet", "host"), host, true);
        }
        boolean prom = CiliumConfig.prometheus(s);
        long promPort = s.agentPrometheusPort().orElse(9090L);
        if (prom && !CiliumRenderer.facts(ctx).flag("noPrometheusAnnotations")) {
            o = o.withPodAnnotation("prometheus.io/port", promPortAnnotation(promPort, ctx))
                    .withPodAnnotation("prometheus.io/scrape", "true");
        }
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(s.agentPodAnnotations()).entrySet()) {
            o = o.withPodAnnotation(e.getKey(), e.getValue());
        }
        if (legacy && CiliumRenderer.facts(ctx).flag("eraTemplate")) {
            // kops 1.19-1.21's k8s-1.12 template: the prometheus port and the etcd mounts of its k8s-1.16 successor
            o = ContainerEdits.field(o, c, List.of("ports"), prom ? List.of(port(promPort, "prometheus", false)) : null, false);
            o = etcdMounts(o, c, CiliumConfig.etcd(s), "etc-cni-netd", "xtables-lock",
                    CiliumRenderer.facts(ctx).required("etcdAgentConfigMode"));
        }
        if (!legacy) {
            boolean hubble = CiliumConfig.hubble(s) && CiliumRenderer.facts(ctx).flag("hubble");
            boolean metrics = hubble && !CiliumConfig.hubbleMetrics(s).isEmpty();
            List<Object> ports = new ArrayList<>();
            // kops' templates give the agent's prometheus port no hostPort; from 1.29 it follows the Hubble ports
            boolean promLast = CiliumRenderer.facts(ctx).flag("prometheusPortLast");
            if (prom && !promLast) {
                ports.add(port(promPort, "prometheus", false));
            }
            if (hubble && r >= 29) {
                ports.add(port(4244, "peer-service", true));
            }
            if (metrics) {
                ports.add(port(r >= 31 ? 9965 : 9091, "hubble-metrics", true));
            }
            if (prom && promLast) {
                ports.add(port(promPort, "prometheus", false));
            }
            o = ContainerEdits.field(o, c, List.of("ports"), ports.isEmpty() ? null : ports, false);
            o = hubbleMounts(o, c, hubble, r);
            o = etcdMounts(o, c, CiliumConfig.etcd(s), "etc-cni-netd", "xtables-lock",
                    CiliumRenderer.facts(ctx).required("etcdAgentConfigMode"));
            if (CiliumConfig.eni(s) && r >= 29) {
                o = eniHook(o, c, r, ctx);
            }
            o = debugMonitor(o, c, s, ctx);
        }
        return o;
    }

    /** kops 1.21-1.22 wrote the port annotation as string(rune(port)): one character, code point = port. */
    static String promPortAnnotation(long port, RenderContext ctx) {
        return CiliumRenderer.facts(ctx).flag("prometheusPortRune")
                ? new String(Character.toChars((int) port)) : String.valueOf(port);
    }

    /** {@code debug: true} (1.29+): a cilium-monitor sidecar on the agent's image, after the agent. */
    static KubeObject debugMonitor(KubeObject o, String agent, CiliumSpec s, RenderContext ctx) {
        String command = CiliumRenderer.facts(ctx).string("debugMonitor").orElse(null);
        if (command == null || !s.debug().orElse(false) || o.container("cilium-monitor").isPresent()) {
            return o;
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("args", List.of("for i in {1..5}; do \\\n  [ -S /var/run/cilium/monitor1_2.sock ] && break || sleep 10;\\\n"
                + "  done; \\\n" + command));
        c.put("command", List.of("/bin/bash", "-c", "--"));
        c.put("image", o.container(agent).orElseThrow().get("image"));
        c.put("imagePullPolicy", "IfNotPresent");
        c.put("name", "cilium-monitor");
        c.put("terminationMessagePolicy", "FallbackToLogsOnError");
        c.put("volumeMounts", List.of(Map.of("mountPath", "/var/run/cilium", "name", "cilium-run")));
        return ContainerEdits.insertAfter(o, null, "containers", agent, List.of(c));
    }

    /** {@code debug: true} (1.29+): hubble-relay serves with {@code --debug}. */
    static KubeObject relayDebug(KubeObject d, CiliumSpec s, RenderContext ctx) {
        if (CiliumRenderer.facts(ctx).string("debugMonitor").isEmpty() || !s.debug().orElse(false)
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

    private static KubeObject hubbleMounts(KubeObject o, String c, boolean hubble, int r) {
        KubeObject out = ContainerEdits.removeNamed(o, c, "volumeMounts", "hubble-tls");
        out = ContainerEdits.removeNamed(out, null, "volumes", "hubble-tls");
        if (!hubble) {
            return out;
        }
        Map<String, Object> mount = new LinkedHashMap<>();
        mount.put("mountPath", "/var/lib/cilium/tls/hubble");
        mount.put("name", "hubble-tls");
        mount.put("readOnly", true);
        Map<String, Object> volume = new LinkedHashMap<>();
        volume.put("name", "hubble-tls");
        if (r <= 28) {
            volume.put("secret", Map.of("optional", true, "secretName", "hubble-server-certs"));
        } else {
            Map<String, Object> secret = new LinkedHashMap<>();
            if (r >= 31) {
                secret.put("items", List.of(item("tls.crt", "server.crt"), item("tls.key", "server.key"),
                        item("ca.crt", "client-ca.crt")));
            }
            secret.put("name", "hubble-server-certs");
            secret.put("optional", true);
            volume.put("projected", Map.of("defaultMode", 256, "sources", List.of(Map.of("secret", secret))));
        }
        String mountAfter = r >= 29 && r <= 33 ? "tmp" : "xtables-lock";
        String volumeAfter = r <= 30 ? "cilium-config-path" : "host-proc-sys-kernel";
        out = ContainerEdits.insertAfter(out, c, "volumeMounts", mountAfter, List.of(mount));
        return ContainerEdits.insertAfter(out, null, "volumes", volumeAfter, List.of(volume));
    }

    private static Map<String, Object> item(String key, String path) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", key);
        m.put("path", path);
        return m;
    }

    /** The etcd config and client-certificate mounts. */
    private static KubeObject etcdMounts(KubeObject o, String c, boolean etcd, String mountAfter, String volumeAfter,
            Object defaultMode) {
        KubeObject out = o;
        for (String n : new String[] {"etcd-config-path", "etcd-secrets"}) {
            out = ContainerEdits.removeNamed(out, c, "volumeMounts", n);
            out = ContainerEdits.removeNamed(out, null, "volumes", n);
        }
        if (!etcd) {
            return out;
        }
        Map<String, Object> m1 = new LinkedHashMap<>();
        m1.put("mountPath", "/var/lib/etcd-config");
        m1.put("name", "etcd-config-path");
        m1.put("readOnly", true);
        Map<String, Object> m2 = new LinkedHashMap<>();
        m2.put("mountPath", "/var/lib/etcd-secrets");
        m2.put("name", "etcd-secrets");
        m2.put("readOnly", true);
        Map<String, Object> cm = new LinkedHashMap<>();
        cm.put("defaultMode", Integer.parseInt(String.valueOf(defaultMode)));
        cm.put("items", List.of(item("etcd-config", "etcd.config")));
        cm.put("name", "cilium-config");
        Map<String, Object> v1 = new LinkedHashMap<>();
        v1.put("configMap", cm);
        v1.put("name", "etcd-config-path");
        Map<String, Object> hp = new LinkedHashMap<>();
        hp.put("path", "/etc/kubernetes/pki/cilium");
        hp.put("type", "Directory");
        Map<String, Object> v2 = new LinkedHashMap<>();
        v2.put("hostPath", hp);
        v2.put("name", "etcd-secrets");
        out = ContainerEdits.insertAfter(out, c, "volumeMounts", mountAfter, List.of(m1, m2));
        return ContainerEdits.insertAfter(out, null, "volumes", volumeAfter, List.of(v1, v2));
    }

    @SuppressWarnings("unchecked")
    private static KubeObject eniHook(KubeObject o, String c, int r, RenderContext ctx) {
        KubeObject hook = null;
        for (KubeObject h : ctx.caches().get(ENI_HOOKS, ENI_HOOKS_RESOURCE, CiliumObjects::load)) {
            if (CiliumRenderer.versionPart(h.name(), 1) <= r) {
                hook = h;
            }
        }
        Map<String, Object> lifecycle = new LinkedHashMap<>();
        lifecycle.put("postStart", Objects.requireNonNull(hook).get("postStart").orElseThrow());
        Object existing = o.container(c).orElseThrow().get("lifecycle");
        if (existing instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).forEach((k, v) -> {
                if (!k.equals("postStart")) {
                    lifecycle.put(k, v);
                }
            });
        }
        return ContainerEdits.field(o, c, List.of("lifecycle"), lifecycle, false);
    }

    // ------------------------------------------------------------------ operator

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
        if (CiliumRenderer.facts(ctx).flag("resourceRequests")) {
            o = requests(o, c, s);
        }
        String host = ctx.ipv6Only() && CiliumRenderer.facts(ctx).flag("operatorIpv6ProbeHost") ? "::1" : "127.0.0.1";
        for (String probe : new String[] {"livenessProbe", "readinessProbe", "startupProbe"}) {
            o = ContainerEdits.field(o, c, List.of(probe, "httpGet", "host"), host, true);
        }
        if (CiliumRenderer.facts(ctx).flag("operatorPodAnnotations")) {
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(s.operatorPodAnnotations()).entrySet()) {
                o = o.withPodAnnotation(e.getKey(), e.getValue());
            }
        }
        if (!"k8s-1.12".equals(ctx.templateId()) || CiliumRenderer.facts(ctx).flag("eraTemplate")) {
            o = etcdMounts(o, c, CiliumConfig.etcd(s), "cilium-config-path", "cilium-config-path",
                    CiliumRenderer.facts(ctx).required("etcdOperatorConfigMode"));
            o = operatorPrometheusPort(o, c, s, ctx);
        }
        if (CiliumConfig.eni(s) && CiliumRenderer.facts(ctx).flag("eniOperatorOnMasters")) {
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
        long p = Long.parseLong(CiliumRenderer.facts(ctx).required("operatorPrometheusPort"));
        return ContainerEdits.field(o, c, List.of("ports"), List.of(port(p, "prometheus", true)), false);
    }

    // ------------------------------------------------------------------ helpers

    /** {@code KUBERNETES_SERVICE_HOST=api.internal.<cluster>} in every container that has it. */
    private static KubeObject apiServer(KubeObject o, RenderContext ctx) {
        KubeObject out = o;
        for (String name : o.containerNames()) {
            if (dev.podnet.manifests.internal.Edits.hasEnv(out, name, "KUBERNETES_SERVICE_HOST")) {
                out = out.withEnv(name, "KUBERNETES_SERVICE_HOST", ctx.apiInternalName());
            }
        }
        return out;
    }

    private static KubeObject requests(KubeObject o, String c, CiliumSpec s) {
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("cpu", quantity(s.cpuRequest().orElse("25m")));
        req.put("memory", quantity(s.memoryRequest().orElse("128Mi")));
        return ContainerEdits.field(o, c, List.of("resources", "requests"), req, false);
    }

    /**
     * kops' templates write a request unquoted ({@code cpu: {{ .CPURequest }}}), so a quantity that
     * is a plain integer ({@code 1}) is a YAML integer in kops' output, any other a string.
     */
    static Object quantity(String q) {
        return q.matches("[0-9]{1,18}") ? (Object) Long.parseLong(q) : q;
    }

    private static Map<String, Object> port(long port, String name, boolean hostPort) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("containerPort", port);
        if (hostPort) {
            p.put("hostPort", port);
        }
        p.put("name", name);
        p.put("protocol", "TCP");
        return p;
    }

    private static List<KubeObject> load(String resource) {
        try (InputStream in = CiliumObjects.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return KopsYaml.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
