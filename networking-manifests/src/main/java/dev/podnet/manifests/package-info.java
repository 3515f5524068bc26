/**
 * Rendering: a completed cluster in, apply-ready manifest YAML plus addon metadata out
 * ({@link dev.podnet.api.render.RenderedAddon}), or the node configuration for node-level providers
 * ({@link dev.podnet.api.render.NodeNetworkConfig}). Renderers are found through
 * {@link dev.podnet.manifests.ManifestRenderer} (ServiceLoader), so a user can add one; callers use
 * {@link dev.podnet.api.Podnet#render}.
 */
@PodnetStyle
package dev.podnet.manifests;

import dev.podnet.api.internal.PodnetStyle;
