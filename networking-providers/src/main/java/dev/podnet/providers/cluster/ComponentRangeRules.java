package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.api.Networking;
import dev.podnet.api.internal.IpNetwork;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.GoStrings;
import dev.podnet.providers.internal.RuleContext;
import java.util.Optional;

/** The components' copies of the cluster ranges: KCM clusterCIDR, kube-apiserver service range, kube-dns server IP. */
final class ComponentRangeRules {
    private static final Gate KCM_CLUSTER_CIDR = gate("cluster.kcm-clusterCIDR");
    private static final Gate APISERVER_SERVICE_RANGE = gate("cluster.kube-apiserver-service-range");
    private static final Gate UNSET_CLUSTER_RANGE = gate("cluster.kube-apiserver-service-range#unset-cluster-range");
    private static final Gate DNS_SERVER_IP = gate("cluster.kube-dns-server-ip");

    private ComponentRangeRules() {
    }

    static void check(RuleContext ctx, ClusterRanges r, Findings out) {
        Networking n = r.n();
        Optional<IpNetwork> nonMasq = r.nonMasq();
        Optional<String> kcmCIDR = GoStrings.nonEmpty(ComponentFields.kcmClusterCidr(ctx.cluster()));
        if (kcmCIDR.isPresent() && nonMasq.isPresent() && ctx.in(KCM_CLUSTER_CIDR)) {
            Optional<IpNetwork> k = IpNetwork.parse(kcmCIDR.get());
            if (k.isEmpty()) {
                out.add(KCM_CLUSTER_CIDR.tag(Finding.invalid("spec.kubeControllerManager.clusterCIDR", kcmCIDR.get(),
                        "cluster had an invalid kubeControllerManager.clusterCIDR")).hint("write clusterCIDR as a CIDR"));
            } else if (!nonMasq.get().encloses(k.get())) {
                out.add(KCM_CLUSTER_CIDR.tag(Finding.forbidden("spec.kubeControllerManager.clusterCIDR", "kubeControllerManager.clusterCIDR \""
                                + kcmCIDR.get() + "\" must be a subnet of nonMasqueradeCIDR \"" + n.nonMasqueradeCIDR().get() + "\""))
                        .hint("choose a clusterCIDR inside the nonMasqueradeCIDR"));
            }
        }
        // Checked only when set: kops fills the range into a kubeAPIServer block without one (a partial block, such as
        // one with only resource requests, as a missing one) before its strict validation, so an unset range never fails.
        // an empty range is no range (a plain Go string: kops-oracle 1.19-1.36 fill "" as an absent one)
        // Up to 1.26 kops compares it with the cluster's range only once that is set (the completed spec's default).
        Optional<String> apiRange = GoStrings.nonEmpty(ctx.extraSpecString("kubeAPIServer.serviceClusterIPRange"));
        Optional<String> clusterRange = GoStrings.nonEmpty(n.serviceClusterIPRange());
        if (apiRange.isPresent() && (clusterRange.isPresent() || ctx.in(UNSET_CLUSTER_RANGE))
                && !apiRange.get().equals(clusterRange.orElse("")) && ctx.in(APISERVER_SERVICE_RANGE)) {
            out.add(APISERVER_SERVICE_RANGE.tag(Finding.forbidden("spec.kubeAPIServer.serviceClusterIPRange",
                    "kubeAPIServer serviceClusterIPRange did not match cluster serviceClusterIPRange"))
                    .hint("remove kubeAPIServer.serviceClusterIPRange or make it equal"));
        }
        Optional<String> dns = GoStrings.nonEmpty(ComponentFields.kubeDnsServerIp(ctx.cluster()));
        // kops parses a written server IP with Go's net.ParseIP, then compares it with the range (kops-oracle 1.19-1.36
        // refuse "abc", "100.64.0.010", "100.64.0.10/32" and " 100.64.0.10" whatever the range; oracle/kube-dns-server.tsv)
        if (dns.isPresent() && ctx.in(DNS_SERVER_IP) && IpNetwork.parseIp(dns.get()).isEmpty()) {
            out.add(DNS_SERVER_IP.tag(Finding.invalid("spec.kubeDNS.serverIP", dns.get(), "Cluster had an invalid kubeDNS.serverIP"))
                    .hint("write the DNS server IP as an IP address, such as 100.64.0.10"));
            return;
        }
        // on the completed spec an unset server IP is kops' default, the service range's 10th address, which a range
        // too small does not hold (kops-oracle 1.19, 1.24, 1.36 refuse 100.64.0.0/30 once completed)
        if (dns.isEmpty() && ctx.strict()) dns = r.defaultDnsServerIp();
        if (dns.isPresent() && r.service().isPresent() && ctx.in(DNS_SERVER_IP)) {
            // Go's IPNet.Contains reads an IPv4-mapped IPv6 address as its IPv4 address (kops-oracle 1.19-1.36:
            // ::ffff:100.64.0.10 inside 100.64.0.0/13)
            Optional<byte[]> ip = IpNetwork.parseIp(dns.get());
            if (ip.isPresent() && !r.service().get().contains(unmapped(ip.get()))) {
                out.add(DNS_SERVER_IP.tag(Finding.forbidden("spec.kubeDNS.serverIP", "ServiceClusterIPRange \"" + n.serviceClusterIPRange().get()
                                + "\" must contain the DNS Server IP \"" + dns.get() + "\""))
                        .hint("choose a DNS server IP inside the serviceClusterIPRange"));
            }
        }
    }

    /** Go's {@code IP.To4} where it applies: an IPv4-mapped IPv6 address as its 4 bytes, any other address as it is. */
    private static byte[] unmapped(byte[] ip) {
        if (ip.length != 16) return ip;
        for (int i = 0; i < 10; i++) if (ip[i] != 0) return ip;
        if (ip[10] != (byte) 0xff || ip[11] != (byte) 0xff) return ip;
        return java.util.Arrays.copyOfRange(ip, 12, 16);
    }
}
