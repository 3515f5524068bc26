package dev.podnet.manifests.cilium;

import dev.podnet.api.provider.CiliumGatewayApiSpec;
import dev.podnet.api.provider.CiliumIngressSpec;
import dev.podnet.api.provider.CiliumSpec;
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
        return s.hubble().isPresent() && s.hubble().get().enabled().orElse(false);
    }

    static List<String> hubbleMetrics(CiliumSpec s) {
        return s.hubble().isPresent() ? s.hubble().get().metrics() : List.of();
    }

    static boolean ingress(CiliumSpec s, RenderContext ctx) {
        return CiliumRenderer.facts(ctx).ingress() && s.ingress().isPresent() && s.ingress().get().enabled().orElse(false);
    }

    static boolean gateway(CiliumSpec s, RenderContext ctx) {
        return CiliumRenderer.facts(ctx).gatewayAPI() && s.gatewayAPI().isPresent()
                && s.gatewayAPI().get().enabled().orElse(false);
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
        return s.masquerade().orElse(!s.disableMasquerade().orElse(false));
    }

    /** {@code CloudLabels}: {@code KubernetesCluster=<name>} and every {@code spec.cloudLabels} entry, sorted. */
    static String cloudLabels(RenderContext ctx) {
        Map<String, String> labels = new TreeMap<>();
        if (ctx.cluster().extraSpec().get("cloudLabels") instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                labels.put(String.valueOf(e.getKey()), String.valueOf(e.getValue()));
            }
        }
        labels.put("KubernetesCluster", ctx.cluster().name());
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : labels.entrySet()) {
            sb.append(sb.length() == 0 ? "" : ",").append(e.getKey()).append('=').append(e.getValue());
        }
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

    /** Spec fields a key's value may be ({@code field} in config-keys.yaml), named as the table names them. */
    private enum Field {
        identityAllocationMode,
        identityChangeGracePeriod,
        debug,
        nodeEncryption,
        monitorAggregation,
        bpfCTGlobalTCPMax,
        bpfCTGlobalAnyMax,
        bpfLBAlgorithm,
        bpfLBMaglevTableSize,
        bpfNATGlobalMax,
        bpfNeighGlobalMax,
        bpfPolicyMapMax,
        bpfLBMapMax,
        bpfLBSock,
        bpfLBSockHostNSOnly,
        chainingMode,
        enableBPFMasquerade,
        preallocateBPFMaps,
        sidecarIstioProxyImage,
        tunnel,
        clusterName,
        clusterID,
        containerRuntimeLabels,
        autoDirectNodeRoutes,
        enableNodePort,
        enableLocalRedirectPolicy,
        ipam,
        disableEndpointCRD,
        enableEndpointHealthChecking,
        enableL7Proxy,
        enableRemoteNodeIdentity,
        enableipv6,
        enableUnreachableRoutes,
        disableCNPStatusUpdates,
        enableServiceTopology,
        cniExclusive,
        enableHostFirewall;

        Optional<?> of(CiliumSpec s) {
            return switch (this) {
                case identityAllocationMode -> s.identityAllocationMode();
                case identityChangeGracePeriod -> s.identityChangeGracePeriod();
                case debug -> s.debug();
                case nodeEncryption -> s.nodeEncryption();
                case monitorAggregation -> s.monitorAggregation();
                case bpfCTGlobalTCPMax -> s.bpfCTGlobalTCPMax();
                case bpfCTGlobalAnyMax -> s.bpfCTGlobalAnyMax();
                case bpfLBAlgorithm -> s.bpfLBAlgorithm();
                case bpfLBMaglevTableSize -> s.bpfLBMaglevTableSize();
                case bpfNATGlobalMax -> s.bpfNATGlobalMax();
                case bpfNeighGlobalMax -> s.bpfNeighGlobalMax();
                case bpfPolicyMapMax -> s.bpfPolicyMapMax();
                case bpfLBMapMax -> s.bpfLBMapMax();
                case bpfLBSock -> s.bpfLBSock();
                case bpfLBSockHostNSOnly -> s.bpfLBSockHostNSOnly();
                case chainingMode -> s.chainingMode();
                case enableBPFMasquerade -> s.enableBPFMasquerade();
                case preallocateBPFMaps -> s.preallocateBPFMaps();
                case sidecarIstioProxyImage -> s.sidecarIstioProxyImage();
                case tunnel -> s.tunnel();
                case clusterName -> s.clusterName();
                case clusterID -> s.clusterID();
                case containerRuntimeLabels -> s.containerRuntimeLabels();
                case autoDirectNodeRoutes -> s.autoDirectNodeRoutes();
                case enableNodePort -> s.enableNodePort();
                case enableLocalRedirectPolicy -> s.enableLocalRedirectPolicy();
                case ipam -> s.ipam();
                case disableEndpointCRD -> s.disableEndpointCRD();
                case enableEndpointHealthChecking -> s.enableEndpointHealthChecking();
                case enableL7Proxy -> s.enableL7Proxy();
                case enableRemoteNodeIdentity -> s.enableRemoteNodeIdentity();
                case enableipv6 -> s.enableipv6();
                case enableUnreachableRoutes -> s.enableUnreachableRoutes();
                case disableCNPStatusUpdates -> s.disableCNPStatusUpdates();
                case enableServiceTopology -> s.enableServiceTopology();
                case cniExclusive -> s.cniExclusive();
                case enableHostFirewall -> s.enableHostFirewall();
            };
        }
    }

    /** Values computed from several fields ({@code value} in config-keys.yaml), named as the table names them. */
    private enum Value {
        etcdConfig,
        agentPrometheusServeAddr,
        metrics,
        ipv4,
        enableipv4Fields,
        ipv6Only,
        bpfMasqueradeIpv4,
        routingMode,
        toFqdnsDnsRejectResponseCode,
        toFqdnsEnablePoller,
        masquerade,
        notDisableMasquerade,
        notIptablesRulesNoinstall,
        installIptablesRules,
        kubeProxyReplacementStrictOrPartial,
        cloudLabels,
        agentHealthPort,
        operatorApiServeAddr,
        ingressEnforceHttps,
        ingressSecretsSync,
        ingressLbAnnotationPrefixes,
        ingressDefaultLbMode,
        ingressSharedLbServiceName,
        gatewaySecretsSync,
        hubbleMetrics;

        Object of(In x) {
            return switch (this) {
                case etcdConfig -> "---\nendpoints:\n  - https://" + x.ctx().apiInternalName() + ":4003\n"
                        + (CiliumRenderer.facts(x.ctx()).etcdConfigBlankLine() ? "\n" : "")
                        + "trusted-ca-file: '/var/lib/etcd-secrets/etcd-ca.crt'\n"
                        + "key-file: '/var/lib/etcd-secrets/etcd-client-cilium.key'\n"
                        + "cert-file: '/var/lib/etcd-secrets/etcd-client-cilium.crt'";
                case agentPrometheusServeAddr -> ":" + x.s().agentPrometheusPort().orElse(9090L);
                case metrics -> String.join(" ", x.s().metrics());
                case ipv4 -> !x.ctx().ipv6Only();
                case enableipv4Fields -> x.s().enableipv4().orElse(false) || !x.s().enableipv6().orElse(false);
                case ipv6Only -> x.ctx().ipv6Only();
                case bpfMasqueradeIpv4 -> x.s().enableBPFMasquerade().orElse(false) && !x.ctx().ipv6Only();
                case routingMode -> "disabled".equals(tunnel(x.s())) ? "native" : "tunnel";
                case toFqdnsDnsRejectResponseCode -> x.s().toFQDNsDNSRejectResponseCode()
                        .orElse(x.s().toFqdnsDnsRejectResponseCode().orElse("refused"));
                case toFqdnsEnablePoller -> x.s().toFQDNsEnablePoller().orElse(x.s().toFqdnsEnablePoller().orElse(false));
                case masquerade -> masquerade(x.s());
                case notDisableMasquerade -> !x.s().disableMasquerade().orElse(false);
                case notIptablesRulesNoinstall -> !x.s().iptablesRulesNoinstall().orElse(false);
                case installIptablesRules -> x.s().installIptablesRules()
                        .orElse(!x.s().iptablesRulesNoinstall().orElse(false));
                case kubeProxyReplacementStrictOrPartial -> x.s().enableNodePort().orElse(false) ? "strict" : "partial";
                case cloudLabels -> cloudLabels(x.ctx());
                case agentHealthPort -> String.valueOf(agentHealthPort(x.s()));
                case operatorApiServeAddr -> x.ctx().ipv6Only() ? "[::1]:9234" : "127.0.0.1:9234";
                case ingressEnforceHttps -> x.in().enforceHttps().orElse(false);
                case ingressSecretsSync -> x.in().enableSecretsSync().orElse(false);
                case ingressLbAnnotationPrefixes -> x.in().loadBalancerAnnotationPrefixes().orElse("");
                case ingressDefaultLbMode -> x.in().defaultLoadBalancerMode().orElse("");
                case ingressSharedLbServiceName -> x.in().sharedLoadBalancerServiceName().orElse("");
                case gatewaySecretsSync -> x.gw().enableSecretsSync().orElse(false);
                case hubbleMetrics -> String.join(" ", hubbleMetrics(x.s()));
            };
        }
    }

    /** Conditions a key is present under ({@code when} in config-keys.yaml), named as the table names them. */
    private enum Condition {
        etcd,
        legacyTemplate,
        prometheus,
        metrics,
        encryption,
        ipsec,
        wireguard,
        chaining,
        chainingPortmap,
        tunnelled,
        clusterIdSet,
        hostReachableServices,
        ipamSet,
        eni,
        ingressOrGateway,
        ingress,
        gateway,
        ingressEnforceHttpsSet,
        ingressSecretsSyncSet,
        ingressLbAnnotationPrefixesSet,
        ingressDefaultLbModeSet,
        ingressSharedLbServiceNameSet,
        gatewaySecretsSyncSet,
        hubble,
        hubbleMetrics;

        boolean test(In x) {
            return switch (this) {
                case etcd -> etcd(x.s());
                // kops' k8s-1.12 templates (kops-oracle 1.22 and 1.24 with etcdManaged: no enable-k8s-event-handover)
                case legacyTemplate -> CiliumRenderer.legacy(x.ctx().templateId());
                case prometheus -> prometheus(x.s());
                case metrics -> !x.s().metrics().isEmpty();
                case encryption -> x.s().enableEncryption().orElse(false);
                case ipsec -> x.s().enableEncryption().orElse(false)
                        && "ipsec".equals(x.s().encryptionType().orElse("ipsec"));
                case wireguard -> x.s().enableEncryption().orElse(false)
                        && "wireguard".equals(x.s().encryptionType().orElse("ipsec"));
                case chaining -> !x.s().chainingMode().orElse("").isEmpty();
                case chainingPortmap -> "portmap".equals(x.s().chainingMode().orElse(""));
                case tunnelled -> !"disabled".equals(tunnel(x.s()));
                case clusterIdSet -> x.s().clusterID().orElse(0) != 0;
                case hostReachableServices -> x.s().enableHostReachableServices().orElse(false);
                case ipamSet -> !x.s().ipam().orElse("").isEmpty();
                case eni -> eni(x.s());
                case ingressOrGateway -> ingress(x.s(), x.ctx()) || gateway(x.s(), x.ctx());
                case ingress -> ingress(x.s(), x.ctx());
                case gateway -> gateway(x.s(), x.ctx());
                case ingressEnforceHttpsSet -> x.in().enforceHttps().isPresent();
                case ingressSecretsSyncSet -> x.in().enableSecretsSync().isPresent();
                case ingressLbAnnotationPrefixesSet -> !x.in().loadBalancerAnnotationPrefixes().orElse("").isEmpty();
                case ingressDefaultLbModeSet -> !x.in().defaultLoadBalancerMode().orElse("").isEmpty();
                case ingressSharedLbServiceNameSet -> !x.in().sharedLoadBalancerServiceName().orElse("").isEmpty();
                case gatewaySecretsSyncSet -> x.gw().enableSecretsSync().isPresent();
                case hubble -> hubble(x.s());
                case hubbleMetrics -> !hubbleMetrics(x.s()).isEmpty();
            };
        }
    }

    /**
     * One entry of config-keys.yaml: a key's source over a release range, with its conditions and source
     * resolved from the names of the table once, when the table is read: the constant, the spec field with its
     * default, or the named value (none of them for keep).
     */
    private record Entry(String key, int since, int until, boolean keep, List<String> when,
            List<Condition> conditions, boolean[] negated, String constant, Field field, Object fieldDefault,
            Value value) {

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
            if (constant != null) {
                return constant;
            }
            if (field != null) {
                Optional<?> v = field.of(x.s());
                return v.isPresent() ? v.get() : fieldDefault;
            }
            return value.of(x);
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
        for (Map.Entry<String, List<Entry>> k : keys.entrySet()) {
            k.setValue(List.copyOf(k.getValue()));
        }
        return Collections.unmodifiableMap(keys);
    }

    private static Entry entry(FactNode n) {
        n.onlyKeys(ENTRY_FIELDS);
        String key = n.text("key");
        VersionRange releases = n.has("releases") ? n.rangeText("releases") : VersionRange.all();
        List<String> when = n.texts("when");
        List<Condition> conditions = new ArrayList<>(when.size());
        boolean[] negated = new boolean[when.size()];
        for (int i = 0; i < negated.length; i++) {
            String c = when.get(i);
            negated[i] = c.startsWith("!");
            Condition known = named(Condition.class, negated[i] ? c.substring(1) : c);
            if (known == null) throw n.get("when").fail("unknown condition " + c);
            conditions.add(known);
        }
        String constant = n.optionalText("const").orElse(null);
        String fieldName = n.optionalText("field").orElse(null);
        String valueName = n.optionalText("value").orElse(null);
        boolean keep = n.bool("keep", false);
        int sources = (constant != null ? 1 : 0) + (fieldName != null ? 1 : 0) + (valueName != null ? 1 : 0);
        if (keep ? sources != 0 || !when.isEmpty() : sources != 1) {
            throw n.fail("key " + key + " needs exactly one of const, field, value, or keep without a condition");
        }
        Field field = fieldName == null ? null : named(Field.class, fieldName);
        if (fieldName != null && field == null) throw n.get("field").fail("unknown spec field " + fieldName);
        if ((field != null) != n.has("default")) throw n.fail("key " + key + " needs a default with its field, and only then");
        Value value = valueName == null ? null : named(Value.class, valueName);
        if (valueName != null && value == null) throw n.get("value").fail("unknown value " + valueName);
        // an Entry holds the first and the last minor line it covers (covers() compares both inclusively)
        Optional<SemanticVersion> from = releases.from();
        Optional<SemanticVersion> until = releases.until();
        return new Entry(key, from.isPresent() ? minor(n, from.get()) : 0,
                until.isPresent() ? minor(n, until.get()) - 1 : Integer.MAX_VALUE, keep, when,
                List.copyOf(conditions), negated, constant, field, field == null ? null : n.text("default"), value);
    }

    /** The constant of {@code type} named {@code name}, or {@code null} when it has none. */
    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
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
            data.putAll(new TreeMap<>(s.extraConfig()));
        }
    }

    /** The agent's health port, by the Cilium version ({@link CiliumVersionFacts}). */
    static long agentHealthPort(CiliumSpec s) {
        return CiliumVersionFacts.agentHealthPort(s.version().orElse(""));
    }
}
