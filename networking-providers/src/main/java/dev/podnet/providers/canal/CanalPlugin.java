package dev.podnet.providers.canal;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.TablePlugin;

/** Canal: lifecycle, names and defaults from {@code dev/podnet/providers/canal/provider.yaml}. */
public final class CanalPlugin extends TablePlugin {
    public CanalPlugin() {
        super(ProviderKind.CANAL, "canal");
    }
}
