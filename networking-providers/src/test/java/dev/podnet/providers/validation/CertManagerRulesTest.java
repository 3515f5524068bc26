package dev.podnet.providers.validation;

import static dev.podnet.providers.validation.OutsideNetworkingSpecs.map;
import static dev.podnet.providers.validation.OutsideNetworkingSpecs.with;
import static dev.podnet.providers.validation.ValidationFixtures.*;

import dev.podnet.api.Cluster;
import dev.podnet.api.ValidationMode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What needs cert manager and what cert manager needs (CertManagerRules), as kops-oracle judged the minimal AWS Calico
 * cluster at 1.19, 1.20, 1.21, 1.22, 1.24, 1.28, 1.30, 1.33.1 and 1.36 (101 runs, and 7 with the other addon findings
 * at once): {@code metricsServer.enabled} with and without {@code insecure} and cert manager, {@code podIdentityWebhook}
 * on and off, with and without cert manager, cert manager's {@code hostedZoneIDs} with and without
 * {@code iam.useServiceAccountExternalPermissions} and with cert manager not enabled, cert manager unmanaged.
 */
class CertManagerRulesTest {
    static final String METRICS = "Forbidden::spec.metricsServer.insecure::Secure metrics server requires that cert manager is enabled";
    static final String WEBHOOK = "EKS Pod Identity Webhook requires that cert manager is enabled";
    static final String ZONES = "Forbidden::spec.certManager::Cert Manager requires that service accounts use external permissions in order to "
            + "do dns-01 validation";
    static final Object CERT_MANAGER = map("enabled", true);

    static Cluster metrics(String k8s, Object... fields) {
        return with(k8s, "metricsServer", map(fields));
    }

    static Cluster webhook(String k8s, boolean enabled) {
        return with(k8s, "podIdentityWebhook", map("enabled", enabled));
    }

    static Cluster zones(String k8s) {
        return with(k8s, "certManager", map("enabled", true, "hostedZoneIDs", List.of("Z123")));
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                row("metrics server, 1.19", metrics("1.19.16", "enabled", true), "1.19"),
                row("metrics server, 1.20", metrics("1.20.15", "enabled", true), "1.20", METRICS),
                row("metrics server, insecure: false, 1.36", metrics("1.33.0", "enabled", true, "insecure", false), "1.36", METRICS),
                row("metrics server, insecure, 1.28", metrics("1.28.15", "enabled", true, "insecure", true), "1.28"),
                row("metrics server with cert manager, 1.24", metrics("1.24.17", "enabled", true).toBuilder().putExtraSpec("certManager", CERT_MANAGER).build(), "1.24"),
                row("metrics server not enabled, 1.30", metrics("1.30.2", "insecure", false), "1.30"),
                row("pod identity webhook, 1.22", webhook("1.22.17", true), "1.22"),
                row("pod identity webhook, 1.24", webhook("1.24.17", true), "1.24", "Forbidden::spec.podIdentityWebhook::" + WEBHOOK),
                row("pod identity webhook, 1.28: under spec.cloudProvider.aws", webhook("1.28.15", true), "1.28",
                        "Forbidden::spec.cloudProvider.aws.podIdentityWebhook::" + WEBHOOK),
                row("pod identity webhook off, 1.36", webhook("1.33.0", false), "1.36"),
                row("pod identity webhook with cert manager, 1.33", webhook("1.30.2", true).toBuilder().putExtraSpec("certManager", CERT_MANAGER).build(), "1.33"),
                row("hostedZoneIDs, 1.24", zones("1.24.17"), "1.24"),
                row("hostedZoneIDs, 1.28", zones("1.28.15"), "1.28", ZONES),
                row("hostedZoneIDs with external permissions, 1.36", zones("1.33.0").toBuilder()
                        .putExtraSpec("iam", map("useServiceAccountExternalPermissions", true)).build(), "1.36"),
                row("hostedZoneIDs, cert manager not enabled, 1.36", with("1.33.0", "certManager", map("hostedZoneIDs", List.of("Z123"))), "1.36"),
                row("cert manager unmanaged, 1.30", with("1.30.2", "certManager", map("enabled", true, "managed", false)), "1.30"),
                // with the autoscaler, external DNS and snapshot controller findings (kops-oracle 1.24 and 1.28)
                row("all of them, 1.24: kops' order", webhook("1.24.17", true).toBuilder().putExtraSpec("metricsServer", map("enabled", true))
                        .putExtraSpec("clusterAutoscaler", map("expander", "bogus")).putExtraSpec("externalDns", map("provider", "bogus"))
                        .putExtraSpec("snapshotController", map("enabled", true)).build(), "1.24",
                        "Unsupported value::spec.clusterAutoscaler.expander", "Unsupported value::spec.externalDNS.provider", METRICS,
                        "Forbidden::spec.snapshotController.enabled", "Forbidden::spec.podIdentityWebhook::" + WEBHOOK),
                row("all of them, 1.28: the webhook first", webhook("1.28.15", true).toBuilder().putExtraSpec("metricsServer", map("enabled", true))
                        .putExtraSpec("kubeAPIServer", map("logFormat", "xml")).putExtraSpec("snapshotController", map("enabled", true)).build(), "1.28",
                        "Forbidden::spec.cloudProvider.aws.podIdentityWebhook::" + WEBHOOK, "Unsupported value::spec.kubeAPIServer.logFormat",
                        METRICS, "Forbidden::spec.snapshotController.enabled"),
                row("hostedZoneIDs after Karpenter, 1.36", zones("1.33.0").toBuilder().putExtraSpec("karpenter", map("enabled", true)).build(), "1.36",
                        "Forbidden::spec.karpenter.enabled", ZONES));
    }

    @ParameterizedTest(name = "{0} @ {2}")
    @MethodSource("rows")
    void findings(String name, Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }
}
