package dev.podnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 9 on the command line: what kops refuses (kops-oracle, see
 * {@code NonsenseVerdictTest} in networking-conformance) is refused with kops' field path, exit 1;
 * what kops accepts is accepted.
 */
class NonsenseCliTest {
    private static final String CLOUDS_1_30 = "\"gce\", \"digitalocean\", \"azure\", \"aws\", \"hetzner\", \"openstack\", \"scaleway\"";

    @Test
    void createRefusesAnUnknownCloudAndAnUnreadableVersion() {
        CliTest.Run r = CliTest.run("create", "--kops-version", "1.30", "--networking", "calico", "--kubernetes-version", "1.x",
                "--cloud", "mars", "--zones", "us-test-1a");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("spec.cloudProvider: Unsupported value: \"mars\": supported values: " + CLOUDS_1_30 + "\n")
                .contains("spec.kubernetesVersion: Invalid value: \"1.x\": unable to determine kubernetes version\n")
                .doesNotContain("\tat ");
        assertThat(CliTest.run("create", "--kops-version", "1.30", "--networking", "calico", "--zones", "us-test-1a").code())
                .isEqualTo(0);
    }

    @Test
    void validateAndRenderRefuseWhatKopsRefuses() {
        String mars = CliTest.CALICO.replace("cloudProvider: aws", "cloudProvider: mars");
        CliTest.Run v = CliTest.withStdin(mars, "validate", "--kops-version", "1.30", "-");
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.out() + v.err()).contains("spec.cloudProvider: Unsupported value: \"mars\": supported values: " + CLOUDS_1_30);
        CliTest.Run unnamed = CliTest.withStdin(CliTest.CALICO.replace("name: calico.example.com", "name: \"\""), "render",
                "--kops-version", "1.30", "-");
        assertThat(unnamed.code()).isEqualTo(1);
        assertThat(unnamed.out()).isEmpty();
        assertThat(unnamed.err()).contains("metadata.name: Required value: name or generateName is required");
    }

    /**
     * Minimised from HostileInputFuzzTest (seed 20240907, input 5029): rendering threw an
     * IllegalArgumentException instead of refusing with a PodnetException (the library test is
     * {@code CalicoKops118Test}).
     */
    @Test
    void calicoAtKops118WithoutEtcdClustersIsARefusal() {
        String noEtcd = CliTest.CALICO.replace("kubernetesVersion: 1.30.2", "kubernetesVersion: 1.14.0");
        CliTest.Run r = CliTest.withStdin(noEtcd, "render", "--kops-version", "1.18", "-");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("podnet: networking.projectcalico.org/k8s-1.7: cluster calico.example.com has no etcd"
                + " cluster (the template lists the first one's members as Calico's etcd endpoints)\n");
    }

    @Test
    void whatKopsAcceptsIsAccepted() {
        // kops 1.30 accepts a negative MTU, a port above 65535 and a negative CPU request (kops-oracle)
        String odd = CliTest.CALICO.replace("calico: {}", "calico: {mtu: -1, prometheusMetricsPort: 70000, cpuRequest: -100m}");
        CliTest.Run r = CliTest.withStdin(odd, "render", "--kops-version", "1.30", "-");
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("kind: DaemonSet");
    }
}
