package dev.podnet.providers.validation.classic;

import dev.podnet.api.provider.ClassicSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.validation.internal.BaseRules;
import dev.podnet.providers.validation.internal.Ctx;
import dev.podnet.providers.validation.internal.D;
import dev.podnet.providers.validation.internal.Findings;

/** classic: never supported by any release podnet models. */
public final class ClassicRules extends BaseRules<ClassicSpec> {
    public ClassicRules() { super(ProviderKind.CLASSIC, ClassicSpec.class); }

    @Override
    protected void check(Ctx ctx, ClassicSpec c, Findings out) {
        out.add(D.invalid("spec.networking", "classic", "classic networking is not supported").rule("classic.unsupported").releases("*")
                .hint("choose a provider, e.g. cilium, calico or kubenet"));
    }
}
