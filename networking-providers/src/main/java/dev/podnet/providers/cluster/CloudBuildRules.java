package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.api.Cloud;
import dev.podnet.api.CloudProvider;
import dev.podnet.api.Subnet;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * kops builds its cloud before it validates the spec ({@code BuildCloud: ...}); what stops it there is the only error
 * reported. Whether a region, zone or project exists is asked of the cloud (kops-oracle's mock answers for a few),
 * which podnet does not do; what kops refuses from the spec alone is here.
 * <ul>
 * <li>AWS: the region is the subnets' zones less their last letter; a zone of two characters or fewer, or a zone of
 * another region than the first subnet's, stops it, the first failing subnet named. kops-oracle 1.19–1.36: an absent
 * or empty zone ({@code invalid AWS zone: "" in subnet "NAME"}), {@code a}, {@code ab}, and zones of two regions
 * ({@code error Clusters cannot span multiple regions (found zone "us-west-2a", but region is "us-east-1")}); no
 * subnet at all leaves the region empty, which is no region AWS knows ({@code Region is not a recognized EC2 region:
 * ""}).</li>
 * <li>GCE: a subnet names the region ({@code on GCE, subnets must include Regions} when none does, no subnet too; a
 * subnet without one beside one with one is validation's {@code region must be specified}), then the project is given
 * ({@code project is required for GCE - try gcloud config get-value project}; v1alpha2's {@code spec.project},
 * v1alpha3's {@code spec.cloudProvider.gce.project}). kops-oracle 1.33.1 and 1.36, the older builds judge AWS only.</li>
 * </ul>
 */
final class CloudBuildRules {
    private static final Gate AWS_ZONE = gate("cluster.aws-zone");
    private static final Gate GCE = gate("cluster.gce-build");

    private CloudBuildRules() {
    }

    /** {@return kops' refusal to build the cluster's cloud, if any} */
    static Optional<Diagnostic> refusal(RuleContext ctx) {
        if (ctx.onCloud(Cloud.AWS) && ctx.in(AWS_ZONE)) return aws(ctx);
        if (ctx.onCloud(Cloud.GCE) && ctx.in(GCE)) return gce(ctx);
        return Optional.empty();
    }

    private static Optional<Diagnostic> aws(RuleContext ctx) {
        List<Subnet> subnets = ctx.cluster().networking().subnets();
        if (subnets.isEmpty()) {
            // no zone, no region: the empty one is no region AWS knows
            return Optional.of(AWS_ZONE.tag(Finding.required(ctx.net("subnets"),
                    "Region is not a recognized EC2 region: \"\" (check you have specified valid zones?)"))
                    .hint("add subnets in the zones of one region (kops create cluster --zones does)").build());
        }
        String region = null;
        for (int i = 0; i < subnets.size(); i++) {
            Subnet s = subnets.get(i);
            String zone = s.zone().orElse("");
            String path = ctx.net("subnets[" + i + "].zone");
            // Go's len and slicing count bytes
            byte[] bytes = zone.getBytes(StandardCharsets.UTF_8);
            if (bytes.length <= 2) {
                return Optional.of(AWS_ZONE.tag(Finding.invalid(path, zone, "invalid AWS zone: " + GoText.quote(zone)
                        + " in subnet " + GoText.quote(s.name().orElse("")))).hint("set the subnet's zone, e.g. us-east-1a").build());
            }
            String zoneRegion = new String(bytes, 0, bytes.length - 1, StandardCharsets.UTF_8);
            if (region == null) {
                region = zoneRegion;
            } else if (!region.equals(zoneRegion)) {
                return Optional.of(AWS_ZONE.tag(Finding.invalid(path, zone, "error Clusters cannot span multiple regions (found zone "
                        + GoText.quote(zone) + ", but region is " + GoText.quote(region) + ")"))
                        .hint("put every subnet in a zone of " + region).build());
            }
        }
        return Optional.empty();
    }

    private static Optional<Diagnostic> gce(RuleContext ctx) {
        List<Subnet> subnets = ctx.cluster().networking().subnets();
        // the cloud's region is one the subnets name; a subnet without one is validation's finding afterwards
        if (noneNamesARegion(subnets)) {
            String path = ctx.net(subnets.isEmpty() ? "subnets" : "subnets[0].region");
            return Optional.of(GCE.tag(Finding.required(path, "on GCE, subnets must include Regions"))
                    .hint("set the subnets' region (GCE subnets name their region)").build());
        }
        Optional<CloudProvider> cloud = ctx.cloudProviderBlock() ? ctx.cluster().cloudProvider() : Optional.empty();
        Object project = cloud.isPresent() ? cloud.get().settings().get("project") : ctx.extraSpec("project").orElse(null);
        if (project == null || String.valueOf(project).isEmpty()) {
            String path = cloud.isPresent() ? "spec.cloudProvider.gce.project" : "spec.project";
            return Optional.of(GCE.tag(Finding.required(path, "project is required for GCE - try gcloud config get-value project"))
                    .hint("set the GCE project the cluster runs in").build());
        }
        return Optional.empty();
    }

    private static boolean noneNamesARegion(List<Subnet> subnets) {
        for (Subnet s : subnets) {
            if (!s.region().orElse("").isEmpty()) return false;
        }
        return true;
    }
}
