package dev.podnet.api.render;

import dev.podnet.api.internal.AllowNulls;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A rendered networking addon: its metadata, the objects, the YAML text and its manifestHash
 * (sha256 of the trimmed YAML, lowercase hex; sha1 before kops 1.22).
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface RenderedAddon {
    /**
     * e.g. {@code networking.projectcalico.org}.
     *
     * @return the addon's name in the bootstrap channel, e.g. {@code networking.projectcalico.org}
     */
    String addonKey();

    /**
     * e.g. {@code k8s-1.25}.
     *
     * @return the id of the kops template the manifest was rendered from
     */
    String templateId();

    /**
     * e.g. {@code networking.projectcalico.org/k8s-1.25.yaml}, {@code networking.cilium.io/k8s-1.16-v1.15.yaml}.
     *
     * @return the manifest's path relative to the channel, as its channel entry lists it: {@code <addonKey>/<file>.yaml},
     *     where the file is the template id or, for Cilium, kops' template file (named after its Cilium minor)
     */
    default String manifestPath() { return channelEntry().manifest(); }

    /** {@return the channel selector, e.g. {@code k8s-addon: networking.projectcalico.org}} */
    Map<String, String> selector();

    /** {@return the channel version; empty when kops writes none (1.36+)} */
    String version();

    /**
     * The objects as plain YAML values, in order.
     *
     * @return one map per object, in manifest order
     */
    List<@AllowNulls Map<String, Object>> documents();

    /**
     * A typed, read-only view of {@link #documents()}: objects by kind and name, with their
     * containers, images, env, volumes and config data. Computed on first use, then kept.
     *
     * @return the view of this addon's objects
     */
    @Value.Lazy
    default ManifestView manifest() { return ManifestView.of(documents()); }

    /**
     * The manifest text, apply-ready: {@link #yamlUtf8()} decoded, on first use, then kept.
     *
     * @return the YAML text of {@link #documents()}
     */
    @Value.Lazy
    default String yaml() { return new String(yamlUtf8(), StandardCharsets.UTF_8); }

    /**
     * The manifest text as UTF-8 bytes, what a file or stream of the manifest holds: written as they are, the
     * text is not encoded again (kops writes Calico's and Canal's CRDs with characters outside Latin-1, so
     * {@link #yaml()} is a UTF-16 string of ~300 KB). Set by {@link Builder#yaml(String)} or as bytes; each call
     * returns a copy.
     *
     * @return the UTF-8 bytes of {@link #yaml()}
     */
    @Value.Redacted
    byte[] yamlUtf8();

    /** {@return sha256 of the trimmed {@link #yaml()}, lowercase hex (sha1 before kops 1.22)} */
    String manifestHash();

    /**
     * The bootstrap-channel entry for this addon.
     *
     * @return the entry kops writes for this addon in the bootstrap channel
     */
    ChannelEntry channelEntry();

    /**
     * The patches of {@link RenderOptions#patches()} applied to this addon's objects, in order
     * (empty when none was): {@link #yaml()} and {@link #manifestHash()} are of the patched objects, and so is the
     * {@link #channelEntry()}: its {@code manifestHash} and the namespaces of its prune block
     * ({@link ChannelEntry#pruneKinds()}) follow the patched objects, as kops computes both from the manifest it ships.
     *
     * @return the applied patches in the order applied; empty when none was applied
     */
    List<ManifestPatch> appliedPatches();

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** The builder Immutables generates, under a stable name. */
    final class Builder extends ImmutableRenderedAddon.Builder {
        Builder() {
        }

        /**
         * Sets the manifest text.
         *
         * @param yaml the YAML text of the addon's objects
         * @return this builder, whose {@link RenderedAddon#yamlUtf8()} is {@code yaml}'s UTF-8 bytes
         */
        public Builder yaml(String yaml) {
            return yamlUtf8(yaml.getBytes(StandardCharsets.UTF_8));
        }
    }
}
