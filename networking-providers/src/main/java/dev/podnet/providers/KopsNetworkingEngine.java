package dev.podnet.providers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Consumer;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cluster;
import dev.podnet.api.CreateOptions;
import dev.podnet.api.ProviderInfo;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.provider.ProviderSpec;
import dev.podnet.api.spi.DefaultsApplied;
import dev.podnet.api.spi.NetworkingEngine;
import dev.podnet.api.spi.ProviderPlugin;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.version.VersionRange;
import dev.podnet.api.yaml.ProviderYaml;
import dev.podnet.providers.cluster.ClusterDefaults;
import dev.podnet.providers.cluster.CreateCluster;
import dev.podnet.providers.cluster.SecondProviderBlock;
import dev.podnet.providers.internal.AppliedDefaults;
import dev.podnet.providers.internal.KubernetesVersions;
import dev.podnet.providers.validation.Validator;

/**
 * kops' networking rules: completion (cluster-level defaults, then the provider's, then the options
 * builders that derive KCM and kube-proxy settings), validation (delegated to {@link Validator}),
 * {@code create cluster} and the provider list. Plugins are found once through {@link ServiceLoader}
 * and made anew for each engine (one per {@code Podnet} facade), each reading its provider's table when
 * first needed; the validator is built once per engine. The engine is pure and thread-safe.
 */
public final class KopsNetworkingEngine implements NetworkingEngine {
    /** The registered plugins' providers (factories, which hold nothing), found once. */
    private static final List<ServiceLoader.Provider<ProviderPlugin>> REGISTERED =
            ServiceLoader.load(ProviderPlugin.class, KopsNetworkingEngine.class.getClassLoader()).stream().toList();

    private final Map<ProviderKind, ProviderPlugin> plugins;
    private final Validator validator;

    /**
     * An engine with the plugins registered through {@link ServiceLoader} (every provider of this
     * module); the {@code Podnet} facade creates it this way.
     */
    public KopsNetworkingEngine() {
        this(registered());
    }

    private static List<ProviderPlugin> registered() {
        List<ProviderPlugin> out = new ArrayList<>();
        for (ServiceLoader.Provider<ProviderPlugin> p : REGISTERED) out.add(p.get());
        return out;
    }

    /**
     * An engine with exactly these plugins (the first of each kind wins), e.g. to test one provider.
     *
     * @param found the plugins to use; a provider without one is completed with cluster-level defaults only
     */
    public KopsNetworkingEngine(List<ProviderPlugin> found) {
        Map<ProviderKind, ProviderPlugin> m = new EnumMap<>(ProviderKind.class);
        for (ProviderPlugin p : found) m.putIfAbsent(p.kind(), p);
        this.plugins = Map.copyOf(m);
        this.validator = new Validator(List.copyOf(m.values()));
    }

    @Override
    public DefaultsApplied complete(Cluster cluster, KopsVersion release) {
        AppliedDefaults applied = new AppliedDefaults();
        Cluster c;
        try {
            c = ClusterDefaults.beforeProvider(cluster, release, applied);
        } catch (IllegalArgumentException e) {
            // kops' subnet assignment (AssignSubnets, PerformAssignments) refuses the spec with the
            // same words; a caller gets them as a finding, not an unchecked exception.
            throw new dev.podnet.api.InvalidSpecException("cluster " + cluster.name() + " cannot be completed: "
                    + e.getMessage(), dev.podnet.api.diag.Diagnostics.of(List.of(dev.podnet.api.diag.Diagnostic.builder()
                    .path(dev.podnet.providers.internal.RuleContext.NAMES_1_26.holds(release) ? "spec.networking.subnets" : "spec.subnets")
                    .type(dev.podnet.api.diag.ErrorType.FORBIDDEN).detail(e.getMessage())
                    .hint("give every subnet a type and a cidr inside networkCIDR, or a networkCIDR with room for them")
                    .rule("cluster.subnet-assignment").build())));
        }
        ProviderKind kind = c.networking().providerKind().orElse(null);
        if (kind != null && plugins.containsKey(kind)) c = plugins.get(kind).applyDefaults(c, release, applied);
        c = completeSecondProviders(c, release, applied);
        c = ClusterDefaults.afterProvider(c, release, applied);
        return new DefaultsApplied(c, applied.list());
    }

    /**
     * A second provider block beside the model's (kept in {@code extraFields}, see the reader) completed as
     * kops completes every provider block it decodes: its own fields' form and defaults, so that
     * {@code cni: {usesSecondaryIP: false}} beside calico is written {@code cni: {}} (kops-oracle 1.20-1.30,
     * every provider kops accepts beside cni, in both key orders). A block podnet cannot read as that
     * provider is kept as written (the release's rules judge it).
     */
    private Cluster completeSecondProviders(Cluster c, KopsVersion release, Consumer<AppliedDefault> applied) {
        Map<String, Object> extras = c.networking().extraFields();
        Map<String, Object> done = new LinkedHashMap<>(extras);
        boolean changed = false;
        for (Map.Entry<String, Object> e : extras.entrySet()) {
            Map.Entry<ProviderKind, ProviderSpec> read = SecondProviderBlock.read(e.getKey(), e.getValue()).orElse(null);
            if (read == null || !plugins.containsKey(read.getKey())) continue;
            ProviderKind second = read.getKey();
            ProviderSpec spec = read.getValue();
            Cluster alone = c.toBuilder().networking(c.networking().toBuilder().provider(spec).build()).build();
            ProviderSpec completed = plugins.get(second).applyDefaults(alone, release, applied)
                    .networking().provider().orElse(spec);
            done.put(e.getKey(), ProviderYaml.toMap(completed));
            changed = true;
        }
        if (!changed || done.equals(extras)) return c;
        return c.toBuilder().networking(c.networking().toBuilder().extraFields(done).build()).build();
    }

    @Override
    public Diagnostics validate(Cluster cluster, KopsVersion release, ValidationMode mode) {
        return validator.validate(cluster, release, mode);
    }

    @Override
    public Cluster create(CreateOptions options, KopsVersion release) {
        return CreateCluster.create(options, release);
    }

    @Override
    public List<ProviderInfo> providers(KopsVersion release) {
        return plugins.values().stream().map(p -> p.info(release))
                .sorted(Comparator.comparing(ProviderInfo::kind)).toList();
    }

    @Override
    public VersionRange kubernetesVersions(KopsVersion release) {
        String from = KubernetesVersions.oldestSupported(release)
                .orElseThrow(() -> new IllegalArgumentException("no Kubernetes versions known for kops " + release));
        return VersionRange.between(from, release.major() + "." + (release.minor() + 1) + ".0");
    }

    @Override
    public java.util.Set<String> undecodedFields(KopsVersion release) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (ProviderPlugin p : plugins.values()) {
            undecodedPaths(p, release, out);
        }
        return java.util.Set.copyOf(out);
    }

    /** Asks only {@code kind}'s plugin, so that reading a spec loads no other provider's table. */
    @Override
    public java.util.Set<String> undecodedFields(KopsVersion release, ProviderKind kind) {
        ProviderPlugin p = plugins.get(kind);
        if (p == null) return java.util.Set.of();
        java.util.Set<String> out = new java.util.TreeSet<>();
        undecodedPaths(p, release, out);
        return java.util.Set.copyOf(out);
    }

    private static void undecodedPaths(ProviderPlugin p, KopsVersion release, java.util.Set<String> out) {
        if (!p.decodesBlock(release)) {
            // the block itself: the release's kops has no field for the provider's key
            out.add("spec.networking." + p.kind().key());
            out.add("spec.networking." + p.kind().modernKey());
        }
        for (String key : p.undecodedFields(release)) {
            // the block's key in v1alpha2 and, where it differs, in v1alpha3 (amazonVPC, kubeRouter)
            out.add("spec.networking." + p.kind().key() + "." + key);
            out.add("spec.networking." + p.kind().modernKey() + "." + key);
        }
    }

    /**
     * The plugin of a provider, if one is registered.
     *
     * @param kind the provider
     * @return its plugin; empty when this engine was built without one for {@code kind}
     */
    public java.util.Optional<ProviderPlugin> plugin(ProviderKind kind) {
        return java.util.Optional.ofNullable(plugins.get(kind));
    }
}
