package dev.podnet.providers.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.CreateOptions;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.providers.KopsNetworkingEngine;

/**
 * {@code kops create cluster --cloud gce --networking gce}: kops' PerformAssignments leaves the
 * non-masquerade range empty with gce networking up to kops 1.26 (from 1.27 the IP-alias assignment sets
 * 10.0.0.0/8), so the IP-alias pod range is checked against no non-masquerade range and kops accepts what it
 * created. Before this rule podnet wrote 100.64.0.0/10 from 1.19 and rejected its own spec at strict validation
 * ("kubeControllerManager.clusterCIDR must be a subnet of nonMasqueradeCIDR").
 */
class CreateGceNetworkingTest {
    private static final KopsNetworkingEngine E = new KopsNetworkingEngine();

    @ParameterizedTest(name = "kops {0}")
    @CsvSource({"1.19.0, 1.19.0, ''", "1.22.0, 1.22.0, ''", "1.26.0, 1.26.0, ''", "1.27.0, 1.27.0, 10.0.0.0/8",
            "1.29.0, 1.29.0, 10.0.0.0/8"})
    void createdSpecIsAcceptedAsByKops(String kops, String kubernetes, String nonMasquerade) {
        KopsVersion r = KopsVersion.of(kops);
        Cluster created = E.create(CreateOptions.builder().name("gce.example.com").cloud(Cloud.GCE).networking("gce")
                .addZones("us-central1-a").kubernetesVersion(kubernetes).build(), r);

        assertThat(created.networking().nonMasqueradeCIDR().orElse("")).isEqualTo(nonMasquerade);
        assertThat(created.networking().podCIDR()).isPresent();
        assertThat(E.validate(created, r, ValidationMode.LENIENT).lines()).isEmpty();
        Cluster completed = E.complete(created, r).cluster();
        assertThat(completed.networking().nonMasqueradeCIDR().orElse("")).isEqualTo(nonMasquerade);
        assertThat(E.validate(completed, r, ValidationMode.STRICT).lines()).isEmpty();
    }
}
