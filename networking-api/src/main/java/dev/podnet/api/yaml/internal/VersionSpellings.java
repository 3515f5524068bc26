package dev.podnet.api.yaml.internal;

import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.ErrorType;
import dev.podnet.api.diag.Severity;
import dev.podnet.api.provider.ProviderKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Provider fields spelled differently in v1alpha2 and v1alpha3. The model keeps both spellings, but
 * kops decodes each document with its version's Go type, which has only one: a key spelled for the
 * other version is dropped (kops-oracle 1.22, 1.30 and 1.36: {@code masquerade: false} in a v1alpha2
 * Cluster leaves masquerading on, {@code disableMasquerade: true} in a v1alpha3 one too). podnet keeps
 * such a key as written, reads nothing from it, and warns with the version's spelling.
 */
public final class VersionSpellings {
    private VersionSpellings() {
    }

    /** One field's two keys; {@code inverted} when one is the negation of the other. */
    private record Pair(String v1alpha2, String v1alpha3, boolean inverted) {
    }

    private static final Map<ProviderKind, List<Pair>> PAIRS = Map.of(
            ProviderKind.CILIUM, List.of(
                    new Pair("disableMasquerade", "masquerade", true),
                    new Pair("IPTablesRulesNoinstall", "installIptablesRules", true),
                    new Pair("toFqdnsDnsRejectResponseCode", "toFQDNsDNSRejectResponseCode", false),
                    new Pair("toFqdnsEnablePoller", "toFQDNsEnablePoller", false)),
            ProviderKind.CANAL, List.of(
                    new Pair("disableFlannelForwardRules", "flanneldIptablesForwardRules", true)),
            ProviderKind.AMAZON_VPC, List.of(
                    new Pair("imageName", "image", false),
                    new Pair("initImageName", "initImage", false)));

    /**
     * Fields of kops' v1alpha2 types that its v1alpha3 types do not have at all (every release that decodes
     * v1alpha3 drops them from the internal type too): a v1alpha3 document's key is dropped unread, whatever its
     * value (kops-oracle 1.30 and 1.36 on v1alpha3: Cilium's bpfRoot: {a: b}, disableConntrack: "x",
     * ipv4ClusterCidrMaskSize: [1], debugVerbose: "x", enableipv6: "x", removeCbrBridge: "x", Calico's
     * majorVersion: {a: b}, Canal's and Flannel's disableTxChecksumOffloading: "x" accepted, each refused at
     * decode in a v1alpha2 document). Cilium's are the "is unused" fields of its provider table. Calico's
     * crossSubnet is the one kops' internal type keeps (a v1alpha2 {@code crossSubnet: true} is in its completed
     * spec) while its v1alpha3 type does not decode it (kops-oracle 1.30 and 1.36: {@code crossSubnet: "true"}
     * accepted and {@code crossSubnet: true} absent from the completed spec of a v1alpha3 document).
     */
    private static final Map<ProviderKind, Set<String>> V1ALPHA2_ONLY = Map.of(
            ProviderKind.CILIUM, Set.of("accessLog", "agentLabels", "allowLocalhost", "autoIpv6NodeRoutes", "bpfRoot",
                    "containerRuntime", "containerRuntimeEndpoint", "debugVerbose", "device", "disableConntrack",
                    "disableIpv4", "disableK8sServices", "enableTracing", "envoyLog", "ipv4ClusterCidrMaskSize",
                    "ipv4Node", "ipv4Range", "ipv4ServiceRange", "ipv6ClusterAllocCidr", "ipv6Node", "ipv6Range",
                    "ipv6ServiceRange", "k8sApiServer", "k8sKubeconfigPath", "keepBpfTemplates", "keepConfig",
                    "labelPrefixFile", "labels", "lb", "libDir", "logDriver", "logOpt", "logstash", "logstashAgent",
                    "logstashProbeTimer", "nat46Range", "pprof", "prefilterDevice", "prometheusServeAddr", "restore",
                    "singleClusterRoute", "socketPath", "stateDir", "tracePayloadlen", "enableipv6", "enableipv4",
                    "containerRuntimeLabels", "removeCbrBridge", "restartPods", "reconfigureKubelet",
                    "nodeInitBootstrapFile", "cniBinPath"),
            ProviderKind.CALICO, Set.of("majorVersion", "crossSubnet"),
            ProviderKind.CANAL, Set.of("disableTxChecksumOffloading"),
            ProviderKind.FLANNEL, Set.of("disableTxChecksumOffloading"));

    /**
     * Rewrites, in place, the v1alpha3 spellings of a provider's YAML tree into the v1alpha2 ones, as kops writes
     * its completed spec (v1alpha2, converted from its internal type, which has one field for both): kops-oracle
     * 1.30, 1.33.1 and 1.36 on v1alpha3 documents complete {@code masquerade: false} as {@code disableMasquerade:
     * true}, {@code installIptablesRules: false} as {@code IPTablesRulesNoinstall: true} (then refusing the
     * default {@code enableL7Proxy}), Canal's {@code flanneldIptablesForwardRules: false} as
     * {@code disableFlannelForwardRules: true}. A v1alpha2 key already in the tree is kept.
     *
     * @param kind the provider
     * @param tree its YAML tree, keys as the model holds them (keys kops did not decode already removed)
     */
    public static void toV1alpha2(ProviderKind kind, Map<String, Object> tree) {
        for (Pair p : PAIRS.getOrDefault(kind, List.of())) {
            if (!tree.containsKey(p.v1alpha3())) continue;
            Object v = tree.remove(p.v1alpha3());
            if (tree.containsKey(p.v1alpha2()) || v == null) continue;
            tree.put(p.v1alpha2(), p.inverted() && v instanceof Boolean b ? !b : v);
        }
    }

    /** The fields of kops' v1alpha2 type of {@code kind} that its v1alpha3 type lacks (dropped unread from a v1alpha3 document). */
    public static Set<String> v1alpha2Only(ProviderKind kind) {
        return V1ALPHA2_ONLY.getOrDefault(kind, Set.of());
    }

    /** The keys of this provider that a document of {@code apiVersion} does not have. */
    static Set<String> foreignKeys(ProviderKind kind, String apiVersion) {
        boolean v1alpha3 = apiVersion.equals(ClusterCodec.V1ALPHA3);
        Set<String> out = new java.util.HashSet<>();
        for (Pair p : PAIRS.getOrDefault(kind, List.of())) out.add(v1alpha3 ? p.v1alpha2() : p.v1alpha3());
        if (v1alpha3) out.addAll(V1ALPHA2_ONLY.getOrDefault(kind, Set.of()));
        return Set.copyOf(out);
    }

    /** The warning for {@code key}, spelled for the other version, under the provider at {@code path}. */
    static Optional<Diagnostic> ignored(ProviderKind kind, String path, String key, String apiVersion) {
        boolean v1alpha3 = apiVersion.equals(ClusterCodec.V1ALPHA3);
        for (Pair p : PAIRS.getOrDefault(kind, List.of())) {
            if (!key.equals(v1alpha3 ? p.v1alpha2() : p.v1alpha3())) continue;
            String right = v1alpha3 ? p.v1alpha3() : p.v1alpha2();
            String other = v1alpha3 ? "kops.k8s.io/v1alpha2" : "kops.k8s.io/v1alpha3";
            String field = path + "." + key;
            return Optional.of(Diagnostic.builder().path(field).type(ErrorType.FORBIDDEN).severity(Severity.WARNING)
                    .detail(apiVersion + " has no field " + field + " (it is the " + other
                            + " spelling): kops ignores it")
                    .hint("write it as " + path + "." + right + (p.inverted() ? " with the opposite value" : "")
                            + " in a " + apiVersion + " document")
                    .rule("yaml.other-version-field").build());
        }
        return Optional.empty();
    }
}
