package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;
import dev.podnet.api.internal.IpNetwork;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.Cidr;
import dev.podnet.providers.internal.ClusterGates;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.GoStrings;
import dev.podnet.providers.internal.RuleContext;
import java.util.Optional;
import java.util.Set;

/** One subnet's addresses: its cidr (syntax, inside the network, disjoint from pods and services), ipv6CIDR and egress. */
final class SubnetAddressRules {
    private static final Set<String> SUBNET_CIDR_REQUIRED = Set.of("aws", "azure");
    private static final Gate CIDR_REQUIRED = gate("cluster.subnet-cidr-required");
    private static final Gate IN_NETWORK = gate("cluster.subnet-in-networkCIDR");
    private static final Gate IN_NETWORK_REWORDED = gate("cluster.subnet-in-networkCIDR#reworded");
    private static final Gate IN_PARSED_NETWORKS = gate("cluster.subnet-in-networkCIDR#parsed-networks");
    private static final Gate POD_OVERLAP = gate("cluster.subnet-podCIDR");
    private static final Gate SERVICE_OVERLAP = gate("cluster.subnet-service-range");
    private static final Gate IPV6_AWS = gate("cluster.subnet-ipv6-aws");
    private static final Gate IPV6 = gate("cluster.subnet-ipv6");
    private static final Gate IPV6_ONLY_KUBERNETES = gate("cluster.subnet-ipv6-only-kubernetes");
    private static final Gate IPV6_SERVICE_OVERLAP = gate("cluster.subnet-ipv6-service-range");
    private static final Gate EGRESS = gate("cluster.subnet-egress");
    private static final Gate EGRESS_EIP = gate("cluster.subnet-egress#eip");
    private static final Gate EGRESS_TGW = gate("cluster.subnet-egress#tgw");
    private static final Gate EGRESS_TYPE = gate("cluster.subnet-egress-type");
    private static final Gate EGRESS_TYPE_IPV6 = gate("cluster.subnet-egress-type#ipv6");

    /** kops' {@code utils.ParseCIDRNotation} pattern; Go's {@code \\d} is ASCII only, as Java's without UNICODE_CHARACTER_CLASS. */
    private static final java.util.regex.Pattern HASH_FORM = java.util.regex.Pattern.compile("^/(\\d+)#([a-f0-9]+)$");

    private SubnetAddressRules() {
    }

    /** {@code written}: the subnet had a cidr before kops' assignment (a missing one is required on the spec as written). */
    static void check(RuleContext ctx, ClusterRanges r, Subnet s, boolean written, String p, Findings out) {
        boolean hasV6 = !s.ipv6CIDR().orElse("").isEmpty();
        Optional<String> text = GoStrings.nonEmpty(s.cidr());
        if (!written) {
            // an IPv6-only cluster's subnet may have only an ipv6CIDR (a Private one is given no IPv4 block)
            if (ctx.strict() && SUBNET_CIDR_REQUIRED.contains(r.cloud()) && !(hasV6 && ctx.ipv6Only()) && ctx.in(CIDR_REQUIRED)) {
                out.add(CIDR_REQUIRED.tag(Finding.required(p + ".cidr", ClusterRanges.hasNot(ctx, "subnet", "a cidr")))
                        .hint("set the subnet's cidr (kops assigns them from networkCIDR)"));
            }
        }
        if (ctx.strict() && text.isEmpty() && hasV6 && ctx.ipv6Only() && ctx.k8sBefore(1, 22) && ctx.in(IPV6_ONLY_KUBERNETES)) {
            // kops' assignment gives a Private subnet of an IPv6-only cluster no IPv4 block (Public, Utility and
            // DualStack get one); such an IPv6-only subnet needs Kubernetes 1.22 (kops-oracle 1.24: a finding of the
            // completed cluster, after the lenient checks of the spec as written, as private topology's twin check)
            out.add(IPV6_ONLY_KUBERNETES.tag(Finding.required(p + ".cidr", "IPv6-only subnets require Kubernetes 1.22+"))
                    .hint("use Kubernetes 1.22 or later, or give the subnet an IPv4 cidr"));
        }
        // an assigned cidr is checked as kops checks it after PerformAssignments (lenient); strict judges the spec as written
        if (text.isPresent() && (written || !ctx.strict())) cidr(ctx, r, s.name().orElse(""), p + ".cidr", text.get(), out);
        if (hasV6 && ctx.in(IPV6)) ipv6Cidr(ctx, p + ".ipv6CIDR", s.ipv6CIDR().get(), r, out);
        Optional<String> egress = GoStrings.nonEmpty(s.egress());
        if (egress.isPresent()) egress(ctx, p + ".egress", egress.get(), s, out);
    }

    private static void cidr(RuleContext ctx, ClusterRanges r, String name, String path, String text, Findings out) {
        Networking n = r.n();
        // up to 1.26 kops reports a cidr's syntax after its place in the networks (kops-oracle 1.19-1.24: 100.96.0.1/19
        // outside networkCIDR 172.20.0.0/16), from 1.27 before
        boolean syntaxFirst = ctx.in(ClusterRanges.HOST_BITS_REFUSED);
        Findings syntax = syntaxFirst ? out : new Findings();
        Optional<IpNetwork> c = parse(ctx, path, text, syntax);
        // a cidr with host bits (refused from 1.27) is still compared with the networks, and with nothing else
        // (kops-oracle 1.28-1.36: 172.21.32.1/19 and 100.96.0.1/19 outside networkCIDR 172.20.0.0/16, 172.20.32.1/19
        // beside a subnet 172.20.32.0/19; found by the edges set, seed 20262031, v1.36.0-kindnet-002)
        Optional<IpNetwork> read = c.isPresent() ? c : IpNetwork.parse(text);
        if (read.isEmpty()) {
            if (!syntaxFirst) out.addAll(syntax.list());
            return;
        }
        boolean inside = inAnyNetwork(r, read.get());
        // the networks checked: networkCIDR's alone, or (IN_PARSED_NETWORKS) every one that parsed
        boolean parsedNetworks = ctx.in(IN_PARSED_NETWORKS);
        int networks = (r.networkCIDR().isPresent() ? 1 : 0) + (parsedNetworks ? r.additional().size() : 0);
        // a GCE cluster's networkCIDR is refused, not compared with its subnets (kops-oracle 1.33.1, 1.36; edges set, seed
        // 20261805, v1.33.1-gce-000)
        if (networks > 0 && !inside && ctx.in(IN_NETWORK) && !r.cloud().equals("gce")) {
            boolean several = parsedNetworks ? networks > 1 : !n.additionalNetworkCIDRs().isEmpty();
            String network = n.networkCIDR().orElse("");
            String detail = !ctx.in(IN_NETWORK_REWORDED)
                    ? "subnet \"" + name + "\" had a cidr \"" + text + "\" that was not a subnet of the networkCIDR \"" + network + "\""
                    : "subnet \"" + name + "\" cidr \"" + text + "\" is not a subnet of the networkCIDR \"" + network + "\""
                            + (several ? " or an additionalNetworkCIDR" : "");
            out.add(IN_NETWORK.tag(Finding.forbidden(path, detail)).hint("choose a subnet cidr inside the networkCIDR"));
        }
        if (!syntaxFirst) out.addAll(syntax.list());
        if (c.isEmpty()) return;
        boolean amazonVpc = n.providerKind().orElse(null) == ProviderKind.AMAZON_VPC;
        if (ctx.in(POD_OVERLAP) && !amazonVpc && r.podCIDR().isPresent() && c.get().overlaps(r.podCIDR().get())) {
            out.add(POD_OVERLAP.tag(Finding.forbidden(path, "subnet \"" + name + "\" cidr \"" + text + "\" must not overlap podCIDR \""
                    + ClusterRanges.shown(ctx, r.podCIDR(), n.podCIDR().get()) + "\"")).hint("choose disjoint subnet and pod ranges"));
        }
        if (ctx.in(SERVICE_OVERLAP) && r.service().isPresent() && c.get().overlaps(r.service().get())) {
            out.add(SERVICE_OVERLAP.tag(Finding.forbidden(path, "subnet \"" + name + "\" cidr \"" + text
                    + "\" must not overlap serviceClusterIPRange \"" + ClusterRanges.shown(ctx, r.service(), n.serviceClusterIPRange().get())
                    + "\"")).hint("choose disjoint subnet and service ranges"));
        }
    }

    /** True if networkCIDR or one of the additional network CIDRs encloses {@code c}. */
    private static boolean inAnyNetwork(ClusterRanges r, IpNetwork c) {
        if (r.networkCIDR().isPresent() && r.networkCIDR().get().encloses(c)) return true;
        for (IpNetwork a : r.additional()) {
            if (a.encloses(c)) return true;
        }
        return false;
    }

    private static Optional<IpNetwork> parse(RuleContext ctx, String path, String value, Findings out) {
        out.addAll(ctx.checkFields(new SubnetCidr(value), path.substring(0, path.lastIndexOf('.')), ClusterGates.table()));
        return ClusterRanges.parsed(ctx, Optional.of(value));
    }

    private static void ipv6Cidr(RuleContext ctx, String p, String v, ClusterRanges r, Findings out) {
        if (!r.cloud().equals("aws")) {
            out.add(IPV6_AWS.tag(Finding.forbidden(p, "ipv6CIDR can only be specified for AWS")).hint("remove ipv6CIDR: IPv6 subnets are supported only on AWS"));
            return;
        }
        if (v.startsWith("/")) {
            Optional<String> error = hashForm(v);
            if (error.isPresent()) {
                out.add(IPV6.tag(Finding.invalid(p, v, "IPv6 CIDR subnet is not parsable: " + error.get())).hint("write /LEN#N (N in lower-case hex) or an IPv6 CIDR"));
            } else if (Long.parseLong(v.substring(1, v.indexOf('#'))) > 128) {
                out.add(IPV6.tag(Finding.invalid(p, v, "IPv6 CIDR subnet size must be a value between 0 and 128"))
                        .hint("write /LEN#N with 0 <= LEN <= 128"));
            }
            return;
        }
        Optional<IpNetwork> c = IpNetwork.parse(v);
        if (c.isEmpty() || !c.get().isIPv6() || isV4Mapped(c.get())) {
            out.add(IPV6.tag(Finding.invalid(p, v, c.isEmpty() ? "IPv6 CIDR subnet is not parsable: " + v : "Network is not an IPv6 CIDR"))
                    .hint("write an IPv6 CIDR such as 2001:db8::/64"));
            return;
        }
        // host bits are refused as kops' validateCIDR refuses them (kops-oracle 1.22-1.36: "2001:db8:0:111::1/64";
        // 1.19-1.21 accept it)
        Optional<String> hostBits = Cidr.Check.strictDetail(v);
        if (hostBits.isPresent()) {
            out.add(IPV6.tag(Finding.invalid(p, v, hostBits.get())).hint("write an IPv6 CIDR with the host bits cleared, such as 2001:db8::/64"));
        }
        if (ctx.in(IPV6_SERVICE_OVERLAP) && r.service().isPresent() && c.get().overlaps(r.service().get())) {
            out.add(IPV6_SERVICE_OVERLAP.tag(Finding.forbidden(p, "ipv6CIDR \"" + v + "\" must not overlap serviceClusterIPRange \""
                    + r.n().serviceClusterIPRange().get() + "\"")).hint("choose disjoint subnet and service ranges"));
        }
    }

    /**
     * kops' {@code utils.ParseCIDRNotation} on {@code /LEN#N}: the form {@link #HASH_FORM}, LEN a Go int (64 bits), N a
     * hexadecimal int64; its error text, or empty when the form parses (kops-oracle 1.22, 1.24, 1.28, 1.36: "/64", "/64#",
     * "/64#zz", "/64#A", "/64#2 ", "/-1#2" refused as not matching, "/0064#2" accepted, 20 hex digits and 20 decimal
     * digits refused as out of range).
     */
    static Optional<String> hashForm(String v) {
        java.util.regex.Matcher m = HASH_FORM.matcher(v);
        if (!m.matches()) {
            return Optional.of("unable to parse CIDR subnet string " + GoText.quote(v) + " using " + GoText.quote(HASH_FORM.pattern()));
        }
        if (!fitsLong(m.group(1), 10)) {
            return Optional.of("unable to convert CIDR subnet new bits to int: " + GoText.quote(m.group(1)) + ": strconv.Atoi: parsing "
                    + GoText.quote(m.group(1)) + ": value out of range");
        }
        if (!fitsLong(m.group(2), 16)) {
            return Optional.of("unable to convert CIDR subnet net num to int: " + GoText.quote(m.group(2)) + ": strconv.ParseInt: parsing "
                    + GoText.quote(m.group(2)) + ": value out of range");
        }
        return Optional.empty();
    }

    private static boolean fitsLong(String digits, int radix) {
        try {
            Long.parseLong(digits, radix);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isV4Mapped(IpNetwork n) {
        byte[] a = n.address();
        for (int i = 0; i < 10; i++) if (a[i] != 0) return false;
        return (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff;
    }

    private static void egress(RuleContext ctx, String p, String e, Subnet s, Findings out) {
        // kops compares the part before the first "-": a bare "nat" or "tgw" is known, "tgwx" is not (kops-oracle 1.19-1.36)
        String kind = e.indexOf('-') < 0 ? e : e.substring(0, e.indexOf('-'));
        boolean known = kind.equals("nat") || kind.equals("i") || e.equals("External")
                || (ctx.in(EGRESS_EIP) && kind.equals("eipalloc")) || (ctx.in(EGRESS_TGW) && kind.equals("tgw"));
        if (!known && ctx.in(EGRESS)) {
            // kops 1.19 knows an Elastic IP but no Transit Gateway yet (kops-oracle 1.19 refuses tgw-, 1.20 accepts it;
            // oracle/subnet-egress.tsv)
            String detail = ctx.in(EGRESS_TGW)
                    ? "egress must be of type NAT Gateway, NAT Gateway with existing ElasticIP, NAT EC2 Instance, Transit Gateway, or External"
                    : ctx.in(EGRESS_EIP) ? "egress must be of type NAT Gateway, NAT Gateway with existing ElasticIP, NAT EC2 Instance or External"
                    : "egress must be of type NAT Gateway or NAT EC2 Instance or 'External'";
            out.add(EGRESS.tag(Finding.invalid(p, e, detail))
                    .hint(ctx.in(EGRESS_TGW) ? "use nat-…, eipalloc-…, i-…, tgw-… or External" : "use nat-…, eipalloc-…, i-… or External"));
        }
        String type = s.type().orElse("");
        boolean ipv6Types = ctx.in(EGRESS_TYPE_IPV6);
        boolean allowed = type.equals("Private") || (ipv6Types && (type.equals("DualStack") || (type.equals("Public") && s.ipv6CIDR().isPresent())));
        if (!allowed && !e.equals("External") && ctx.in(EGRESS_TYPE)) {
            out.add(EGRESS_TYPE.tag(Finding.forbidden(p, ipv6Types ? "egress can only be specified for private or IPv6-capable public subnets"
                            : "egress can only be specified for private subnets"))
                    .hint("set egress only on private subnets"));
        }
    }
}
