/**
 * Shared rendering machinery: manifest data per provider (neutral upstream objects, images and
 * template ids per release), kops' addon packaging (labels, bookkeeping, manifestHash, channel
 * entry), a base class for data-driven renderers, and the per-engine memo tables
 * ({@link dev.podnet.manifests.internal.RenderCaches}). Not API.
 */
package dev.podnet.manifests.internal;
