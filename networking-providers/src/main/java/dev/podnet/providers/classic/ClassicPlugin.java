package dev.podnet.providers.classic;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.TablePlugin;

/**
 * Classic: lifecycle, names, defaults (from {@code dev/podnet/providers/classic/provider.yaml}) and validation
 * rules ({@link ClassicRules}), registered once.
 */
public final class ClassicPlugin extends TablePlugin {
    /**
     * Creates the classic plugin with its rules ({@link ClassicRules}). The module provides it as a
     * {@code ProviderPlugin}, which {@link dev.podnet.providers.KopsNetworkingEngine} finds through
     * {@link java.util.ServiceLoader}.
     */
    public ClassicPlugin() {
        super(ProviderKind.CLASSIC, "classic");
    }

    @Override
    protected SpecRules<?> newRules() {
        return new ClassicRules();
    }
}
