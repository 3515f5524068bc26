package dev.podnet.providers.cluster;

import static dev.podnet.providers.cluster.ClusterDefaults.withNetworking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cloud;
import dev.podnet.api.CloudProvider;
import dev.podnet.api.Cluster;
import dev.podnet.api.EgressProxy;
import dev.podnet.api.Networking;
import dev.podnet.api.internal.IpNetwork;
import dev.podnet.api.version.KopsVersion;

/** kops' {@code assignProxy}: extends egressProxy.excludes with the cluster's own names and ranges. Stateless. */
final class EgressProxyExcludes {
    private static final ClusterFacts FACTS = ClusterFacts.SHIPPED;

    private EgressProxyExcludes() {
    }

    static Cluster assign(Cluster c, KopsVersion r, Consumer<AppliedDefault> applied) {
        Networking n = c.networking();
        if (n.egressProxy().isEmpty()) return c;
        String user = n.egressProxy().get().excludes().orElse("");
        List<String> out = new ArrayList<>();
        if (!user.isEmpty()) out.addAll(List.of(user.split(",")));
        for (String what : FACTS.egressProxyExcludes().at(r).orElse(List.of())) {
            for (String v : values(what, c)) {
                // only the user's excludes are searched (as a substring): kops appends a value twice when two entries give
                // it (kops-oracle 1.19, 1.24, 1.36: nonMasqueradeCIDR equal to networkCIDR)
                if (v == null || v.isEmpty() || user.contains(v)) continue;
                out.add(v);
            }
        }
        String joined = String.join(",", out);
        if (joined.equals(user)) return c;
        applied.accept(AppliedDefault.of("spec.egressProxy.excludes", joined, "cluster.egress-proxy-excludes",
                "egress proxy excludes: the user's entries, then localhost, cluster DNS domain, API name, cluster name, "
                        + "non-masquerade range, AWS metadata address and network CIDRs (assignProxy, all releases)"));
        return withNetworking(c, n.toBuilder().egressProxy(EgressProxy.builder().from(n.egressProxy().get()).excludes(joined).build()).build());
    }

    /** The values one named entry of the table stands for; any other entry is itself the value. */
    private static List<String> values(String what, Cluster c) {
        Networking n = c.networking();
        return switch (what) {
            // the domain as written: kops reads it before its defaults fill in cluster.local (kops-oracle 1.19, 1.36: none
            // when unset, "foo.local" when written)
            case "clusterDNSDomain" -> c.extraSpec().get("clusterDNSDomain") == null ? List.of()
                    : List.of(String.valueOf(c.extraSpec().get("clusterDNSDomain")));
            case "apiPublicName" -> {
                // v1alpha3 writes the name as api.publicName, v1alpha2 as masterPublicName: v1alpha2's reader drops an
                // api.publicName unread (kops-oracle 1.19, 1.24, 1.36 exclude api.NAME beside it). A v1alpha3 document
                // is the one whose cloudProvider is a block.
                boolean v1alpha3 = c.cloudProvider().map(CloudProvider::objectForm).orElse(false);
                Object api = c.extraSpec().get("api");
                Object pn = v1alpha3 && api instanceof Map<?, ?> m ? m.get("publicName") : null;
                if (pn == null) pn = c.extraSpec().get("masterPublicName");
                if (pn != null && !String.valueOf(pn).isEmpty()) yield List.of(String.valueOf(pn));
                // an empty name is kops' unset one: its default api.NAME is excluded (kops-oracle 1.19-1.36), but a
                // cluster without DNS (topology.dns None, kops 1.28 on) has no default name (kops-oracle 1.28-1.36)
                boolean noDns = "None".equals(ComponentFields.dnsType(c).orElse(null));
                yield noDns ? List.of() : List.of("api." + c.name());
            }
            case "clusterName" -> List.of(c.name());
            case "nonMasqueradeFirstIP" -> {
                // IPv6 too: "::/0" gives "::1" (kops-oracle 1.22-1.36)
                IpNetwork nm = n.nonMasqueradeCIDR().flatMap(IpNetwork::parse).orElse(null);
                if (nm == null) yield List.of();
                yield List.of(nm.networkPlus(1));
            }
            case "nonMasqueradeCIDR" -> n.nonMasqueradeCIDR().map(List::of).orElse(List.of());
            case "awsMetadata" -> c.cloud().filter(Cloud.AWS::equals).isPresent() ? List.of("169.254.169.254") : List.of();
            case "networkCIDR" -> n.networkCIDR().map(List::of).orElse(List.of());
            case "additionalNetworkCIDRs" -> n.additionalNetworkCIDRs();
            default -> List.of(what);
        };
    }
}
