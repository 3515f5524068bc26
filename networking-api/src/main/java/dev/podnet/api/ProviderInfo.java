package dev.podnet.api;

import dev.podnet.api.provider.ProviderKind;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One provider as a release sees it: names, status and what rendering produces. */
@Value.Immutable
public interface ProviderInfo {
    /** {@return the provider} */
    ProviderKind kind();

    /**
     * The {@code --networking} names this release accepts for it (may be empty).
     *
     * @return the values, in order; empty when not set
     */
    List<String> networkingNames();

    /** {@return the provider's status at this release} */
    ProviderStatus status();

    /** {@return what podnet renders for the provider at this release} */
    OutputKind output();

    /**
     * Why it is deprecated or removed and what to use instead.
     *
     * @return the value; empty when not set
     */
    Optional<String> note();

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** The builder Immutables generates, under a stable name. */
    final class Builder extends ImmutableProviderInfo.Builder {
    }
}
