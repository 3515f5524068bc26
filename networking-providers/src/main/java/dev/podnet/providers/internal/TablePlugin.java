package dev.podnet.providers.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cluster;
import dev.podnet.api.OutputKind;
import dev.podnet.api.ProviderInfo;
import dev.podnet.api.ProviderStatus;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.internal.facts.ReleaseFacts;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.provider.ProviderSpec;
import dev.podnet.api.yaml.ProviderYaml;
import dev.podnet.api.spi.ProviderPlugin;
import dev.podnet.api.version.KopsVersion;

/**
 * A provider plugin whose lifecycle, {@code --networking} names and field defaults are read from
 * its release table {@code dev/podnet/providers/<provider>/provider.yaml}:
 *
 * <pre>
 * lifecycle:            # newest entry not after the release
 *   "1.18": {status: SUPPORTED, output: MANIFEST, names: [calico]}
 * defaults:             # see FieldRules
 *   - {key: encapsulationMode, value: ipip, since: "1.19", rule: calico.encapsulation-mode, reason: ...}
 * </pre>
 *
 * Its validation rules are the {@link SpecRules} its subclass makes ({@link #newRules}), so the provider is one
 * registration; the table and the rules are read when first needed (one provider's, not every provider's, for a
 * spec). Subclasses add defaults whose values are computed from other fields ({@link #computed}).
 */
public abstract class TablePlugin implements ProviderPlugin {
    /** One {@code lifecycle} row. */
    private record Lifecycle(ProviderStatus status, OutputKind output, List<String> names, Optional<String> note) {
        static final Lifecycle UNAVAILABLE = new Lifecycle(ProviderStatus.UNAVAILABLE, OutputKind.NOTHING, List.of(), Optional.empty());

        static Lifecycle read(FactNode row) {
            return new Lifecycle(ProviderStatus.valueOf(row.text("status")), OutputKind.valueOf(row.text("output")),
                    row.texts("names"), row.optionalText("note"));
        }
    }

    /** What the plugin reads from its table and its rules, loaded on first use. */
    private record Loaded(ReleaseFacts<Lifecycle> lifecycle, FieldRules rules, FieldForms forms, SpecRules<?> validation) {
    }

    private final ProviderKind kind;
    private final String folder;
    private final FieldConstraints constraints;
    /**
     * Loaded by the first call that needs it: an engine (one per facade) holds every provider's plugin,
     * and a run reads the table of the provider it meets, not all of them. Written once.
     */
    private volatile Loaded loaded;

    /**
     * @param kind the provider
     * @param folder its resources folder under {@code dev/podnet/providers/}
     */
    protected TablePlugin(ProviderKind kind, String folder) {
        this.kind = Objects.requireNonNull(kind);
        this.folder = Objects.requireNonNull(folder);
        this.constraints = new FieldConstraints();
    }

    /**
     * Makes this provider's validation rules; called once, on first use, so that the gate table they read is
     * loaded only for a provider a run meets. An overriding method rather than a constructor reference: a
     * method reference is linked at first run, which costs a cold start more than a plain call.
     */
    protected abstract SpecRules<?> newRules();

    private Loaded loaded() {
        Loaded l = loaded;
        if (l != null) return l;
        synchronized (this) {
            if (loaded == null) loaded = load();
            return loaded;
        }
    }

    private Loaded load() {
        SpecRules<?> validation = Objects.requireNonNull(newRules(), "rules");
        if (validation.kind() != kind) throw new IllegalArgumentException(kind + " plugin given " + validation.kind() + " rules");
        FactNode table = FactDocument.load(TablePlugin.class.getClassLoader(),
                "dev/podnet/providers/" + folder + "/provider.yaml").root();
        return new Loaded(table.byRelease("lifecycle", Lifecycle::read),
                FieldRules.of("spec.networking." + kind.key(), table), FieldForms.of(table), validation);
    }

    @Override
    public ProviderKind kind() { return kind; }

    @Override
    public ProviderInfo info(KopsVersion release) {
        Lifecycle l = loaded().lifecycle().at(release).orElse(Lifecycle.UNAVAILABLE);
        ProviderInfo.Builder b = ProviderInfo.builder().kind(kind).status(l.status()).output(l.output())
                .networkingNames(l.names());
        l.note().ifPresent(b::note);
        return b.build();
    }

    @Override
    public List<Diagnostic> validate(Cluster cluster, KopsVersion release, ValidationMode mode) {
        return validate(new RuleContext(cluster, release, mode, constraints));
    }

    /** This provider's findings in a run whose context (and constraint checker) the caller owns. */
    public List<Diagnostic> validate(RuleContext ctx) {
        return loaded().validation().validate(new RuleContext(formed(ctx.cluster(), ctx.release()), ctx.release(), ctx.mode(),
                ctx.constraints()));
    }

    /** The cluster with this provider's unknown fields and empty plain strings unset (see {@link FieldForms}), as kops validates them. */
    private Cluster formed(Cluster cluster, KopsVersion release) {
        ProviderSpec spec = cluster.networking().provider().orElse(null);
        if (spec == null || spec.kind() != kind) return cluster;
        FieldForms forms = loaded().forms();
        // most specs are in that form already: asked without copying the tree (as validation runs per spec)
        if (ProviderYaml.unreadKeys(spec).isEmpty()
                && (forms.validatesAsIs(release) || !forms.changedWhenValidated(ProviderYaml.toMap(spec), release))) {
            return cluster;
        }
        Map<String, Object> tree = ProviderMaps.toMap(spec);
        Map<String, Object> before = ProviderMaps.deepCopy(tree);
        forms.asValidated(tree, release);
        if (tree.equals(before) && ProviderYaml.unreadKeys(spec).isEmpty()) return cluster;
        return cluster.toBuilder().networking(cluster.networking().toBuilder().provider(ProviderMaps.fromMap(kind, tree)).build()).build();
    }

    @Override
    public java.util.Set<String> undecodedFields(KopsVersion release) {
        return loaded().forms().unknownAt(release);
    }

    @Override
    public boolean decodesBlock(KopsVersion release) {
        return loaded().forms().blockDecodedAt(release);
    }

    /** The table-driven field rules (for tests and documentation). */
    public FieldRules fieldRules() { return loaded().rules(); }

    @Override
    public Cluster applyDefaults(Cluster cluster, KopsVersion release, Consumer<AppliedDefault> applied) {
        ProviderSpec spec = cluster.networking().provider().orElse(null);
        if (spec == null || spec.kind() != kind) return cluster;
        // compared with the tree as read, so that v1alpha3 spellings are completed in kops' v1alpha2 ones
        Map<String, Object> before = ProviderMaps.asRead(spec);
        Map<String, Object> tree = ProviderMaps.toV1alpha2(kind, before);
        AppliedDefaults sink = new AppliedDefaults();
        Loaded l = loaded();
        l.forms().apply(tree, release);
        computed(tree, cluster, release, sink, true);
        l.rules().apply(tree, cluster, release, sink);
        computed(tree, cluster, release, sink, false);
        if (tree.equals(before) && ProviderYaml.unreadKeys(spec).isEmpty()) return cluster;
        for (AppliedDefault d : sink.list()) applied.accept(d);
        ProviderSpec done = ProviderMaps.fromMap(kind, tree);
        return cluster.toBuilder().networking(cluster.networking().toBuilder().provider(done).build()).build();
    }

    /**
     * Rules whose value is computed from the rest of the spec, run before ({@code first}) and after the
     * table rules. Must only set keys that are absent, unless kops overrides (then say so).
     *
     * @param tree the provider spec as a mutable map of its YAML keys; set values in place
     * @param cluster the whole cluster, for the values the defaults derive from
     * @param release the kops release whose rules apply
     * @param applied receives one {@link AppliedDefault} per key set
     * @param first {@code true} for the run before the table rules, {@code false} for the one after
     */
    protected void computed(Map<String, Object> tree, Cluster cluster, KopsVersion release,
            Consumer<AppliedDefault> applied, boolean first) {
    }
}
