package dev.podnet.providers.kopeio;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.TablePlugin;

/**
 * Kopeio: lifecycle, names, defaults (from {@code dev/podnet/providers/kopeio/provider.yaml}) and validation
 * rules ({@link KopeioRules}), registered once.
 */
public final class KopeioPlugin extends TablePlugin {
    /**
     * Creates the kopeio plugin with its rules ({@link KopeioRules}). The module provides it as a
     * {@code ProviderPlugin}, which {@link dev.podnet.providers.KopsNetworkingEngine} finds through
     * {@link java.util.ServiceLoader}.
     */
    public KopeioPlugin() {
        super(ProviderKind.KOPEIO, "kopeio");
    }

    @Override
    protected SpecRules<?> newRules() {
        return new KopeioRules();
    }
}
