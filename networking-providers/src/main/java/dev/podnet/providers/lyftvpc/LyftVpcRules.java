package dev.podnet.providers.lyftvpc;

import dev.podnet.api.Cloud;
import dev.podnet.api.provider.LyftVpcSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;

/** Lyft VPC: AWS only, deprecated in 1.22, removed in 1.23. */
public final class LyftVpcRules extends SpecRules<LyftVpcSpec> {
    static final String HINT = "use amazonvpc or cilium with ipam: eni; lyftvpc was removed in kops 1.23";

    /** Creates the Lyft VPC rules; {@link LyftVpcPlugin} holds the instance that validates clusters. */
    public LyftVpcRules() { super(ProviderKind.LYFT_VPC, LyftVpcSpec.class); }

    @Override
    protected void check(RuleContext ctx, LyftVpcSpec l, Findings out) {
        if (ctx.since(1, 23)) {
            // quirk: 1.23–1.31 print the path typo spec.networking.lyftvp
            String p = ctx.before(1, 32) ? "spec.networking.lyftvp" : path(ctx);
            out.add(Finding.forbidden(p, "support for LyftVPC has been removed").rule("lyftvpc.removed").releases(">=1.23").hint(HINT));
            return;
        }
        if (!ctx.onCloud(Cloud.AWS)) {
            // quirk: the message is the AWS VPC CNI's, as kops prints it
            out.add(Finding.forbidden(path(ctx), "amazon-vpc-routed-eni networking is supported only in AWS").rule("lyftvpc.aws-only")
                    .releases("<1.23").hint("lyftvpc runs only on AWS"));
        }
        if (ctx.releaseIs(1, 22)) {
            out.add(Finding.warning(path(ctx), "LyftVPC is deprecated and will be removed in kops 1.23").rule("lyftvpc.deprecated")
                    .releases(">=1.22 <1.23").hint(HINT));
        }
    }
}
