package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.api.Cloud;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.List;
import java.util.Map;

/**
 * Some of kops' checks of the {@code kubeAPIServer} block (validateKubeAPIServer), in kops' order (kops-oracle 1.22, 1.24,
 * 1.28, 1.36 with all of them at once): {@code enableBootstrapTokenAuth: true}; a non-empty {@code admissionControl} beside
 * a non-empty {@code disableAdmissionPlugins} (every release, reworded from 1.28), and refused alone from 1.28 on Kubernetes 1.26+; the proxy client certificate and key given together (each a pointer: {@code ""} counts) at every
 * release, {@code serviceNodePortRange} a port range Kubernetes parses at every release (GoPortRange), an
 * {@code authorizationMode} naming Webhook with {@code authorizationWebhookConfigFile} at every release, its
 * modes known ones and on AWS Node and RBAC among them with RBAC authorization from 1.20 (without any authorization from 1.36), {@code logFormat}
 * text or json from 1.22. Not networking, but kops refuses a spec they refuse whatever its
 * networking; the block's other checks are not modelled (networking-conformance/README.md).
 */
final class KubeApiServerRules {
    private static final Gate BOOTSTRAP_TOKEN = gate("cluster.kube-apiserver-bootstrap-token-auth");
    private static final Gate ADMISSION_CONTROL = gate("cluster.kube-apiserver-admission-control");
    private static final Gate EXCLUSIVE = gate("cluster.kube-apiserver-admission-exclusive");
    private static final Gate EXCLUSIVE_REWORDED = gate("cluster.kube-apiserver-admission-exclusive#reworded");
    private static final Gate PROXY_CLIENT = gate("cluster.kube-apiserver-proxy-client");
    private static final Gate LOG_FORMAT = gate("cluster.kube-apiserver-log-format");
    private static final Gate NODE_PORT_RANGE = gate("cluster.kube-apiserver-service-node-port-range");
    private static final Gate WEBHOOK_CONFIG = gate("cluster.kube-apiserver-authorization-webhook-config");
    private static final Gate AUTHORIZATION_MODES = gate("cluster.kube-apiserver-authorization-mode");
    private static final Gate DEFAULT_RBAC = gate("cluster.kube-apiserver-authorization-mode#default-rbac");
    private static final List<String> MODES = List.of("ABAC", "Webhook", "Node", "RBAC", "AlwaysAllow", "AlwaysDeny");
    private static final List<String> LOG_FORMATS = List.of("text", "json");

    private KubeApiServerRules() {
    }

    static void check(RuleContext ctx, Findings out) {
        if (!(ctx.extraSpec("kubeAPIServer").orElse(null) instanceof Map<?, ?> k)) {
            authorizationMode(ctx, null, out);
            return;
        }
        if (ctx.in(BOOTSTRAP_TOKEN) && Boolean.TRUE.equals(k.get("enableBootstrapTokenAuth"))) {
            out.add(BOOTSTRAP_TOKEN.tag(Finding.forbidden("spec.kubeAPIServer.enableBootstrapTokenAuth", "bootstrap tokens are not supported"))
                    .hint("remove kubeAPIServer.enableBootstrapTokenAuth"));
        }
        boolean admissionControl = k.get("admissionControl") instanceof List<?> plugins && !plugins.isEmpty();
        if (admissionControl && ctx.in(EXCLUSIVE) && k.get("disableAdmissionPlugins") instanceof List<?> disabled && !disabled.isEmpty()) {
            // from 1.27 kops' message ends in a ring above (U+02DA), as kops-oracle 1.28 and 1.36 print it
            out.add(ctx.in(EXCLUSIVE_REWORDED)
                    ? EXCLUSIVE_REWORDED.tag(Finding.forbidden("spec.kubeAPIServer.admissionControl",
                            "admissionControl is mutually exclusive with disableAdmissionPlugins\u02da"))
                            .hint("keep kubeAPIServer.enableAdmissionPlugins and disableAdmissionPlugins, not admissionControl")
                    : EXCLUSIVE.tag(Finding.forbidden("spec.kubeAPIServer.disableAdmissionPlugins",
                            "disableAdmissionPlugins is mutually exclusive, you cannot use both admissionControl and disableAdmissionPlugins together"))
                            .hint("keep one of kubeAPIServer.admissionControl and disableAdmissionPlugins"));
        }
        // on Kubernetes 1.26+ only (kops-oracle 1.28 and 1.30 accept it on 1.23-1.25)
        if (ctx.in(ADMISSION_CONTROL) && admissionControl && ctx.k8sAtLeast(1, 26)) {
            out.add(ADMISSION_CONTROL.tag(Finding.forbidden("spec.kubeAPIServer.admissionControl",
                    "admissionControl has been replaced with enableAdmissionPlugins"))
                    .hint("list the plugins under kubeAPIServer.enableAdmissionPlugins"));
        }
        if (ctx.in(PROXY_CLIENT) && (k.get("proxyClientCertFile") != null) != (k.get("proxyClientKeyFile") != null)) {
            out.add(PROXY_CLIENT.tag(Finding.forbidden("spec.kubeAPIServer",
                    "proxyClientCertFile and proxyClientKeyFile must both be specified (or neither)"))
                    .hint("set both kubeAPIServer.proxyClientCertFile and proxyClientKeyFile, or neither"));
        }
        // after the proxy client check and before logFormat, as kops-oracle 1.22 and 1.36 list them
        if (ctx.in(NODE_PORT_RANGE) && k.get("serviceNodePortRange") instanceof String range) {
            GoPortRange.error(range).ifPresent(why -> out.add(NODE_PORT_RANGE.tag(Finding.invalid("spec.kubeAPIServer.serviceNodePortRange", range, why))
                    .hint("write kubeAPIServer.serviceNodePortRange as LOW-HIGH (e.g. 30000-32767), ports up to 65535")));
        }
        // kops looks for the word anywhere in the mode list (kops-oracle 1.19, 1.28, 1.36 refuse "XWebhookY" too); the
        // file is a pointer, so "" counts as given
        if (ctx.in(WEBHOOK_CONFIG) && k.get("authorizationMode") instanceof String mode && mode.contains("Webhook")
                && k.get("authorizationWebhookConfigFile") == null) {
            out.add(WEBHOOK_CONFIG.tag(Finding.required("spec.kubeAPIServer.authorizationWebhookConfigFile",
                    "Authorization mode Webhook requires authorizationWebhookConfigFile to be specified"))
                    .hint("set kubeAPIServer.authorizationWebhookConfigFile, or drop Webhook from authorizationMode"));
        }
        authorizationMode(ctx, k.get("authorizationMode"), out);
        Object format = k.get("logFormat");
        if (ctx.in(LOG_FORMAT) && format != null && !String.valueOf(format).isEmpty() && !LOG_FORMATS.contains(String.valueOf(format))) {
            out.add(LOG_FORMAT.tag(Finding.unsupported("spec.kubeAPIServer.logFormat", String.valueOf(format), LOG_FORMATS))
                    .hint("set kubeAPIServer.logFormat to text or json"));
        }
    }

    /**
     * Only with RBAC authorization: each comma-separated word as written (" Node" is refused), then on AWS from
     * Kubernetes 1.19 Node and RBAC both (kops-oracle 1.20-1.36). On the completed spec an unset mode beside
     * {@code authorization.alwaysAllow} is kops' completion, AlwaysAllow, also beside {@code rbac} (kops-oracle 1.24 and
     * 1.36 refuse {@code authorization: {rbac: {}, alwaysAllow: {}}} once completed; 1.19 accepts it).
     */
    private static void authorizationMode(RuleContext ctx, Object given, Findings out) {
        Object mode = given;
        if (mode == null && ctx.strict() && ctx.extraSpec("authorization.alwaysAllow").isPresent()) mode = "AlwaysAllow";
        if (ctx.in(AUTHORIZATION_MODES) && rbacAuthorization(ctx) && mode instanceof String modes) {
            List<String> words = List.of(modes.split(",", -1));
            for (String word : words) {
                if (!MODES.contains(word)) {
                    out.add(AUTHORIZATION_MODES.tag(Finding.unsupported("spec.kubeAPIServer.authorizationMode", word, MODES))
                            .hint("list kubeAPIServer.authorizationMode modes among " + String.join(", ", MODES) + ", comma-separated without spaces"));
                }
            }
            if (ctx.onCloud(Cloud.AWS) && ctx.k8sAtLeast(1, 19) && !(words.contains("Node") && words.contains("RBAC"))) {
                out.add(AUTHORIZATION_MODES.tag(Finding.required("spec.kubeAPIServer.authorizationMode",
                        "As of kubernetes 1.19 on AWS, authorizationMode must include RBAC and Node"))
                        .hint("set kubeAPIServer.authorizationMode to Node,RBAC"));
            }
        }
    }

    /**
     * {@code authorization.rbac} given (not null); from 1.36 also no {@code authorization} or an empty one, which kops
     * then completes as RBAC (kops-oracle 1.33 accepts {@code AlwaysAllow} without it, 1.36 refuses it; {@code alwaysAllow}
     * alone skips the check at both).
     */
    private static boolean rbacAuthorization(RuleContext ctx) {
        Object authorization = ctx.extraSpec("authorization").orElse(null);
        if (authorization instanceof Map<?, ?> a && a.get("rbac") != null) return true;
        return ctx.in(DEFAULT_RBAC) && (authorization == null || authorization instanceof Map<?, ?> a && a.isEmpty());
    }
}
