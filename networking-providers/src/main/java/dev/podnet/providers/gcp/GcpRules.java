package dev.podnet.providers.gcp;

import dev.podnet.api.Cloud;
import dev.podnet.api.provider.GcpSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleGates;

/** GCE/GCP IP-alias networking: GCE only, no IPv6 (1.23+), blocked with containerd in 1.19. */
public final class GcpRules extends SpecRules<GcpSpec> {
    private static final RuleGates GATES = RuleGates.ofFolder("gcp");
    private static final Gate GCE_ONLY = GATES.gate("gcp.gce-only");
    private static final Gate IPV6 = GATES.gate("gcp.ipv6");
    private static final Gate CONTAINERD = GATES.gate("gce.containerd");
    private static final Gate NAMED_GCE = GATES.gate("gcp.name#gce");
    private static final Gate NAMED_GCP = GATES.gate("gcp.name#GCP");

    /** Creates the GCP (IP alias) rules; {@link GcpPlugin} holds the instance that validates clusters. */
    public GcpRules() { super(ProviderKind.GCP, GcpSpec.class); }

    @Override
    protected void check(RuleContext ctx, GcpSpec g, Findings out) {
        if (ctx.in(GCE_ONLY) && !ctx.onCloud(Cloud.GCE)) {
            out.add(GCE_ONLY.tag(Finding.forbidden(path(ctx), name(ctx) + " networking is supported only when on GCP"))
                    .hint("use gce/gcp networking only with cloudProvider: gce"));
        }
        if (ctx.in(IPV6) && ctx.ipv6Only()) {
            out.add(IPV6.tag(Finding.forbidden(path(ctx), name(ctx) + " networking does not support IPv6"))
                    .hint("use an IPv4 cluster with gce/gcp networking"));
        }
        containerdBlocked(ctx, CONTAINERD, "gce", out);
    }

    /** How kops names the provider in these messages at the context's release. */
    private static String name(RuleContext ctx) {
        return ctx.in(NAMED_GCE) ? "gce" : ctx.in(NAMED_GCP) ? "GCP" : "GCE";
    }
}
