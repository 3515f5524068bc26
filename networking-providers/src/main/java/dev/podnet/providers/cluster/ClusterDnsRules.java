package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.api.KubeDns;
import dev.podnet.api.KubeProxy;
import dev.podnet.api.internal.IpNetwork;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.GoStrings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The cluster DNS settings kops checks whenever {@code kubeDNS.serverIP} is set: on the input as written, on the completed
 * spec with kops' defaults (kops-oracle 1.19-1.36, {@code oracle/kube-dns-server.tsv}). A kubelet's or the control-plane
 * kubelet's {@code clusterDNS} must be the server IP or, once a {@code nodeLocalDNS} block exists (enabled or not), its
 * {@code localIP}; an enabled NodeLocal DNS needs the CoreDNS provider, a local IP that is an address and, with kube-proxy
 * in IPVS mode or Cilium, the kubelets' clusterDNS at the local IP. On the input a block not written is absent, an unset
 * value empty; on the completed spec the server IP is by default the service range's 10th address, the NodeLocal DNS block
 * is always there, its local IP by default 169.254.20.10 when enabled (else empty), an unset kubelet clusterDNS that local
 * IP or the 10th address, and the control-plane kubelet inherits the kubelet's; from 1.26 kops names it
 * {@code controlPlaneKubelet}.
 */
final class ClusterDnsRules {
    private static final Gate GATE = gate("cluster.kubelet-clusterDNS");
    private static final Gate NODE_LOCAL = gate("cluster.nodeLocalDNS-coredns");
    private static final Gate UNSET_PROVIDER = gate("cluster.nodeLocalDNS-coredns#unset-provider");
    private static final Gate UNSET_ANY_KUBERNETES = gate("cluster.nodeLocalDNS-coredns#unset-any-kubernetes");
    private static final Gate LOCAL_IP = gate("cluster.nodeLocalDNS-kubelet-localIP");
    private static final Gate LOCAL_IP_FORM = gate("cluster.nodeLocalDNS-localIP");
    /** kops' default NodeLocal DNS address. */
    static final String NODE_LOCAL_DNS_IP = "169.254.20.10";

    private ClusterDnsRules() {
    }

    /**
     * The values kops' check reads at one stage. {@code kubelet} and {@code master} are empty when the block is absent
     * (Go's nil) and an empty string when the block has no clusterDNS; {@code localIP} is empty without one.
     */
    private record Settings(String serverIP, boolean nodeLocalBlock, boolean enabled, String localIP,
            Optional<String> kubelet, Optional<String> master) {
    }

    static void check(RuleContext ctx, ClusterRanges r, Findings out) {
        Optional<KubeDns> dns = ctx.cluster().kubeDNS();
        Optional<Settings> settings = ctx.strict() ? Optional.of(completed(ctx, r, dns)) : written(ctx, dns);
        if (settings.isEmpty()) return;
        Settings s = settings.get();
        // kops compares the kubelets only with a server IP Go's net.ParseIP reads (ComponentRangeRules reports the others),
        // and on the completed spec only with a service range to take the defaults from
        if (ctx.in(GATE) && IpNetwork.parseIp(s.serverIP()).isPresent() && (!ctx.strict() || r.service().isPresent())) {
            kubelets(ctx, s, out);
        }
        if (s.enabled()) nodeLocalDns(ctx, dns.get(), s, out);
    }

    /**
     * The input as written (kops-oracle 1.19-1.36 refuse it before completion: a kubelet clusterDNS 100.64.0.10 beside server
     * IP 10.0.0.10 and a nodeLocalDNS block; found by the edges set, seed 20261904); nothing to check without a server IP.
     */
    private static Optional<Settings> written(RuleContext ctx, Optional<KubeDns> dns) {
        Optional<String> server = serverIp(dns);
        if (server.isEmpty()) return Optional.empty();
        Optional<Map<?, ?>> block = nodeLocalBlock(dns);
        String local = block.isPresent() ? text(block.get().get("localIP")) : "";
        return Optional.of(new Settings(server.get(), block.isPresent(), enabled(block), local,
                kubelet(ctx, "kubelet"), kubelet(ctx, "masterKubelet")));
    }

    /**
     * The completed spec: kops' defaults in place of what is not written (without a service range to take the server IP
     * from, only the NodeLocal DNS checks apply).
     */
    private static Settings completed(RuleContext ctx, ClusterRanges r, Optional<KubeDns> dns) {
        Optional<String> written = serverIp(dns);
        String server = written.isPresent() ? written.get() : r.defaultDnsServerIp().orElse("");
        Optional<Map<?, ?>> block = nodeLocalBlock(dns);
        boolean enabled = enabled(block);
        String writtenLocal = block.isPresent() ? text(block.get().get("localIP")) : "";
        String local = writtenLocal.isEmpty() && enabled ? NODE_LOCAL_DNS_IP : writtenLocal;
        // kops fills an unset kubelet clusterDNS with the NodeLocal DNS local IP when enabled, else with the service
        // range's 10th address, never with kubeDNS.serverIP: a serverIP other than that address alone fails both kubelets
        // (kops-oracle 1.19-1.36, probe kubeDNS.serverIP 100.64.0.53)
        Optional<String> kubelet = clusterDns(ctx, "kubelet");
        if (kubelet.isEmpty()) kubelet = enabled ? Optional.of(local) : r.defaultDnsServerIp();
        Optional<String> master = clusterDns(ctx, "masterKubelet");
        if (master.isEmpty()) master = kubelet;
        return new Settings(server, true, enabled, local, kubelet, master);
    }

    /** kops' isExperimentalClusterDNS: a kubelet whose clusterDNS is neither the server IP nor, with the block, its local IP. */
    private static void kubelets(RuleContext ctx, Settings s, Findings out) {
        if (stray(s.kubelet(), s)) {
            out.add(GATE.tag(Finding.forbidden("spec.kubelet.clusterDNS", "Kubelet ClusterDNS did not match cluster kubeDNS.serverIP or nodeLocalDNS.localIP"))
                    .hint("remove kubelet.clusterDNS or set it to " + s.serverIP()));
        }
        if (stray(s.master(), s)) {
            boolean names126 = ctx.in(RuleContext.NAMES_1_26);
            String name = names126 ? "controlPlaneKubelet" : "masterKubelet";
            String label = names126 ? "ControlPlaneKubelet" : "MasterKubelet";
            out.add(GATE.tag(Finding.forbidden("spec." + name + ".clusterDNS", label + " ClusterDNS did not match cluster kubeDNS.serverIP or nodeLocalDNS.localIP"))
                    .hint("remove masterKubelet.clusterDNS or set it to " + s.serverIP()));
        }
    }

    private static boolean stray(Optional<String> kubelet, Settings s) {
        return kubelet.isPresent() && !sameIp(kubelet.get(), s.serverIP()) && s.nodeLocalBlock() && !sameIp(kubelet.get(), s.localIP());
    }

    /**
     * NodeLocal DNS needs CoreDNS: a provider left unset (or empty: a Go string) is refused up to 1.22; on the completed
     * spec from 1.24 it is kops' default, CoreDNS on Kubernetes 1.20+, from 1.28 on any (kops-oracle: refused at 1.19-1.22
     * for every Kubernetes version, at 1.24 below 1.20; accepted at 1.28 and 1.36 on 1.19.0). Its local IP must be an
     * address (kops-oracle 1.19, 1.24, 1.36 refuse "bogus"), at kops' doubled path. With kube-proxy in IPVS mode or Cilium,
     * the kubelets' clusterDNS must be the local IP; kops reports both kubelets at {@code spec.spec.kubelet.clusterDNS}.
     */
    private static void nodeLocalDns(RuleContext ctx, KubeDns dns, Settings s, Findings out) {
        Object provider = dns.extraFields().get("provider");
        if ("".equals(provider)) provider = null;
        boolean unsetIsCoreDns = ctx.strict()
                ? !ctx.in(UNSET_PROVIDER) && (ctx.in(UNSET_ANY_KUBERNETES) || ctx.k8sAtLeast(1, 20))
                : !ctx.in(UNSET_PROVIDER);
        boolean coreDns = provider == null ? unsetIsCoreDns : "CoreDNS".equals(provider);
        if (!coreDns && ctx.in(NODE_LOCAL)) {
            out.add((provider == null ? UNSET_PROVIDER : NODE_LOCAL).tag(Finding.forbidden("spec.kubeDNS.provider",
                    "KubeDNS provider must be set to CoreDNS if NodeLocalDNS addon is enabled")).hint("set kubeDNS.provider to CoreDNS or disable nodeLocalDNS"));
        }
        if (!s.localIP().isEmpty() && ctx.in(LOCAL_IP_FORM) && IpNetwork.parseIp(s.localIP()).isEmpty()) {
            out.add(LOCAL_IP_FORM.tag(Finding.invalid("spec.spec.kubeDNS.nodeLocalDNS.localIP", s.localIP(),
                    "Cluster had an invalid kubeDNS.nodeLocalDNS.localIP")).hint("write nodeLocalDNS.localIP as an IP address, e.g. 169.254.20.10"));
        }
        Optional<KubeProxy> proxy = ctx.cluster().kubeProxy();
        boolean ipvs = proxy.isPresent() && "ipvs".equals(proxy.get().proxyMode().orElse(null));
        boolean cilium = ctx.cluster().networking().providerKind().orElse(null) == ProviderKind.CILIUM;
        if (!(ipvs || cilium) || !ctx.in(LOCAL_IP)) return;
        String label = ctx.in(RuleContext.NAMES_1_26) ? "ControlPlaneKubelet" : "MasterKubelet";
        // a kubelet block without clusterDNS is not held to the local IP here (kops-oracle 1.19-1.36 accept it beside a
        // written localIP 169.254.20.11; found by the fields profile, seed 20262012, v1.28.0-flannel-002)
        if (!s.kubelet().orElse("").isEmpty() && !sameIp(s.kubelet().get(), s.localIP())) {
            out.add(LOCAL_IP.tag(Finding.forbidden("spec.spec.kubelet.clusterDNS", "Kubelet ClusterDNS must be set to the default IP address for LocalIP"))
                    .hint("set kubelet.clusterDNS to " + shownLocalIp(s) + " or remove it"));
        }
        if (!s.master().orElse("").isEmpty() && !sameIp(s.master().get(), s.localIP())) {
            out.add(LOCAL_IP.tag(Finding.forbidden("spec.spec.kubelet.clusterDNS", label + " ClusterDNS must be set to the default IP address for LocalIP"))
                    .hint("set masterKubelet.clusterDNS to " + shownLocalIp(s) + " or remove it"));
        }
    }

    private static String shownLocalIp(Settings s) {
        return s.localIP().isEmpty() ? NODE_LOCAL_DNS_IP + " (and write it as nodeLocalDNS.localIP)" : s.localIP();
    }

    /** A kubelet block as written: absent, or its clusterDNS (empty when unset). */
    private static Optional<String> kubelet(RuleContext ctx, String key) {
        if (!(ctx.extraSpec(key).orElse(null) instanceof Map<?, ?> kubelet)) return Optional.empty();
        return Optional.of(text(kubelet.get("clusterDNS")));
    }

    private static Optional<String> clusterDns(RuleContext ctx, String key) {
        return GoStrings.nonEmpty(kubelet(ctx, key));
    }

    private static Optional<Map<?, ?>> nodeLocalBlock(Optional<KubeDns> dns) {
        return dns.isPresent() && dns.get().extraFields().get("nodeLocalDNS") instanceof Map<?, ?> m ? Optional.of(m)
                : Optional.empty();
    }

    private static boolean enabled(Optional<Map<?, ?>> block) {
        return block.isPresent() && Boolean.TRUE.equals(block.get().get("enabled"));
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    /** {@code kubeDNS.serverIP} when written and not empty (a Go string). */
    private static Optional<String> serverIp(Optional<KubeDns> dns) {
        return dns.isPresent() ? GoStrings.nonEmpty(dns.get().serverIP()) : Optional.empty();
    }

    private static boolean sameIp(String a, String b) {
        Optional<byte[]> x = IpNetwork.parseIp(a);
        Optional<byte[]> y = IpNetwork.parseIp(b);
        return x.isPresent() && y.isPresent() ? Arrays.equals(x.get(), y.get()) : a.equals(b);
    }
}
