package dev.podnet.providers.romana;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.provider.RomanaSpec;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;

/** Romana: deprecated in 1.18, removed in 1.19. */
public final class RomanaRules extends SpecRules<RomanaSpec> {
    static final String HINT = "use calico or cilium; romana was removed in kops 1.19";

    /** Creates the Romana rules; {@link RomanaPlugin} holds the instance that validates clusters. */
    public RomanaRules() { super(ProviderKind.ROMANA, RomanaSpec.class); }

    @Override
    protected void check(RuleContext ctx, RomanaSpec r, Findings out) {
        if (ctx.since(1, 19)) {
            out.add(Finding.forbidden(path(ctx), "support for Romana has been removed").rule("romana.removed").releases(">=1.19").hint(HINT));
        } else {
            out.add(Finding.warning(path(ctx), "Romana is deprecated and will be removed in kops 1.19").rule("romana.deprecated")
                    .releases("<1.19").hint(HINT));
        }
    }
}
