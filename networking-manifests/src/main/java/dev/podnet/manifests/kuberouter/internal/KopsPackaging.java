package dev.podnet.manifests.kuberouter.internal;

import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.ChannelEntry;
import dev.podnet.manifests.RenderStyle;
import dev.podnet.manifests.RenderedAddon;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import dev.podnet.manifests.yaml.KopsYaml;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How kops packages a networking addon at a release: the labels it adds to every object
 * ({@code pkg/model/components/addonmanifests/remap.go}, 1.21+), the manifest hash (sha1 before
 * 1.22, sha256 from 1.22) and the bootstrap-channel entry.
 *
 * <p>Written for the kube-router and Romana renderers; the corpus providers' renderers have their
 * own. Stateless and thread-safe.
 */
public final class KopsPackaging {

    /** The selector of every networking addon, every release. */
    public static final Map<String, String> SELECTOR = Map.of("role.kubernetes.io/networking", "1");

    private static final Set<String> WORKLOADS = Set.of("DaemonSet", "Deployment", "StatefulSet", "ReplicaSet", "Job");

    private KopsPackaging() {
    }

    /** One addon to package. */
    public record Addon(String addonKey, String templateId, Optional<String> channelVersion,
            Optional<String> kubernetesVersion, Manifest manifest) {
    }

    /**
     * The objects with kops' packaging labels as {@code release} adds them ({@link RenderStyle#KOPS});
     * unchanged for {@link RenderStyle#CLEAN} and before 1.21 (the templates carry their own labels).
     */
    public static Manifest label(Manifest manifest, String addonKey, Optional<String> channelVersion,
            KopsVersion release, RenderStyle style) {
        if (style == RenderStyle.CLEAN || release.isBefore(1, 21)) {
            return manifest;
        }
        List<KubeObject> out = new ArrayList<>(manifest.objects().size());
        for (KubeObject o : manifest.objects()) {
            KubeObject l = o;
            if (l.get("metadata.creationTimestamp").isEmpty()) {
                l = l.with(List.of("metadata", "creationTimestamp"), null);
            }
            l = l.withLabel("addon.kops.k8s.io/name", addonKey)
                    .withLabel("app.kubernetes.io/managed-by", "kops")
                    .withLabel("role.kubernetes.io/networking", "1");
            if (release.minor() == 21 && channelVersion.isPresent()) {
                l = l.withLabel("addon.kops.k8s.io/version", channelVersion.get());
            }
            if (release.isAtLeast(1, 26) && WORKLOADS.contains(l.kind())) {
                if (l.get("spec.template.metadata.creationTimestamp").isEmpty()) {
                    l = l.with(List.of("spec", "template", "metadata", "creationTimestamp"), null);
                }
                l = l.withPodLabel("kops.k8s.io/managed-by", "kops");
            }
            out.add(l);
        }
        return Manifest.of(out);
    }

    /** The addon: YAML text, hash by release, channel entry. */
    public static RenderedAddon packageAddon(Addon addon, KopsVersion release) {
        String yaml = KopsYaml.write(addon.manifest());
        String hash = hash(yaml, release);
        String version = addon.channelVersion().orElse("");
        ChannelEntry.Builder entry = ChannelEntry.builder()
                .name(addon.addonKey())
                .id(addon.templateId())
                .manifest(addon.addonKey() + "/" + addon.templateId() + ".yaml")
                .manifestHash(hash)
                .selector(SELECTOR)
                .version(version);
        addon.kubernetesVersion().ifPresent(entry::kubernetesVersion);
        List<Map<String, Object>> documents = addon.manifest().objects().stream().map(KubeObject::tree).toList();
        return RenderedAddon.builder()
                .addonKey(addon.addonKey())
                .templateId(addon.templateId())
                .selector(SELECTOR)
                .version(version)
                .documents(documents)
                .yaml(yaml)
                .manifestHash(hash)
                .channelEntry(entry.build())
                .build();
    }

    /** kops' manifestHash: hex digest of the trimmed text, sha1 before 1.22, sha256 from 1.22. */
    public static String hash(String yaml, KopsVersion release) {
        String algorithm = release.isBefore(1, 22) ? "SHA-1" : "SHA-256";
        try {
            MessageDigest d = MessageDigest.getInstance(algorithm);
            return HexFormat.of().formatHex(d.digest(yaml.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
