/**
 * Post-render patches: JSON pointer (RFC 6901), JSON patch (RFC 6902) and JSON merge patch
 * (RFC 7386) over rendered objects as plain YAML values, and their application to a render
 * result. Not exported: the facade applies them ({@code RenderOptions.patches()}).
 */
package dev.podnet.api.render.internal;
