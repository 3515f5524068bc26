package dev.podnet.providers.cluster;

import dev.podnet.api.Cloud;
import dev.podnet.providers.internal.ClusterGates;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cluster's name and cloud, which kops refuses before any networking rule runs (kops-oracle
 * 1.19-1.36: an empty {@code metadata.name} fails {@code PopulateClusterSpec}; from 1.24 kops'
 * decoder refuses a {@code spec.cloudProvider} outside its list). Both are refused in either mode.
 */
final class ClusterIdentityRules {
    private static final Gate NAME = ClusterGates.gate("cluster.name-required");
    /** The clouds kops' decoder accepts, in the order its message lists them, each with its gate. */
    private static final Map<String, Gate> CLOUDS = clouds("gce", "digitalocean", "azure", "aws", "hetzner", "linode",
            "openstack", "scaleway");
    private static final Gate CLOUD = ClusterGates.gate("cluster.cloudProvider-supported");
    private static final Gate UNKNOWN = ClusterGates.gate("cluster.cloudProvider-unknown");
    /** Every cloud id podnet knows: an id outside it is only warned about where kops was not observed. */
    private static final List<Cloud> KNOWN = List.of(Cloud.AWS, Cloud.GCE, Cloud.AZURE, Cloud.DIGITALOCEAN, Cloud.HETZNER,
            Cloud.OPENSTACK, Cloud.SCALEWAY, Cloud.METAL, Cloud.LINODE, Cloud.ALICLOUD, Cloud.BAREMETAL);

    private ClusterIdentityRules() {
    }

    static void check(RuleContext ctx, Findings out) {
        if (ctx.cluster().name().isEmpty()) {
            out.add(NAME.tag(Finding.required("metadata.name", "name or generateName is required"))
                    .hint("name the cluster with a DNS name, such as mycluster.example.com"));
        }
        if (ctx.cloud().isPresent()) cloud(ctx, ctx.cloud().get(), out);
    }

    private static void cloud(RuleContext ctx, Cloud cloud, Findings out) {
        if (ctx.in(CLOUD)) {
            List<String> supported = new ArrayList<>();
            for (Map.Entry<String, Gate> e : CLOUDS.entrySet()) {
                if (ctx.in(e.getValue())) supported.add(e.getKey());
            }
            if (!supported.contains(cloud.id())) {
                out.add(CLOUD.tag(Finding.unsupported("spec.cloudProvider", cloud.id(), supported))
                        .hint(caseHint(cloud).orElse("set spec.cloudProvider to one of " + String.join(", ", supported))));
            }
        } else if (!KNOWN.contains(cloud)) {
            out.add(UNKNOWN.tag(Finding.warning("spec.cloudProvider", "podnet knows no cloud \"" + cloud.id()
                    + "\"; kops 1.24 and later refuse it"))
                    .hint(caseHint(cloud).orElse("set spec.cloudProvider to a cloud kops supports, such as aws")));
        }
    }

    /**
     * kops' cloud ids are case-sensitive ({@code AWS}, {@code Gce}: Unsupported value at kops 1.24-1.36,
     * kops-oracle): for an id that is a known one in another case or with blanks around it, the hint names it.
     */
    private static java.util.Optional<String> caseHint(Cloud cloud) {
        String plain = cloud.id().strip().toLowerCase(java.util.Locale.ROOT);
        return KNOWN.stream().filter(k -> k.id().equals(plain) && !k.equals(cloud)).findFirst()
                .map(k -> "write the cloud id exactly as kops does: cloudProvider: " + k.id() + " (kops' cloud ids are case-sensitive)");
    }

    private static Map<String, Gate> clouds(String... ids) {
        Map<String, Gate> out = new java.util.LinkedHashMap<>();
        for (String id : ids) out.put(id, ClusterGates.gate("cluster.cloudProvider-supported#" + id));
        return out;
    }
}
