package dev.podnet.providers.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.providers.KopsNetworkingEngine;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * kops 1.19 fails building Calico's k8s-1.16 template with {@code prometheusMetricsEnabled: true}, whatever the
 * Kubernetes version (kops-oracle 1.19.0 at Kubernetes 1.15.3, 1.16.3, 1.19.2); kops 1.20-1.22 render it.
 */
class CalicoPrometheus119Test {
    private static final KopsNetworkingEngine ENGINE = new KopsNetworkingEngine();

    static Cluster calico(String k8s, boolean metrics) {
        return ValidationFixtures.kopsCluster().name("t.example.com").kubernetesVersion(k8s).cloud(Cloud.AWS)
                .networking(Networking.builder().provider(CalicoSpec.builder().prometheusMetricsEnabled(metrics).build())
                        .networkCIDR("172.20.0.0/16").nonMasqueradeCIDR("100.64.0.0/10")
                        .addSubnets(Subnet.builder().name("a").zone("us-test-1a").type("Public").cidr("172.20.32.0/19").build())
                        .build())
                .build();
    }

    @ParameterizedTest
    @CsvSource({"1.19.0,1.15.3,true,true", "1.19.0,1.16.3,true,true", "1.19.0,1.19.2,true,true", "1.19.0,1.19.2,false,false",
        "1.20.0,1.19.2,true,false", "1.21.0,1.19.2,true,false", "1.22.0,1.19.2,true,false"})
    void refusedOnTheCompletedSpecAt119(String release, String k8s, boolean metrics, boolean refused) {
        KopsVersion r = KopsVersion.of(release);
        Cluster in = calico(k8s, metrics);
        assertThat(paths(ENGINE.validate(in, r, ValidationMode.LENIENT).errors())).isEmpty();
        Cluster done = ENGINE.complete(in, r).cluster();
        assertThat(paths(ENGINE.validate(done, r, ValidationMode.STRICT).errors()))
                .isEqualTo(refused ? List.of("spec.networking.calico.prometheusMetricsEnabled") : List.of());
    }

    private static List<String> paths(List<Diagnostic> ds) {
        return ds.stream().map(Diagnostic::path).filter(p -> p.contains("prometheus")).toList();
    }
}
