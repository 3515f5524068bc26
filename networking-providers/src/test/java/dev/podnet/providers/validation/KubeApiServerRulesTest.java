package dev.podnet.providers.validation;

import static dev.podnet.providers.validation.ValidationFixtures.*;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.provider.CalicoSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The kubeAPIServer checks podnet models (KubeApiServerRules), as kops-oracle 1.19-1.36 judged a Calico cluster. */
class KubeApiServerRulesTest {
    static final String PROXY = "Forbidden::spec.kubeAPIServer::proxyClientCertFile and proxyClientKeyFile must both be specified (or neither)";
    static final String ADMISSION = "Forbidden::spec.kubeAPIServer.admissionControl::admissionControl has been replaced with enableAdmissionPlugins";
    static final String WEBHOOK = "Required value::spec.kubeAPIServer.authorizationWebhookConfigFile::Authorization mode Webhook requires "
            + "authorizationWebhookConfigFile to be specified";
    static final String NODE_RBAC = "Required value::spec.kubeAPIServer.authorizationMode::As of kubernetes 1.19 on AWS, authorizationMode "
            + "must include RBAC and Node";
    static final String UNKNOWN_MODE = "Unsupported value::spec.kubeAPIServer.authorizationMode";
    static final String BOOTSTRAP = "Forbidden::spec.kubeAPIServer.enableBootstrapTokenAuth::bootstrap tokens are not supported";

    static Cluster apiServer(String k8s, Object... pairs) {
        Map<String, Object> k = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) k.put((String) pairs[i], pairs[i + 1]);
        return Cluster.builder().from(aws(k8s, CalicoSpec.builder().build()).build()).putExtraSpec("kubeAPIServer", k).build();
    }

    /** The cluster with {@code authorization} set to the given block. */
    static Cluster authorized(Cluster c, Map<String, Object> authorization) {
        return Cluster.builder().from(c).putExtraSpec("authorization", authorization).build();
    }

    static Map<String, Object> nullRbac() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("rbac", null);
        return a;
    }

    static Map<String, Object> rbac() {
        return Map.of("rbac", Map.of());
    }

    /** The same cluster on GCE, its one subnet regional as kops' GCE subnets are, in a project (CloudBuildOracleTest). */
    static Cluster onGce(Cluster aws) {
        return Cluster.builder().from(aws).cloud(Cloud.GCE).networking(Networking.builder().from(aws.networking())
                .networkCIDR(Optional.empty()).subnets(List.of(Subnet.builder().name("us-test1").region("us-test1").type("Public").build())).build())
                .putExtraSpec("project", "testproject").build();
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                row("proxy client cert alone, 1.19", apiServer("1.19.9", "proxyClientCertFile", "/a"), "1.19", PROXY),
                row("proxy client key alone, empty, 1.36: a pointer", apiServer("1.30.2", "proxyClientKeyFile", ""), "1.36", PROXY),
                row("proxy client cert and key, 1.28", apiServer("1.28.2", "proxyClientCertFile", "/a", "proxyClientKeyFile", "/b"), "1.28"),
                row("admissionControl, 1.24: not checked", apiServer("1.24.3", "admissionControl", List.of("NodeRestriction")), "1.24"),
                lenient("admissionControl, lenient, 1.28", apiServer("1.28.2", "admissionControl", List.of("NodeRestriction")), "1.28", ADMISSION),
                row("admissionControl empty, 1.36", apiServer("1.30.2", "admissionControl", List.of()), "1.36"),
                // on Kubernetes 1.26+ only (kops-oracle 1.28 and 1.30 accept it on 1.23-1.25, refuse it on 1.26 and 1.27)
                lenient("admissionControl, Kubernetes 1.25, lenient, 1.28: accepted", apiServer("1.25.7", "admissionControl",
                        List.of("NamespaceLifecycle")), "1.28"),
                lenient("admissionControl [\"\"], Kubernetes 1.25, lenient, 1.30: accepted", apiServer("1.25.3", "admissionControl",
                        List.of("")), "1.30"),
                lenient("admissionControl [\"\"], Kubernetes 1.26, lenient, 1.28", apiServer("1.26.0", "admissionControl", List.of("")), "1.28",
                        ADMISSION),
                row("admissionControl beside disableAdmissionPlugins, Kubernetes 1.25, 1.28: only the exclusive finding", apiServer("1.25.7",
                        "admissionControl", List.of("NamespaceLifecycle"), "disableAdmissionPlugins", List.of("AlwaysPullImages")), "1.28",
                        "Forbidden::spec.kubeAPIServer.admissionControl::admissionControl is mutually exclusive with disableAdmissionPlugins\u02da"),
                row("admissionControl beside disableAdmissionPlugins, 1.24", apiServer("1.24.3", "admissionControl", List.of("NodeRestriction"),
                        "disableAdmissionPlugins", List.of("AlwaysPullImages")), "1.24",
                        "Forbidden::spec.kubeAPIServer.disableAdmissionPlugins::disableAdmissionPlugins is mutually exclusive, you cannot "
                                + "use both admissionControl and disableAdmissionPlugins together"),
                row("admissionControl beside disableAdmissionPlugins, 1.36: reworded, then replaced", apiServer("1.30.2", "admissionControl",
                        List.of("NodeRestriction"), "disableAdmissionPlugins", List.of("AlwaysPullImages")), "1.36",
                        "Forbidden::spec.kubeAPIServer.admissionControl::admissionControl is mutually exclusive with disableAdmissionPlugins\u02da",
                        ADMISSION),
                row("empty admissionControl beside disableAdmissionPlugins, 1.28", apiServer("1.28.2", "admissionControl", List.of(),
                        "disableAdmissionPlugins", List.of("AlwaysPullImages")), "1.28"),
                row("enableBootstrapTokenAuth, 1.24: not checked", apiServer("1.24.3", "enableBootstrapTokenAuth", true), "1.24"),
                row("enableBootstrapTokenAuth, 1.28", apiServer("1.28.2", "enableBootstrapTokenAuth", true), "1.28", BOOTSTRAP),
                row("enableBootstrapTokenAuth false, 1.36", apiServer("1.30.2", "enableBootstrapTokenAuth", false), "1.36"),
                row("logFormat xml, 1.21: not checked", apiServer("1.21.2", "logFormat", "xml"), "1.21"),
                row("logFormat xml, 1.22", apiServer("1.22.2", "logFormat", "xml"), "1.22", "Unsupported value::spec.kubeAPIServer.logFormat"),
                row("logFormat empty, 1.36", apiServer("1.30.2", "logFormat", ""), "1.36"),
                row("serviceNodePortRange 30000-32767, 1.22", apiServer("1.22.2", "serviceNodePortRange", "30000-32767"), "1.22"),
                row("serviceNodePortRange empty, 1.36", apiServer("1.30.2", "serviceNodePortRange", ""), "1.36"),
                row("serviceNodePortRange abc, 1.19", apiServer("1.19.9", "serviceNodePortRange", "abc"), "1.19",
                        "Invalid value::spec.kubeAPIServer.serviceNodePortRange::strconv.Atoi: parsing \"abc\": invalid syntax"),
                row("serviceNodePortRange reversed, 1.36", apiServer("1.30.2", "serviceNodePortRange", "32767-30000"), "1.36",
                        "Invalid value::spec.kubeAPIServer.serviceNodePortRange::end port cannot be less than start port: 32767-30000"),
                row("serviceNodePortRange abc with logFormat and the proxy key, 1.22: kops' order", apiServer("1.22.2", "logFormat", "xml",
                        "serviceNodePortRange", "abc", "proxyClientKeyFile", "/a"), "1.22",
                        PROXY, "Invalid value::spec.kubeAPIServer.serviceNodePortRange", "Unsupported value::spec.kubeAPIServer.logFormat"),
                row("authorizationMode Webhook without its file, 1.22", apiServer("1.22.2", "authorizationMode", "Webhook"), "1.22", WEBHOOK),
                row("authorizationMode XWebhookY without its file, 1.28: a substring", apiServer("1.28.2", "authorizationMode", "XWebhookY"), "1.28", WEBHOOK),
                row("authorizationMode Webhook with an empty file, 1.28: a pointer", apiServer("1.28.2", "authorizationMode", "Node,RBAC,Webhook",
                        "authorizationWebhookConfigFile", ""), "1.28"),
                row("serviceNodePortRange, Webhook, logFormat, 1.28: kops' order", apiServer("1.28.2", "authorizationMode", "XWebhookY",
                        "serviceNodePortRange", "abc", "logFormat", "xml", "proxyClientKeyFile", "/a", "enableBootstrapTokenAuth", true), "1.28",
                        BOOTSTRAP, PROXY, "Invalid value::spec.kubeAPIServer.serviceNodePortRange", WEBHOOK, "Unsupported value::spec.kubeAPIServer.logFormat"),
                row("authorizationMode AlwaysAllow, 1.33: not checked", apiServer("1.30.2", "authorizationMode", "AlwaysAllow"), "1.33"),
                row("authorizationMode Bogus, 1.33: not checked", apiServer("1.30.2", "authorizationMode", "Bogus"), "1.33"),
                row("authorizationMode AlwaysAllow, 1.36", apiServer("1.33.0", "authorizationMode", "AlwaysAllow"), "1.36", NODE_RBAC),
                row("authorizationMode RBAC, 1.36", apiServer("1.33.0", "authorizationMode", "RBAC"), "1.36", NODE_RBAC),
                row("authorizationMode Bogus on GCE, 1.36: no Node and RBAC needed", onGce(apiServer("1.33.0", "authorizationMode", "Bogus")),
                        "1.36", UNKNOWN_MODE),
                row("authorizationMode AlwaysAllow on GCE, 1.36", onGce(apiServer("1.33.0", "authorizationMode", "AlwaysAllow")), "1.36"),
                row("authorizationMode Node,RBAC, 1.36", apiServer("1.33.0", "authorizationMode", "Node,RBAC"), "1.36"),
                row("authorizationMode ABAC,Node,RBAC, 1.36", apiServer("1.33.0", "authorizationMode", "ABAC,Node,RBAC"), "1.36"),
                row("authorizationMode Bogus, 1.36", apiServer("1.33.0", "authorizationMode", "Bogus"), "1.36", UNKNOWN_MODE, NODE_RBAC),
                row("authorizationMode RBAC,Bogus, 1.36", apiServer("1.33.0", "authorizationMode", "RBAC,Bogus"), "1.36", UNKNOWN_MODE, NODE_RBAC),
                row("authorizationMode empty, 1.36", apiServer("1.33.0", "authorizationMode", ""), "1.36", UNKNOWN_MODE, NODE_RBAC),
                row("authorizationMode Node,,RBAC, 1.36", apiServer("1.33.0", "authorizationMode", "Node,,RBAC"), "1.36", UNKNOWN_MODE),
                row("authorizationMode ' Node,RBAC', 1.36: words as written", apiServer("1.33.0", "authorizationMode", " Node,RBAC"), "1.36",
                        UNKNOWN_MODE, NODE_RBAC),
                row("authorizationMode Webhook,Bogus, 1.36: the file first", apiServer("1.33.0", "authorizationMode", "Webhook,Bogus"), "1.36",
                        WEBHOOK, UNKNOWN_MODE, NODE_RBAC),
                // with authorization.rbac the check runs from 1.20 (kops-oracle 1.19 accepts; 1.20, 1.21, 1.22, 1.24, 1.28, 1.33 refuse)
                row("authorizationMode AlwaysAllow with RBAC authorization, 1.19: not checked", CalicoRulesTest.withEtcd(authorized(apiServer("1.19.9",
                        "authorizationMode", "AlwaysAllow"), rbac())), "1.19"),
                row("authorizationMode Bogus with RBAC authorization, 1.19: not checked", CalicoRulesTest.withEtcd(authorized(apiServer("1.19.9",
                        "authorizationMode", "Bogus"), rbac())), "1.19"),
                row("authorizationMode AlwaysAllow with RBAC authorization, 1.20", authorized(apiServer("1.20.4",
                        "authorizationMode", "AlwaysAllow"), rbac()), "1.20", NODE_RBAC),
                row("authorizationMode AlwaysAllow with RBAC authorization, 1.20, Kubernetes 1.18: Node and RBAC not needed",
                        authorized(apiServer("1.18.20", "authorizationMode", "AlwaysAllow"), rbac()), "1.20"),
                row("authorizationMode Bogus with RBAC authorization, 1.20, Kubernetes 1.18: the words checked", authorized(apiServer("1.18.20",
                        "authorizationMode", "Bogus"), rbac()), "1.20", UNKNOWN_MODE),
                row("authorizationMode Bogus with RBAC authorization, 1.22", authorized(apiServer("1.21.4", "authorizationMode", "Bogus"), rbac()),
                        "1.22", UNKNOWN_MODE, NODE_RBAC),
                row("authorizationMode AlwaysAllow with RBAC authorization, 1.28", authorized(apiServer("1.28.2",
                        "authorizationMode", "AlwaysAllow"), rbac()), "1.28", NODE_RBAC),
                row("authorizationMode empty with RBAC authorization, 1.33", authorized(apiServer("1.30.2", "authorizationMode", ""), rbac()),
                        "1.33", UNKNOWN_MODE, NODE_RBAC),
                row("authorizationMode Node,RBAC with RBAC authorization, 1.33", authorized(apiServer("1.30.2",
                        "authorizationMode", "Node,RBAC"), rbac()), "1.33"),
                // kops completes an unset mode beside alwaysAllow as AlwaysAllow, also beside rbac: the completed spec is
                // refused (kops-oracle 1.24 and 1.36, "completed cluster failed validation"; 1.19 accepts)
                row("rbac and alwaysAllow, no mode, completed, 1.24", authorized(apiServer("1.24.2"), Map.of("rbac", Map.of(), "alwaysAllow", Map.of())),
                        "1.24", NODE_RBAC),
                lenient("rbac and alwaysAllow, no mode, input, 1.36", authorized(apiServer("1.34.1"), Map.of("rbac", Map.of(), "alwaysAllow", Map.of())),
                        "1.36"),
                row("rbac and alwaysAllow, no kubeAPIServer block, completed, 1.36", authorized(Cluster.builder().from(aws("1.34.1",
                        CalicoSpec.builder().build()).build()).build(), Map.of("rbac", Map.of(), "alwaysAllow", Map.of())), "1.36", NODE_RBAC),
                row("alwaysAllow alone, no mode, completed, 1.36", authorized(apiServer("1.34.1"), Map.of("alwaysAllow", Map.of())), "1.36"),
                row("rbac and alwaysAllow, mode Node,RBAC, completed, 1.36", authorized(apiServer("1.34.1", "authorizationMode", "Node,RBAC"),
                        Map.of("rbac", Map.of(), "alwaysAllow", Map.of())), "1.36"),
                row("authorizationMode AlwaysAllow with alwaysAllow authorization, 1.28: not checked", authorized(apiServer("1.28.2",
                        "authorizationMode", "AlwaysAllow"), Map.of("alwaysAllow", Map.of())), "1.28"),
                row("authorizationMode AlwaysAllow with empty authorization, 1.33: not checked", authorized(apiServer("1.30.2",
                        "authorizationMode", "AlwaysAllow"), Map.of()), "1.33"),
                row("authorizationMode AlwaysAllow with rbac: null, 1.33: not checked", authorized(apiServer("1.30.2",
                        "authorizationMode", "AlwaysAllow"), nullRbac()), "1.33"),
                row("authorizationMode Bogus on GCE with RBAC authorization, 1.33: the words only", onGce(authorized(apiServer("1.30.2",
                        "authorizationMode", "Bogus"), rbac())), "1.33", UNKNOWN_MODE),
                row("authorizationMode AlwaysAllow with empty authorization, 1.36: completed as RBAC", authorized(apiServer("1.33.0",
                        "authorizationMode", "AlwaysAllow"), Map.of()), "1.36", NODE_RBAC),
                row("authorizationMode AlwaysAllow with alwaysAllow authorization, 1.36: not checked", authorized(apiServer("1.33.0",
                        "authorizationMode", "AlwaysAllow"), Map.of("alwaysAllow", Map.of())), "1.36"),
                row("authorizationMode Bogus on GCE with alwaysAllow authorization, 1.36: not checked", onGce(authorized(apiServer("1.33.0",
                        "authorizationMode", "Bogus"), Map.of("alwaysAllow", Map.of()))), "1.36"),
                // kops' order (kops-oracle 1.28 and 1.36)
                row("all of them, 1.36: kops' order", apiServer("1.30.2", "logFormat", "xml", "proxyClientKeyFile", "/a",
                        "enableBootstrapTokenAuth", true, "admissionControl", List.of("NodeRestriction")), "1.36",
                        BOOTSTRAP, ADMISSION, PROXY, "Unsupported value::spec.kubeAPIServer.logFormat"));
    }

    @ParameterizedTest(name = "{0} @ {2}")
    @MethodSource("rows")
    void findings(String name, Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }
}
