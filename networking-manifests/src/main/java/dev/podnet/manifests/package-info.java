/**
 * Rendering: a completed cluster in, apply-ready manifest YAML plus addon metadata out
 * ({@link dev.podnet.api.render.RenderedAddon}), or the node configuration for node-level providers
 * ({@link dev.podnet.api.render.NodeNetworkConfig}). Each provider is one package
 * ({@code dev.podnet.manifests.<name>}) holding its {@link dev.podnet.manifests.internal.ProviderRenderer}
 * (its addons, guidance and node configuration), registered once for ServiceLoader; shared
 * machinery (data, packaging, caches, nodeup's configuration) is in {@code internal}. Callers use {@link dev.podnet.Podnet#render}.
 */
@PodnetStyle
package dev.podnet.manifests;

import dev.podnet.api.internal.PodnetStyle;
