package dev.podnet.providers.validation;

import dev.podnet.api.Cluster;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.provider.ProviderSpec;
import dev.podnet.api.spi.ProviderPlugin;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.providers.cluster.ClusterRules;
import dev.podnet.providers.internal.ClusterGates;
import dev.podnet.providers.internal.FieldConstraints;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.TablePlugin;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.ProviderMaps;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Runs every validation layer for one cluster at one release and returns all findings: the
 * cluster-level rules, the provider's rules (single-field constraints of {@link dev.podnet.providers.internal.FieldConstraints}
 * and the cross-field, cloud, Kubernetes-version and release rules; those of the provider's
 * {@link ProviderPlugin}), the lifecycle rules of any second provider, and the one-provider rule.
 * Build one and reuse it: the constructor does the {@link ServiceLoader} scan once. Immutable and thread-safe.
 */
public final class Validator {
    private static final Gate PROVIDER_REQUIRED = ClusterGates.gate("networking.provider-required");
    private final Map<ProviderKind, ProviderPlugin> plugins;
    private final FieldConstraints constraints = new FieldConstraints();

    /** A validator with the plugins registered through {@link ServiceLoader}. */
    public Validator() {
        this(ServiceLoader.load(ProviderPlugin.class, Validator.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList());
    }

    /**
     * A validator with exactly these plugins (the first of each kind wins).
     *
     * @param all the plugins whose rules run; a provider without one gets only cluster-level findings
     */
    public Validator(List<ProviderPlugin> all) {
        Map<ProviderKind, ProviderPlugin> m = new EnumMap<>(ProviderKind.class);
        for (ProviderPlugin p : all) m.putIfAbsent(p.kind(), p);
        this.plugins = Map.copyOf(m);
    }

    /**
     * Every finding for {@code cluster} at {@code release}: cluster-level rules, the provider's field and
     * cross-field rules, the lifecycle rules of a second provider key, the one-provider rule.
     *
     * @param cluster the cluster to check, as read or completed
     * @param release the kops release whose rules apply
     * @param mode {@code LENIENT} for the spec as written (defaults may be missing), {@code STRICT} for the
     *        completed spec (every required value must be present)
     * @return every finding, errors and warnings, in kops' order; empty when the cluster is valid
     * @throws NullPointerException when an argument is null
     */
    public Diagnostics validate(
Cluster cluster, KopsVersion release, ValidationMode mode) {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(mode, "mode");
        RuleContext ctx = new RuleContext(cluster, release, mode, constraints);
        // kops stops at a refusal of its conversion: nothing else of the spec is checked
        java.util.Optional<Diagnostic> refused = ClusterRules.conversionRefusal(ctx);
        if (refused.isPresent()) return Diagnostics.of(List.of(refused.get()));
        Findings out = new Findings();
        ClusterRules.check(ctx, out);

        Set<ProviderKind> configured = new LinkedHashSet<>();
        if (cluster.networking().provider().isPresent()) {
            ProviderKind kind = cluster.networking().provider().get().kind();
            configured.add(kind);
            out.addAll(providerFindings(kind, ctx));
        }
        // A second provider key lands in networking.extraFields(): run its provider-level rules
        // (lifecycle, cloud, IPv6) on an empty spec of its kind, keeping only findings on its own path.
        for (String key : cluster.networking().extraFields().keySet()) {
            ProviderKind kind = ProviderKind.byKey(key).orElse(null);
            if (kind == null || configured.contains(kind)) continue;
            configured.add(kind);
            Cluster alone = cluster.toBuilder()
                    .networking(cluster.networking().toBuilder().provider(empty(kind)).build()).build();
            String own = ctx.provider(kind);
            RuleContext aloneCtx = new RuleContext(alone, release, mode, constraints);
            for (Diagnostic d : providerFindings(kind, aloneCtx)) {
                if (d.path().equals(own) || d.path().equals("spec.networking") && kind == ProviderKind.CLASSIC) out.add(d);
            }
        }
        if (configured.isEmpty() && ctx.strict() && ctx.in(PROVIDER_REQUIRED)) {
            out.add(PROVIDER_REQUIRED.tag(Finding.required("spec.networking", "no networking mode set"))
                    .hint("choose a provider under spec.networking, e.g. cilium: {} (the default from kops 1.26)"));
        }
        OneProviderRule.check(ctx, configured, out);
        ClusterRules.checkAfterNetworking(ctx, out);
        return Diagnostics.of(withoutBuildFailuresBesideErrors(out.list()));
    }

    /**
     * kops builds the bootstrap channel, where a template can fail, only for a spec its validation accepted:
     * a build failure ({@link Finding#BUILD_RULE_SUFFIX}) is reported only when no validation error is.
     */
    static List<Diagnostic> withoutBuildFailuresBesideErrors(List<Diagnostic> all) {
        if (!hasValidationError(all)) return all;
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic d : all) {
            if (!isBuildFailure(d)) kept.add(d);
        }
        return List.copyOf(kept);
    }

    private static boolean hasValidationError(List<Diagnostic> all) {
        for (Diagnostic d : all) {
            if (d.isError() && !isBuildFailure(d)) return true;
        }
        return false;
    }

    private static boolean isBuildFailure(Diagnostic d) {
        return d.rule().isPresent() && d.rule().get().endsWith(Finding.BUILD_RULE_SUFFIX);
    }

    private List<Diagnostic> providerFindings(ProviderKind kind, RuleContext ctx) {
        ProviderPlugin plugin = plugins.get(kind);
        if (plugin == null) return List.of();
        if (plugin instanceof TablePlugin table) return table.validate(ctx); // shares this run's constraint checker
        return plugin.validate(ctx.cluster(), ctx.release(), ctx.mode());
    }

    /** An empty spec of {@code kind}, read by its codec (the one place that maps a kind to its model). */
    private static ProviderSpec empty(ProviderKind kind) {
        return ProviderMaps.fromMap(kind, Map.of());
    }
}
