package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.api.KubeDns;
import dev.podnet.api.KubeProxy;
import dev.podnet.api.internal.IpNetwork;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.GoStrings;
import dev.podnet.providers.internal.RuleContext;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The cluster DNS settings kops checks on the completed spec only (kops-oracle 1.19.0 and 1.33.1: "completed
 * cluster failed validation"). NodeLocal DNS, when enabled, needs the CoreDNS provider. kubelet / masterKubelet
 * {@code clusterDNS} must be the cluster's DNS server IP
 * ({@code kubeDNS.serverIP}, by default the 10th address of the service range) or, with NodeLocal DNS enabled,
 * its local IP (by default 169.254.20.10); an unset kubelet value is that local IP or the 10th address; the control-plane
 * kubelet has inherited the kubelet's value when it has none of its own; from 1.26 kops names it {@code controlPlaneKubelet}.
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

    static void check(RuleContext ctx, ClusterRanges r, Findings out) {
        if (!ctx.strict()) return;
        Optional<KubeDns> dns = ctx.cluster().kubeDNS();
        Optional<String> local = nodeLocalIp(dns);
        // an enabled NodeLocal DNS's local IP must be an address, on the completed spec, at kops' doubled path
        // (kops-oracle 1.19, 1.24, 1.36 refuse "bogus"; not checked when disabled)
        if (local.isPresent() && ctx.in(LOCAL_IP_FORM) && IpNetwork.parseIp(local.get()).isEmpty()) {
            out.add(LOCAL_IP_FORM.tag(Finding.invalid("spec.spec.kubeDNS.nodeLocalDNS.localIP", local.get(),
                    "Cluster had an invalid kubeDNS.nodeLocalDNS.localIP")).hint("write nodeLocalDNS.localIP as an IP address, e.g. 169.254.20.10"));
        }
        if (local.isPresent()) nodeLocalDns(ctx, dns.get(), local.get(), out);
        if (ctx.in(GATE) && r.service().isPresent()) kubelets(ctx, r, dns, out);
    }

    /**
     * NodeLocal DNS needs CoreDNS: an unset (or empty: a Go string) provider is CoreDNS from kops 1.24 on Kubernetes 1.20+,
     * from 1.28 on any (kops-oracle: refused at 1.19-1.22 for every Kubernetes version, at 1.24 below 1.20; accepted at
     * 1.28 and 1.36 on 1.19.0). With kube-proxy in IPVS mode or Cilium,
     * the kubelets' clusterDNS must be the local IP; kops reports both kubelets at {@code spec.spec.kubelet.clusterDNS}.
     */
    private static void nodeLocalDns(RuleContext ctx, KubeDns dns, String local, Findings out) {
        Object provider = dns.extraFields().get("provider");
        if ("".equals(provider)) provider = null;
        boolean coreDns = provider == null
                ? !ctx.in(UNSET_PROVIDER) && (ctx.in(UNSET_ANY_KUBERNETES) || ctx.k8sAtLeast(1, 20))
                : "CoreDNS".equals(provider);
        if (!coreDns && ctx.in(NODE_LOCAL)) {
            out.add((provider == null ? UNSET_PROVIDER : NODE_LOCAL).tag(Finding.forbidden("spec.kubeDNS.provider",
                    "KubeDNS provider must be set to CoreDNS if NodeLocalDNS addon is enabled")).hint("set kubeDNS.provider to CoreDNS or disable nodeLocalDNS"));
        }
        Optional<KubeProxy> proxy = ctx.cluster().kubeProxy();
        boolean ipvs = proxy.isPresent() && "ipvs".equals(proxy.get().proxyMode().orElse(null));
        boolean cilium = ctx.cluster().networking().providerKind().orElse(null) == ProviderKind.CILIUM;
        if (!(ipvs || cilium) || !ctx.in(LOCAL_IP)) return;
        Optional<String> kubelet = clusterDns(ctx, "kubelet");
        Optional<String> master = clusterDns(ctx, "masterKubelet");
        if (master.isEmpty()) master = kubelet;
        String label = ctx.in(RuleContext.NAMES_1_26) ? "ControlPlaneKubelet" : "MasterKubelet";
        if (kubelet.isPresent() && !sameIp(kubelet.get(), local)) {
            out.add(LOCAL_IP.tag(Finding.forbidden("spec.spec.kubelet.clusterDNS", "Kubelet ClusterDNS must be set to the default IP address for LocalIP"))
                    .hint("set kubelet.clusterDNS to " + local + " or remove it"));
        }
        if (master.isPresent() && !sameIp(master.get(), local)) {
            out.add(LOCAL_IP.tag(Finding.forbidden("spec.spec.kubelet.clusterDNS", label + " ClusterDNS must be set to the default IP address for LocalIP"))
                    .hint("set masterKubelet.clusterDNS to " + local + " or remove it"));
        }
    }

    private static void kubelets(RuleContext ctx, ClusterRanges r, Optional<KubeDns> dns, Findings out) {
        String server = GoStrings.nonEmpty(dns.isPresent() ? dns.get().serverIP() : Optional.empty()).orElse(r.defaultDnsServerIp().get());
        Optional<String> local = nodeLocalIp(dns);
        // kops fills an unset kubelet clusterDNS with the NodeLocal DNS local IP when enabled, else with the service
        // range's 10th address, never with kubeDNS.serverIP: a serverIP other than that address alone fails both kubelets
        // (kops-oracle 1.19-1.36, probe kubeDNS.serverIP 100.64.0.53)
        Optional<String> kubelet = clusterDns(ctx, "kubelet");
        if (kubelet.isEmpty()) kubelet = local.isPresent() ? local : r.defaultDnsServerIp();
        Optional<String> master = clusterDns(ctx, "masterKubelet");
        if (master.isEmpty()) master = kubelet;
        if (kubelet.isPresent() && !allowed(kubelet.get(), server, local)) {
            out.add(GATE.tag(Finding.forbidden("spec.kubelet.clusterDNS", "Kubelet ClusterDNS did not match cluster kubeDNS.serverIP or nodeLocalDNS.localIP"))
                    .hint("remove kubelet.clusterDNS or set it to " + server));
        }
        if (master.isPresent() && !allowed(master.get(), server, local)) {
            boolean names126 = ctx.in(RuleContext.NAMES_1_26);
            String name = names126 ? "controlPlaneKubelet" : "masterKubelet";
            String label = names126 ? "ControlPlaneKubelet" : "MasterKubelet";
            out.add(GATE.tag(Finding.forbidden("spec." + name + ".clusterDNS", label + " ClusterDNS did not match cluster kubeDNS.serverIP or nodeLocalDNS.localIP"))
                    .hint("remove masterKubelet.clusterDNS or set it to " + server));
        }
    }

    private static Optional<String> clusterDns(RuleContext ctx, String key) {
        if (!(ctx.extraSpec(key).orElse(null) instanceof Map<?, ?> kubelet)) return Optional.empty();
        Object v = kubelet.get("clusterDNS");
        return v == null || String.valueOf(v).isEmpty() ? Optional.empty() : Optional.of(String.valueOf(v));
    }

    /** The NodeLocal DNS address when NodeLocal DNS is enabled. */
    private static Optional<String> nodeLocalIp(Optional<KubeDns> dns) {
        if (dns.isEmpty() || !(dns.get().extraFields().get("nodeLocalDNS") instanceof Map<?, ?> nl)) return Optional.empty();
        if (!Boolean.TRUE.equals(nl.get("enabled"))) return Optional.empty();
        Object ip = nl.get("localIP");
        return Optional.of(ip == null || String.valueOf(ip).isEmpty() ? NODE_LOCAL_DNS_IP : String.valueOf(ip));
    }

    private static boolean allowed(String value, String server, Optional<String> local) {
        return sameIp(value, server) || local.isPresent() && sameIp(value, local.get());
    }

    private static boolean sameIp(String a, String b) {
        Optional<byte[]> x = IpNetwork.parseIp(a);
        Optional<byte[]> y = IpNetwork.parseIp(b);
        return x.isPresent() && y.isPresent() ? Arrays.equals(x.get(), y.get()) : a.equals(b);
    }
}
