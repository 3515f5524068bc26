package dev.podnet.providers.romana;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.provider.RomanaSpec;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleGates;

/** Romana: deprecated in 1.18, removed in 1.19. */
public final class RomanaRules extends SpecRules<RomanaSpec> {
    private static final RuleGates GATES = RuleGates.ofFolder("romana");
    private static final Gate DEPRECATED = GATES.gate("romana.deprecated");
    private static final Gate REMOVED = GATES.gate("romana.removed");

    static final String HINT = "use calico or cilium; romana was removed in kops 1.19";

    /** Creates the Romana rules; {@link RomanaPlugin} holds the instance that validates clusters. */
    public RomanaRules() { super(ProviderKind.ROMANA, RomanaSpec.class); }

    @Override
    protected void check(RuleContext ctx, RomanaSpec r, Findings out) {
        if (ctx.in(REMOVED)) {
            out.add(REMOVED.tag(Finding.forbidden(path(ctx), "support for Romana has been removed")).hint(HINT));
        } else if (ctx.in(DEPRECATED)) {
            out.add(DEPRECATED.tag(Finding.warning(path(ctx), "Romana is deprecated and will be removed in kops 1.19")).hint(HINT));
        }
    }
}
