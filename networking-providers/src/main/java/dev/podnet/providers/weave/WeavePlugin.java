package dev.podnet.providers.weave;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.TablePlugin;

/** Weave: lifecycle, names and defaults from {@code dev/podnet/providers/weave/provider.yaml}. */
public final class WeavePlugin extends TablePlugin {
    public WeavePlugin() {
        super(ProviderKind.WEAVE, "weave");
    }
}
