package dev.podnet.providers.internal;

import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.provider.ProviderSpec;
import java.util.List;

/**
 * One provider's validation rules over its typed spec. A provider's plugin owns exactly one
 * (see {@link TablePlugin}); the rules run only when the cluster's provider is of type {@code S}.
 */
public abstract class SpecRules<S extends ProviderSpec> {
    private final ProviderKind kind;
    private final Class<S> type;

    protected SpecRules(ProviderKind kind, Class<S> type) {
        this.kind = kind;
        this.type = type;
    }

    public final ProviderKind kind() { return kind; }

    /** Every finding of these rules for the context's cluster; none when its provider is another. */
    public final List<Diagnostic> validate(RuleContext ctx) {
        S spec = ctx.cluster().networking().provider(type).orElse(null);
        if (spec == null) return List.of();
        Findings out = new Findings();
        check(ctx, spec, out);
        return out.list();
    }

    /**
     * The provider's own checks: cross-field, cloud, Kubernetes-version and release rules (the
     * single-field constraints run elsewhere).
     *
     * @param ctx the cluster, its release and the validation mode
     * @param spec the cluster's provider spec, of this rules' type
     * @param out receives the findings, in kops' order
     */
    protected abstract void check(RuleContext ctx, S spec, Findings out);

    /** {@code spec.networking.<key>} for this provider at the context's release. */
    protected String path(RuleContext ctx) { return ctx.provider(kind); }

    protected String path(RuleContext ctx, String field) { return ctx.provider(kind, field); }

    /** kops 1.19 only ({@code gate}, {@code <name>.containerd}): kubenet-style providers were blocked with containerd. */
    protected void containerdBlocked(RuleContext ctx, Gate gate, String name, Findings out) {
        if (ctx.in(gate) && "containerd".equals(ctx.extraSpecString("containerRuntime").orElse(null))) {
            out.add(gate.tag(Finding.invalid("spec.networking", name, name + " networking is not supported with containerd"))
                    .hint("use docker as the container runtime, or kops 1.20+ which supports " + name + " with containerd"));
        }
    }
}
