/**
 * Internals of the manifest YAML support: go-yaml v2's scalar rules, key order and emitter,
 * the bounded parser on snakeyaml-engine, and the frozen tree types. Not an API: may change
 * in any release.
 */
package dev.podnet.manifests.yaml.internal;
