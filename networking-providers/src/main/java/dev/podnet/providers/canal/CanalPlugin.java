package dev.podnet.providers.canal;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.TablePlugin;

/**
 * Canal: lifecycle, names, defaults (from {@code dev/podnet/providers/canal/provider.yaml}) and validation
 * rules ({@link CanalRules}), registered once.
 */
public final class CanalPlugin extends TablePlugin {
    public CanalPlugin() {
        super(ProviderKind.CANAL, "canal", new CanalRules());
    }
}
