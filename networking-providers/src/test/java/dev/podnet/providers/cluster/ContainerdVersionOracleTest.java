package dev.podnet.providers.cluster;

/**
 * {@code spec.containerd.version} as kops-oracle 1.19, 1.20, 1.21, 1.22, 1.24, 1.28, 1.30, 1.33.1 and 1.36 parsed and judged
 * it ({@link ContainerRuntimeConfigRules}, {@link GoSemver}): 261 probes ({@code oracle/containerd-version.tsv},
 * {@code scripts/oracle/cluster-field-probes containerd-version}), 29 versions on a v1alpha2 AWS Calico cluster at every
 * release: letters in each part (one and several), an empty pre-release and build, a pre-release with a leading zero or an underscore, the
 * empty string and a lone v, short versions with and without a pre-release, leading zeros, a major past 64 bits,
 * surrounding spaces, an empty part, four parts, and versions before and at 1.3.4. kops' parse error is its library's
 * text after "unable to parse version string: ".
 */
class ContainerdVersionOracleTest extends ClusterFieldOracleTest {
    @Override
    String table() {
        return "containerd-version";
    }

    @Override
    int probes() {
        return 261;
    }
}
