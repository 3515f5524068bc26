package dev.podnet.manifests.classic;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.manifests.internal.ProviderRenderer;

/**
 * classic (kops' oldest networking, no CNI): no addon and no guidance; the node configuration is
 * the shared one of its kind. Stateless and thread-safe.
 */
public final class ClassicRenderer implements ProviderRenderer {

    @Override
    public ProviderKind kind() {
        return ProviderKind.CLASSIC;
    }
}
