package dev.podnet.manifests.cilium;

import dev.podnet.api.provider.CiliumGatewayApiSpec;
import dev.podnet.api.provider.CiliumIngressSpec;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.api.provider.HubbleSpec;
import dev.podnet.manifests.internal.RenderContext;
import dev.podnet.manifests.object.KubeObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code cilium-config} ConfigMap keys the spec decides (cilium-awsvpc-lyftvpc-gce.md §1.10,
 * §1.11, §1.13, §1.14, Appendix A). Each key is set, or removed, from the field and the release's
 * range, so that the stored default form never leaks into a spec that differs from it. The Cilium
 * 1.8 template ({@code k8s-1.12}, kops 1.22–1.24) has its own key set: there only the keys it
 * carries are updated.
 */
final class CiliumConfig {

    private final Map<String, Object> data;
    private final boolean legacy;

    private CiliumConfig(Map<String, Object> data, boolean legacy) {
        this.data = data;
        this.legacy = legacy;
    }

    static boolean hubble(CiliumSpec s) {
        return s.hubble().flatMap(HubbleSpec::enabled).orElse(false);
    }

    static List<String> hubbleMetrics(CiliumSpec s) {
        return s.hubble().map(HubbleSpec::metrics).orElse(List.of());
    }

    static boolean ingress(CiliumSpec s, RenderContext ctx) {
        return CiliumRenderer.facts(ctx).flag("ingress") && s.ingress().flatMap(CiliumIngressSpec::enabled).orElse(false);
    }

    static boolean gateway(CiliumSpec s, RenderContext ctx) {
        return CiliumRenderer.facts(ctx).flag("gatewayAPI") && s.gatewayAPI().flatMap(CiliumGatewayApiSpec::enabled).orElse(false);
    }

    static boolean eni(CiliumSpec s) {
        return "eni".equals(s.ipam().orElse(""));
    }

    static boolean etcd(CiliumSpec s) {
        return s.etcdManaged().orElse(false);
    }

    static boolean prometheus(CiliumSpec s) {
        return s.enablePrometheusMetrics().orElse(false);
    }

    static String tunnel(CiliumSpec s) {
        return s.tunnel().orElse("vxlan");
    }

    /** {@code .Masquerade} (v1alpha3/internal) or the inverse of {@code disableMasquerade} (v1alpha2). */
    static boolean masquerade(CiliumSpec s) {
        return s.masquerade().orElseGet(() -> !s.disableMasquerade().orElse(false));
    }

    /** {@code CloudLabels}: {@code KubernetesCluster=<name>} and every {@code spec.cloudLabels} entry, sorted. */
    static String cloudLabels(RenderContext ctx) {
        Map<String, String> labels = new TreeMap<>();
        if (ctx.cluster().extraSpec().get("cloudLabels") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> labels.put(String.valueOf(k), String.valueOf(v)));
        }
        labels.put("KubernetesCluster", ctx.cluster().name());
        StringBuilder sb = new StringBuilder();
        labels.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ",").append(k).append('=').append(v));
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    static KubeObject apply(KubeObject cm, CiliumSpec s, RenderContext ctx) {
        Map<String, Object> data = new LinkedHashMap<>((Map<String, Object>) cm.get("data").orElse(Map.of()));
        CiliumConfig c = new CiliumConfig(data, "k8s-1.12".equals(ctx.templateId()));
        c.fill(s, ctx);
        return cm.with("data", data);
    }

    private void set(String key, Object value, boolean when) {
        if (legacy) {
            if (when && data.containsKey(key)) {
                data.put(key, String.valueOf(value));
            }
            return;
        }
        if (when) {
            data.put(key, String.valueOf(value));
        } else {
            data.remove(key);
        }
    }

    private void set(String key, Object value) {
        set(key, value, true);
    }

    private void fill(CiliumSpec s, RenderContext ctx) {
        boolean v6 = ctx.ipv6Only();
        int r = ctx.release().minor();
        boolean le33 = r <= 33;
        String version = s.version().orElse("");

        // etcd (§1.14)
        boolean etcd = etcd(s);
        set("kvstore", "etcd", etcd);
        set("kvstore-opt", "{\"etcd.config\": \"/var/lib/etcd-config/etcd.config\"}", etcd);
        set("etcd-config", "---\nendpoints:\n  - https://" + ctx.apiInternalName() + ":4003\n"
                + "trusted-ca-file: '/var/lib/etcd-secrets/etcd-ca.crt'\n"
                + "key-file: '/var/lib/etcd-secrets/etcd-client-cilium.key'\n"
                + "cert-file: '/var/lib/etcd-secrets/etcd-client-cilium.crt'", etcd);
        set("enable-k8s-event-handover", "true", etcd && r >= 22 && r <= 28);

        set("identity-allocation-mode", r >= 22 ? s.identityAllocationMode().orElse("crd") : "crd");
        set("identity-change-grace-period", s.identityChangeGracePeriod().orElse("5s"), r >= 22);
        set("debug", s.debug().orElse(false));

        // [P] metrics
        boolean p = prometheus(s);
        set("prometheus-serve-addr", ":" + s.agentPrometheusPort().orElse(9090L), p);
        set("operator-prometheus-serve-addr", r >= 32 ? ":9963" : ":6942", p);
        set("enable-metrics", "true", p);
        set("proxy-prometheus-port", "9964", p && r >= 34);
        set("controller-group-metrics", "write-cni-file\nsync-host-ips\nsync-lb-maps-with-k8s-services", p && r >= 34);
        set("metrics", String.join(" ", s.metrics()), !s.metrics().isEmpty() && r >= 24 && (r <= 33 || p));

        // encryption (§1.10, §1.12)
        boolean enc = s.enableEncryption().orElse(false);
        String type = s.encryptionType().orElse("ipsec");
        boolean ipsec = enc && (r < 22 || "ipsec".equals(type));
        boolean wireguard = enc && r >= 22 && "wireguard".equals(type);
        set("enable-ipsec", "true", ipsec);
        set("ipsec-key-file", "/etc/ipsec/keys", ipsec);
        set("enable-ipsec-key-watcher", "true", ipsec && r >= 34);
        set("ipsec-key-rotation-duration", "5m", ipsec && r >= 34);
        set("enable-ipsec-encrypted-overlay", "false", ipsec && r >= 34);
        set("enable-wireguard", "true", wireguard);
        set("encrypt-node", s.nodeEncryption().orElse(false), enc && r >= 29);

        set("enable-ipv4", !v6);
        set("enable-ipv6", v6);
        set("monitor-aggregation", s.monitorAggregation().orElse("medium"));
        set("bpf-ct-global-tcp-max", s.bpfCTGlobalTCPMax().orElse(524288L), le33);
        set("bpf-ct-global-any-max", s.bpfCTGlobalAnyMax().orElse(262144L), le33);
        set("bpf-lb-algorithm", s.bpfLBAlgorithm().orElse("random"), r >= 22 && le33);
        set("bpf-lb-maglev-table-size", s.bpfLBMaglevTableSize().orElse("16381"), r >= 22 && le33);
        set("bpf-nat-global-max", s.bpfNATGlobalMax().orElse(524288L), r >= 22 && le33);
        set("bpf-neigh-global-max", s.bpfNeighGlobalMax().orElse(524288L), r >= 22 && le33);
        set("bpf-policy-map-max", le33 ? s.bpfPolicyMapMax().orElse(16384L) : 16384L, r >= 22);
        set("bpf-lb-map-max", le33 ? s.bpfLBMapMax().orElse(65536L) : 65536L, r >= 22);
        set("bpf-lb-sock", r >= 36 ? s.bpfLBSock().orElse(false) : false, r >= 34);
        set("bpf-lb-sock-hostns-only", s.bpfLBSockHostNSOnly().orElse(false), (r >= 23 && le33) || r >= 36);

        // chaining (§1.3)
        String chaining = s.chainingMode().orElse("");
        set("cni-chaining-mode", chaining, !chaining.isEmpty() && r >= 23);
        if (r >= 34) {
            set("enable-host-legacy-routing", "true", !chaining.isEmpty());
            set("enable-local-node-route", "false", !chaining.isEmpty() && !"portmap".equals(chaining));
            set("dnsproxy-enable-transparent-mode", "true", chaining.isEmpty());
        }

        set("enable-bpf-masquerade", r == 22 ? s.enableBPFMasquerade().orElse(false)
                : s.enableBPFMasquerade().orElse(false) && !v6, r >= 22);
        set("preallocate-bpf-maps", s.preallocateBPFMaps().orElse(false));
        set("sidecar-istio-proxy-image", s.sidecarIstioProxyImage().orElse("cilium/istio_proxy"), le33);

        // tunnel / routing (§1.10, Appendix A)
        String tunnel = tunnel(s);
        set("tunnel", tunnel, r <= 28);
        if (r >= 29) {
            boolean native_ = "disabled".equals(tunnel);
            set("routing-mode", native_ ? "native" : "tunnel");
            set("tunnel-protocol", tunnel, !native_);
            set("tunnel-source-port-range", "0-0", !native_ && r >= 34);
            set("service-no-backend-response", "reject", !native_ && r >= 34);
        }

        set("cluster-name", s.clusterName().orElse("default"));
        set("cluster-id", s.clusterID().orElse(0), r >= 28 && s.clusterID().orElse(0) != 0);
        set("tofqdns-dns-reject-response-code",
                s.toFQDNsDNSRejectResponseCode().or(s::toFqdnsDnsRejectResponseCode).orElse("refused"));
        set("tofqdns-enable-poller", s.toFQDNsEnablePoller().or(s::toFqdnsEnablePoller).orElse(false), le33);
        set("container-runtime", s.containerRuntimeLabels().orElse("none"), r <= 22);

        // masquerade (§1.4, §1.10)
        boolean masq = r == 22 ? !s.disableMasquerade().orElse(false) : masquerade(s);
        set("masquerade", masq, r <= 25);
        set("enable-ipv4-masquerade", masq, r >= 26);
        set("enable-ipv6-masquerade", r == 22 ? masq : false, r >= 22);
        boolean install = r <= 22 ? !s.iptablesRulesNoinstall().orElse(false)
                : s.installIptablesRules().orElseGet(() -> !s.iptablesRulesNoinstall().orElse(false));
        set("install-iptables-rules", install, le33);
        set("auto-direct-node-routes", s.autoDirectNodeRoutes().orElse(false));
        set("enable-host-reachable-services", "true", s.enableHostReachableServices().orElse(false) && r >= 21 && le33);

        // kube-proxy replacement (§1.5)
        boolean nodePort = s.enableNodePort().orElse(false);
        set("enable-node-port", nodePort);
        set("kube-proxy-replacement", r >= 29 ? String.valueOf(nodePort) : nodePort ? "strict" : "partial");
        set("enable-local-redirect-policy", s.enableLocalRedirectPolicy().orElse(false), r >= 31);

        // ipam, ENI (§1.13)
        String ipam = s.ipam().orElse("");
        boolean eni = eni(s);
        set("ipam", ipam, !ipam.isEmpty());
        set("ipam-cilium-node-update-rate", "15s", !ipam.isEmpty() && r >= 34);
        set("cluster-pool-ipv4-mask-size", "24", !ipam.isEmpty() && r >= 34);
        set("enable-endpoint-routes", "true", eni);
        set("auto-create-cilium-node-resource", "true", eni);
        set("blacklist-conflicting-routes", "false", eni && r <= 28);
        set("eni-tags", cloudLabels(ctx), eni && r >= 29);

        set("disable-endpoint-crd", s.disableEndpointCRD().orElse(false), r >= 22);
        set("enable-endpoint-health-checking", s.enableEndpointHealthChecking().orElse(true), r >= 22);
        set("enable-l7-proxy", s.enableL7Proxy().orElse(true), r >= 22);
        set("enable-remote-node-identity", s.enableRemoteNodeIdentity().orElse(true), le33);
        set("enable-unreachable-routes", s.enableUnreachableRoutes().orElse(false), r >= 27 && le33);
        set("disable-cnp-status-updates", s.disableCNPStatusUpdates().orElse(true), r >= 23 && le33);
        set("enable-service-topology", s.enableServiceTopology().orElse(false), r >= 23);
        set("cni-exclusive", r >= 32 ? s.cniExclusive().orElse(true) : true, r >= 29);
        set("enable-host-firewall", s.enableHostFirewall().orElse(false), r >= 36);
        if (r >= 28 && le33) {
            set("agent-health-port", atLeast(version, 1, 11, 6) ? "9879" : "9876");
        }
        set("operator-api-serve-addr", v6 ? "[::1]:9234" : "127.0.0.1:9234", r >= 31);

        ingressAndGateway(s, ctx, r);
        hubble(s, r);

        // extraConfig (1.36+): last, may override
        if (r >= 36) {
            new TreeMap<>(s.extraConfig()).forEach((k, v) -> data.put(k, v));
        }
    }

    private void ingressAndGateway(CiliumSpec s, RenderContext ctx, int r) {
        boolean i = ingress(s, ctx);
        boolean g = gateway(s, ctx);
        boolean ig = i || g;
        set("enable-envoy-config", "true", ig);
        if (r <= 33) {
            set("external-envoy-proxy", "false", ig);
        }
        set("envoy-config-retry-interval", "15s", ig && r >= 34);
        set("envoy-secrets-namespace", "kube-system", ig && r >= 35);

        CiliumIngressSpec in = s.ingress().orElse(null);
        set("enable-ingress-controller", "true", i);
        set("enforce-ingress-https", i ? in.enforceHttps().orElse(false) : "", i && in.enforceHttps().isPresent());
        set("enable-ingress-proxy-protocol", "false", i && r >= 34);
        set("enable-ingress-secrets-sync", i ? in.enableSecretsSync().orElse(false) : "",
                i && in.enableSecretsSync().isPresent());
        set("ingress-secrets-namespace", "kube-system", i);
        String prefixes = i ? in.loadBalancerAnnotationPrefixes().orElse("") : "";
        set("ingress-lb-annotation-prefixes", prefixes, !prefixes.isEmpty());
        String mode = i ? in.defaultLoadBalancerMode().orElse("") : "";
        set("ingress-default-lb-mode", mode, !mode.isEmpty());
        String shared = i ? in.sharedLoadBalancerServiceName().orElse("") : "";
        set("ingress-shared-lb-service-name", shared, i);
        set("ingress-hostnetwork-enabled", "false", i && r >= 34);
        set("ingress-hostnetwork-shared-listener-port", "8080", i && r >= 34);
        set("ingress-hostnetwork-nodelabelselector", "", i && r >= 34);

        CiliumGatewayApiSpec gw = s.gatewayAPI().orElse(null);
        set("enable-gateway-api", "true", g);
        set("enable-gateway-api-secrets-sync", g ? gw.enableSecretsSync().orElse(false) : "",
                g && gw.enableSecretsSync().isPresent());
        set("enable-gateway-api-proxy-protocol", "false", g);
        set("enable-gateway-api-app-protocol", "false", g);
        set("enable-gateway-api-alpn", "false", g);
        set("gateway-api-xff-num-trusted-hops", "0", g);
        set("gateway-api-service-externaltrafficpolicy", "Cluster", g);
        set("gateway-api-secrets-namespace", "kube-system", g);
        set("gateway-api-hostnetwork-enabled", "false", g);
        set("gateway-api-hostnetwork-nodelabelselector", "", g);
    }

    private void hubble(CiliumSpec s, int r) {
        boolean h = hubble(s) && r >= 19;
        List<String> metrics = hubbleMetrics(s);
        boolean hm = h && !metrics.isEmpty();
        boolean newFiles = r >= 31;
        String dir = "/var/lib/cilium/tls/hubble/";
        set("enable-hubble", "true", h);
        set("hubble-socket-path", "/var/run/cilium/hubble.sock", h);
        set("hubble-listen-address", ":4244", h && r >= 21);
        set("hubble-disable-tls", "false", h);
        set("hubble-tls-cert-file", dir + (newFiles ? "server.crt" : "tls.crt"), h);
        set("hubble-tls-key-file", dir + (newFiles ? "server.key" : "tls.key"), h);
        set("hubble-tls-client-ca-files", dir + (newFiles ? "client-ca.crt" : "ca.crt"), h);
        set("hubble-metrics-server", r >= 31 ? ":9965" : ":9091", hm);
        set("hubble-metrics", String.join(" ", metrics), hm);
        set("hubble-metrics-server-enable-tls", "false", hm && r >= 34);
        set("enable-hubble-open-metrics", "false", hm && r >= 34);
        set("hubble-network-policy-correlation-enabled", "true", h && r >= 34);
    }

    static boolean atLeast(String version, int major, int minor, int patch) {
        int a = CiliumRenderer.versionPart(version, 0);
        int b = CiliumRenderer.versionPart(version, 1);
        int c = CiliumRenderer.versionPart(version, 2);
        return a != major ? a > major : b != minor ? b > minor : c >= patch;
    }
}
