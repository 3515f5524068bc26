package dev.podnet.api;

import dev.podnet.api.provider.ProviderKind;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One provider as a release sees it: names, status and what rendering produces. */
@Value.Immutable
public interface ProviderInfo {
    ProviderKind kind();

    /** The {@code --networking} names this release accepts for it (may be empty). */
    List<String> networkingNames();

    ProviderStatus status();

    OutputKind output();

    /** Why it is deprecated or removed and what to use instead. */
    Optional<String> note();

    static Builder builder() { return new Builder(); }

    final class Builder extends ImmutableProviderInfo.Builder {
    }
}
