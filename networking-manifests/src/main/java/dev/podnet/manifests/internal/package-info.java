/**
 * Shared rendering machinery: manifest data per provider (neutral upstream objects, images and
 * template ids per release, loaded once), kops' addon packaging (labels, bookkeeping,
 * manifestHash, channel entry) and a base class for data-driven renderers. Not API.
 */
package dev.podnet.manifests.internal;
