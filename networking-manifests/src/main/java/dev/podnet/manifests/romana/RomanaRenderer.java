package dev.podnet.manifests.romana;

import dev.podnet.api.Cluster;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.NodeHooks;
import dev.podnet.manifests.internal.ProviderRenderer;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.manifests.internal.AddonPackager;
import dev.podnet.manifests.internal.ImageAssets;
import dev.podnet.manifests.internal.RenderCaches;
import dev.podnet.manifests.internal.Resources;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import dev.podnet.manifests.yaml.KopsYaml;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Romana's networking addon ({@code networking.romana}), kops 1.18 only: both templates
 * ({@code k8s-1.7} for Kubernetes &lt; 1.12, {@code k8s-1.12}) with the substitutions kops makes:
 * the {@code romana-etcd} and {@code romana} Service IPs, always the base address of
 * {@code serviceClusterIPRange} + 88 and + 99 (user values are ignored, as kops does); the etcd
 * address of {@code romana-vpcrouter}; the daemon's {@code --network-cidr-overrides} (KCM
 * clusterCIDR); the agent's {@code --service-cluster-ip-range}; images from {@code releases.yaml}.
 * Stateless and thread-safe.
 */
public final class RomanaRenderer implements ProviderRenderer {

    @Override
    public final boolean rendersAddons() {
        return true;
    }

    static final String ADDON_KEY = "networking.romana";
    /** Parsed templates, by resource. */
    private static final RenderCaches.Memo<String, Manifest> TEMPLATES = RenderCaches.Memo.data("romana templates");

    @Override
    public ProviderKind kind() {
        return ProviderKind.ROMANA;
    }

    @Override
    public RenderResult render(Cluster completed, KopsVersion release, RenderStyle style, RenderCaches caches) {
        Optional<RomanaFacts> facts = RomanaFacts.at(release);
        Optional<String> removed = facts.flatMap(RomanaFacts::removed);
        if (removed.isPresent() || facts.isEmpty()) {
            throw new IllegalArgumentException(removed.orElse("Romana is not supported by kops " + release));
        }
        RomanaFacts f = facts.get();
        String serviceRange = completed.networking().serviceClusterIPRange().orElseThrow(() ->
                new IllegalArgumentException("cluster " + completed.name() + " has no serviceClusterIPRange: complete it first"));
        String clusterCIDR = completed.kubeControllerManager().flatMap(k -> k.clusterCIDR())
                .or(() -> completed.networking().podCIDR()).orElseThrow(() ->
                        new IllegalArgumentException("cluster " + completed.name() + " has no pod CIDR: complete it first"));
        String daemonIP = wellKnownServiceIP(serviceRange, f.daemonServiceIPOffset());
        String etcdIP = wellKnownServiceIP(serviceRange, f.etcdServiceIPOffset());
        Optional<String> version = f.channelVersion();
        RenderResult.Builder out = RenderResult.builder();
        for (RomanaFacts.Addon addon : f.addons()) {
            Manifest stored = template(addon.template(), caches);
            Manifest m = stored;
            m = m.edit("Service", "romana-etcd", s -> s.with("spec.clusterIP", etcdIP))
                    .edit("Service", "romana", s -> s.with("spec.clusterIP", daemonIP))
                    .edit("Deployment", "romana-daemon", replaceArg("--network-cidr-overrides=romana-network=", clusterCIDR))
                    .edit("DaemonSet", "romana-agent", replaceArg("--service-cluster-ip-range=", serviceRange))
                    .edit("Deployment", "romana-vpcrouter", replaceArg("--etcd_addr=", etcdIP));
            for (Map.Entry<String, String> img : f.images().entrySet()) {
                String[] kn = img.getKey().split("/", 2);
                String image = img.getValue();
                m = m.edit(kn[0], kn[1], o -> o.withImage(o.containerNames().get(0), image));
            }
            // kops remaps the images of every addon by spec.assets after rendering it
            m = ImageAssets.of(completed, release).remap(m);
            out.addAddons(AddonPackager.pack(new AddonPackager.Addon(ADDON_KEY, addon.id(), Optional.empty(),
                    false, version, Optional.of(addon.kubernetesVersion())), release, m, stored, style, caches));
        }
        out.addGuidance("Romana is deprecated in kops 1.18 and removed in 1.19: plan a move to another provider");
        return out.build();
    }

    private static UnaryOperator<KubeObject> replaceArg(String prefix, String value) {
        return o -> {
            String container = o.containerNames().get(0);
            @SuppressWarnings("unchecked")
            List<String> args = (List<String>) o.container(container).map(c -> c.get("args")).orElse(List.of());
            List<String> out = new ArrayList<>(args.size());
            boolean found = false;
            for (String a : args) {
                if (a.startsWith(prefix)) {
                    out.add(prefix + value);
                    found = true;
                } else {
                    out.add(a);
                }
            }
            if (!found) {
                throw new IllegalStateException(o + " has no argument " + prefix);
            }
            return out.equals(args) ? o : o.withArgs(container, out);
        };
    }

    /** kops' WellKnownServiceIP: the base address of {@code cidr} plus {@code offset}. */
    static String wellKnownServiceIP(String cidr, int offset) {
        String[] parts = cidr.split("/", 2);
        try {
            if (parts.length != 2 || !parts[0].matches("[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException("serviceClusterIPRange " + cidr + " is not a CIDR");
            }
            // An address literal only: java.net's name lookup would resolve a host name ("dead.beef")
            // through DNS and read "1.2.3" as 1.2.0.3.
            byte[] addr = dev.podnet.api.internal.IpNetwork.parseIp(parts[0]).orElseThrow(
                    () -> new IllegalArgumentException("serviceClusterIPRange " + cidr + " is not a CIDR"));
            if (!dev.podnet.api.internal.IpNetwork.asciiDigits(parts[1])) throw new NumberFormatException(parts[1]);
            int bits = Integer.parseInt(parts[1]);
            BigInteger ip = new BigInteger(1, addr);
            int width = addr.length * 8;
            BigInteger mask = BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE)
                    .xor(BigInteger.ONE.shiftLeft(width - bits).subtract(BigInteger.ONE));
            BigInteger result = ip.and(mask).add(BigInteger.valueOf(offset));
            byte[] raw = result.toByteArray();
            byte[] out = new byte[addr.length];
            int copy = Math.min(raw.length, out.length);
            System.arraycopy(raw, raw.length - copy, out, out.length - copy, copy);
            return dev.podnet.api.internal.IpNetwork.format(out);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("serviceClusterIPRange " + cidr + " is not a CIDR", e);
        }
    }

    static Manifest template(String resource, RenderCaches caches) {
        // held as data: the objects no spec edits keep their packaged form and text at any cacheEntries
        return caches.get(TEMPLATES, resource,
                r -> caches.holdAsData(KopsYaml.parseManifest(Resources.text(RomanaRenderer.class, r))));
    }

    /** What nodeup does for this provider beyond the shared node configuration. */
    @Override
    public NodeHooks nodeHooks() {
        return RomanaNode.HOOKS;
    }
}
