package dev.podnet.manifests.internal;

import dev.podnet.api.internal.cluster.IpFamily;
import dev.podnet.api.Cluster;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.render.NodeNetworkConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every provider's node-level needs as kops sets them up at a release: the files nodeup writes,
 * kubelet flags, kube-controller-manager settings, sysctls, kernel modules, CNI plugin binaries and
 * cloud permissions. The facts by release are {@link NodeFacts} ({@code node/releases.yaml} beside this class).
 *
 * <p>The shared building block of every provider's {@link dev.podnet.manifests.internal.ProviderRenderer#nodeConfig}.
 * Stateless and thread-safe.
 */
public final class NodeConfigs {

    /** The containerd CNI templates nodeup writes, by resource. */
    private static final RenderCaches.Memo<String, String> TEXTS = RenderCaches.Memo.data("kubenet templates");

    private static final Pattern CIDR = Pattern.compile("[0-9a-fA-F:.]+/[0-9]{1,3}");

    private NodeConfigs() {
    }

    /**
     * The node configuration of {@code kind} for the completed cluster at {@code release}, with what
     * the provider changes in it ({@code hooks}, from its renderer).
     */
    public static NodeNetworkConfig nodeConfig(ProviderKind kind, NodeHooks hooks, Cluster c, KopsVersion release,
            RenderCaches caches) {
        NodeFacts f = NodeFacts.at(release);
        NodeNetworkConfig.Builder b = NodeNetworkConfig.builder();
        String runtime = containerRuntime(c, release);
        Optional<String> nonMasq = c.networking().nonMasqueradeCIDR();
        kubelet(b, kind, hooks, c, f, runtime, nonMasq);
        controllerManager(b, hooks, c);
        // sysctls
        boolean ipv6Only = IpFamily.isIpv6Only(c);
        if (ipv6Only) {
            b.putSysctls("net.ipv6.conf.all.forwarding", "1");
        } else {
            b.putSysctls("net.ipv4.ip_forward", "1");
        }
        hooks.sysctls(b, f);
        cniBinaries(b, hooks, f);
        // files
        if (hooks.kubenetStyle()) {
            kubenetFiles(b, f, runtime, nonMasq, release,
                    c.extraSpec().get("containerd") instanceof Map<?, ?> cd && Boolean.TRUE.equals(cd.get("skipInstall")),
                    caches);
        } else {
            b.addNotes("nodeup creates /etc/cni/net.d/");
        }
        hooks.files(b, c, f);
        // cloud permissions
        Optional<String> iamKey = hooks.iamKey(c);
        if (iamKey.isPresent() && isAws(c) && f.iam().containsKey(iamKey.get())) {
            b.addAllCloudPermissions(f.iam().get(iamKey.get()));
        }
        hooks.lastNotes(b, f);
        return b.build();
    }

    private static void kubelet(NodeNetworkConfig.Builder b, ProviderKind kind, NodeHooks hooks, Cluster c, NodeFacts f,
            String runtime, Optional<String> nonMasq) {
        boolean docker = runtime.equals("docker");
        if (f.networkPluginFlag().holds(kind, c, runtime)) {
            if (hooks.kubenetStyle()) {
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
        if (f.nonMasqueradeFlag().holds(kind, c, runtime) && nonMasq.isPresent()) {
            b.addKubeletFlags("--non-masquerade-cidr=" + nonMasq.get());
        }
        if (hooks.usesSecondaryIP(c, f)) {
            // The value exists only on the instance: nodeup reads it from the cloud's metadata at boot.
            b.putPerNodeKubeletFlags("--node-ip", "the instance's local IPv4 address from the cloud's metadata (EC2 local-ipv4)");
        }
    }

    private static void controllerManager(NodeNetworkConfig.Builder b, NodeHooks hooks, Cluster c) {
        boolean cloudRoutes = hooks.configuresCloudRoutes();
        KubeControllerManager kcm = c.kubeControllerManager().orElse(null);
        b.addControllerManagerFlags("configureCloudRoutes="
                + (kcm != null && kcm.configureCloudRoutes().isPresent() ? kcm.configureCloudRoutes().get() : cloudRoutes));
        if (kcm != null && kcm.allocateNodeCIDRs().isPresent()) {
            b.addControllerManagerFlags("allocateNodeCIDRs=" + kcm.allocateNodeCIDRs().get());
        } else if (hooks.kubenetStyle()) {
            b.addControllerManagerFlags("allocateNodeCIDRs=true");
        }
        Optional<String> clusterCIDR = kcm != null && kcm.clusterCIDR().isPresent() ? kcm.clusterCIDR()
                : c.networking().podCIDR();
        if (clusterCIDR.isPresent()) {
            b.addControllerManagerFlags("clusterCIDR=" + clusterCIDR.get());
        }
        hooks.controllerManager(b);
    }

    private static void cniBinaries(NodeNetworkConfig.Builder b, NodeHooks hooks, NodeFacts f) {
        Optional<List<String>> own = hooks.ownCniBinaries(f);
        if (own.isPresent()) {
            b.addAllCniBinaries(own.get());
        } else if (!hooks.skipsCniAssets(f)) {
            b.addAllCniBinaries(hooks.kubenetStyle() ? f.cniBinariesKubenet() : f.cniBinariesCni());
            if (f.cniBinariesNote().isPresent()) {
                b.addNotes(f.cniBinariesNote().get());
            }
        }
    }

    private static void kubenetFiles(NodeNetworkConfig.Builder b, NodeFacts f, String runtime,
            Optional<String> nonMasq, KopsVersion release, boolean skipContainerdInstall, RenderCaches caches) {
        if (!runtime.equals("containerd")) {
            return;
        }
        if (f.kubenetContainerdForbidden()) {
            b.addNotes("kops " + release.line() + " rejects kubenet-style networking with containerd");
            return;
        }
        if (skipContainerdInstall) {
            b.addNotes("containerd.skipInstall: nodeup writes no containerd configuration; point your containerd's "
                    + "CNI conf_template at a kubenet-style template and set up IP masquerading yourself");
            return;
        }
        if (f.kubenetTemplate().isPresent()) {
            String path = f.kubenetTemplate().get().path();
            b.putFiles(path, caches.get(TEXTS, f.kubenetTemplate().get().resource(),
                    r -> Resources.text(NodeConfigs.class, "node/" + r)));
            b.addNotes("containerd config: " + f.kubenetTemplateKey() + " = \"" + path + "\"");
        }
        if (f.ipMasq()) {
            String cidr = nonMasq.orElse("");
            if (f.ipMasqSkipSlash0() && (cidr.isEmpty() || cidr.endsWith("/0"))) {
                b.addNotes("no IP-MASQ setup: nonMasqueradeCIDR is empty or /0");
                return;
            }
            if (cidr.isEmpty()) {
                // an empty range is a completed spec's (gce networking leaves it empty up to kops 1.26): kops 1.20-1.26's
                // nodeup (nodeup/pkg/model/containerd.go) stops with "NonMasqueradeCIDR is not set", 1.27+ skips the script
                b.addNotes("kops " + release.line() + "'s nodeup fails to set up IP masquerading: NonMasqueradeCIDR is not set "
                        + "(no cni-iptables-setup script; kops 1.27+ skips it)");
                return;
            }
            if (!CIDR.matcher(cidr).matches()) {
                throw new IllegalArgumentException("nonMasqueradeCIDR " + cidr + " is not a CIDR: validate the cluster first");
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

    private static boolean isAws(Cluster c) {
        return c.cloud().isEmpty() || c.cloud().get().id().equals("aws");
    }

    /** {@code spec.containerRuntime}, else the release's {@code defaultContainerRuntime}. */
    public static String containerRuntime(Cluster c, KopsVersion release) {
        Object r = c.extraSpec().get("containerRuntime");
        if (r instanceof String s && !s.isEmpty()) {
            return s;
        }
        NodeFacts f = NodeFacts.at(release);
        boolean olderKubernetes = f.dockerBelowKubernetes().isPresent() && c.kubernetes().isPresent()
                && c.kubernetes().get().compareTo(f.dockerBelowKubernetes().get()) < 0;
        return olderKubernetes ? "docker" : f.defaultContainerRuntime();
    }
}
