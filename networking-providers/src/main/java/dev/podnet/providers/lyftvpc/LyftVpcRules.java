package dev.podnet.providers.lyftvpc;

import dev.podnet.api.Cloud;
import dev.podnet.api.provider.LyftVpcSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleGates;

/** Lyft VPC: AWS only, deprecated in 1.22, removed in 1.23. */
public final class LyftVpcRules extends SpecRules<LyftVpcSpec> {
    private static final RuleGates GATES = RuleGates.ofFolder("lyftvpc");
    private static final Gate AWS_ONLY = GATES.gate("lyftvpc.aws-only");
    private static final Gate DEPRECATED = GATES.gate("lyftvpc.deprecated");
    private static final Gate REMOVED = GATES.gate("lyftvpc.removed");
    private static final Gate REMOVED_PATH_TYPO = GATES.gate("lyftvpc.removed#path-typo");

    static final String HINT = "use amazonvpc or cilium with ipam: eni; lyftvpc was removed in kops 1.23";

    /** Creates the Lyft VPC rules; {@link LyftVpcPlugin} holds the instance that validates clusters. */
    public LyftVpcRules() { super(ProviderKind.LYFT_VPC, LyftVpcSpec.class); }

    @Override
    protected void check(RuleContext ctx, LyftVpcSpec l, Findings out) {
        if (ctx.in(REMOVED)) {
            // quirk: 1.23–1.31 print the path typo spec.networking.lyftvp
            String p = ctx.in(REMOVED_PATH_TYPO) ? "spec.networking.lyftvp" : path(ctx);
            out.add(REMOVED.tag(Finding.forbidden(p, "support for LyftVPC has been removed")).hint(HINT));
            return;
        }
        if (ctx.in(AWS_ONLY) && !ctx.onCloud(Cloud.AWS)) {
            // quirk: the message is the AWS VPC CNI's, as kops prints it
            out.add(AWS_ONLY.tag(Finding.forbidden(path(ctx), "amazon-vpc-routed-eni networking is supported only in AWS"))
                    .hint("lyftvpc runs only on AWS"));
        }
        if (ctx.in(DEPRECATED)) {
            out.add(DEPRECATED.tag(Finding.warning(path(ctx), "LyftVPC is deprecated and will be removed in kops 1.23")).hint(HINT));
        }
    }
}
