package dev.podnet.providers.classic;

import dev.podnet.api.provider.ClassicSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;

/** classic: never supported by any release podnet models. */
public final class ClassicRules extends SpecRules<ClassicSpec> {
    /** Creates the classic rules; {@link ClassicPlugin} holds the instance that validates clusters. */
    public ClassicRules() { super(ProviderKind.CLASSIC, ClassicSpec.class); }

    @Override
    protected void check(RuleContext ctx, ClassicSpec c, Findings out) {
        out.add(Finding.invalid("spec.networking", "classic", "classic networking is not supported").rule("classic.unsupported").releases("*")
                .hint("choose a provider, e.g. cilium, calico or kubenet"));
    }
}
