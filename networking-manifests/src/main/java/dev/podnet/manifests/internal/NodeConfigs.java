package dev.podnet.manifests.internal;

import dev.podnet.api.Cluster;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.api.provider.CniSpec;
import dev.podnet.api.provider.LyftVpcSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.version.KubernetesVersion;
import dev.podnet.api.version.VersionRange;
import dev.podnet.api.render.NodeNetworkConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Every provider's node-level needs as kops sets them up at a release: the files nodeup writes,
 * kubelet flags, kube-controller-manager settings, sysctls, kernel modules, CNI plugin binaries and
 * cloud permissions. The facts by release are in {@code releases.yaml} beside this class.
 *
 * <p>The shared building block of every provider's {@link dev.podnet.manifests.internal.ProviderRenderer#nodeConfig}.
 * Stateless and thread-safe.
 */
public final class NodeConfigs {

    private static final FactTable RELEASES = FactTable.load(NodeConfigs.class, "node/releases.yaml");
    /** The containerd CNI templates nodeup writes, by resource. */
    private static final RenderCaches.Memo<String, String> TEXTS = RenderCaches.Memo.data("kubenet templates");

    /** kops' {@code UsesKubenet()}: the kubelet's kubenet plugin (or its containerd equivalent). */
    public static final Set<ProviderKind> KUBENET_STYLE =
            Set.of(ProviderKind.KUBENET, ProviderKind.EXTERNAL, ProviderKind.KOPEIO, ProviderKind.GCP);

    private static final Pattern CIDR = Pattern.compile("[0-9a-fA-F:.]+/[0-9]{1,3}");

    private NodeConfigs() {
    }

    /** The node configuration of {@code kind} for the completed cluster at {@code release}. */
    public static NodeNetworkConfig nodeConfig(ProviderKind kind, Cluster c, KopsVersion release, RenderCaches caches) {
        FactTable.Facts f = RELEASES.at(release);
        NodeNetworkConfig.Builder b = NodeNetworkConfig.builder();
        boolean kubenetStyle = KUBENET_STYLE.contains(kind);
        String runtime = containerRuntime(c, release);
        boolean docker = runtime.equals("docker");
        Optional<String> nonMasq = c.networking().nonMasqueradeCIDR();

        // kubelet
        if (holds(f, "networkPluginFlag", kind, c, runtime)) {
            if (kubenetStyle) {
                if (docker) {
                    b.addKubeletFlags("--network-plugin=kubenet", "--network-plugin-mtu=9001");
                }
            } else {
                b.addKubeletFlags("--network-plugin=cni");
            }
            if (docker) {
                b.addKubeletFlags("--cni-bin-dir=/opt/cni/bin/", "--cni-conf-dir=/etc/cni/net.d/");
            }
        }
        if (holds(f, "nonMasqueradeFlag", kind, c, runtime) && nonMasq.isPresent()) {
            b.addKubeletFlags("--non-masquerade-cidr=" + nonMasq.get());
        }
        if (usesSecondaryIP(kind, c, f)) {
            // The value exists only on the instance: nodeup reads it from the cloud's metadata at boot.
            b.putPerNodeKubeletFlags("--node-ip", "the instance's local IPv4 address from the cloud's metadata (EC2 local-ipv4)");
        }

        // kube-controller-manager
        boolean cloudRoutes = kind == ProviderKind.KUBENET;
        KubeControllerManager kcm = c.kubeControllerManager().orElse(null);
        b.addControllerManagerFlags("configureCloudRoutes="
                + (kcm != null && kcm.configureCloudRoutes().isPresent() ? kcm.configureCloudRoutes().get() : cloudRoutes));
        if (kcm != null && kcm.allocateNodeCIDRs().isPresent()) {
            b.addControllerManagerFlags("allocateNodeCIDRs=" + kcm.allocateNodeCIDRs().get());
        } else if (kubenetStyle) {
            b.addControllerManagerFlags("allocateNodeCIDRs=true");
        }
        Optional<String> clusterCIDR = kcm != null && kcm.clusterCIDR().isPresent() ? kcm.clusterCIDR()
                : c.networking().podCIDR();
        clusterCIDR.ifPresent(cidr -> b.addControllerManagerFlags("clusterCIDR=" + cidr));
        if (kind == ProviderKind.GCP) {
            b.addControllerManagerFlags("cidrAllocatorType=CloudAllocator");
        }

        // sysctls
        boolean ipv6Only = nonMasq.map(s -> s.contains(":")).orElse(false);
        if (ipv6Only) {
            b.putSysctls("net.ipv6.conf.all.forwarding", "1");
        } else {
            b.putSysctls("net.ipv4.ip_forward", "1");
        }
        if (kind == ProviderKind.CILIUM) {
            f.map("ciliumSysctls").forEach((k, v) -> b.putSysctls(k, String.valueOf(v)));
        }
        if (kind == ProviderKind.FLANNEL) {
            b.addNotes("flannel with kube-proxy iptables mode: nodeup sets net.bridge.bridge-nf-call-iptables=1 and "
                    + "net.bridge.bridge-nf-call-ip6tables=1 on some distributions (CentOS/RHEL 7 in 1.18-1.22, "
                    + "Amazon Linux 2 in 1.24-1.35)");
        }

        // CNI binaries
        if (kind == ProviderKind.LYFT_VPC) {
            b.addAllCniBinaries(f.strings("lyftCniBinaries"));
        } else if (!skipsCniAssets(kind, c, f)) {
            b.addAllCniBinaries(f.strings(kubenetStyle ? "cniBinariesKubenet" : "cniBinariesCni"));
            f.string("cniBinariesNote").ifPresent(b::addNotes);
        }

        // files
        if (kubenetStyle) {
            kubenetFiles(b, f, runtime, nonMasq, release,
                    c.extraSpec().get("containerd") instanceof Map<?, ?> cd && Boolean.TRUE.equals(cd.get("skipInstall")),
                    caches);
        } else {
            b.addNotes("nodeup creates /etc/cni/net.d/");
        }
        switch (kind) {
            case LYFT_VPC -> lyft(b, c, f);
            case KUBE_ROUTER -> b.addNotes("nodeup writes /var/lib/kube-router/kubeconfig (mode 0400, client identity "
                    + "CN=system:kube-router) before kubelet.service; the DaemonSet mounts it read-only");
            case CILIUM -> b.addAllNotes(f.strings("ciliumNotes"));
            case ROMANA -> b.addNotes("Romana's agent DaemonSet writes its own CNI config; nodeup adds nothing else");
            default -> { }
        }

        // cloud permissions
        Map<String, Object> iam = f.map("iam");
        String iamKey = switch (kind) {
            case AMAZON_VPC -> "amazonvpc";
            case LYFT_VPC -> "lyftvpc";
            case KUBENET -> "kubenet";
            case KUBE_ROUTER -> "kuberouter";
            case CILIUM -> isCiliumEni(c) ? "ciliumEni" : null;
            default -> null;
        };
        if (iamKey != null && isAws(c) && iam.get(iamKey) instanceof List<?> actions) {
            actions.forEach(a -> b.addCloudPermissions(String.valueOf(a)));
        }
        if (kind == ProviderKind.LYFT_VPC && f.flag("lyftVpcRemoved")) {
            b.addNotes("Lyft VPC was removed in kops 1.23: validation rejects it; use amazonvpc or cilium with ipam: eni");
        }
        return b.build();
    }

    private static void kubenetFiles(NodeNetworkConfig.Builder b, FactTable.Facts f, String runtime,
            Optional<String> nonMasq, KopsVersion release, boolean skipContainerdInstall, RenderCaches caches) {
        if (!runtime.equals("containerd")) {
            return;
        }
        if (f.flag("kubenetContainerdForbidden")) {
            b.addNotes("kops " + release.line() + " rejects kubenet-style networking with containerd");
            return;
        }
        Map<String, Object> t = f.map("kubenetTemplate");
        if (skipContainerdInstall) {
            b.addNotes("containerd.skipInstall: nodeup writes no containerd configuration; point your containerd's "
                    + "CNI conf_template at a kubenet-style template and set up IP masquerading yourself");
            return;
        }
        if (!t.isEmpty()) {
            String path = (String) t.get("path");
            b.putFiles(path, caches.get(TEXTS, (String) t.get("resource"),
                    r -> Resources.text(NodeConfigs.class, "node/" + r)));
            b.addNotes("containerd config: " + f.required("kubenetTemplateKey") + " = \"" + path + "\"");
        }
        if (f.flag("ipMasq")) {
            String cidr = nonMasq.orElse("");
            if (f.flag("ipMasqSkipSlash0") && (cidr.isEmpty() || cidr.endsWith("/0"))) {
                b.addNotes("no IP-MASQ setup: nonMasqueradeCIDR is empty or /0");
                return;
            }
            if (!CIDR.matcher(cidr).matches()) {
                throw new IllegalArgumentException("nonMasqueradeCIDR is not set (or not a CIDR): complete the cluster first");
            }
            b.putFiles("/opt/kops/bin/cni-iptables-setup", ipMasqScript(cidr));
            b.addNotes("systemd unit cni-iptables-setup.service (oneshot, RemainAfterExit, Before=network.target, "
                    + "WantedBy=basic.target) runs /opt/kops/bin/cni-iptables-setup (mode 0755)");
        }
    }

    /** The masquerade script nodeup writes (1.20+), exactly as kops writes it. */
    static String ipMasqScript(String nonMasqueradeCIDR) {
        return "#!/bin/bash\n"
                + "# Built by kOps - do not edit\n"
                + "\n"
                + "iptables -w -t nat -N IP-MASQ\n"
                + "iptables -w -t nat -A POSTROUTING -m comment --comment \"ip-masq: ensure nat POSTROUTING directs all"
                + " non-LOCAL destination traffic to our custom IP-MASQ chain\" -m addrtype ! --dst-type LOCAL -j IP-MASQ\n"
                + "iptables -w -t nat -A IP-MASQ -d " + nonMasqueradeCIDR
                + " -m comment --comment \"ip-masq: pod cidr is not subject to MASQUERADE\" -j RETURN\n"
                + "iptables -w -t nat -A IP-MASQ -m comment --comment \"ip-masq: outbound traffic is subject to"
                + " MASQUERADE (must be last in chain)\" -j MASQUERADE\n";
    }

    private static void lyft(NodeNetworkConfig.Builder b, Cluster c, FactTable.Facts f) {
        LyftVpcSpec spec = c.networking().provider().filter(LyftVpcSpec.class::isInstance)
                .map(LyftVpcSpec.class::cast).orElse(LyftVpcSpec.builder().build());
        Map<String, String> tags = new TreeMap<>(spec.subnetTags());
        if (tags.isEmpty()) {
            for (Map<String, Object> d : f.maps("lyftDefaultSubnetTags")) {
                if (!d.containsKey("kubernetes") || kubernetesIn(c, String.valueOf(d.get("kubernetes")))) {
                    ((Map<?, ?>) d.get("tags")).forEach((k, v) -> tags.put(String.valueOf(k),
                            String.valueOf(v).replace("{clusterName}", c.name())));
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

    private static boolean skipsCniAssets(ProviderKind kind, Cluster c, FactTable.Facts f) {
        List<String> skipped = f.strings("cniAssetsSkipped");
        return switch (kind) {
            case AMAZON_VPC -> skipped.contains("amazonvpc");
            case CALICO -> skipped.contains("calico");
            case CILIUM -> skipped.contains("cilium");
            default -> false;
        };
    }

    /**
     * Whether the release fact {@code key} (a gate: {@code true}, {@code false} or absent, or a map of
     * conditions that must all hold: {@code kubernetes} range, {@code providers} keys, {@code runtime})
     * holds for {@code kind} on cluster {@code c} whose nodes run {@code runtime}.
     */
    public static boolean holds(FactTable.Facts f, String key, ProviderKind kind, Cluster c, String runtime) {
        Object gate = f.asMap().get(key);
        if (gate instanceof Boolean b) {
            return b;
        }
        if (!(gate instanceof Map<?, ?> m)) {
            return false;
        }
        if (m.containsKey("kubernetes") && !kubernetesIn(c, String.valueOf(m.get("kubernetes")))) {
            return false;
        }
        if (m.get("providers") instanceof List<?> providers && !providers.contains(kind.key())) {
            return false;
        }
        return !m.containsKey("runtime") || String.valueOf(m.get("runtime")).equals(runtime);
    }

    /** True if the cluster's Kubernetes version is known and inside {@code range} ({@code "<1.24"}, {@code ">=1.26"}). */
    private static boolean kubernetesIn(Cluster c, String range) {
        VersionRange r = VersionRange.parse(range);
        return c.kubernetes().map(r::contains).orElse(false);
    }

    /** nodeup's {@code UsesSecondaryIP()}. */
    static boolean usesSecondaryIP(ProviderKind kind, Cluster c, FactTable.Facts f) {
        return switch (kind) {
            case AMAZON_VPC -> true;
            case LYFT_VPC -> !f.flag("lyftVpcRemoved");
            case CILIUM -> isCiliumEni(c);
            case CNI -> c.networking().provider().filter(CniSpec.class::isInstance).map(CniSpec.class::cast)
                    .flatMap(CniSpec::usesSecondaryIP).orElse(false);
            default -> false;
        };
    }

    private static boolean isCiliumEni(Cluster c) {
        return c.networking().provider().filter(CiliumSpec.class::isInstance).map(CiliumSpec.class::cast)
                .flatMap(CiliumSpec::ipam).map("eni"::equals).orElse(false);
    }

    private static boolean isAws(Cluster c) {
        return c.cloud().map(cl -> cl.id().equals("aws")).orElse(true);
    }

    /** {@code spec.containerRuntime}, else the release's {@code defaultContainerRuntime}. */
    public static String containerRuntime(Cluster c, KopsVersion release) {
        Object r = c.extraSpec().get("containerRuntime");
        if (r instanceof String s && !s.isEmpty()) {
            return s;
        }
        FactTable.Facts f = RELEASES.at(release);
        boolean olderKubernetes = f.string("dockerBelowKubernetes")
                .flatMap(below -> c.kubernetes().map(k -> k.compareTo(KubernetesVersion.of(below)) < 0))
                .orElse(false);
        return olderKubernetes ? "docker" : f.required("defaultContainerRuntime");
    }

    /** The node-level facts in force at {@code release}. */
    public static FactTable.Facts facts(KopsVersion release) {
        return RELEASES.at(release);
    }
}
