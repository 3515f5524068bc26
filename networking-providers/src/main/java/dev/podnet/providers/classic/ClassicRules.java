package dev.podnet.providers.classic;

import dev.podnet.api.provider.ClassicSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleGates;

/** classic: never supported by any release podnet models. */
public final class ClassicRules extends SpecRules<ClassicSpec> {
    private static final Gate UNSUPPORTED = RuleGates.ofFolder("classic").gate("classic.unsupported");

    /** Creates the classic rules; {@link ClassicPlugin} holds the instance that validates clusters. */
    public ClassicRules() { super(ProviderKind.CLASSIC, ClassicSpec.class); }

    @Override
    protected void check(RuleContext ctx, ClassicSpec c, Findings out) {
        if (ctx.in(UNSUPPORTED)) {
            out.add(UNSUPPORTED.tag(Finding.invalid("spec.networking", "classic", "classic networking is not supported"))
                    .hint("choose a provider, e.g. cilium, calico or kubenet"));
        }
    }
}
