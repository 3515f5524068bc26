package dev.podnet.providers.weave;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.TablePlugin;

/**
 * Weave: lifecycle, names, defaults (from {@code dev/podnet/providers/weave/provider.yaml}) and validation
 * rules ({@link WeaveRules}), registered once.
 */
public final class WeavePlugin extends TablePlugin {
    public WeavePlugin() {
        super(ProviderKind.WEAVE, "weave", new WeaveRules());
    }
}
