package dev.podnet.providers.canal;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.TablePlugin;

/**
 * Canal: lifecycle, names, defaults (from {@code dev/podnet/providers/canal/provider.yaml}) and validation
 * rules ({@link CanalRules}), registered once.
 */
public final class CanalPlugin extends TablePlugin {
    /**
     * Creates the Canal plugin with its rules ({@link CanalRules}). The module provides it as a
     * {@code ProviderPlugin}, which {@link dev.podnet.providers.KopsNetworkingEngine} finds through
     * {@link java.util.ServiceLoader}.
     */
    public CanalPlugin() {
        super(ProviderKind.CANAL, "canal");
    }

    @Override
    protected SpecRules<?> newRules() {
        return new CanalRules();
    }
}
