/**
 * The one reader of podnet's release-fact tables: a YAML resource read with snakeyaml-engine into
 * typed records, checked when loaded.
 *
 * <ul>
 * <li>{@link dev.podnet.api.internal.facts.FactDocument#load} reads a classpath resource once;
 *     {@link dev.podnet.api.internal.facts.FactNode} gives typed, checked access to its nodes.
 * <li>A release range is a {@link dev.podnet.api.version.VersionRange} with one meaning of its
 *     bounds everywhere: {@code since} is inclusive, {@code until} is exclusive. A row written
 *     {@code {since: "1.22", until: "1.25"}} holds for 1.22, 1.23 and 1.24.
 * <li>A table keyed by release ({@code "1.18": ..., "1.22": ...}) is a
 *     {@link dev.podnet.api.internal.facts.ReleaseFacts}: each row holds from its release until the
 *     next row's (the same since-inclusive, until-exclusive range).
 * <li>A bad row fails at load time with a {@link dev.podnet.api.internal.facts.FactFormatException}
 *     naming the resource, the row (key path and index) and the reason.
 * </ul>
 *
 * Internal to podnet's modules: not a public API, it may change without notice.
 */
package dev.podnet.api.internal.facts;
