package dev.podnet.api.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A networking addon entry of kops' bootstrap channel ({@code kind: Addons}). */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface ChannelEntry {
    /**
     * The addon key, e.g. {@code networking.projectcalico.org}.
     *
     * @return the entry's {@code name}
     */
    String name();

    /**
     * The template id, e.g. {@code k8s-1.25}.
     *
     * @return the entry's {@code id}
     */
    String id();

    /**
     * e.g. {@code networking.projectcalico.org/k8s-1.25.yaml}.
     *
     * @return the entry's {@code manifest}: the manifest's path relative to the channel
     */
    String manifest();

    /** {@return the entry's {@code manifestHash}: the addon's manifestHash, see {@link RenderedAddon#manifestHash()}} */
    String manifestHash();

    /** {@return the entry's {@code selector}: labels kops' channels tool matches, e.g. {@code k8s-addon: networking.projectcalico.org}} */
    Map<String, String> selector();

    /**
     * The channel version; empty when kops writes none (1.36+).
     *
     * @return the entry's {@code version}, or the empty string
     */
    String version();

    /**
     * Whether the entry lists its {@code version} when it is empty: kops up to 1.35 writes {@code version: ""} for an
     * entry without a version of its own (kops 1.21's Calico k8s-1.12 entry); kops 1.36+ write no version key.
     *
     * @return {@code true} when {@link #toMap()} holds {@code version} even if empty; {@code false} by default
     */
    @Value.Default
    default boolean listsEmptyVersion() { return false; }

    /** {@return the entry's {@code needsRollingUpdate} (e.g. {@code all}); empty when kops writes none} */
    Optional<String> needsRollingUpdate();

    /** {@return the entry's {@code kubernetesVersion} range (e.g. {@code >=1.25.0}); empty when kops writes none} */
    Optional<String> kubernetesVersion();

    /**
     * Whether channels provisions a CA for the addon (Cilium with Hubble, 1.25+).
     *
     * @return {@code true} when the addon needs a CA; empty when the channel entry has no {@code needsPKI} key
     */
    Optional<Boolean> needsPKI();

    /**
     * The kinds of the entry's {@code prune} block: what kops' channels tool deletes when the addon's objects leave
     * its manifest (kops 1.23+ for the addons kops manages whole: kopeio, from 1.25 also Calico, Canal and Flannel).
     *
     * <p>As kops does, the block is built from the objects of the manifest the entry ships: with
     * {@link RenderOptions#patches() patches}, from the patched objects (the text {@link #manifestHash()} covers). The
     * kinds are the release's list whatever the objects; each kind's {@link PruneKind#namespaces() namespaces} are
     * those its patched objects are in, so a patch that moves an object to another namespace moves where it is pruned.
     *
     * @return the {@code prune.kinds}, in kops' order (by group, then kind); empty when the entry has no {@code prune}
     */
    List<PruneKind> pruneKinds();

    /**
     * The entry as the channel YAML holds it.
     *
     * @return an ordered map of the entry's keys, sorted as kops writes them; absent values left out
     */
    default Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id());
        kubernetesVersion().ifPresent(v -> m.put("kubernetesVersion", v));
        m.put("manifest", manifest());
        m.put("manifestHash", manifestHash());
        m.put("name", name());
        needsPKI().ifPresent(v -> m.put("needsPKI", v));
        needsRollingUpdate().ifPresent(v -> m.put("needsRollingUpdate", v));
        if (!pruneKinds().isEmpty()) {
            List<Map<String, Object>> kinds = new ArrayList<>();
            pruneKinds().forEach(k -> kinds.add(k.toMap()));
            m.put("prune", Map.of("kinds", kinds));
        }
        m.put("selector", new LinkedHashMap<>(selector()));
        if (!version().isEmpty() || listsEmptyVersion()) m.put("version", version()); // kops 1.36+ writes no empty version
        return m;
    }

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** The builder Immutables generates, under a stable name. */
    final class Builder extends ImmutableChannelEntry.Builder {
        Builder() {
        }
    }
}
