/**
 * podnet's model of the part of a kops {@code Cluster} that pod networking depends on, and the
 * entry points: {@link dev.podnet.Podnet} (one release's rules) and
 * {@link dev.podnet.api.yaml.ClusterYaml} (the lossless kops YAML codec).
 */
@PodnetStyle
package dev.podnet.api;

import dev.podnet.api.internal.PodnetStyle;
