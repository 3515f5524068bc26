package dev.podnet.manifests.cilium;

import static dev.podnet.manifests.cilium.CiliumWorkloads.apiServer;
import static dev.podnet.manifests.cilium.CiliumWorkloads.etcdMounts;
import static dev.podnet.manifests.cilium.CiliumWorkloads.item;
import static dev.podnet.manifests.cilium.CiliumWorkloads.port;
import static dev.podnet.manifests.cilium.CiliumWorkloads.requests;

import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.manifests.internal.RenderCaches;
import dev.podnet.manifests.internal.RenderContext;
import dev.podnet.manifests.object.ContainerEdits;
import dev.podnet.manifests.object.KubeObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agent DaemonSet's edits: env, probes, resources, annotations, ports, Hubble/etcd mounts, the
 * ENI postStart hook and the debug monitor.
 */
final class CiliumAgent {

    /** The agent's postStart hooks for ENI IPAM by Cilium version ({@code eni-poststart.yaml}), parsed once per engine. */
    private static final RenderCaches.Memo<String, List<KubeObject>> ENI_HOOKS = RenderCaches.Memo.data("cilium ENI hooks");
    private static final String ENI_HOOKS_RESOURCE = "dev/podnet/manifests/cilium/eni-poststart.yaml";

    private CiliumAgent() {
    }

    /** The agent DaemonSet as the spec asks (left alone when it has no cilium-agent container). */
    static KubeObject agent(KubeObject ds, CiliumSpec s, RenderContext ctx) {
        KubeObject o = apiServer(ds, ctx);
        String c = "cilium-agent";
        boolean legacy = CiliumRenderer.legacy(ctx.templateId());
        if (o.container(c).isEmpty()) {
            return o;
        }
        CiliumFacts facts = CiliumRenderer.facts(ctx);
        if (s.enablePolicy().isPresent() && facts.enablePolicyEnv()) {
            o = o.withEnv(c, "CILIUM_ENABLE_POLICY", s.enablePolicy().get());
        } else {
            o = o.withoutEnv(c, "CILIUM_ENABLE_POLICY");
        }
        if (facts.resourceRequests()) {
            o = requests(o, c, s);
        }
        String host = ctx.ipv6Only() ? "::1" : "127.0.0.1";
        for (String probe : new String[] {"livenessProbe", "readinessProbe", "startupProbe"}) {
            o = ContainerEdits.field(o, c, List.of(probe, "httpGet", "host"), host, true);
            if (!legacy) {
                o = ContainerEdits.field(o, c, List.of(probe, "httpGet", "port"), CiliumConfig.agentHealthPort(s), true);
            }
        }
        if (!legacy) {
            o = cniBinaries(o, c, s);
        }
        boolean prom = CiliumConfig.prometheus(s);
        long promPort = s.agentPrometheusPort().orElse(9090L);
        // kops' template for Cilium below 1.8 writes no prometheus.io annotations in any release that ships it
        if (prom && !facts.noPrometheusAnnotations() && !CiliumOldTemplates.applies(ctx)) {
            o = o.withPodAnnotation("prometheus.io/port", promPortAnnotation(promPort, ctx))
                    .withPodAnnotation("prometheus.io/scrape", "true");
        }
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(s.agentPodAnnotations()).entrySet()) {
            o = o.withPodAnnotation(e.getKey(), e.getValue());
        }
        if (legacy && facts.eraTemplate()) {
            // kops 1.19-1.24's k8s-1.12 templates: the prometheus port and the etcd mounts of its k8s-1.16 successor
            List<Object> ports = new ArrayList<>();
            if (prom) {
                ports.add(port(promPort, "prometheus", false));
            }
            if (hubbleMetricsPort(s, ctx)) {
                ports.add(port(9091, "hubble-metrics", true));
            }
            o = ContainerEdits.field(o, c, List.of("ports"), ports.isEmpty() ? null : ports, false);
            o = hubbleMounts(o, c, CiliumConfig.hubble(s) && facts.hubbleTls(), facts);
            o = etcdMounts(o, c, CiliumConfig.etcd(s), "etc-cni-netd", "xtables-lock",
                    facts.etcdAgentConfigMode());
        }
        if (!legacy) {
            boolean hubble = CiliumConfig.hubble(s) && facts.hubble();
            List<Object> ports = agentPorts(s, ctx, hubble, prom, promPort);
            o = ContainerEdits.field(o, c, List.of("ports"), ports.isEmpty() ? null : ports, false);
            o = hubbleMounts(o, c, hubble, facts);
            o = etcdMounts(o, c, CiliumConfig.etcd(s), "etc-cni-netd", "xtables-lock",
                    facts.etcdAgentConfigMode());
            Optional<String> eniHook = facts.eniPostStartHook();
            if (CiliumConfig.eni(s) && eniHook.isPresent()) {
                o = eniHook(o, c, eniHook.get(), ctx);
            }
            o = debugMonitor(o, c, s, ctx);
        }
        return o;
    }

    /**
     * A Cilium version whose agent installs the CNI plugin itself (1.13.0: {@link CiliumVersionFacts}) has no
     * {@code install-cni-binaries} init container, and the agent mounts {@code cni-path}, after {@code cilium-run};
     * templates without the init container are left alone.
     */
    static KubeObject cniBinaries(KubeObject o, String c, CiliumSpec s) {
        String init = "install-cni-binaries";
        if (!CiliumVersionFacts.agentInstallsCni(s.version().orElse("")) || o.container(init).isEmpty()) {
            return o;
        }
        Map<String, Object> mount = new LinkedHashMap<>();
        mount.put("mountPath", "/host/opt/cni/bin");
        mount.put("name", "cni-path");
        KubeObject out = ContainerEdits.removeNamed(o, null, "initContainers", init);
        return ContainerEdits.insertAfter(out, c, "volumeMounts", "cilium-run", List.of(mount));
    }

    /** The agent's container ports (kops 1.22+ templates): prometheus, Hubble's peer service and metrics. */
    private static List<Object> agentPorts(CiliumSpec s, RenderContext ctx, boolean hubble, boolean prom, long promPort) {
        boolean metrics = hubbleMetricsPort(s, ctx);
        List<Object> ports = new ArrayList<>();
        // kops' templates give the agent's prometheus port no hostPort; from 1.29 it follows the Hubble ports
        boolean promLast = CiliumRenderer.facts(ctx).prometheusPortLast();
        if (prom && !promLast) {
            ports.add(port(promPort, "prometheus", false));
        }
        if (hubble && CiliumRenderer.facts(ctx).hubblePeerServicePort()) {
            ports.add(port(4244, "peer-service", true));
        }
        if (metrics) {
            ports.add(port(CiliumRenderer.facts(ctx).hubbleMetricsPort(), "hubble-metrics", true));
        }
        if (prom && promLast) {
            ports.add(port(promPort, "prometheus", false));
        }
        return ports;
    }

    /**
     * The agent's hubble-metrics port: with Hubble metrics listed, and from kops 1.29 only when Hubble is
     * rendered too (before, kops' templates tested the metrics alone: fact hubbleMetricsPortAlone).
     */
    static boolean hubbleMetricsPort(CiliumSpec s, RenderContext ctx) {
        // kops' template for Cilium below 1.8 has no Hubble at all
        if (CiliumConfig.hubbleMetrics(s).isEmpty() || CiliumOldTemplates.applies(ctx)) {
            return false;
        }
        return CiliumRenderer.facts(ctx).hubbleMetricsPortAlone()
                || CiliumConfig.hubble(s) && CiliumRenderer.facts(ctx).hubble();
    }

    /** kops 1.21-1.22 wrote the port annotation as string(rune(port)): one character, code point = port. */
    static String promPortAnnotation(long port, RenderContext ctx) {
        return CiliumRenderer.facts(ctx).prometheusPortRune()
                ? new String(Character.toChars((int) port)) : String.valueOf(port);
    }

    /** {@code debug: true} (1.29+): a cilium-monitor sidecar on the agent's image, after the agent. */
    static KubeObject debugMonitor(KubeObject o, String agent, CiliumSpec s, RenderContext ctx) {
        String command = CiliumRenderer.facts(ctx).debugMonitor().orElse(null);
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

    /**
     * The agent's hubble-tls mount and volume as the release's facts shape them: the volume's form
     * ({@code hubbleTlsVolume}) and what the mount and the volume follow ({@code hubbleTlsMountAfter},
     * {@code hubbleTlsVolumeAfter}).
     */
    private static KubeObject hubbleMounts(KubeObject o, String c, boolean hubble, CiliumFacts facts) {
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
        String form = facts.hubbleTlsVolume();
        if (form.equals("secret")) {
            volume.put("secret", Map.of("optional", true, "secretName", "hubble-server-certs"));
        } else {
            Map<String, Object> secret = new LinkedHashMap<>();
            if (form.equals("projected-items")) {
                secret.put("items", List.of(item("tls.crt", "server.crt"), item("tls.key", "server.key"),
                        item("ca.crt", "client-ca.crt")));
            }
            secret.put("name", "hubble-server-certs");
            secret.put("optional", true);
            volume.put("projected", Map.of("defaultMode", 256, "sources", List.of(Map.of("secret", secret))));
        }
        out = ContainerEdits.insertAfter(out, c, "volumeMounts", facts.hubbleTlsMountAfter(), List.of(mount));
        return ContainerEdits.insertAfter(out, null, "volumes", facts.hubbleTlsVolumeAfter(), List.of(volume));
    }

    /** The agent's postStart hook {@code name} of {@code eni-poststart.yaml} (fact {@code eniPostStartHook}), other lifecycle hooks kept. */
    @SuppressWarnings("unchecked")
    private static KubeObject eniHook(KubeObject o, String c, String name, RenderContext ctx) {
        KubeObject hook = ctx.caches().get(ENI_HOOKS, ENI_HOOKS_RESOURCE, CiliumWorkloads::load).stream()
                .filter(h -> h.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(ENI_HOOKS_RESOURCE + ": no hook " + name));
        Map<String, Object> lifecycle = new LinkedHashMap<>();
        lifecycle.put("postStart", hook.get("postStart").orElseThrow());
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
}
