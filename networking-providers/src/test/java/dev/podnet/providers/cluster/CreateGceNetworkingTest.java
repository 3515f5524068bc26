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

    /**
     * {@code --project} is written as {@code spec.project} on GCE, and only there; without it kops 1.33+ cannot build
     * its GCE cloud and podnet refuses what it created as kops would (CloudBuildOracleTest).
     */
    @org.junit.jupiter.api.Test
    void theProjectIsWrittenOnGceOnly() {
        KopsVersion r = KopsVersion.of("1.36.0");
        CreateOptions.Builder gce = CreateOptions.builder().name("gce.example.com").cloud(Cloud.GCE).addZones("us-central1-a")
                .kubernetesVersion("1.34.0");
        Cluster withProject = E.create(gce.project("my-project").build(), r);
        assertThat(withProject.extraSpec()).containsEntry("project", "my-project");
        assertThat(E.validate(withProject, r, ValidationMode.LENIENT).lines()).isEmpty();
        Cluster without = E.create(CreateOptions.builder().name("gce.example.com").cloud(Cloud.GCE).addZones("us-central1-a")
                .kubernetesVersion("1.34.0").build(), r);
        assertThat(without.extraSpec()).doesNotContainKey("project");
        assertThat(E.validate(without, r, ValidationMode.LENIENT).lines())
                .containsExactly("spec.project: Required value: project is required for GCE - try gcloud config get-value project");
        Cluster aws = E.create(CreateOptions.builder().name("aws.example.com").addZones("us-east-1a").project("my-project")
                .kubernetesVersion("1.34.0").build(), r);
        assertThat(aws.extraSpec()).doesNotContainKey("project");
    }
}
