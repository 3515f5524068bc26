package dev.podnet.providers.validation;

import static dev.podnet.providers.validation.OutsideNetworkingSpecs.map;
import static dev.podnet.providers.validation.OutsideNetworkingSpecs.with;
import static dev.podnet.providers.validation.ValidationFixtures.*;

import dev.podnet.api.Cluster;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.KubeDns;
import dev.podnet.api.ValidationMode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A component's {@code cloudProvider} other than the cloud's and {@code external} (ComponentCloudProviderRule), as
 * kops-oracle 1.19, 1.20, 1.21, 1.22, 1.24, 1.28, 1.30, 1.33.1 and 1.36 judged the minimal AWS Calico cluster with
 * {@code gce} (or {@code external}, or {@code ""}) in one component and in all four at once (63 runs): every release
 * refuses each ({@code kubeAPIServer}'s not on Kubernetes 1.33+ from kops 1.33: 1.30 refuses it at
 * Kubernetes 1.33.0, 1.33.1 and 1.36 accept it there and refuse it at 1.32.4, 6 more runs), in the order kubelet, control plane kubelet, kubeAPIServer,
 * kubeControllerManager, after {@code kubeDNS.upstreamNameservers} and before {@code sshAccess} (kops-oracle 1.19, 1.22,
 * 1.24, 1.28, 1.36, 5 runs). On GCE (kops-oracle 1.33.1 and 1.36, kubelet and kubeControllerManager together, 6 runs)
 * {@code aws} is refused, {@code gce} and {@code external} accepted.
 */
class ComponentCloudProviderRuleTest {
    static final String MISMATCH = "Forbidden::spec.%s.cloudProvider::Did not match cluster cloudProvider";

    static String mismatch(String component) {
        return String.format(MISMATCH, component);
    }

    static Cluster kcm(String k8s, String cloudProvider) {
        return with(k8s).toBuilder()
                .kubeControllerManager(KubeControllerManager.builder().putExtraFields("cloudProvider", cloudProvider).build()).build();
    }

    static Cluster all(String k8s) {
        return kcm(k8s, "gce").toBuilder().putExtraSpec("kubelet", map("cloudProvider", "gce"))
                .putExtraSpec("masterKubelet", map("cloudProvider", "gce")).putExtraSpec("kubeAPIServer", map("cloudProvider", "gce")).build();
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                row("kubeControllerManager gce, 1.19", kcm("1.19.16", "gce"), "1.19", mismatch("kubeControllerManager")),
                row("kubeControllerManager gce, 1.36", kcm("1.33.0", "gce"), "1.36", mismatch("kubeControllerManager")),
                row("kubeControllerManager external, 1.28", kcm("1.28.15", "external"), "1.28"),
                row("kubeControllerManager aws, 1.30", kcm("1.30.2", "aws"), "1.30"),
                row("kubelet gce, 1.24", with("1.24.17", "kubelet", map("cloudProvider", "gce")), "1.24", mismatch("kubelet")),
                row("masterKubelet gce, 1.24", with("1.24.17", "masterKubelet", map("cloudProvider", "gce")), "1.24", mismatch("masterKubelet")),
                row("masterKubelet gce, 1.28: controlPlaneKubelet", with("1.28.15", "masterKubelet", map("cloudProvider", "gce")), "1.28",
                        mismatch("controlPlaneKubelet")),
                row("kubeAPIServer gce, 1.33", with("1.30.2", "kubeAPIServer", map("cloudProvider", "gce")), "1.33", mismatch("kubeAPIServer")),
                row("kubeAPIServer gce, 1.36: the field is gone", with("1.33.0", "kubeAPIServer", map("cloudProvider", "gce")), "1.36"),
                row("kubeAPIServer gce, 1.36 on Kubernetes 1.32", with("1.32.4", "kubeAPIServer", map("cloudProvider", "gce")), "1.36",
                        mismatch("kubeAPIServer")),
                row("kubeAPIServer AWS (letter case), 1.36 on Kubernetes 1.30", with("1.30.2", "kubeAPIServer", map("cloudProvider", "AWS")),
                        "1.36", mismatch("kubeAPIServer")),
                row("kubeAPIServer gce, 1.33 on Kubernetes 1.33: the field is gone", with("1.33.0", "kubeAPIServer",
                        map("cloudProvider", "gce")), "1.33"),
                row("kubeAPIServer gce, 1.30 on Kubernetes 1.33", with("1.33.0", "kubeAPIServer", map("cloudProvider", "gce")), "1.30",
                        mismatch("kubeAPIServer")),
                row("kubeAPIServer empty, 1.22", with("1.22.17", "kubeAPIServer", map("cloudProvider", "")), "1.22"),
                lenient("all four, lenient, 1.22: kops' order", all("1.22.17"), "1.22", mismatch("kubelet"), mismatch("masterKubelet"),
                        mismatch("kubeAPIServer"), mismatch("kubeControllerManager")),
                row("all four, 1.36", all("1.33.0"), "1.36", mismatch("kubelet"), mismatch("controlPlaneKubelet"), mismatch("kubeControllerManager")),
                row("between the nameservers and sshAccess, 1.28: kops' order", with("1.28.15", "kubelet", map("cloudProvider", "gce"),
                        "sshAccess", List.of("bogus"), "kubeAPIServer", map("logFormat", "xml")).toBuilder()
                        .kubeDNS(KubeDns.builder().putExtraFields("upstreamNameservers", List.of("bogus")).build()).build(), "1.28", "Invalid value::spec.kubeDNS.upstreamNameservers[0]", mismatch("kubelet"), "Invalid value::spec.sshAccess[0]",
                        "Unsupported value::spec.kubeAPIServer.logFormat"),
                row("kubelet and kubeControllerManager aws on GCE, 1.33", onGce("1.30.2", "aws"), "1.33", mismatch("kubelet"), mismatch("kubeControllerManager")),
                row("kubelet and kubeControllerManager gce on GCE, 1.36", onGce("1.33.0", "gce"), "1.36"),
                row("kubelet and kubeControllerManager external on GCE, 1.36", onGce("1.33.0", "external"), "1.36"));
    }

    static Cluster onGce(String k8s, String cloudProvider) {
        return KubeApiServerRulesTest.onGce(kcm(k8s, cloudProvider).toBuilder().putExtraSpec("kubelet", map("cloudProvider", cloudProvider)).build());
    }

    @ParameterizedTest(name = "{0} @ {2}")
    @MethodSource("rows")
    void findings(String name, Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }
}
