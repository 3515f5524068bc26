package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.api.Cloud;
import dev.podnet.api.internal.IpNetwork;
import dev.podnet.providers.internal.Cidr;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The DNS servers kops forwards to and the addresses it lets reach the cluster (kops' validateClusterSpec, in the order
 * kops-oracle 1.19-1.36 report them): each {@code kubeDNS.upstreamNameservers} entry must be an IP address (Go's
 * {@code net.ParseIP}); each {@code kubeDNS.stubDomains} domain must list a nameserver, each an IP address; each entry of {@code sshAccess}, {@code kubernetesApiAccess} and {@code nodePortAccess} must be a network
 * CIDR as kops' {@code validateCIDR} reads it (the detail of {@link Cidr.Check#strictDetail}: an empty entry, a bare
 * address, host bits), at every release (kops-oracle 1.19-1.36), an AWS prefix list id ({@code pl-…}) accepted from
 * 1.24 ({@code cluster.access-cidr#prefix-list}), on AWS only (kops-oracle 1.33.1 and 1.36 on GCE). kops prints the API access path as its Go field,
 * {@code kubernetesAPIAccess}. kops reports these before its kubelet checks.
 */
final class AccessRules {
    private static final Gate ACCESS = gate("cluster.access-cidr");
    private static final Gate PREFIX_LIST = gate("cluster.access-cidr#prefix-list");
    private static final Gate PREFIX_LIST_AWS_ONLY = gate("cluster.access-cidr#prefix-list-aws-only");
    private static final Gate NAMESERVERS = gate("cluster.kubedns-upstream-nameservers");
    private static final Gate STUB_DOMAINS = gate("cluster.kubedns-stub-domains");

    private AccessRules() {
    }

    static void check(RuleContext ctx, Findings out) {
        if (ctx.in(NAMESERVERS)) nameservers(ctx, out);
        if (ctx.in(STUB_DOMAINS)) stubDomains(ctx, out);
        // kops checks the components' cloudProvider between the two (kops-oracle 1.19, 1.22, 1.24, 1.28, 1.36)
        ComponentCloudProviderRule.check(ctx, out);
        if (ctx.in(ACCESS)) {
            access(ctx, "sshAccess", "spec.sshAccess", out);
            access(ctx, "kubernetesApiAccess", "spec.kubernetesAPIAccess", out);
            access(ctx, "nodePortAccess", "spec.nodePortAccess", out);
        }
    }

    private static void access(RuleContext ctx, String key, String path, Findings out) {
        if (!(ctx.extraSpec(key).orElse(null) instanceof List<?> entries)) return;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) == null) continue;
            String v = String.valueOf(entries.get(i));
            if (ctx.in(PREFIX_LIST) && v.startsWith("pl-")) {
                if (ctx.in(PREFIX_LIST_AWS_ONLY) && ctx.cloud().isPresent() && !ctx.onCloud(Cloud.AWS)) {
                    out.add(PREFIX_LIST_AWS_ONLY.tag(Finding.invalid(path + "[" + i + "]", v, "Prefix List ID only supported for AWS"))
                            .hint("write " + key + " entries as network CIDRs on this cloud"));
                }
                continue;
            }
            Optional<String> detail = Cidr.Check.strictDetail(v);
            if (detail.isEmpty()) continue;
            out.add(ACCESS.tag(Finding.invalid(path + "[" + i + "]", v, detail.get()))
                    .hint("write " + key + " entries as network CIDRs, such as 203.0.113.0/24"));
        }
    }

    private static void nameservers(RuleContext ctx, Findings out) {
        Object listed = ComponentFields.kubeDnsField(ctx.cluster(), "upstreamNameservers").orElse(null);
        if (!(listed instanceof List<?> entries)) return;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) == null) continue;
            String v = String.valueOf(entries.get(i));
            if (IpNetwork.parseIp(v).isPresent()) continue;
            out.add(NAMESERVERS.tag(Finding.invalid("spec.kubeDNS.upstreamNameservers[" + i + "]", v,
                    "Invalid nameserver given, should be a valid ip address"))
                    .hint("write kubeDNS.upstreamNameservers entries as IP addresses, without a port"));
        }
    }

    /**
     * Each stub domain's nameservers: none (an empty or null list) is refused at the domain, each one not an IP address at
     * its index (kops-oracle 1.19, 1.24, 1.28, 1.36; oracle/kube-dns-server.tsv; found by the fields profile, seed 20262007).
     * kops walks a Go map, in no fixed order: podnet reports the domains in document order.
     */
    private static void stubDomains(RuleContext ctx, Findings out) {
        Object listed = ComponentFields.kubeDnsField(ctx.cluster(), "stubDomains").orElse(null);
        if (!(listed instanceof Map<?, ?> domains)) return;
        for (Map.Entry<?, ?> d : domains.entrySet()) {
            String domain = String.valueOf(d.getKey());
            String path = "spec.kubeDNS.stubDomains[" + domain + "]";
            List<?> servers = d.getValue() instanceof List<?> l ? l : List.of();
            if (servers.isEmpty()) {
                out.add(STUB_DOMAINS.tag(Finding.invalid(path, domain, "No nameservers specified for the stub domain"))
                        .hint("list the stub domain's nameservers, or remove the domain"));
            }
            for (int i = 0; i < servers.size(); i++) {
                String v = servers.get(i) == null ? "" : String.valueOf(servers.get(i));
                if (IpNetwork.parseIp(v).isPresent()) continue;
                out.add(STUB_DOMAINS.tag(Finding.invalid(path + "[" + i + "]", v, "Invalid nameserver given, should be a valid ip address"))
                        .hint("write the stub domain's nameservers as IP addresses, without a port"));
            }
        }
    }
}
