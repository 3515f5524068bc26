/**
 * The kops-compatible YAML reader and writer for manifests: {@link dev.podnet.manifests.yaml.KopsYaml}.
 * The go-yaml v2 emulation behind it lives in {@code dev.podnet.manifests.yaml.internal} and is
 * not an API.
 */
package dev.podnet.manifests.yaml;
