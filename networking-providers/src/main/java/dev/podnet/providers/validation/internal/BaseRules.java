package dev.podnet.providers.validation.internal;

import dev.podnet.api.Cluster;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.provider.ProviderSpec;
import dev.podnet.api.spi.ProviderRules;
import dev.podnet.api.version.KopsVersion;
import java.util.List;

/** A provider's rule class: typed access to its spec, a {@link Ctx} and a {@link Findings}. */
public abstract class BaseRules<S extends ProviderSpec> implements ProviderRules {
    private final ProviderKind kind;
    private final Class<S> type;

    protected BaseRules(ProviderKind kind, Class<S> type) {
        this.kind = kind;
        this.type = type;
    }

    @Override
    public final ProviderKind kind() { return kind; }

    @Override
    public final List<Diagnostic> validate(Cluster cluster, KopsVersion release, ValidationMode mode) {
        S spec = cluster.networking().provider(type).orElse(null);
        if (spec == null) return List.of();
        Ctx ctx = new Ctx(cluster, release, mode);
        Findings out = new Findings();
        check(ctx, spec, out);
        return out.list();
    }

    protected abstract void check(Ctx ctx, S spec, Findings out);

    /** {@code spec.networking.<key>} for this provider at the context's release. */
    protected String path(Ctx ctx) { return ctx.provider(kind); }

    protected String path(Ctx ctx, String field) { return ctx.provider(kind, field); }

    /** kops 1.19 only: kubenet-style providers were blocked with containerd. */
    protected void containerdBlocked119(Ctx ctx, String name, Findings out) {
        if (ctx.releaseIs(1, 19) && ctx.extraSpecString("containerRuntime").filter("containerd"::equals).isPresent()) {
            out.add(D.invalid("spec.networking", name, name + " networking is not supported with containerd")
                    .rule(name + ".containerd").releases(">=1.19 <1.20")
                    .hint("use docker as the container runtime, or kops 1.20+ which supports " + name + " with containerd"));
        }
    }
}
