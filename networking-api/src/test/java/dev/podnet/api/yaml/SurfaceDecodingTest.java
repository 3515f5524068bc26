package dev.podnet.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.podnet.api.Cluster;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.api.provider.ProviderKind;
import org.junit.jupiter.api.Test;

/**
 * The decoding rules the surface probe set (SurfaceSpecConformanceTest) found: what kops' decoder
 * (sigs.k8s.io/yaml, then JSON into Go structs) makes of forms users write, each checked with kops-oracle
 * at 1.19-1.36 on the same kind of document.
 */
class SurfaceDecodingTest {
    private static final String BODY = "kind: Cluster\nmetadata:\n  name: x.example.com\nspec:\n  kubernetesVersion: 1.30.2\n";

    @Test
    void legacyApiGroupIsReadAsV1alpha2() {
        // yaml.legacy-api-group: kops decodes apiVersion kops/v1alpha2 as kops.k8s.io/v1alpha2
        ClusterDocuments d = ClusterYaml.load("apiVersion: kops/v1alpha2\n" + BODY + "  networkCIDR: 10.0.0.0/16\n"
                + "  networking:\n    calico: {}\n");
        assertThat(d.apiVersion()).isEqualTo("kops.k8s.io/v1alpha2");
        assertThat(d.cluster().networking().networkCIDR()).hasValue("10.0.0.0/16");
        assertThat(ClusterYaml.write(d)).startsWith("apiVersion: kops.k8s.io/v1alpha2\n");
    }

    @Test
    void otherApiGroupsAndVersionsStayRefused() {
        // kops: no kind "Cluster" is registered for version "kops.k8s.io/v1alpha1"
        assertThat(problem("apiVersion: kops.k8s.io/v1alpha1\n" + BODY)).contains("unsupported apiVersion \"kops.k8s.io/v1alpha1\"");
        assertThat(problem("apiVersion: kops/v1alpha1\n" + BODY)).contains("unsupported apiVersion \"kops/v1alpha1\"");
    }

    @Test
    void aClusterWithoutApiVersionIsRefused() {
        // yaml.api-version-required: kops: Decode: Object 'apiVersion' is missing in '...'
        assertThat(problem(BODY)).contains("apiVersion").contains("required");
    }

    @Test
    void aNullProviderBlockIsNoProvider() {
        // yaml.null-provider-absent: kops-oracle: "calico: ~" alone completes as if no provider were named
        for (String nul : new String[] {"~", "null", "Null", ""}) {
            Cluster c = ClusterYaml.read("apiVersion: kops.k8s.io/v1alpha2\n" + BODY + "  networking:\n    calico: " + nul + "\n");
            assertThat(c.networking().provider()).as(nul).isEmpty();
            assertThat(c.networking().extraFields()).as(nul).isEmpty();
        }
        Cluster c = ClusterYaml.read("apiVersion: kops.k8s.io/v1alpha2\n" + BODY
                + "  networking:\n    calico: ~\n    cilium: {}\n");
        assertThat(c.networking().provider().map(p -> p.kind())).hasValue(ProviderKind.CILIUM);
        assertThat(c.networking().extraFields()).isEmpty();
    }

    @Test
    void aNullNetworkFieldIsUnset() {
        // yaml.null-field-absent: JSON null leaves the Go field unset, so kops defaults topology
        Cluster c = ClusterYaml.read("apiVersion: kops.k8s.io/v1alpha2\n" + BODY
                + "  topology: ~\n  egressProxy: null\n  DisableSubnetTags: ~\n  networking:\n    calico: {}\n");
        assertThat(c.networking().topology()).isEmpty();
        assertThat(c.networking().egressProxy()).isEmpty();
        assertThat(c.networking().tagSubnets()).isEmpty();
        assertThat(c.networking().provider()).containsInstanceOf(CalicoSpec.class);
    }

    @Test
    void keysInAnotherCaseAreKeptUnreadAsKopsDoes() {
        // kops matches field names case-sensitively at every release (kops-oracle 1.19-1.36): MTU sets nothing
        Cluster c = ClusterYaml.read("apiVersion: kops.k8s.io/v1alpha2\n" + BODY
                + "  networking:\n    cilium:\n      MTU: 1400\n      EnableL7Proxy: false\n");
        CiliumSpec s = (CiliumSpec) c.networking().provider().orElseThrow();
        assertThat(s.extraFields()).containsOnlyKeys("MTU", "EnableL7Proxy");
        assertThat(s.enableL7Proxy()).isEmpty();
    }

    private static String problem(String yaml) {
        return ((ClusterYamlException) catchThrowable(() -> ClusterYaml.read(yaml))).problems().get(0).toString();
    }
}
