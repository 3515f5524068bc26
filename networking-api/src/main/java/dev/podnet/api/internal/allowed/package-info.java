/**
 * The values kops' validation accepts for provider fields, by release: one table
 * ({@link dev.podnet.api.internal.allowed.AllowedValueTable}) read by validation and by the field
 * documentation, so the two cannot drift.
 *
 * Internal to podnet's modules: not a public API, it may change without notice.
 */
package dev.podnet.api.internal.allowed;
