package dev.podnet.manifests.lyftvpc;

import dev.podnet.api.Cluster;
import dev.podnet.api.provider.LyftVpcSpec;
import dev.podnet.api.render.NodeNetworkConfig;
import dev.podnet.manifests.internal.NodeFacts;
import dev.podnet.manifests.internal.NodeHooks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Lyft VPC on the nodes (until kops 1.22): its plugins, their conflist, secondary IPs and permissions. */
final class LyftVpcNode implements NodeHooks {
    static final NodeHooks HOOKS = new LyftVpcNode();

    private LyftVpcNode() {
    }

    @Override
    public boolean usesSecondaryIP(Cluster c, NodeFacts f) { return !f.lyftVpcRemoved(); }

    @Override
    public Optional<List<String>> ownCniBinaries(NodeFacts f) { return Optional.of(f.lyftCniBinaries()); }

    @Override
    public void files(NodeNetworkConfig.Builder b, Cluster c, NodeFacts f) { conflist(b, c, f); }

    @Override
    public Optional<String> iamKey(Cluster c) { return Optional.of("lyftvpc"); }

    @Override
    public void lastNotes(NodeNetworkConfig.Builder b, NodeFacts f) {
        if (f.lyftVpcRemoved()) {
            b.addNotes("Lyft VPC was removed in kops 1.23: validation rejects it; use amazonvpc or cilium with ipam: eni");
        }
    }

    private static void conflist(NodeNetworkConfig.Builder b, Cluster c, NodeFacts f) {
        LyftVpcSpec spec = c.networking().provider().filter(LyftVpcSpec.class::isInstance)
                .map(LyftVpcSpec.class::cast).orElse(LyftVpcSpec.builder().build());
        Map<String, String> tags = new TreeMap<>(spec.subnetTags());
        if (tags.isEmpty()) {
            for (NodeFacts.SubnetTags d : f.lyftDefaultSubnetTags()) {
                if (d.holds(c)) {
                    d.tags().forEach((k, v) -> tags.put(k, v.replace("{clusterName}", c.name())));
                    break;
                }
            }
        }
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"cniVersion\": \"0.3.1\",\n  \"name\": \"cni-ipvlan-vpc-k8s\",\n  \"plugins\": [\n");
        json.append("    {\n      \"cniVersion\": \"0.3.1\",\n      \"type\": \"cni-ipvlan-vpc-k8s-ipam\",\n")
                .append("      \"interfaceIndex\": 1,\n      \"skipDeallocation\": true,\n      \"subnetTags\": {");
        int i = 0;
        for (Map.Entry<String, String> e : tags.entrySet()) {
            json.append(i++ == 0 ? "\n" : ",\n").append("        ").append(jsonString(e.getKey())).append(": ")
                    .append(jsonString(e.getValue()));
        }
        json.append("\n      },\n      \"secGroupIds\": [\"<security group ids of the instance in spec.networkID>\"]\n    },\n");
        json.append("    {\n      \"cniVersion\": \"0.3.1\",\n      \"type\": \"cni-ipvlan-vpc-k8s-ipvlan\",\n      \"mode\": \"l2\"\n    },\n");
        json.append("    {\n      \"cniVersion\": \"0.3.1\",\n      \"type\": \"cni-ipvlan-vpc-k8s-unnumbered-ptp\",\n")
                .append("      \"hostInterface\": \"eth0\",\n      \"containerInterface\": \"veth0\",\n      \"ipMasq\": true\n    }\n");
        json.append("  ]\n}\n");
        b.putFiles("/etc/cni/net.d/10-cni-ipvlan-vpc-k8s.conflist", json.toString());
        b.addNotes("secGroupIds: nodeup reads the instance's security-group names from EC2 metadata and resolves them "
                + "with ec2:DescribeSecurityGroups (filters group-name, vpc-id = spec.networkID)");
        b.addNotes("plugin binaries from cni-ipvlan-vpc-k8s v0.6.0 (amd64; arm64 from kops 1.19); override with "
                + "LYFT_VPC_DOWNLOAD_URL (and LYFT_VPC_DOWNLOAD_HASH from 1.19)");
    }

    private static String jsonString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (ch < 0x20) sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) ch)); else sb.append(ch);
                }
            }
        }
        return sb.append('"').toString();
    }
}
