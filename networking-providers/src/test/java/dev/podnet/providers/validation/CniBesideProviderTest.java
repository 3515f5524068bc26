package dev.podnet.providers.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.Podnet;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.yaml.ClusterYaml;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code calico: {}} beside {@code cni: {}}: kops-oracle 1.22, 1.24, 1.28 and 1.30 accept it (cni
 * does not take the networking slot before 1.32), 1.33.1 and 1.36.0 refuse both keys.
 */
class CniBesideProviderTest {
    private static final String SPEC = """
            apiVersion: kops.k8s.io/v1alpha2
            kind: Cluster
            metadata:
              name: minimal.example.com
            spec:
              cloudProvider: aws
              iam: {}
              kubernetesVersion: 1.28.5
              networkCIDR: 172.20.0.0/16
              networking:
                calico: {}
                cni: {}
              nonMasqueradeCIDR: 100.64.0.0/10
              subnets:
              - cidr: 172.20.32.0/19
                name: us-test-1a
                type: Public
                zone: us-test-1a
            """;

    @ParameterizedTest(name = "kops {0}: accepted {1}")
    @CsvSource({"1.22.0, true", "1.24.0, true", "1.28.0, true", "1.30.0, true", "1.33.1, false", "1.36.0, false"})
    void cniBesideCalicoByRelease(String release, boolean accepted) {
        Podnet podnet = Podnet.forRelease(release);
        var findings = podnet.validate(podnet.complete(ClusterYaml.read(SPEC)));
        if (accepted) {
            assertThat(findings.errors()).isEmpty();
        } else {
            assertThat(findings.errors()).extracting(Diagnostic::path)
                    .containsExactlyInAnyOrder("spec.networking.calico", "spec.networking.cni");
        }
    }

    @ParameterizedTest(name = "kops {0}")
    @CsvSource({"1.24.0", "1.28.0"})
    void theOtherProviderIsDefaultedWhicheverKeyComesFirst(String release) {
        // kops-oracle 1.28: cni: {} before calico: {} completes calico with encapsulationMode ipip, as after it
        Podnet podnet = Podnet.forRelease(release);
        String cniFirst = SPEC.replace("    calico: {}\n    cni: {}\n", "    cni: {}\n    calico: {}\n");
        assertThat(cniFirst).isNotEqualTo(SPEC);
        var completed = podnet.complete(ClusterYaml.read(cniFirst));
        assertThat(completed.cluster().networking().provider(CalicoSpec.class)).isPresent()
                .hasValueSatisfying(c -> assertThat(c.encapsulationMode()).isPresent());
        assertThat(completed.cluster().networking().provider()).isEqualTo(podnet.complete(ClusterYaml.read(SPEC)).cluster().networking().provider());
        assertThat(podnet.validate(completed).errors()).isEmpty();
    }

    @ParameterizedTest(name = "kops {0}: {1} first, cni {2}")
    @CsvSource({
            "1.22.0, calico, 'usesSecondaryIP: false', '{}'",
            "1.22.0, cni, 'usesSecondaryIP: false', '{}'",
            "1.24.0, calico, 'usesSecondaryIP: true', '{usesSecondaryIP=true}'",
            "1.28.0, cni, 'usesSecondaryIP: true', '{usesSecondaryIP=true}'",
            "1.30.0, calico, 'frob: 1', '{}'"})
    void theCniBlockBesideAnotherProviderTakesKopsCompletedForm(String release, String first, String cni, String completed) {
        // kops-oracle 1.20-1.30, calico / cilium / amazonvpc / canal / flannel / weave / lyftvpc beside cni in
        // both key orders: kops drops the cni block's zero values (usesSecondaryIP is a plain Go bool with
        // omitempty) and its unknown keys, keeps usesSecondaryIP: true, and completes the other provider
        String block = "    cni:\n      " + cni + "\n";
        String pair = first.equals("cni") ? block + "    calico: {}\n" : "    calico: {}\n" + block;
        String spec = SPEC.replace("    calico: {}\n    cni: {}\n", pair);
        assertThat(spec).isNotEqualTo(SPEC);
        Podnet podnet = Podnet.forRelease(release);
        var done = podnet.complete(ClusterYaml.read(spec));
        assertThat(done.cluster().networking().extraFields().get("cni")).hasToString(completed);
        assertThat(done.cluster().networking().provider(CalicoSpec.class))
                .hasValueSatisfying(c -> assertThat(c.encapsulationMode()).isPresent());
        assertThat(podnet.validate(done).errors()).isEmpty();
    }
}
