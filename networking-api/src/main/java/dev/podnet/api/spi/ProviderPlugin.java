package dev.podnet.api.spi;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cluster;
import dev.podnet.api.ProviderInfo;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import java.util.function.Consumer;

/**
 * One provider's lifecycle, names and defaults. The engine calls {@link #applyDefaults} only for
 * clusters whose provider is {@link #kind()}; validation rules are {@link ProviderRules}.
 * Implementations are stateless and thread-safe.
 */
public interface ProviderPlugin {
    ProviderKind kind();

    /** Names, status and output at a release. */
    ProviderInfo info(KopsVersion release);

    /**
     * Applies this provider's defaults and returns the new cluster; each default applied is
     * reported to {@code applied}. Never overrides what the user wrote, except where kops does.
     */
    Cluster applyDefaults(Cluster cluster, KopsVersion release, Consumer<AppliedDefault> applied);
}
