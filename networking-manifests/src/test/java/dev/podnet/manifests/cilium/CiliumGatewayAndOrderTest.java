package dev.podnet.manifests.cilium;

import static dev.podnet.manifests.cilium.CiliumSubstitutionTest.base;
import static dev.podnet.manifests.cilium.CiliumSubstitutionTest.find;
import static dev.podnet.manifests.cilium.CiliumSubstitutionTest.has;
import static dev.podnet.manifests.cilium.CiliumSubstitutionTest.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.provider.CiliumGatewayApiSpec;
import dev.podnet.api.provider.CiliumIngressSpec;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.api.provider.HubbleSpec;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.yaml.KopsYaml;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Gateway API at kops 1.32-1.37, the object order kops writes with ingress and Gateway API both on, the agent's
 * envoy-metrics Service and Hubble's relay at kops 1.23 (issue 9; kops-oracle 1.33.1 and 1.36.0 on the
 * oracle-cilium-newer fixtures and hand-written specs): one test per rule.
 */
class CiliumGatewayAndOrderTest {

    private static final String NMC = "100.64.0.0/10";

    private static CiliumGatewayApiSpec gatewayOn() {
        return CiliumGatewayApiSpec.builder().enabled(true).build();
    }

    private static List<String> ids(RenderedAddon a) {
        return KopsYaml.parse(a.yaml()).stream().map(o -> o.kind() + "/" + o.name()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> operatorRules(RenderedAddon a) {
        return (List<Map<String, Object>>) find(a, "ClusterRole", "cilium-operator").get("rules").orElseThrow();
    }

    @Test
    void gatewayAt132TakesTheFormOf133() {
        RenderedAddon at32 = render("1.32.0", base("v1.16.7").gatewayAPI(gatewayOn()).build(), NMC);
        RenderedAddon at33 = render("1.33.0", base("v1.16.7").gatewayAPI(gatewayOn()).build(), NMC);
        assertThat(has(at32, "GatewayClass", "cilium")).isTrue();
        assertThat(has(at32, "ClusterRole", "cilium-operator-gateway-secrets")).isTrue();
        assertThat(operatorRules(at32)).isEqualTo(operatorRules(at33));
        assertThat(ids(at32)).isEqualTo(ids(at33));
    }

    @Test
    void gatewayAt134To137TakesTheRolesAndRulesOf136() {
        RenderedAddon at36 = render("1.36.0", base("v1.18.6").gatewayAPI(gatewayOn()).build(), NMC);
        for (String[] r : new String[][] {{"1.34.0", "v1.18.2"}, {"1.35.0", "v1.18.6"}, {"1.37.0", "v1.18.12"}}) {
            RenderedAddon a = render(r[0], base(r[1]).gatewayAPI(gatewayOn()).build(), NMC);
            assertThat(has(a, "GatewayClass", "cilium")).as(r[0]).isTrue();
            assertThat(has(a, "Role", "cilium-operator-gateway-secrets")).as(r[0]).isTrue();
            assertThat(has(a, "ClusterRole", "cilium-operator-gateway-secrets")).as(r[0]).isFalse();
            assertThat(operatorRules(a).get(operatorRules(a).size() - 1).get("apiGroups")).as(r[0])
                    .isEqualTo(List.of("multicluster.x-k8s.io"));
            assertThat(ids(a).get(ids(a).size() - 1)).as(r[0]).isEqualTo("GatewayClass/cilium");
        }
        // 1.34 has no envoy-config secrets Roles (kops' 1.34 corpus renders none with ingress either)
        assertThat(has(render("1.34.0", base("v1.18.2").gatewayAPI(gatewayOn()).build(), NMC), "Role",
                "cilium-envoy-config-secrets")).isFalse();
        assertThat(has(at36, "Role", "cilium-envoy-config-secrets")).isTrue();
    }

    @Test
    void ingressObjectsPrecedeGatewayObjectsAt133() {
        RenderedAddon a = render("1.33.0", base("v1.16.7").gatewayAPI(gatewayOn())
                .ingress(CiliumIngressSpec.builder().enabled(true).sharedLoadBalancerServiceName("lb").build()).build(), NMC);
        assertThat(ids(a)).containsSubsequence("Role/cilium-ingress-secrets", "IngressClass/cilium", "Service/lb", "Endpoints/lb",
                "Role/cilium-gateway-secrets", "ClusterRole/cilium-operator-gateway-secrets", "GatewayClass/cilium",
                "DaemonSet/cilium");
    }

    @Test
    void from134ObjectsFollowHelmsKindOrderWithIngressGatewayAndHubble() {
        CiliumSpec spec = base("v1.18.6").gatewayAPI(gatewayOn()).enablePrometheusMetrics(true)
                .hubble(HubbleSpec.builder().enabled(true).metrics(List.of("dns")).build())
                .ingress(CiliumIngressSpec.builder().enabled(true).sharedLoadBalancerServiceName("lb").build()).build();
        List<String> ids = ids(render("1.36.0", spec, NMC));
        assertThat(ids).containsSubsequence("Role/cilium-ingress-secrets", "Role/cilium-gateway-secrets",
                "Role/cilium-envoy-config-secrets", "Role/cilium-operator-ingress-secrets", "Role/cilium-operator-gateway-secrets");
        assertThat(ids).containsSubsequence("Service/cilium-agent", "Service/lb", "Service/hubble-relay", "DaemonSet/cilium",
                "Deployment/hubble-relay", "IngressClass/cilium", "Certificate/hubble-server-certs", "Endpoints/lb",
                "GatewayClass/cilium");
        List<String> kinds = ids.stream().map(id -> id.substring(0, id.indexOf('/'))).toList();
        for (int i = 1; i < kinds.size(); i++) {
            assertThat(HelmKindOrder.compare(kinds.get(i - 1), kinds.get(i))).as("%s", ids).isLessThanOrEqualTo(0);
        }
    }

    @Test
    void helmKindOrderPutsUnknownKindsLastByName() {
        assertThat(HelmKindOrder.compare("ServiceAccount", "ConfigMap")).isNegative();
        assertThat(HelmKindOrder.compare("IngressClass", "Certificate")).isNegative();
        assertThat(HelmKindOrder.compare("Certificate", "Endpoints")).isNegative();
        assertThat(HelmKindOrder.compare("GatewayClass", "Endpoints")).isPositive();
        assertThat(HelmKindOrder.compare("Role", "Role")).isZero();
    }

    @Test
    void agentMetricsServiceNeedsPrometheusAndGatewayFrom134() {
        RenderedAddon both = render("1.36.0", base("v1.18.6").enablePrometheusMetrics(true).gatewayAPI(gatewayOn()).build(), NMC);
        KubeObject service = find(both, "Service", "cilium-agent");
        assertThat(String.valueOf(service.get("spec.ports").orElseThrow())).contains("name=envoy-metrics, port=9964");
        assertThat(ids(both).indexOf("Service/cilium-agent")).isEqualTo(ids(both).indexOf("DaemonSet/cilium") - 1);
        assertThat(has(render("1.34.0", base("v1.18.2").enablePrometheusMetrics(true).gatewayAPI(gatewayOn()).build(), NMC),
                "Service", "cilium-agent")).isTrue();
        assertThat(has(render("1.36.0", base("v1.18.6").enablePrometheusMetrics(true).build(), NMC), "Service", "cilium-agent"))
                .isFalse();
        assertThat(has(render("1.36.0", base("v1.18.6").enablePrometheusMetrics(true)
                .ingress(CiliumIngressSpec.builder().enabled(true).build()).build(), NMC), "Service", "cilium-agent")).isFalse();
        assertThat(has(render("1.36.0", base("v1.18.6").gatewayAPI(gatewayOn()).build(), NMC), "Service", "cilium-agent"))
                .isFalse();
        assertThat(has(render("1.33.0", base("v1.16.7").enablePrometheusMetrics(true).gatewayAPI(gatewayOn()).build(), NMC),
                "Service", "cilium-agent")).isFalse();
    }

    @Test
    void hubbleAt123HasTheTwoReplicaRelayOfTheSpecNotes() {
        RenderedAddon a = render("1.23.0", base("v1.10.5").hubble(HubbleSpec.builder().enabled(true).build()).build(), NMC);
        KubeObject relay = find(a, "Deployment", "hubble-relay");
        assertThat(relay.get("spec.replicas")).contains(2);
        assertThat(relay.get("spec.template.spec.topologySpreadConstraints")).isPresent();
        assertThat(relay.container("hubble-relay").orElseThrow().get("image")).isEqualTo("quay.io/cilium/hubble-relay:v1.10.5");
        assertThat(ids(a)).containsSubsequence("ServiceAccount/hubble-relay", "ConfigMap/hubble-relay-config",
                "ClusterRole/hubble-relay", "ClusterRoleBinding/hubble-relay", "Service/hubble-relay", "DaemonSet/cilium",
                "Deployment/cilium-operator", "Deployment/hubble-relay", "Certificate/hubble-server-certs",
                "Certificate/hubble-relay-client-certs");
        // the operator stays the 1.22 form (kops' 1.23 corpus): one replica, no topology spread
        assertThat(find(a, "Deployment", "cilium-operator").get("spec.template.spec.topologySpreadConstraints")).isEmpty();
        assertThat(has(render("1.23.0", base("v1.10.5").build(), NMC), "Deployment", "hubble-relay")).isFalse();
    }
}
