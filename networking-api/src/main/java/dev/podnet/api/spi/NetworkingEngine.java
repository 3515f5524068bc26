package dev.podnet.api.spi;

import dev.podnet.api.Cluster;
import dev.podnet.api.CreateOptions;
import dev.podnet.api.ProviderInfo;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.version.VersionRange;
import java.util.List;
import java.util.Set;

/**
 * The rules of kops' networking: defaults, validation, create-cluster and provider lifecycle.
 * Implemented by {@code networking-providers} and found through {@link java.util.ServiceLoader};
 * callers use {@link dev.podnet.Podnet}. Implementations are pure and thread-safe.
 */
public interface NetworkingEngine {
    /**
     * The cluster with the release's defaults applied, each default reported in order.
     *
     * @param cluster the cluster as written
     * @param release the kops release whose defaults apply
     * @return the completed cluster and every default applied
     * @throws dev.podnet.api.InvalidSpecException if kops' subnet assignment refuses the cluster (the
     *         finding is attached)
     */
    DefaultsApplied complete(Cluster cluster, KopsVersion release);

    /**
     * Validates the cluster as the release's {@code kops validate} would.
     *
     * @param cluster the cluster
     * @param release the release
     * @param mode what to validate
     * @return the findings; empty when the cluster is valid
     */
    Diagnostics validate(Cluster cluster, KopsVersion release, ValidationMode mode);

    /**
     * The Cluster {@code kops create cluster --dry-run -o yaml} would print, networking part.
     *
     * @param options the command-line options
     * @param release the release
     * @return the generated cluster
     */
    Cluster create(CreateOptions options, KopsVersion release);

    /**
     * The providers the release knows and their status.
     *
     * @param release the release
     * @return one entry per provider kind
     */
    List<ProviderInfo> providers(KopsVersion release);

    /**
     * The Kubernetes versions the release accepts ({@code [oldest supported, next minor of the release)});
     * kops refuses to apply a cluster outside them.
     *
     * @param release the release
     * @return the accepted range
     */
    VersionRange kubernetesVersions(KopsVersion release);

    /**
     * The provider fields the release's kops has no Go field for, as paths under {@code spec.networking}
     * ({@code spec.networking.cilium.enableL7Proxy} before 1.22): kops' decoder drops them unread, whatever
     * their value, so a reader following the release keeps them unmodelled. A provider's block path itself
     * ({@code spec.networking.kindnet} before 1.32) names a provider key the release has no field for: the
     * whole block is dropped. The default knows none.
     *
     * @param release the release
     * @return the paths; empty when the release decodes every modelled provider field
     */
    default Set<String> undecodedFields(KopsVersion release) {
        return Set.of();
    }

    /**
     * {@link #undecodedFields(KopsVersion)} under one provider's block (both of its spellings): a reader
     * asks only for the blocks a document holds, so an engine that reads a provider's tables on first use
     * reads none of the providers a spec does not name. The default picks them out of
     * {@link #undecodedFields(KopsVersion)}.
     *
     * @param release the release
     * @param kind the provider whose block is read
     * @return the paths, as {@link #undecodedFields(KopsVersion)} writes them
     */
    default Set<String> undecodedFields(KopsVersion release, ProviderKind kind) {
        String key = "spec.networking." + kind.key() + ".";
        String modern = "spec.networking." + kind.modernKey() + ".";
        Set<String> out = new java.util.HashSet<>();
        for (String path : undecodedFields(release)) {
            if (path.startsWith(key) || path.startsWith(modern) || (path + ".").equals(key)
                    || (path + ".").equals(modern)) out.add(path);
        }
        return Set.copyOf(out);
    }
}
