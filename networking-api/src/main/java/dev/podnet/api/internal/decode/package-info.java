/**
 * What a kops release's decoder accepts: the JSON type of each typed field of the Cluster spec
 * ({@code decode-schema.yaml}, release-ranged), checked by {@link dev.podnet.api.yaml.ClusterYaml}
 * when a document is read as a release reads it. A package of its own so that the fact reader it
 * loads through and the YAML reader that reader uses do not form a cycle.
 *
 * Internal to podnet's modules: not a public API, it may change without notice.
 */
package dev.podnet.api.internal.decode;
