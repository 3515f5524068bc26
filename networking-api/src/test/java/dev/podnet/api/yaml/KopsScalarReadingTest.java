package dev.podnet.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.api.Cluster;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.Severity;
import dev.podnet.api.provider.CalicoSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Plain scalars, misplaced network fields and quantities are read as kops 1.33 reads them (each
 * expectation checked with kops-oracle v1.33.1 on the same document).
 */
class KopsScalarReadingTest {
    private static final String HEAD = "apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata:\n  name: x.example.com\nspec:\n";

    private static CalicoSpec calico(String field) {
        Cluster c = ClusterYaml.read(HEAD + "  networking:\n    calico:\n      " + field + "\n");
        return (CalicoSpec) c.networking().provider().orElseThrow();
    }

    private static String problem(String yaml) {
        return ((ClusterYamlException) org.assertj.core.api.Assertions.catchThrowable(() -> ClusterYaml.read(yaml)))
                .problems().get(0).toString();
    }

    @ParameterizedTest
    @CsvSource({"0x10,16", "017,15", "0o17,15", "1_000,1000", "+1400,1400", "1400.0,1400", "1e3,1000"})
    void integersAsGoYamlReadsThem(String written, int kops) {
        assertThat(calico("mtu: " + written).mtu()).contains(kops);
    }

    @Test
    void aBase60NumberOrAQuotedNumberIsNoInteger() {
        // kops: json: cannot unmarshal string into Go struct field ...calico.mtu of type int32
        assertThat(problem(HEAD + "  networking:\n    calico:\n      mtu: 1:30\n"))
                .isEqualTo("line 8, column 12: spec.networking.calico.mtu: expected an integer, got \"1:30\"");
        assertThat(problem(HEAD + "  networking:\n    calico:\n      mtu: \"1400\"\n"))
                .isEqualTo("line 8, column 12: spec.networking.calico.mtu: expected an integer, got \"1400\"");
    }

    @ParameterizedTest
    @CsvSource({"yes,true", "on,true", "y,true", "True,true", "TRUE,true", "Off,false", "no,false"})
    void booleansAsYaml11ReadsThem(String written, boolean kops) {
        assertThat(calico("bpfEnabled: " + written).bpfEnabled()).contains(kops);
    }

    @Test
    void aYaml11BooleanIsNoString() {
        // kops: json: cannot unmarshal bool into Go struct field ...ipv4AutoDetectionMethod of type string
        assertThat(problem(HEAD + "  networking:\n    calico:\n      ipv4AutoDetectionMethod: yes\n"))
                .isEqualTo("line 8, column 32: spec.networking.calico.ipv4AutoDetectionMethod: expected a string, got the boolean yes");
        assertThat(problem(HEAD + "  networking:\n    calico:\n      ipv4AutoDetectionMethod: 017\n"))
                .isEqualTo("line 8, column 32: spec.networking.calico.ipv4AutoDetectionMethod: expected a string, got the integer 017");
    }

    @Test
    void aQuantityHasAsciiDigitsOnly() {
        // kops: Decode: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'
        assertThat(problem(HEAD + "  networking:\n    calico:\n      cpuRequest: \uFF11\uFF10\uFF10m\n"))
                .isEqualTo("line 8, column 19: spec.networking.calico.cpuRequest: quantities must match the regular"
                        + " expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$', got \"\uFF11\uFF10\uFF10m\"");
        assertThat(problem(HEAD + "  networking:\n    calico:\n      cpuRequest: 1.2.3m\n"))
                .isEqualTo("line 8, column 19: spec.networking.calico.cpuRequest: unable to parse quantity \"1.2.3m\":"
                        + " expected a number with a suffix such as m, Mi or G");
        assertThat(calico("cpuRequest: 100m").cpuRequest()).contains("100m");
        assertThat(calico("cpuRequest: 1").cpuRequest()).contains("1");
    }

    @Test
    void isolateMastersIsTheV1alpha2Spelling() {
        ClusterDocuments d = ClusterYaml.load(HEAD + "  isolateMasters: true\n");
        assertThat(d.cluster().networking().isolateControlPlane()).contains(true);
        assertThat(d.findings().all()).isEmpty();
    }

    @Test
    void isolateControlPlaneAtSpecIsIgnoredInV1alpha2AsKopsIgnoresIt() {
        ClusterDocuments d = ClusterYaml.load(HEAD + "  isolateControlPlane: true\n");
        assertThat(d.cluster().networking().isolateControlPlane()).isEmpty();
        Diagnostic f = d.findings().all().get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.line()).isEqualTo("spec.isolateControlPlane: Forbidden: kops.k8s.io/v1alpha2 has no field"
                + " spec.isolateControlPlane: kops ignores it");
        assertThat(f.hint()).contains("write it as spec.isolateMasters in a kops.k8s.io/v1alpha2 document");
        assertThat(ClusterYaml.write(d.cluster())).contains("isolateControlPlane: true");
    }

    private static final String V3 = "apiVersion: kops.k8s.io/v1alpha3\nkind: Cluster\nmetadata:\n  name: x.example.com\nspec:\n";

    @Test
    void isolateControlPlaneIsTheV1alpha3SpellingUnderNetworking() {
        ClusterDocuments d = ClusterYaml.load(V3 + "  networking:\n    isolateControlPlane: true\n    calico: {}\n");
        assertThat(d.cluster().networking().isolateControlPlane()).contains(true);
        assertThat(d.findings().all()).isEmpty();
        ClusterDocuments m = ClusterYaml.load(V3 + "  isolateMasters: true\n");
        assertThat(m.cluster().networking().isolateControlPlane()).isEmpty();
        assertThat(m.findings().all()).singleElement().satisfies(f -> assertThat(f.hint())
                .contains("write it as spec.networking.isolateControlPlane in a kops.k8s.io/v1alpha3 document"));
    }

    @Test
    void anUnknownProviderKeyIsAWarningAsKopsIgnoresIt() {
        ClusterDocuments d = ClusterYaml.load(HEAD + "  networking:\n    calico: {}\n    frob: {}\n");
        assertThat(d.findings().all()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("spec.networking.frob");
            assertThat(f.hint()).hasValueSatisfying(h -> assertThat(h).startsWith("use one of: "));
        });
    }

    @Test
    void nothingElseThrows() {
        assertThatThrownBy(() -> ClusterYaml.read(HEAD + "  networking:\n    calico:\n      mtu: .inf\n"))
                .isInstanceOf(ClusterYamlException.class).hasMessageContaining("expected an integer");
    }
}
