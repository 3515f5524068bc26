package dev.podnet.providers.romana;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.TablePlugin;

/** Romana: lifecycle, names and defaults from {@code dev/podnet/providers/romana/provider.yaml}. */
public final class RomanaPlugin extends TablePlugin {
    public RomanaPlugin() {
        super(ProviderKind.ROMANA, "romana");
    }
}
