package dev.podnet.providers.cluster;

/**
 * kube-dns' server IP against the kubelets' clusterDNS as kops-oracle 1.19, 1.20, 1.21, 1.22, 1.24, 1.28, 1.30, 1.33.1 and
 * 1.36 judged it ({@link ClusterDnsRules}, {@link ComponentRangeRules}, {@link AccessRules}): 450 probes; first 135 ({@code oracle/kube-dns-server.tsv},
 * {@code scripts/oracle/cluster-field-probes kube-dns-server}), 15 cases on a v1alpha2 AWS Calico cluster at every release:
 * a server IP other than the service range's 10th address alone, with either kubelet's clusterDNS set to it or empty, with
 * NodeLocal DNS (its default and another local IP), in a written service range, and outside the service range; a server
 * IP Go's net.ParseIP refuses (not an address, a leading zero, a CIDR, a leading space), an IPv4-mapped one and an IPv6
 * one (found by the edges set, seed 20261800: "abc" at 1.28 and 1.30). An unset kubelet clusterDNS is the NodeLocal DNS
 * local IP or the 10th address, never the server IP. 198 more probes, 22 cases (found by the edges set, seed 20261904: a
 * kubelet clusterDNS 100.64.0.10 beside server IP 10.0.0.10 and NodeLocal DNS, refused on the input): with a written server
 * IP kops checks the kubelets, the NodeLocal DNS provider and local IP on the input as written, with or without
 * serviceClusterIPRange, masterKubelet (controlPlaneKubelet, which v1alpha2 does not read), a disabled or empty
 * nodeLocalDNS block, a kubelet block without clusterDNS, a written or unwritten localIP, kube-proxy IPVS. 72 more, 8 cases
 * (found by the fields profile, seed 20262007): stub domains without nameservers (empty, null) or with one that is not an
 * address, beside upstream nameservers, sshAccess, an invalid server IP and a kubelet finding. 45 more, 5 cases (found by
 * the fields profile, seed 20262012): kube-proxy IPVS with a written local IP and a kubelet or control-plane kubelet block
 * without clusterDNS (not held to the local IP) or with another one.
 */
class KubeDnsServerOracleTest extends ClusterFieldOracleTest {
    @Override
    String table() {
        return "kube-dns-server";
    }

    @Override
    int probes() {
        return 450;
    }
}
