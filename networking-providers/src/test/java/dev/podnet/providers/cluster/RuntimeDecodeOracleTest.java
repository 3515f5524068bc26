package dev.podnet.providers.cluster;

/**
 * {@code spec.containerd} and {@code spec.docker} as kops-oracle 1.19-1.36 decoded them ({@code oracle/runtime-decode.tsv},
 * {@code scripts/oracle/cluster-field-probes}; v1alpha3 at 1.30, 1.33.1, 1.36): each block and each field of
 * ContainerdConfig, its packages, nvidiaGPU, runc and nri, and of DockerConfig given {@code [[1]]} and a value of a
 * neighbouring type, refused at decode where kops knows the field (nvidiaGPU from 1.22, runc from 1.28, nri and
 * configAdditions (a map of int-or-string) from 1.30, useECRCredentialsForMirrors from 1.33, the docker download limits
 * from 1.24), dropped unread elsewhere; v1alpha3 drops docker unread. Two wrong fields: kops names the first in key order.
 */
class RuntimeDecodeOracleTest extends DecodeOracleTest {
    @Override
    String table() {
        return "runtime-decode";
    }

    @Override
    int probes() {
        return 1650;
    }
}
