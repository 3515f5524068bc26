package dev.podnet.providers.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.providers.KopsNetworkingEngine;
import dev.podnet.providers.MinimalClusters;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * kubelet clusterDNS against kube-dns' server IP and NodeLocal DNS, and NodeLocal DNS's provider, on the completed spec; every row was judged by
 * kops-oracle at 1.19.0 and 1.33.1, the provider rows also at 1.22, 1.24, 1.28 and 1.36, the rows with a
 * {@code kubeDNS.serverIP} on Kubernetes 1.30.2 at every oracle release 1.19-1.36 (the same answer at each where the provider
 * check allows) (service range 100.64.0.0/13 from nonMasqueradeCIDR 100.64.0.0/10).
 */
class ClusterDnsRulesTest {
    private static final KopsNetworkingEngine ENGINE = new KopsNetworkingEngine();

    static String spec(String k8s, String extra) {
        return MinimalClusters.v1alpha2(k8s, "    calico: {}") + extra.replace("|", "\n").replace("_", " ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "1.19.0;1.19.2;__kubeDNS:|____provider: CoreDNS|__kubelet:|____clusterDNS: 100.64.0.10|;",
        "1.33.1;1.30.2;__kubelet:|____clusterDNS: 100.64.0.10|;",
        "1.33.1;1.30.2;__kubeDNS:|____nodeLocalDNS:|______enabled: true|__kubelet:|____clusterDNS: 169.254.20.10|;",
        "1.19.0;1.19.2;__kubeDNS:|____provider: CoreDNS|____nodeLocalDNS:|______enabled: true|__kubelet:|____clusterDNS: 100.64.0.10|;",
        "1.19.0;1.19.2;__kubelet:|____clusterDNS: 100.64.0.11|__masterKubelet:|____clusterDNS: 100.64.0.10|;spec.kubelet.clusterDNS",
        "1.33.1;1.30.2;__kubelet:|____clusterDNS: 100.64.0.11|__masterKubelet:|____clusterDNS: 100.64.0.10|;spec.kubelet.clusterDNS",
        "1.19.0;1.19.2;__masterKubelet:|____clusterDNS: 100.64.0.11|;spec.masterKubelet.clusterDNS",
        "1.33.1;1.30.2;__masterKubelet:|____clusterDNS: 100.64.0.11|;spec.controlPlaneKubelet.clusterDNS",
        "1.19.0;1.19.2;__kubeDNS:|____serverIP: 100.64.0.20|__kubelet:|____clusterDNS: 100.64.0.10|;spec.kubelet.clusterDNS spec.masterKubelet.clusterDNS",
        "1.33.1;1.30.2;__kubeDNS:|____serverIP: 100.64.0.20|__kubelet:|____clusterDNS: 100.64.0.10|;spec.kubelet.clusterDNS spec.controlPlaneKubelet.clusterDNS",
        "1.19.0;1.30.2;__kubeDNS:|____serverIP: 100.64.0.53|;spec.kubelet.clusterDNS spec.masterKubelet.clusterDNS",
        "1.33.1;1.30.2;__kubeDNS:|____serverIP: 100.64.0.53|;spec.kubelet.clusterDNS spec.controlPlaneKubelet.clusterDNS",
        "1.36.0;1.30.2;__kubeDNS:|____serverIP: 100.64.0.53|__kubelet:|____clusterDNS: \"\"|;spec.kubelet.clusterDNS spec.controlPlaneKubelet.clusterDNS",
        "1.24.0;1.30.2;__kubeDNS:|____serverIP: 100.64.0.53|__masterKubelet:|____clusterDNS: 100.64.0.53|;spec.kubelet.clusterDNS",
        "1.28.0;1.30.2;__kubeDNS:|____serverIP: 100.65.0.10|__serviceClusterIPRange: 100.64.0.0/13|;spec.kubelet.clusterDNS spec.controlPlaneKubelet.clusterDNS",
        "1.19.0;1.30.2;__kubeDNS:|____serverIP: 100.64.0.53|__kubelet:|____clusterDNS: 100.64.0.53|;",
        "1.19.0;1.30.2;__kubeDNS:|____provider: CoreDNS|____serverIP: 100.64.0.53|____nodeLocalDNS:|______enabled: true|;",
        "1.24.0;1.30.2;__kubeDNS:|____serverIP: 100.64.0.53|____nodeLocalDNS:|______enabled: true|;",
        "1.30.0;1.30.2;__kubeDNS:|____provider: CoreDNS|____serverIP: 100.64.0.53|____nodeLocalDNS:|______enabled: true|______localIP: 169.254.20.11|;",
        "1.19.0;1.19.2;__kubeDNS:|____provider: KubeDNS|____nodeLocalDNS:|______enabled: true|;spec.kubeDNS.provider",
        "1.33.1;1.30.2;__kubeDNS:|____provider: KubeDNS|____nodeLocalDNS:|______enabled: true|;spec.kubeDNS.provider",
        "1.33.1;1.30.2;__kubeDNS:|____provider: CoreDNS|____nodeLocalDNS:|______enabled: true|;",
        "1.33.1;1.30.2;__kubeDNS:|____provider: KubeDNS|____nodeLocalDNS:|______enabled: false|;",
        "1.19.0;1.19.2;__kubeDNS:|____nodeLocalDNS:|______enabled: true|;spec.kubeDNS.provider",
        "1.24.0;1.19.2;__kubeDNS:|____nodeLocalDNS:|______enabled: true|;spec.kubeDNS.provider",
        "1.24.0;1.20.2;__kubeDNS:|____nodeLocalDNS:|______enabled: true|;",
        "1.28.0;1.19.0;__kubeDNS:|____nodeLocalDNS:|______enabled: true|;",
        "1.36.0;1.19.0;__kubeDNS:|____nodeLocalDNS:|______enabled: true|;",
        "1.22.0;1.30.2;__kubeDNS:|____provider: \"\"|____nodeLocalDNS:|______enabled: true|;spec.kubeDNS.provider",
        "1.24.0;1.19.0;__kubeDNS:|____provider: \"\"|____nodeLocalDNS:|______enabled: true|;spec.kubeDNS.provider",
        "1.24.0;1.30.2;__kubeDNS:|____provider: \"\"|____nodeLocalDNS:|______enabled: true|;",
        "1.28.0;1.19.0;__kubeDNS:|____provider: \"\"|____nodeLocalDNS:|______enabled: true|;",
        "1.36.0;1.30.2;__kubeDNS:|____provider: \"\"|____nodeLocalDNS:|______enabled: true|;",
        "1.33.1;1.30.2;__kubeDNS:|____nodeLocalDNS:|______enabled: true|;",
        "1.19.0;1.19.2;__kubeDNS:|____provider: CoreDNS|____nodeLocalDNS:|______enabled: true|__kubeProxy:|____proxyMode: ipvs|__kubelet:|____clusterDNS: 100.64.0.10|;spec.spec.kubelet.clusterDNS spec.spec.kubelet.clusterDNS",
        "1.33.1;1.30.2;__kubeDNS:|____provider: CoreDNS|____nodeLocalDNS:|______enabled: true|__kubeProxy:|____proxyMode: ipvs|__kubelet:|____clusterDNS: 100.64.0.10|;spec.spec.kubelet.clusterDNS spec.spec.kubelet.clusterDNS",
        "1.33.1;1.30.2;__kubeDNS:|____provider: CoreDNS|____nodeLocalDNS:|______enabled: true|__kubeProxy:|____proxyMode: ipvs|;",
    })
    void clusterDnsMustBeTheDnsServerOrNodeLocalDns(String release, String k8s, String extra, String expected) {
        KopsVersion r = KopsVersion.of(release);
        Cluster in = ClusterYaml.read(spec(k8s, extra));
        assertThat(ENGINE.validate(in, r, ValidationMode.LENIENT).errors()).as("none of these rows has a kubelet beside a written server IP and a nodeLocalDNS block: kops checks them on the completed spec only")
                .noneMatch(d -> d.path().endsWith("clusterDNS") || d.path().endsWith("provider"));
        Cluster done = ENGINE.complete(in, r).cluster();
        List<String> paths = ENGINE.validate(done, r, ValidationMode.STRICT).errors().stream().map(Diagnostic::path)
                .filter(p -> p.endsWith("clusterDNS") || p.endsWith("kubeDNS.provider")).toList();
        assertThat(paths).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(" ")));
    }

    @ParameterizedTest
    @CsvSource({"1.19.0,1.19.2,MasterKubelet", "1.33.1,1.30.2,ControlPlaneKubelet"})
    void withCiliumTheControlPlaneKubeletMustUseTheLocalIp(String release, String k8s, String label) {
        KopsVersion r = KopsVersion.of(release);
        String yaml = spec(k8s, "  kubeDNS:\n    provider: CoreDNS\n    nodeLocalDNS:\n      enabled: true\n  masterKubelet:\n    clusterDNS: 100.64.0.10\n")
                .replace("calico: {}", "cilium: {}");
        Cluster done = ENGINE.complete(ClusterYaml.read(yaml), r).cluster();
        assertThat(ENGINE.validate(done, r, ValidationMode.STRICT).errors()).filteredOn(d -> d.path().endsWith("clusterDNS"))
                .extracting(Diagnostic::line)
                .containsExactly("spec.spec.kubelet.clusterDNS: Forbidden: " + label + " ClusterDNS must be set to the default IP address for LocalIP");
    }
}
