package dev.podnet.providers.external;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.TablePlugin;

/**
 * External: lifecycle, names, defaults (from {@code dev/podnet/providers/external/provider.yaml}) and validation
 * rules ({@link ExternalRules}), registered once.
 */
public final class ExternalPlugin extends TablePlugin {
    public ExternalPlugin() {
        super(ProviderKind.EXTERNAL, "external", new ExternalRules());
    }
}
