package dev.podnet.api.spi;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cluster;
import dev.podnet.api.ProviderInfo;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Everything one provider contributes to the engine, registered once: its lifecycle, names,
 * defaults and validation rules. The engine calls {@link #applyDefaults} and {@link #validate}
 * only for clusters whose provider is {@link #kind()}. Implementations are stateless and
 * thread-safe.
 */
public interface ProviderPlugin {
    /** {@return the provider this plugin handles} */
    ProviderKind kind();

    /**
     * Names, status and output at a release.
     *
     * @param release the release
     * @return the provider's info at the release
     */
    ProviderInfo info(KopsVersion release);

    /**
     * Applies this provider's defaults and returns the new cluster; each default applied is
     * reported to {@code applied}. Never overrides what the user wrote, except where kops does.
     *
     * @param cluster the cluster
     * @param release the release
     * @param applied receives each default applied, in order
     * @return the cluster with this provider's defaults
     */
    Cluster applyDefaults(Cluster cluster, KopsVersion release, Consumer<AppliedDefault> applied);

    /**
     * This provider's validation rules (single-field, cross-field, cloud, Kubernetes-version and
     * release rules) for a cluster whose provider is {@link #kind()}; every finding, never only the
     * first. The default has no rules.
     *
     * @param cluster the cluster
     * @param release the release
     * @param mode what to validate
     * @return the findings; empty when none
     */
    default List<Diagnostic> validate(Cluster cluster, KopsVersion release, ValidationMode mode) {
        return List.of();
    }

    /**
     * The keys of this provider's block the release's kops has no Go field for: its decoder drops them
     * unread, whatever their value. The default knows none.
     *
     * @param release the release
     * @return the keys, e.g. {@code enableL7Proxy} for Cilium before kops 1.22
     */
    default Set<String> undecodedFields(KopsVersion release) {
        return Set.of();
    }

    /**
     * Whether the release's kops has a Go field for this provider's key under {@code spec.networking}:
     * where it has none, its decoder drops the whole block unread as an unknown field (kindnet before kops
     * 1.32), so the spec is judged as if the key were absent. The default: every release has it.
     *
     * @param release the release
     * @return false when the release's decoder drops the provider's block
     */
    default boolean decodesBlock(KopsVersion release) {
        return true;
    }
}
