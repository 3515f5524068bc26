package dev.podnet.manifests.cilium;

import dev.podnet.api.provider.CiliumGatewayApiSpec;
import dev.podnet.api.provider.CiliumIngressSpec;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.api.provider.HubbleSpec;
import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.version.SemanticVersion;
import dev.podnet.api.version.VersionRange;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.RenderCaches;
import dev.podnet.manifests.internal.RenderContext;
import dev.podnet.manifests.object.KubeObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The {@code cilium-config} ConfigMap keys the spec decides. Each key is set, or removed, from the field and the release's
 * range, so that the stored default form never leaks into a spec that differs from it. The keys, their
 * release ranges and their sources (a field with its default, a constant, or a named value of
 * {@code VALUES}) are the table {@code config-keys.yaml} beside this class, in output order. The Cilium
 * 1.8/1.9 template ({@code k8s-1.12}, kops 1.19–1.24) has its own key set: there only the keys it
 * carries are updated, and the keys of its conditional blocks (a {@code when}) added when they hold.
 */
final class CiliumConfig {

    private final Map<String, Object> data;
    private final boolean legacy;

    private CiliumConfig(Map<String, Object> data, boolean legacy) {
        this.data = data;
        this.legacy = legacy;
    }

    static boolean hubble(CiliumSpec s) {
        return s.hubble().flatMap(HubbleSpec::enabled).orElse(false);
    }

    static List<String> hubbleMetrics(CiliumSpec s) {
        return s.hubble().map(HubbleSpec::metrics).orElse(List.of());
    }

    static boolean ingress(CiliumSpec s, RenderContext ctx) {
        return CiliumRenderer.facts(ctx).ingress() && s.ingress().flatMap(CiliumIngressSpec::enabled).orElse(false);
    }

    static boolean gateway(CiliumSpec s, RenderContext ctx) {
        return CiliumRenderer.facts(ctx).gatewayAPI() && s.gatewayAPI().flatMap(CiliumGatewayApiSpec::enabled).orElse(false);
    }

    static boolean eni(CiliumSpec s) {
        return "eni".equals(s.ipam().orElse(""));
    }

    static boolean etcd(CiliumSpec s) {
        return s.etcdManaged().orElse(false);
    }

    static boolean prometheus(CiliumSpec s) {
        return s.enablePrometheusMetrics().orElse(false);
    }

    static String tunnel(CiliumSpec s) {
        return s.tunnel().orElse("vxlan");
    }

    /** {@code .Masquerade} (v1alpha3/internal) or the inverse of {@code disableMasquerade} (v1alpha2). */
    static boolean masquerade(CiliumSpec s) {
        return s.masquerade().orElseGet(() -> !s.disableMasquerade().orElse(false));
    }

    /** {@code CloudLabels}: {@code KubernetesCluster=<name>} and every {@code spec.cloudLabels} entry, sorted. */
    static String cloudLabels(RenderContext ctx) {
        Map<String, String> labels = new TreeMap<>();
        if (ctx.cluster().extraSpec().get("cloudLabels") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> labels.put(String.valueOf(k), String.valueOf(v)));
        }
        labels.put("KubernetesCluster", ctx.cluster().name());
        StringBuilder sb = new StringBuilder();
        labels.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ",").append(k).append('=').append(v));
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    static KubeObject apply(KubeObject cm, CiliumSpec s, RenderContext ctx) {
        Map<String, Object> data = new LinkedHashMap<>((Map<String, Object>) cm.get("data").orElse(Map.of()));
        CiliumConfig c = new CiliumConfig(data, CiliumRenderer.legacy(ctx.templateId()));
        c.fill(s, ctx);
        return cm.with("data", data);
    }

    private void set(String key, Object value, boolean when, boolean conditional) {
        if (legacy) {
            // the template's fixed keys are updated; its conditional blocks (etcd, metrics, IPsec, ENI) added
            if (when && (data.containsKey(key) || conditional)) {
                data.put(key, String.valueOf(value));
            }
            return;
        }
        if (when) {
            data.put(key, String.valueOf(value));
        } else {
            data.remove(key);
        }
    }

    /** The spec and context a key's value or condition reads. */
    private record In(CiliumSpec s, RenderContext ctx) {
        CiliumIngressSpec in() { return s.ingress().orElseThrow(); }
        CiliumGatewayApiSpec gw() { return s.gatewayAPI().orElseThrow(); }
    }

    /** Spec fields a key's value may be ({@code field} in config-keys.yaml). */
    private static final Map<String, Function<CiliumSpec, Optional<?>>> FIELDS = Map.ofEntries(
            Map.entry("identityAllocationMode", CiliumSpec::identityAllocationMode),
            Map.entry("identityChangeGracePeriod", CiliumSpec::identityChangeGracePeriod),
            Map.entry("debug", CiliumSpec::debug),
            Map.entry("nodeEncryption", CiliumSpec::nodeEncryption),
            Map.entry("monitorAggregation", CiliumSpec::monitorAggregation),
            Map.entry("bpfCTGlobalTCPMax", CiliumSpec::bpfCTGlobalTCPMax),
            Map.entry("bpfCTGlobalAnyMax", CiliumSpec::bpfCTGlobalAnyMax),
            Map.entry("bpfLBAlgorithm", CiliumSpec::bpfLBAlgorithm),
            Map.entry("bpfLBMaglevTableSize", CiliumSpec::bpfLBMaglevTableSize),
            Map.entry("bpfNATGlobalMax", CiliumSpec::bpfNATGlobalMax),
            Map.entry("bpfNeighGlobalMax", CiliumSpec::bpfNeighGlobalMax),
            Map.entry("bpfPolicyMapMax", CiliumSpec::bpfPolicyMapMax),
            Map.entry("bpfLBMapMax", CiliumSpec::bpfLBMapMax),
            Map.entry("bpfLBSock", CiliumSpec::bpfLBSock),
            Map.entry("bpfLBSockHostNSOnly", CiliumSpec::bpfLBSockHostNSOnly),
            Map.entry("chainingMode", CiliumSpec::chainingMode),
            Map.entry("enableBPFMasquerade", CiliumSpec::enableBPFMasquerade),
            Map.entry("preallocateBPFMaps", CiliumSpec::preallocateBPFMaps),
            Map.entry("sidecarIstioProxyImage", CiliumSpec::sidecarIstioProxyImage),
            Map.entry("tunnel", CiliumSpec::tunnel),
            Map.entry("clusterName", CiliumSpec::clusterName),
            Map.entry("clusterID", CiliumSpec::clusterID),
            Map.entry("containerRuntimeLabels", CiliumSpec::containerRuntimeLabels),
            Map.entry("autoDirectNodeRoutes", CiliumSpec::autoDirectNodeRoutes),
            Map.entry("enableNodePort", CiliumSpec::enableNodePort),
            Map.entry("enableLocalRedirectPolicy", CiliumSpec::enableLocalRedirectPolicy),
            Map.entry("ipam", CiliumSpec::ipam),
            Map.entry("disableEndpointCRD", CiliumSpec::disableEndpointCRD),
            Map.entry("enableEndpointHealthChecking", CiliumSpec::enableEndpointHealthChecking),
            Map.entry("enableL7Proxy", CiliumSpec::enableL7Proxy),
            Map.entry("enableRemoteNodeIdentity", CiliumSpec::enableRemoteNodeIdentity),
            Map.entry("enableipv6", CiliumSpec::enableipv6),
            Map.entry("enableUnreachableRoutes", CiliumSpec::enableUnreachableRoutes),
            Map.entry("disableCNPStatusUpdates", CiliumSpec::disableCNPStatusUpdates),
            Map.entry("enableServiceTopology", CiliumSpec::enableServiceTopology),
            Map.entry("cniExclusive", CiliumSpec::cniExclusive),
            Map.entry("enableHostFirewall", CiliumSpec::enableHostFirewall));

    /** Values computed from several fields ({@code value} in config-keys.yaml). */
    private static final Map<String, Function<In, Object>> VALUES = Map.ofEntries(
            Map.entry("etcdConfig", x -> "---\nendpoints:\n  - https://" + x.ctx().apiInternalName() + ":4003\n"
                    + (CiliumRenderer.facts(x.ctx()).etcdConfigBlankLine() ? "\n" : "")
                    + "trusted-ca-file: '/var/lib/etcd-secrets/etcd-ca.crt'\n"
                    + "key-file: '/var/lib/etcd-secrets/etcd-client-cilium.key'\n"
                    + "cert-file: '/var/lib/etcd-secrets/etcd-client-cilium.crt'"),
            Map.entry("agentPrometheusServeAddr", x -> ":" + x.s().agentPrometheusPort().orElse(9090L)),
            Map.entry("metrics", x -> String.join(" ", x.s().metrics())),
            Map.entry("ipv4", x -> !x.ctx().ipv6Only()),
            Map.entry("enableipv4Fields", x -> x.s().enableipv4().orElse(false) || !x.s().enableipv6().orElse(false)),
            Map.entry("ipv6Only", x -> x.ctx().ipv6Only()),
            Map.entry("bpfMasqueradeIpv4", x -> x.s().enableBPFMasquerade().orElse(false) && !x.ctx().ipv6Only()),
            Map.entry("routingMode", x -> "disabled".equals(tunnel(x.s())) ? "native" : "tunnel"),
            Map.entry("toFqdnsDnsRejectResponseCode", x -> x.s().toFQDNsDNSRejectResponseCode()
                    .or(x.s()::toFqdnsDnsRejectResponseCode).orElse("refused")),
            Map.entry("toFqdnsEnablePoller", x -> x.s().toFQDNsEnablePoller().or(x.s()::toFqdnsEnablePoller).orElse(false)),
            Map.entry("masquerade", x -> masquerade(x.s())),
            Map.entry("notDisableMasquerade", x -> !x.s().disableMasquerade().orElse(false)),
            Map.entry("notIptablesRulesNoinstall", x -> !x.s().iptablesRulesNoinstall().orElse(false)),
            Map.entry("installIptablesRules", x -> x.s().installIptablesRules()
                    .orElseGet(() -> !x.s().iptablesRulesNoinstall().orElse(false))),
            Map.entry("kubeProxyReplacementStrictOrPartial", x -> x.s().enableNodePort().orElse(false) ? "strict" : "partial"),
            Map.entry("cloudLabels", x -> cloudLabels(x.ctx())),
            Map.entry("agentHealthPort", x -> String.valueOf(agentHealthPort(x.s()))),
            Map.entry("operatorApiServeAddr", x -> x.ctx().ipv6Only() ? "[::1]:9234" : "127.0.0.1:9234"),
            Map.entry("ingressEnforceHttps", x -> x.in().enforceHttps().orElse(false)),
            Map.entry("ingressSecretsSync", x -> x.in().enableSecretsSync().orElse(false)),
            Map.entry("ingressLbAnnotationPrefixes", x -> x.in().loadBalancerAnnotationPrefixes().orElse("")),
            Map.entry("ingressDefaultLbMode", x -> x.in().defaultLoadBalancerMode().orElse("")),
            Map.entry("ingressSharedLbServiceName", x -> x.in().sharedLoadBalancerServiceName().orElse("")),
            Map.entry("gatewaySecretsSync", x -> x.gw().enableSecretsSync().orElse(false)),
            Map.entry("hubbleMetrics", x -> String.join(" ", hubbleMetrics(x.s()))));

    /** Conditions a key is present under ({@code when} in config-keys.yaml). */
    private static final Map<String, Predicate<In>> CONDITIONS = Map.ofEntries(
            Map.entry("etcd", x -> etcd(x.s())),
            // kops' k8s-1.12 templates (kops-oracle 1.22 and 1.24 with etcdManaged: no enable-k8s-event-handover)
            Map.entry("legacyTemplate", x -> CiliumRenderer.legacy(x.ctx().templateId())),
            Map.entry("prometheus", x -> prometheus(x.s())),
            Map.entry("metrics", x -> !x.s().metrics().isEmpty()),
            Map.entry("encryption", x -> x.s().enableEncryption().orElse(false)),
            Map.entry("ipsec", x -> x.s().enableEncryption().orElse(false)
                    && "ipsec".equals(x.s().encryptionType().orElse("ipsec"))),
            Map.entry("wireguard", x -> x.s().enableEncryption().orElse(false)
                    && "wireguard".equals(x.s().encryptionType().orElse("ipsec"))),
            Map.entry("chaining", x -> !x.s().chainingMode().orElse("").isEmpty()),
            Map.entry("chainingPortmap", x -> "portmap".equals(x.s().chainingMode().orElse(""))),
            Map.entry("tunnelled", x -> !"disabled".equals(tunnel(x.s()))),
            Map.entry("clusterIdSet", x -> x.s().clusterID().orElse(0) != 0),
            Map.entry("hostReachableServices", x -> x.s().enableHostReachableServices().orElse(false)),
            Map.entry("ipamSet", x -> !x.s().ipam().orElse("").isEmpty()),
            Map.entry("eni", x -> eni(x.s())),
            Map.entry("ingressOrGateway", x -> ingress(x.s(), x.ctx()) || gateway(x.s(), x.ctx())),
            Map.entry("ingress", x -> ingress(x.s(), x.ctx())),
            Map.entry("gateway", x -> gateway(x.s(), x.ctx())),
            Map.entry("ingressEnforceHttpsSet", x -> x.in().enforceHttps().isPresent()),
            Map.entry("ingressSecretsSyncSet", x -> x.in().enableSecretsSync().isPresent()),
            Map.entry("ingressLbAnnotationPrefixesSet", x -> !x.in().loadBalancerAnnotationPrefixes().orElse("").isEmpty()),
            Map.entry("ingressDefaultLbModeSet", x -> !x.in().defaultLoadBalancerMode().orElse("").isEmpty()),
            Map.entry("ingressSharedLbServiceNameSet", x -> !x.in().sharedLoadBalancerServiceName().orElse("").isEmpty()),
            Map.entry("gatewaySecretsSyncSet", x -> x.gw().enableSecretsSync().isPresent()),
            Map.entry("hubble", x -> hubble(x.s())),
            Map.entry("hubbleMetrics", x -> !hubbleMetrics(x.s()).isEmpty()));

    /**
     * One entry of config-keys.yaml: a key's source over a release range, with its condition and
     * source resolved from the names of the table once, when the table is read.
     */
    private record Entry(String key, int since, int until, boolean keep, List<String> when,
            String constant, String field, Object fieldDefault, String value,
            List<Predicate<In>> conditions, boolean[] negated, Function<In, Object> source) {

        Entry(String key, int since, int until, boolean keep, List<String> when, String constant, String field,
                Object fieldDefault, String value) {
            this(key, since, until, keep, when, constant, field, fieldDefault, value,
                    when.stream().map(w -> CONDITIONS.get(w.startsWith("!") ? w.substring(1) : w)).toList(),
                    negations(when), source(constant, field, fieldDefault, value));
        }

        boolean covers(int minor) {
            return minor >= since && minor <= until;
        }

        boolean holds(In x) {
            for (int i = 0; i < negated.length; i++) {
                if (conditions.get(i).test(x) == negated[i]) {
                    return false;
                }
            }
            return true;
        }

        Object valueOf(In x) {
            return source.apply(x);
        }

        private static boolean[] negations(List<String> when) {
            boolean[] out = new boolean[when.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = when.get(i).startsWith("!");
            }
            return out;
        }

        /** The value's source: the constant, the spec field with its default, or the named value ({@code null} for keep). */
        private static Function<In, Object> source(String constant, String field, Object fieldDefault, String value) {
            if (constant != null) {
                return x -> constant;
            }
            if (field != null) {
                Function<CiliumSpec, Optional<?>> f = FIELDS.get(field);
                return f == null ? null : x -> f.apply(x.s()).map(v -> (Object) v).orElse(fieldDefault);
            }
            return value == null ? null : VALUES.get(value);
        }
    }

    /** The fields an entry of config-keys.yaml may have. */
    private static final Set<String> ENTRY_FIELDS = Set.of("key", "releases", "keep", "when", "const", "field", "default", "value");

    /** The entries of config-keys.yaml by key, in output order. */
    private static final Map<String, List<Entry>> KEYS = loadKeys();

    /**
     * Reads config-keys.yaml through the facts loader into typed entries, each checked here: its fields, its
     * release range (VersionRange syntax, bounds on kops minor lines), its conditions, spec field and value
     * names, a key's entries adjacent and not overlapping. A bad row fails with the file, the row and the reason.
     */
    private static Map<String, List<Entry>> loadKeys() {
        return readKeys(FactDocument.load(CiliumConfig.class.getClassLoader(), "dev/podnet/manifests/cilium/config-keys.yaml").root());
    }

    /** The keys of a config-keys table, in output order, each of its rows checked (for tests of bad rows). */
    static List<String> keyNames(FactNode root) {
        return List.copyOf(readKeys(root).keySet());
    }

    private static Map<String, List<Entry>> readKeys(FactNode root) {
        Map<String, List<Entry>> keys = new LinkedHashMap<>();
        List<String> previous = new ArrayList<>();
        root.rows("keys", n -> {
            Entry e = entry(n);
            List<Entry> entries = keys.get(e.key());
            if (entries != null && !previous.get(previous.size() - 1).equals(e.key())) {
                throw n.fail("the entries of key " + e.key() + " must be adjacent");
            }
            if (entries == null) {
                entries = new ArrayList<>();
                keys.put(e.key(), entries);
            }
            for (Entry other : entries) {
                if (e.since() <= other.until() && e.until() >= other.since()) {
                    throw n.get("releases").fail("overlaps another entry of key " + e.key());
                }
            }
            entries.add(e);
            previous.add(e.key());
            return e;
        });
        keys.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(keys);
    }

    private static Entry entry(FactNode n) {
        n.onlyKeys(ENTRY_FIELDS);
        String key = n.text("key");
        VersionRange releases = n.has("releases") ? n.rangeText("releases") : VersionRange.all();
        List<String> when = n.texts("when");
        for (String c : when) {
            if (!CONDITIONS.containsKey(c.replaceFirst("^!", ""))) throw n.get("when").fail("unknown condition " + c);
        }
        String constant = n.optionalText("const").orElse(null);
        String field = n.optionalText("field").orElse(null);
        String value = n.optionalText("value").orElse(null);
        boolean keep = n.bool("keep", false);
        int sources = (constant != null ? 1 : 0) + (field != null ? 1 : 0) + (value != null ? 1 : 0);
        if (keep ? sources != 0 || !when.isEmpty() : sources != 1) {
            throw n.fail("key " + key + " needs exactly one of const, field, value, or keep without a condition");
        }
        if (field != null && !FIELDS.containsKey(field)) throw n.get("field").fail("unknown spec field " + field);
        if ((field != null) != n.has("default")) throw n.fail("key " + key + " needs a default with its field, and only then");
        if (value != null && !VALUES.containsKey(value)) throw n.get("value").fail("unknown value " + value);
        // an Entry holds the first and the last minor line it covers (covers() compares both inclusively)
        return new Entry(key, releases.from().map(v -> minor(n, v)).orElse(0),
                releases.until().map(v -> minor(n, v) - 1).orElse(Integer.MAX_VALUE), keep, when, constant, field,
                field == null ? null : n.text("default"), value);
    }

    /** A bound of a release range as its kops minor line (1.NN). */
    private static int minor(FactNode n, SemanticVersion bound) {
        if (bound.major() != 1 || !bound.equals(bound.minorLine())) {
            throw n.get("releases").fail("a bound must be a kops release line such as 1.22, found " + bound);
        }
        return bound.minor();
    }

    /**
     * The key table at one release: every key of config-keys.yaml in output order with the entry
     * covering the release ({@code null}: the key is removed there). Decided by the resource and
     * the release alone, so kept per engine as data instead of searched again for every spec.
     */
    private static final RenderCaches.Memo<Integer, List<Map.Entry<String, Entry>>> AT_RELEASE =
            RenderCaches.Memo.data("cilium config keys by release");

    private static List<Map.Entry<String, Entry>> atRelease(int minor) {
        List<Map.Entry<String, Entry>> out = new ArrayList<>(KEYS.size());
        for (Map.Entry<String, List<Entry>> k : KEYS.entrySet()) {
            Entry covering = null;
            for (Entry e : k.getValue()) {
                if (e.covers(minor)) {
                    covering = e;
                    break;
                }
            }
            out.add(new java.util.AbstractMap.SimpleImmutableEntry<>(k.getKey(), covering));
        }
        return List.copyOf(out);
    }

    private void fill(CiliumSpec s, RenderContext ctx) {
        In x = new In(s, ctx);
        for (Map.Entry<String, Entry> k : ctx.caches().get(AT_RELEASE, ctx.release().minor(), CiliumConfig::atRelease)) {
            Entry e = k.getValue();
            if (e == null) {
                set(k.getKey(), "", false, false);
            } else if (!e.keep()) {
                boolean when = e.holds(x);
                set(k.getKey(), when ? e.valueOf(x) : "", when, !e.when().isEmpty());
            }
        }
        // extraConfig: last, may override
        if (CiliumRenderer.facts(ctx).extraConfig()) {
            new TreeMap<>(s.extraConfig()).forEach((k, v) -> data.put(k, v));
        }
    }

    /** The agent's health port, by the Cilium version ({@link CiliumVersionFacts}). */
    static long agentHealthPort(CiliumSpec s) {
        return CiliumVersionFacts.agentHealthPort(s.version().orElse(""));
    }
}
