/**
 * What rendering produces: {@link dev.podnet.api.render.RenderResult} holds the networking addons
 * ({@link dev.podnet.api.render.RenderedAddon}: apply-ready YAML, manifestHash, bootstrap-channel
 * entry), the node configuration for node-level providers
 * ({@link dev.podnet.api.render.NodeNetworkConfig}) and guidance. Obtained from
 * {@link dev.podnet.Podnet#render}.
 */
@PodnetStyle
package dev.podnet.api.render;

import dev.podnet.api.internal.PodnetStyle;
