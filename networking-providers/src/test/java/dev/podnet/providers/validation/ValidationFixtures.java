package dev.podnet.providers.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.KubeProxy;
import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.provider.ProviderSpec;
import dev.podnet.api.version.KopsVersion;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.provider.Arguments;

/** Helpers for the table-driven validation tests: a valid AWS cluster to start from, and exact matching. */
final class ValidationFixtures {
    static final Validator VALIDATOR = new Validator();

    private ValidationFixtures() {}

    /**
     * A cluster builder with {@code iam: {}}, as kops' own test clusters carry it: kops 1.19-1.22 refuse a spec
     * without an iam block as legacy IAM ({@code cluster.iam-legacy#absent}, tested in WholeSpecRulesTest), which
     * the other tables are not about.
     */
    static Cluster.Builder kopsCluster() {
        return Cluster.builder().putExtraSpec("iam", java.util.Map.of());
    }

    /** A valid AWS cluster with kops' default IPv4 ranges and one public subnet. */
    static Cluster.Builder aws(String k8s, ProviderSpec provider) {
        return kopsCluster().name("dev.example.com").kubernetesVersion(k8s).cloud(Cloud.AWS)
                .networking(ipv4(provider).build());
    }

    static Networking.Builder ipv4(ProviderSpec provider) {
        return Networking.builder().provider(provider).networkCIDR("172.20.0.0/16").nonMasqueradeCIDR("100.64.0.0/10")
                .podCIDR("100.96.0.0/11").serviceClusterIPRange("100.64.0.0/13")
                .addSubnets(Subnet.builder().name("us-test-1a").zone("us-test-1a").cidr("172.20.32.0/19").type("Public").build());
    }

    /** An IPv6-only AWS cluster (nonMasqueradeCIDR ::/0), as kops create cluster --ipv6 makes it. */
    static Cluster.Builder awsIpv6(String k8s, ProviderSpec provider) {
        // kops 1.23-1.29 want an external cloud controller manager in an IPv6 cluster (cluster.ipv6-requires-ccm)
        return kopsCluster().name("dev.example.com").kubernetesVersion(k8s).cloud(Cloud.AWS)
                .putExtraSpec("cloudControllerManager", java.util.Map.of())
                // which needs the EBS CSI driver (kops enables it by default from Kubernetes 1.22; cluster.ccm-aws-ebs-csi)
                .putExtraSpec("cloudConfig", java.util.Map.of("awsEBSCSIDriver", java.util.Map.of("enabled", true)))
                .networking(Networking.builder().provider(provider).networkCIDR("172.20.0.0/16").nonMasqueradeCIDR("::/0")
                        .serviceClusterIPRange("fd00:5e4f:ce::/108")
                        .addSubnets(Subnet.builder().name("us-test-1a").zone("us-test-1a").ipv6CIDR("2001:db8:0:111::/64").type("Private").build())
                        .build());
    }

    static Cluster.Builder kubeProxyOff(Cluster.Builder b) { return b.kubeProxy(KubeProxy.builder().enabled(false).build()); }

    /** The cluster with every subnet in one region (Azure, GCE, DO and Linode require it from kops 1.28). */
    static Cluster inRegion(Cluster c) {
        return with(c, n -> n.subnets(c.networking().subnets().stream()
                .map(s -> Subnet.builder().from(s).region("test-region-1").build()).toList()));
    }

    static Cluster with(Cluster c, UnaryOperator<Networking.Builder> n) {
        return c.toBuilder().networking(n.apply(c.networking().toBuilder()).build()).build();
    }

    static Arguments row(String name, Cluster cluster, String release, String... expected) {
        return Arguments.of(name, cluster, release, ValidationMode.STRICT, List.of(expected));
    }

    static Arguments lenient(String name, Cluster cluster, String release, String... expected) {
        return Arguments.of(name, cluster, release, ValidationMode.LENIENT, List.of(expected));
    }

    /**
     * Asserts the findings, in order. Each expected entry is {@code Type::path} or
     * {@code Type::path::detail}; a {@code warning:} prefix expects a warning.
     */
    static void assertFindings(Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        Diagnostics found = VALIDATOR.validate(cluster, KopsVersion.of(release), mode);
        List<String> actual = found.all().stream().map(ValidationFixtures::form).toList();
        assertThat(actual).as("findings at %s:\n%s", release, found).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            String e = expected.get(i);
            String a = actual.get(i);
            assertThat(a.equals(e) || a.startsWith(e + "::")).as("finding %d: %s, expected %s (all: %s)", i, a, e, actual).isTrue();
        }
        for (Diagnostic d : found) {
            assertThat(d.rule()).as("every finding names its rule: %s", d).isPresent();
            assertThat(d.hint()).as("every finding says the fix: %s", d).isPresent();
        }
    }

    static String form(Diagnostic d) {
        return (d.isError() ? "" : "warning:") + d.type().text() + "::" + d.path() + "::" + d.detail();
    }
}
