package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.api.Cloud;
import dev.podnet.api.Subnet;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * kops builds its AWS cloud before it validates the spec, in the region its subnets' zones name (a zone less its last
 * letter): a zone of two characters or fewer, or a zone of another region than the first subnet's, stops it there
 * ({@code BuildCloud: ...}), so that error is the only one reported. The subnets in order, the first failing one
 * named. kops-oracle 1.19, 1.24, 1.28 and 1.36: an absent or empty zone ({@code invalid AWS zone: "" in subnet
 * "NAME"}), {@code a}, and zones of us-east-1 and us-west-2 ({@code error Clusters cannot span multiple regions
 * (found zone "us-west-2a", but region is "us-east-1")}). Whether the region and zones exist is asked of the cloud
 * (kops-oracle's mock answers for a few), which podnet does not do.
 */
final class AwsRegionRule {
    private static final Gate ZONE = gate("cluster.aws-zone");

    private AwsRegionRule() {
    }

    /** {@return kops' refusal to build its AWS cloud from the subnets' zones, if any} */
    static Optional<Diagnostic> refusal(RuleContext ctx) {
        if (!ctx.onCloud(Cloud.AWS) || !ctx.in(ZONE)) return Optional.empty();
        List<Subnet> subnets = ctx.cluster().networking().subnets();
        String region = null;
        for (int i = 0; i < subnets.size(); i++) {
            Subnet s = subnets.get(i);
            String zone = s.zone().orElse("");
            String path = ctx.net("subnets[" + i + "].zone");
            // Go's len and slicing count bytes
            byte[] bytes = zone.getBytes(StandardCharsets.UTF_8);
            if (bytes.length <= 2) {
                return Optional.of(ZONE.tag(Finding.invalid(path, zone, "invalid AWS zone: " + GoText.quote(zone)
                        + " in subnet " + GoText.quote(s.name().orElse("")))).hint("set the subnet's zone, e.g. us-east-1a").build());
            }
            String zoneRegion = new String(bytes, 0, bytes.length - 1, StandardCharsets.UTF_8);
            if (region == null) {
                region = zoneRegion;
            } else if (!region.equals(zoneRegion)) {
                return Optional.of(ZONE.tag(Finding.invalid(path, zone, "error Clusters cannot span multiple regions (found zone "
                        + GoText.quote(zone) + ", but region is " + GoText.quote(region) + ")"))
                        .hint("put every subnet in a zone of " + region).build());
            }
        }
        return Optional.empty();
    }
}
