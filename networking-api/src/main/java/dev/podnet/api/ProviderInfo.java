package dev.podnet.api;

import dev.podnet.api.provider.ProviderKind;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One provider as a release sees it: names, status and what rendering produces. */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface ProviderInfo {
    /** {@return the provider} */
    ProviderKind kind();

    /**
     * The {@code --networking} names this release accepts for it (may be empty).
     *
     * @return the {@code --networking} names, e.g. {@code cilium}, {@code cilium-eni}, {@code cilium-etcd}; empty
     *         when the release accepts none
     */
    List<String> networkingNames();

    /** {@return the provider's status at this release} */
    ProviderStatus status();

    /** {@return what podnet renders for the provider at this release} */
    OutputKind output();

    /**
     * Why it is deprecated or removed and what to use instead.
     *
     * @return one sentence: why it is deprecated or removed and what to use; empty for a supported provider
     */
    Optional<String> note();

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** The builder Immutables generates, under a stable name. */
    final class Builder extends ImmutableProviderInfo.Builder {
        Builder() {
        }
    }
}
