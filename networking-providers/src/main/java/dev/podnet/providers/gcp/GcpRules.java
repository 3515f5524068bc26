package dev.podnet.providers.gcp;

import dev.podnet.api.Cloud;
import dev.podnet.api.provider.GcpSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;

/** GCE/GCP IP-alias networking: GCE only, no IPv6 (1.23+), blocked with containerd in 1.19. */
public final class GcpRules extends SpecRules<GcpSpec> {
    /** Creates the GCP (IP alias) rules; {@link GcpPlugin} holds the instance that validates clusters. */
    public GcpRules() { super(ProviderKind.GCP, GcpSpec.class); }

    @Override
    protected void check(RuleContext ctx, GcpSpec g, Findings out) {
        if (!ctx.onCloud(Cloud.GCE)) {
            String detail = ctx.before(1, 23) ? "gce networking is supported only when on GCP"
                    : ctx.before(1, 28) ? "GCE networking is supported only when on GCP" : "GCP networking is supported only when on GCP";
            out.add(Finding.forbidden(path(ctx), detail).rule("gcp.gce-only").releases("*").hint("use gce/gcp networking only with cloudProvider: gce"));
        }
        if (ctx.since(1, 23) && ctx.ipv6Only()) {
            out.add(Finding.forbidden(path(ctx), ctx.before(1, 28) ? "GCE networking does not support IPv6" : "GCP networking does not support IPv6")
                    .rule("gcp.ipv6").releases(">=1.23").hint("use an IPv4 cluster with gce/gcp networking"));
        }
        containerdBlocked119(ctx, "gce", out);
    }
}
