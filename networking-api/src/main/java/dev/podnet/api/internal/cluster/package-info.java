/**
 * What kops derives from a cluster spec and reads in more than one place (validation, defaults, rendering):
 * one definition each, used by podnet's modules. A package of its own because it reads the model
 * ({@code dev.podnet.api}), which itself uses {@code dev.podnet.api.internal}.
 *
 * Internal to podnet's modules: not a public API, it may change without notice.
 */
package dev.podnet.api.internal.cluster;
