package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.podnet.api.Cluster;
import dev.podnet.Completion;
import dev.podnet.api.InvalidSpecException;
import dev.podnet.Podnet;
import dev.podnet.api.PodnetException;
import dev.podnet.api.ReleaseMismatchException;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.version.VersionRange;
import dev.podnet.api.yaml.ClusterYaml;
import org.junit.jupiter.api.Test;

/**
 * The facade's pipeline cannot be misused: render refuses an invalid spec with its diagnostics,
 * refuses another release's completion, completes an uncompleted spec first; the builder refuses
 * what it cannot honour; each release says which Kubernetes versions it accepts.
 */
class GuardedPipelineTest {
    static Cluster spec(String cloud, String k8s, String networking) {
        return ClusterYaml.read("""
                apiVersion: kops.k8s.io/v1alpha2
                kind: Cluster
                metadata:
                  name: guard.example.com
                spec:
                  cloudProvider: %s
                  kubernetesVersion: %s
                  networkCIDR: 172.20.0.0/16
                  networking:
                    %s
                  subnets:
                  - cidr: 172.20.32.0/19
                    name: us-east-1a
                    type: Public
                    zone: us-east-1a
                    region: us-east1
                """.formatted(cloud, k8s, networking));
    }

    @Test
    void ciliumEniOnGceIsRefusedWithTheFieldPath() {
        Podnet kops130 = Podnet.forRelease("1.30");
        Cluster eniOnGce = spec("gce", "1.30.2", "cilium: {ipam: eni}");
        InvalidSpecException e = catchThrowableOfType(InvalidSpecException.class, () -> kops130.render(eniOnGce));
        assertThat(e).isNotNull();
        assertThat(e.diagnostics().errors()).extracting(Diagnostic::line)
                .anySatisfy(l -> assertThat(l).startsWith("spec.networking.cilium.ipam: Forbidden"));
        assertThat(e.getMessage()).contains("spec.networking.cilium.ipam");
    }

    @Test
    void flannelIsRefusedWhereTheReleaseForbidsIt() {
        Podnet kops130 = Podnet.forRelease("1.30");
        InvalidSpecException e = catchThrowableOfType(InvalidSpecException.class,
                () -> kops130.render(spec("aws", "1.30.2", "flannel: {backend: vxlan}")));
        assertThat(e).isNotNull();
        assertThat(e.diagnostics().errors()).extracting(Diagnostic::line)
                .anySatisfy(l -> assertThat(l).startsWith("spec.networking.flannel"));
    }

    @Test
    void aCompletionFromAnotherReleaseIsRefused() {
        Completion at130 = Podnet.forRelease("1.30").complete(spec("aws", "1.25.4", "calico: {}"));
        assertThatThrownBy(() -> Podnet.forRelease("1.25").render(at130)).isInstanceOf(ReleaseMismatchException.class)
                .hasMessageContaining("1.30").hasMessageContaining("Podnet.forRelease(\"1.25.0\")");
    }

    @Test
    void renderOfAClusterCompletesItFirst() {
        // kops 1.28-1.33 write agent-health-port from the (defaulted) Cilium version: 9879 from Cilium 1.11.6
        Cluster uncompleted = spec("aws", "1.30.2", "cilium: {}");
        String yaml = Podnet.forRelease("1.30").render(uncompleted).addons().get(0).yaml();
        assertThat(yaml).contains("agent-health-port: \"9879\"").doesNotContain("agent-health-port: \"9876\"");
    }

    @Test
    void aNegativeCacheSizeIsRefused() {
        assertThatThrownBy(() -> Podnet.builder().release("1.30").cacheEntries(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cacheEntries");
        assertThat(Podnet.builder().release("1.30").cacheEntries(0).build().release()).isEqualTo(KopsVersion.of("1.30"));
    }

    @Test
    void theKnownReleasesAreExactlyWhatTheMessageSays() {
        assertThat(Podnet.forRelease("1.37").release()).isEqualTo(KopsVersion.of("1.37"));
        assertThat(Podnet.forRelease("1.37.5").release()).isEqualTo(KopsVersion.of("1.37.5"));
        assertThat(Podnet.forRelease("1.18").release()).isEqualTo(KopsVersion.OLDEST);
        for (String outside : new String[] {"1.38.0-alpha.1", "1.38", "1.17.9"}) {
            assertThatThrownBy(() -> Podnet.forRelease(outside)).as(outside).isInstanceOf(PodnetException.class)
                    .hasMessage("kops " + KopsVersion.of(outside) + " is outside the releases podnet knows: 1.18.0 up to the 1.37 line"
                            + " (1.37.x; its newest is kops' development line 1.37.0-alpha.1); pick a release in it");
        }
    }

    @Test
    void eachReleaseSaysWhichKubernetesVersionsItAccepts() {
        assertThat(Podnet.forRelease("1.18").kubernetesVersions()).isEqualTo(VersionRange.between("1.9.0", "1.19.0"));
        assertThat(Podnet.forRelease("1.30.2").kubernetesVersions()).isEqualTo(VersionRange.parse(">=1.25.0 <1.31.0"));
        assertThat(Podnet.forRelease("1.31").kubernetesVersions()).isEqualTo(VersionRange.between("1.25.0", "1.32.0"));
        assertThat(Podnet.newest().kubernetesVersions()).isEqualTo(VersionRange.between("1.32.0", "1.38.0"));
    }

    /** Only the facade makes a completion: no public constructor, no static factory, not extendable. */
    @Test
    void aCompletionCannotBeForged() {
        assertThat(Completion.class.getConstructors()).isEmpty();
        assertThat(java.lang.reflect.Modifier.isFinal(Completion.class.getModifiers())).isTrue();
        assertThat(java.util.Arrays.stream(Completion.class.getMethods())
                .filter(m -> java.lang.reflect.Modifier.isStatic(m.getModifiers())).toList()).isEmpty();
    }

    /** kops 1.33 (kops-oracle) ignores frob: {} under spec.networking; podnet warns from validate too, not only from load. */
    @Test
    void anUnknownProviderKeyIsAFindingOfValidate() {
        Cluster c = spec("aws", "1.30.2", "calico: {}\n    frob: {}");
        Podnet p = Podnet.forRelease("1.30");
        for (dev.podnet.api.ValidationMode mode : dev.podnet.api.ValidationMode.values()) {
            assertThat(p.validate(c, mode).all()).filteredOn(d -> d.path().equals("spec.networking.frob")).singleElement()
                    .satisfies(d -> {
                        assertThat(d.isError()).isFalse();
                        assertThat(d.line()).isEqualTo("spec.networking.frob: Unsupported value: \"frob\":"
                                + " unknown networking provider \"frob\": kops ignores it");
                        assertThat(d.hint()).hasValueSatisfying(h -> assertThat(h).startsWith("use one of: amazonvpc, "));
                    });
        }
    }

    @Test
    void anUnparsableKubernetesVersionIsAFindingOfValidate() {
        Diagnostic d = Podnet.forRelease("1.30").validate(spec("aws", "banana", "calico: {}"),
                dev.podnet.api.ValidationMode.LENIENT).errors().get(0);
        assertThat(d.line()).isEqualTo("spec.kubernetesVersion: Invalid value: \"banana\": unable to determine kubernetes version");
        assertThat(d.hint()).isPresent();
    }

    @Test
    void anUnparsableReleaseIsAPodnetExceptionWithAFinding() {
        PodnetException e = catchThrowableOfType(PodnetException.class, () -> Podnet.forRelease("banana"));
        assertThat(e.getMessage()).startsWith("kops release \"banana\" is not a version: write a kops release such as 1.30 or 1.30.2");
        assertThat(e.diagnostics().all()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo("release: Invalid value: \"banana\": not a kops release");
            assertThat(d.hint()).isPresent();
        });
    }
}
