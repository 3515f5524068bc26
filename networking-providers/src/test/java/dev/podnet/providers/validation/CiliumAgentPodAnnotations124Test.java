package dev.podnet.providers.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.providers.KopsNetworkingEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * kops 1.24 fails building Cilium's k8s-1.16-v1.11 template with {@code agentPodAnnotations} (kops-oracle 1.24.0,
 * Kubernetes 1.22.3); kops 1.22, 1.28, 1.30 and 1.33 render them; {@code operatorPodAnnotations} render everywhere.
 */
class CiliumAgentPodAnnotations124Test {
    private static final KopsNetworkingEngine ENGINE = new KopsNetworkingEngine();

    static Cluster cilium(CiliumSpec spec) {
        return ValidationFixtures.kopsCluster().name("t.example.com").kubernetesVersion("1.22.3").cloud(Cloud.AWS)
                .networking(Networking.builder().provider(spec).networkCIDR("172.20.0.0/16").nonMasqueradeCIDR("100.64.0.0/10")
                        .addSubnets(Subnet.builder().name("a").zone("us-test-1a").type("Public").cidr("172.20.32.0/19").build())
                        .build())
                .build();
    }

    @ParameterizedTest
    @CsvSource({"1.22.0,agent,false", "1.24.0,agent,true", "1.24.0,operator,false", "1.28.0,agent,false", "1.33.1,agent,false"})
    void refusedOnTheCompletedSpecAt124(String release, String which, boolean refused) {
        KopsVersion r = KopsVersion.of(release);
        Map<String, String> a = Map.of("example.com/a", "b");
        CiliumSpec spec = which.equals("agent") ? CiliumSpec.builder().agentPodAnnotations(a).build()
                : CiliumSpec.builder().operatorPodAnnotations(a).build();
        Cluster in = cilium(spec);
        assertThat(paths(ENGINE.validate(in, r, ValidationMode.LENIENT).errors())).isEmpty();
        Cluster done = ENGINE.complete(in, r).cluster();
        assertThat(paths(ENGINE.validate(done, r, ValidationMode.STRICT).errors()))
                .isEqualTo(refused ? List.of("spec.networking.cilium.agentPodAnnotations") : List.of());
    }

    private static List<String> paths(List<Diagnostic> ds) {
        return ds.stream().map(Diagnostic::path).filter(p -> p.contains("PodAnnotations")).toList();
    }
}
