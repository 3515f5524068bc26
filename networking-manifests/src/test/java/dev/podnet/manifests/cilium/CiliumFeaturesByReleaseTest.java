package dev.podnet.manifests.cilium;

import static dev.podnet.manifests.cilium.CiliumSubstitutionTest.base;
import static dev.podnet.manifests.cilium.CiliumSubstitutionTest.data;
import static dev.podnet.manifests.cilium.CiliumSubstitutionTest.find;
import static dev.podnet.manifests.cilium.CiliumSubstitutionTest.has;
import static dev.podnet.manifests.cilium.CiliumSubstitutionTest.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.provider.CiliumGatewayApiSpec;
import dev.podnet.api.provider.HubbleSpec;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.manifests.object.KubeObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hubble and Gateway API by kops release, as kops itself renders them (issue 9; checked with the kops
 * oracle on era_oracle.py's minimal specs and on generated specs): one test per rule.
 */
class CiliumFeaturesByReleaseTest {

    private static final String NMC = "100.64.0.0/10";

    private static List<?> agentPorts(RenderedAddon a) {
        Object ports = find(a, "DaemonSet", "cilium").container("cilium-agent").orElseThrow().get("ports");
        return ports == null ? List.of() : (List<?>) ports;
    }

    private static boolean hasPort(RenderedAddon a, String name) {
        return agentPorts(a).stream().anyMatch(p -> name.equals(((Map<?, ?>) p).get("name")));
    }

    private static HubbleSpec metricsOnly() {
        return HubbleSpec.builder().enabled(false).metrics(List.of("dns", "drop")).build();
    }

    @Test
    void hubbleMetricsPortFollowsTheMetricsAloneBefore129() {
        for (String[] r : new String[][] {{"1.19.0", "v1.8.6"}, {"1.21.0", "v1.9.4"}, {"1.24.0", "v1.11.5"}, {"1.28.0", "v1.13.6"}}) {
            RenderedAddon a = render(r[0], base(r[1]).hubble(metricsOnly()).build(), NMC);
            assertThat(hasPort(a, "hubble-metrics")).as(r[0]).isTrue();
            assertThat(agentPorts(a).toString()).as(r[0]).contains("containerPort=9091, hostPort=9091");
            assertThat(data(a)).as(r[0]).doesNotContainKey("hubble-metrics");
            assertThat(hasPort(render(r[0], base(r[1]).build(), NMC), "hubble-metrics")).as(r[0]).isFalse();
        }
        assertThat(hasPort(render("1.30.0", base("v1.15.6").hubble(metricsOnly()).build(), NMC), "hubble-metrics")).isFalse();
    }

    @Test
    void hubbleAt119IsTheRelayServiceAndDeploymentWithoutTls() {
        RenderedAddon a = render("1.19.0", base("v1.8.6").hubble(HubbleSpec.builder().enabled(true).build()).build(), NMC);
        assertThat(has(a, "Service", "hubble-relay")).isTrue();
        assertThat(has(a, "Deployment", "hubble-relay")).isTrue();
        assertThat(has(a, "Certificate", "hubble-server-certs")).isFalse();
        assertThat(data(a)).containsEntry("enable-hubble", "true").containsKey("hubble-socket-path")
                .doesNotContainKeys("hubble-disable-tls", "hubble-tls-cert-file", "hubble-listen-address");
        assertThat(a.channelEntry().needsPKI()).isEmpty();
        assertThat(find(a, "DaemonSet", "cilium").toString()).doesNotContain("hubble-tls");
        RenderedAddon off = render("1.19.0", base("v1.8.6").build(), NMC);
        assertThat(has(off, "Deployment", "hubble-relay")).isFalse();
        assertThat(has(off, "Service", "hubble-relay")).isFalse();
    }

    @Test
    void hubbleAt121ServesWithTls() {
        RenderedAddon a = render("1.21.0", base("v1.9.4").hubble(HubbleSpec.builder().enabled(true).build()).build(), NMC);
        assertThat(has(a, "Deployment", "hubble-relay")).isTrue();
        assertThat(has(a, "Certificate", "hubble-server-certs")).isTrue();
        assertThat(data(a)).containsEntry("hubble-disable-tls", "false").containsEntry("hubble-listen-address", ":4244");
        assertThat(a.channelEntry().needsPKI()).contains(true);
        KubeObject ds = find(a, "DaemonSet", "cilium");
        assertThat(String.valueOf(ds.container("cilium-agent").orElseThrow().get("volumeMounts")))
                .contains("mountPath=/var/lib/cilium/tls/hubble, name=hubble-tls, readOnly=true");
        assertThat(String.valueOf(ds.get("spec.template.spec.volumes").orElseThrow()))
                .contains("name=hubble-tls, secret={optional=true, secretName=hubble-server-certs}");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lastOperatorRule(RenderedAddon a) {
        List<Object> rules = (List<Object>) find(a, "ClusterRole", "cilium-operator").get("rules").orElseThrow();
        return (Map<String, Object>) rules.get(rules.size() - 1);
    }

    private static CiliumGatewayApiSpec gatewayOn() {
        return CiliumGatewayApiSpec.builder().enabled(true).build();
    }

    @Test
    void gatewayApiObjectsRulesAndKeysByRelease() {
        RenderedAddon at33 = render("1.33.0", base("v1.16.7").gatewayAPI(gatewayOn()).build(), NMC);
        assertThat(has(at33, "GatewayClass", "cilium")).isTrue();
        assertThat(has(at33, "ClusterRole", "cilium-operator-gateway-secrets")).isTrue();
        assertThat(lastOperatorRule(at33).get("resources")).isEqualTo(List.of("ciliumgatewayclassconfigs/status"));
        assertThat(data(at33)).containsEntry("enable-gateway-api", "true").containsEntry("gateway-api-secrets-namespace", "kube-system")
                .doesNotContainKeys("enable-envoy-config", "external-envoy-proxy", "enable-gateway-api-alpn");
        assertThat(has(at33, "Role", "cilium-envoy-config-secrets")).isFalse();

        RenderedAddon at36 = render("1.36.0", base("v1.18.6").gatewayAPI(gatewayOn()).build(), NMC);
        assertThat(has(at36, "Role", "cilium-operator-gateway-secrets")).isTrue();
        assertThat(has(at36, "Role", "cilium-envoy-config-secrets")).isTrue();
        assertThat(lastOperatorRule(at36).get("apiGroups")).isEqualTo(List.of("multicluster.x-k8s.io"));
        assertThat(data(at36)).containsEntry("enable-envoy-config", "true").containsEntry("enable-gateway-api-alpn", "false");

        RenderedAddon off = render("1.36.0", base("v1.18.6").build(), NMC);
        assertThat(has(off, "GatewayClass", "cilium")).isFalse();
        assertThat(has(off, "Role", "cilium-gateway-secrets")).isFalse();
        assertThat(has(off, "Role", "cilium-envoy-config-secrets")).isFalse();
        assertThat(String.valueOf(find(off, "ClusterRole", "cilium-operator").get("rules").orElseThrow()))
                .doesNotContain("gateway.networking.k8s.io");
    }
}
