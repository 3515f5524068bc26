package dev.podnet.providers.validation;

import static dev.podnet.providers.validation.ValidationFixtures.*;

import dev.podnet.api.Cluster;
import dev.podnet.api.provider.CalicoSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * kops' kubelet checks outside networking (KubeletRules), each just before and at its release, as kops-oracle
 * 1.19-1.36 gave them on a Calico cluster with only that kubelet field.
 */
class KubeletRulesTest {
    static final String TOPOLOGY = "Unsupported value::spec.kubelet.topologyManagerPolicy";
    static final String CADVISOR = "Forbidden::spec.kubelet.enableCadvisorJsonEndpoints::enableCadvisorJsonEndpoints requires Kubernetes 1.18-1.20";
    static final String CFS = "Forbidden::spec.kubelet.cpuCFSQuotaPeriod::cpuCFSQuotaPeriod has been removed on Kubernetes >=1.20";
    static final String BOOTSTRAP_REQUIRED = "Required value::spec.spec.kubeAPIServer::bootstrap token require the NodeRestriction admissions controller";
    static final String SHUTDOWN = "Invalid value::spec.kubelet.shutdownGracePeriodCriticalPods";

    /** A Calico cluster of Kubernetes {@code k8s} with {@code key: {field: value, ...}} (pairs) in its spec. */
    static Cluster kubelet(String k8s, String key, Object... pairs) {
        Map<String, Object> k = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) k.put((String) pairs[i], pairs[i + 1]);
        return Cluster.builder().from(aws(k8s, CalicoSpec.builder().build()).build()).putExtraSpec(key, k).build();
    }

    static Cluster withApiServer(Cluster c) {
        return Cluster.builder().from(c).putExtraSpec("kubeAPIServer", Map.of()).build();
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                row("apiServers, 1.19", kubelet("1.19.9", "kubelet", "apiServers", "https://x"), "1.19",
                        "Forbidden::spec.kubelet.apiServers::api-servers flag was removed in 1.6"),
                row("apiServers empty: unset, 1.36", kubelet("1.30.2", "kubelet", "apiServers", ""), "1.36"),
                lenient("control plane apiServers, lenient, 1.24", kubelet("1.24.3", "masterKubelet", "apiServers", "https://x"), "1.24",
                        "Forbidden::spec.masterKubelet.apiServers::api-servers flag was removed in 1.6"),
                row("control plane apiServers, 1.28: controlPlaneKubelet", kubelet("1.28.2", "masterKubelet", "apiServers", "https://x"), "1.28",
                        "Forbidden::spec.controlPlaneKubelet.apiServers"),
                row("topologyManagerPolicy unknown, 1.19", kubelet("1.19.9", "kubelet", "topologyManagerPolicy", "bogus"), "1.19", TOPOLOGY),
                row("topologyManagerPolicy best-effort, 1.36", kubelet("1.30.2", "kubelet", "topologyManagerPolicy", "best-effort"), "1.36"),
                // on Kubernetes before 1.18 (kops-oracle 1.20, 1.21, 1.22 on 1.17.3; 1.22 accepts none on 1.18.2)
                row("topologyManagerPolicy none, Kubernetes 1.17, 1.20", kubelet("1.17.3", "kubelet", "topologyManagerPolicy", "none"), "1.20",
                        "Forbidden::spec.kubelet.topologyManagerPolicy::topologyManagerPolicy requires at least Kubernetes 1.18"),
                row("topologyManagerPolicy bogus, Kubernetes 1.17, 1.22: both", kubelet("1.17.3", "masterKubelet", "topologyManagerPolicy", "bogus"),
                        "1.22", "Unsupported value::spec.masterKubelet.topologyManagerPolicy",
                        "Forbidden::spec.masterKubelet.topologyManagerPolicy::topologyManagerPolicy requires at least Kubernetes 1.18"),
                row("topologyManagerPolicy empty, Kubernetes 1.17, 1.21: unset", kubelet("1.17.3", "kubelet", "topologyManagerPolicy", ""), "1.21"),
                row("topologyManagerPolicy none, Kubernetes 1.18, 1.22", kubelet("1.18.2", "kubelet", "topologyManagerPolicy", "none"), "1.22"),
                row("bootstrapKubeconfig without kubeAPIServer, 1.19", kubelet("1.19.9", "kubelet", "bootstrapKubeconfig", "/x"), "1.19",
                        BOOTSTRAP_REQUIRED),
                row("control plane bootstrapKubeconfig without kubeAPIServer, 1.24", kubelet("1.24.3", "masterKubelet", "bootstrapKubeconfig", "/x"),
                        "1.24", BOOTSTRAP_REQUIRED),
                row("bootstrapKubeconfig beside an empty kubeAPIServer, 1.24", withApiServer(kubelet("1.24.3", "kubelet", "bootstrapKubeconfig", "/x")),
                        "1.24"),
                row("bootstrapKubeconfig beside kubeAPIServer, 1.28: unsupported",
                        withApiServer(kubelet("1.28.2", "kubelet", "bootstrapKubeconfig", "/x")), "1.28",
                        "Forbidden::spec.kubelet.bootstrapKubeconfig::bootstrap tokens are not supported"),
                row("bootstrapKubeconfig empty: unset, 1.28", kubelet("1.28.2", "kubelet", "bootstrapKubeconfig", ""), "1.28"),
                row("enableCadvisorJsonEndpoints, Kubernetes 1.22, 1.22: not checked", kubelet("1.22.2", "kubelet", "enableCadvisorJsonEndpoints", true), "1.22"),
                row("enableCadvisorJsonEndpoints false, Kubernetes 1.21, 1.24", kubelet("1.21.14", "kubelet", "enableCadvisorJsonEndpoints", false), "1.24",
                        CADVISOR),
                row("enableCadvisorJsonEndpoints, Kubernetes 1.20, 1.24: allowed", kubelet("1.20.15", "kubelet", "enableCadvisorJsonEndpoints", true), "1.24"),
                row("enableCadvisorJsonEndpoints, Kubernetes 1.19, 1.28: any version", kubelet("1.19.16", "kubelet", "enableCadvisorJsonEndpoints", true), "1.28",
                        CADVISOR),
                row("logFormat xml, 1.21: not checked", kubelet("1.21.2", "kubelet", "logFormat", "xml"), "1.21"),
                row("logFormat xml, 1.22", kubelet("1.22.2", "kubelet", "logFormat", "xml"), "1.22", "Unsupported value::spec.kubelet.logFormat"),
                row("logFormat json, 1.36", kubelet("1.30.2", "kubelet", "logFormat", "json"), "1.36"),
                row("cpuCFSQuotaPeriod, Kubernetes 1.20, 1.22: not checked", kubelet("1.20.15", "kubelet", "cpuCFSQuotaPeriod", "100ms"), "1.22"),
                row("cpuCFSQuotaPeriod, Kubernetes 1.20, 1.24", kubelet("1.20.15", "kubelet", "cpuCFSQuotaPeriod", "100ms"), "1.24", CFS),
                row("cpuCFSQuotaPeriod, Kubernetes 1.19, 1.24: allowed", kubelet("1.19.16", "kubelet", "cpuCFSQuotaPeriod", "100ms"), "1.24"),
                row("cpuCFSQuotaPeriod, Kubernetes 1.19, 1.30: any version", kubelet("1.19.16", "kubelet", "cpuCFSQuotaPeriod", "100ms"), "1.30", CFS),
                row("critical pods' grace longer, 1.22: not checked",
                        kubelet("1.22.2", "kubelet", "shutdownGracePeriod", "30s", "shutdownGracePeriodCriticalPods", "90s"), "1.22"),
                row("critical pods' grace longer, 1.24: Go's duration",
                        kubelet("1.24.3", "kubelet", "shutdownGracePeriod", "30s", "shutdownGracePeriodCriticalPods", "90s"), "1.24",
                        SHUTDOWN + "::shutdownGracePeriodCriticalPods cannot be greater than shutdownGracePeriod"),
                row("critical pods' grace equal, 1.36",
                        kubelet("1.30.2", "kubelet", "shutdownGracePeriod", "10s", "shutdownGracePeriodCriticalPods", "10s"), "1.36"),
                row("grace period alone, 1.36", kubelet("1.30.2", "kubelet", "shutdownGracePeriod", "10s"), "1.36"),
                row("memorySwapBehavior unknown, 1.24: not checked", kubelet("1.24.3", "kubelet", "memorySwapBehavior", "bogus"), "1.24"),
                row("memorySwapBehavior unknown, 1.28", kubelet("1.28.2", "kubelet", "memorySwapBehavior", "bogus"), "1.28",
                        "Unsupported value::spec.kubelet.memorySwapBehavior"),
                row("memorySwapBehavior LimitedSwap, 1.36", kubelet("1.30.2", "kubelet", "memorySwapBehavior", "LimitedSwap"), "1.36"),
                // kops' order within a kubelet, whatever the document's (kops-oracle 1.28 and 1.36, every field at once)
                row("every check, 1.36: kops' order", kubelet("1.30.2", "kubelet", "memorySwapBehavior", "bogus", "shutdownGracePeriod", "5s",
                        "shutdownGracePeriodCriticalPods", "10s", "networkPluginMTU", 1, "cpuCFSQuotaPeriod", "100ms", "logFormat", "xml",
                        "enableCadvisorJsonEndpoints", true, "topologyManagerPolicy", "bogus", "bootstrapKubeconfig", "/x", "apiServers", "x"), "1.36",
                        "Forbidden::spec.kubelet.apiServers", "Forbidden::spec.kubelet.bootstrapKubeconfig", TOPOLOGY, CADVISOR,
                        "Unsupported value::spec.kubelet.logFormat", CFS, "Forbidden::spec.kubelet.networkPluginMTU", SHUTDOWN,
                        "Unsupported value::spec.kubelet.memorySwapBehavior"));
    }

    /** kops' error lines, byte for byte (kops-oracle 1.24 and 1.36): the Go duration kops prints, the allowed values. */
    @org.junit.jupiter.api.Test
    void kopsLines() {
        Cluster c = kubelet("1.24.3", "kubelet", "shutdownGracePeriod", "1ms", "shutdownGracePeriodCriticalPods", "1h0m0.5s",
                "topologyManagerPolicy", "bogus");
        org.assertj.core.api.Assertions.assertThat(VALIDATOR.validate(c, dev.podnet.api.version.KopsVersion.of("1.24"),
                dev.podnet.api.ValidationMode.LENIENT).all().stream().map(d -> d.line()).toList()).containsExactly(
                "spec.kubelet.topologyManagerPolicy: Unsupported value: \"bogus\": supported values: \"none\", \"best-effort\", "
                        + "\"restricted\", \"single-numa-node\"",
                "spec.kubelet.shutdownGracePeriodCriticalPods: Invalid value: \"&Duration{Duration:1h0m0.5s,}\": "
                        + "shutdownGracePeriodCriticalPods cannot be greater than shutdownGracePeriod");
    }

    @ParameterizedTest(name = "{0} @ {2}")
    @MethodSource("rows")
    void findings(String name, Cluster cluster, String release, dev.podnet.api.ValidationMode mode, java.util.List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }
}
