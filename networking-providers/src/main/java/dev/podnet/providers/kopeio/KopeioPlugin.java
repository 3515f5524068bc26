package dev.podnet.providers.kopeio;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.TablePlugin;

/** Kopeio: lifecycle, names and defaults from {@code dev/podnet/providers/kopeio/provider.yaml}. */
public final class KopeioPlugin extends TablePlugin {
    public KopeioPlugin() {
        super(ProviderKind.KOPEIO, "kopeio");
    }
}
