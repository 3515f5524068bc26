package dev.podnet.providers.calico;

import dev.podnet.api.Cloud;
import dev.podnet.api.EtcdCluster;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.api.internal.IpNetwork;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.ErrorType;
import dev.podnet.api.version.SemanticVersion;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** kops' {@code validateNetworkingCalico} (rules C1–C20 of the spec), by release. */
public final class CalicoRules extends SpecRules<CalicoSpec> {
    static final List<String> SRC_DST = List.of("Enable", "Disable", "DoNothing");
    static final List<String> ENCAP_119 = List.of("ipip", "vxlan");
    static final List<String> ENCAP_123 = List.of("ipip", "vxlan", "none");

    public CalicoRules() { super(ProviderKind.CALICO, CalicoSpec.class); }

    @Override
    protected void check(RuleContext ctx, CalicoSpec c, Findings out) {
        // Layer 1: typhaReplicas, iptablesBackend, bpf*, chainInsertMode, ipipMode, vxlanMode.
        out.addAll(ctx.checkFields(CalicoFields.of(c), path(ctx), "calico"));

        majorVersion(ctx, c, out);

        if (ctx.since(1, 19)) {
            c.awsSrcDstCheck().ifPresent(v -> {
                if (ctx.since(1, 26) && ctx.ipv6Only()) {
                    if (!v.equals("DoNothing")) {
                        out.add(Finding.forbidden(path(ctx, "awsSrcDstCheck"), "awsSrcDstCheck may only be \"DoNothing\" for IPv6 clusters")
                                .rule("calico.awsSrcDstCheck-ipv6").releases(">=1.26")
                                .hint("set awsSrcDstCheck: DoNothing (or leave it unset) in an IPv6 cluster"));
                    }
                } else {
                    out.oneOf(path(ctx, "awsSrcDstCheck"), Optional.of(v), SRC_DST, "calico.awsSrcDstCheck", ">=1.19");
                }
            });
            Optional<String> encap = c.encapsulationMode();
            List<String> encaps = ctx.since(1, 23) ? ENCAP_123 : ENCAP_119;
            out.oneOf(path(ctx, "encapsulationMode"), encap, encaps, "calico.encapsulationMode",
                    ctx.since(1, 23) ? ">=1.23" : ">=1.19 <1.23");
            if (ctx.since(1, 23) && encap.isPresent()) {
                String e = encap.get();
                if (!e.equals("none") && ctx.ipv6Only()) {
                    out.add(Finding.forbidden(path(ctx, "encapsulationMode"), "IPv6 requires an encapsulationMode of \"none\"")
                            .rule("calico.encapsulation-ipv6").releases(">=1.23")
                            .hint("set encapsulationMode: none (and ipipMode/vxlanMode: Never) in an IPv6 cluster"));
                }
                if (e.equals("none") && !ctx.ipv6Only()) {
                    out.add(Finding.forbidden(path(ctx, "encapsulationMode"), "encapsulationMode \"none\" is only supported for IPv6 clusters")
                            .rule("calico.encapsulation-none-ipv4").releases(">=1.23")
                            .hint("use encapsulationMode ipip or vxlan in an IPv4 cluster"));
                }
            }
            if (ctx.since(1, 35) && ctx.onCloud(Cloud.AZURE) && encap.isPresent() && !encap.get().equals("vxlan")) {
                out.add(Finding.forbidden(path(ctx, "encapsulationMode"), "Azure requires an encapsulationMode of \"vxlan\"")
                        .rule("calico.encapsulation-azure").releases(">=1.35").hint("set encapsulationMode: vxlan on Azure"));
            }
            c.ipipMode().filter(m -> !m.equals("Never")).ifPresent(m -> {
                if (encap.isPresent() && !encap.get().isEmpty() && !encap.get().equals("ipip")) {
                    out.add(Finding.forbidden(path(ctx, "ipipMode"), "IP-in-IP encapsulation requires use of Calico's \"ipip\" encapsulation mode")
                            .rule("calico.ipipMode-encapsulation").releases(">=1.19")
                            .hint("set ipipMode: Never, or encapsulationMode: ipip"));
                }
            });
            if (ctx.since(1, 22)) {
                c.vxlanMode().filter(m -> !m.equals("Never")).ifPresent(m -> {
                    if (encap.isPresent() && !encap.get().isEmpty() && !encap.get().equals("vxlan")) {
                        out.add(Finding.forbidden(path(ctx, "vxlanMode"), "VXLAN encapsulation requires use of Calico's \"vxlan\" encapsulation mode")
                                .rule("calico.vxlanMode-encapsulation").releases(">=1.22")
                                .hint("set vxlanMode: Never, or encapsulationMode: vxlan"));
                    }
                });
            }
            c.ipv4AutoDetectionMethod().ifPresent(m -> autodetect(ctx, "ipv4AutoDetectionMethod", m, false, out));
            c.ipv6AutoDetectionMethod().ifPresent(m -> autodetect(ctx, "ipv6AutoDetectionMethod", m, true, out));
        }
        if (ctx.since(1, 26) && c.wireguardEnabled().orElse(false) && ctx.ipv6Only()) {
            out.add(Finding.forbidden(path(ctx, "wireguardEnabled"), "WireGuard is not supported on IPv6 clusters")
                    .rule("calico.wireguard-ipv6").releases(">=1.26").hint("turn wireguardEnabled off in an IPv6 cluster"));
        }
        // kops' completion always fills a kubeProxy block (enabled unless said otherwise), so on the
        // completed spec a missing block counts as enabled, as in CiliumRules (oracle: kops 1.36, IPv6)
        boolean kubeProxy = ctx.kubeProxyPresentAndEnabled() || (ctx.strict() && ctx.cluster().kubeProxy().isEmpty());
        if (ctx.since(1, 36) && c.bpfEnabled().orElse(false) && kubeProxy) {
            out.add(Finding.forbidden("spec.kubeProxy.enabled",
                            "calico in BPF mode (spec.networking.calico.bpfEnabled=true) requires kubeProxy to be disabled")
                    .rule("calico.bpf-kube-proxy").releases(">=1.36")
                    .hint("set spec.kubeProxy.enabled: false when calico.bpfEnabled is true"));
        }
    }

    private void majorVersion(RuleContext ctx, CalicoSpec c, Findings out) {
        if (!ctx.before(1, 20)) return;
        Optional<String> mv = c.majorVersion().filter(v -> !v.isEmpty());
        if (mv.isEmpty()) return;
        if (!mv.get().equals("v3")) {
            out.add(Finding.unsupported(path(ctx, "majorVersion"), mv.get(), List.of("v3")).rule("calico.majorVersion")
                    .releases("<1.20").hint("use majorVersion: v3 or leave it unset"));
            return;
        }
        List<EtcdCluster> etcd = ctx.cluster().etcdClusters();
        if (etcd.isEmpty()) return;
        EtcdCluster first = etcd.get(0);
        String name = first.name().orElse("");
        String version = Optional.ofNullable(first.extraFields().get("version")).map(String::valueOf).orElse("");
        if (ctx.releaseIs(1, 18) && version.isEmpty()) {
            out.add(Finding.forbidden(path(ctx, "majorVersion"), "Unable to use v3 when ETCD version for " + name + " cluster is default(2.2.1)")
                    .rule("calico.majorVersion-etcd").releases("<1.20").hint("set an etcd 3.x version for the etcd clusters"));
            return;
        }
        if (!version.isEmpty()) {
            Optional<SemanticVersion> sv = parseEtcd(version);
            if (sv.isEmpty()) {
                // C3/C3': an etcd version kops cannot parse is an InternalError at majorVersion (the detail is ours)
                out.add(Diagnostic.builder().path(path(ctx, "majorVersion")).type(ErrorType.INTERNAL)
                        .detail("unable to parse etcd version \"" + version + "\" of the " + name + " cluster")
                        .rule("calico.majorVersion-etcd-version").releases("<1.20")
                        .hint("write the etcd version as MAJOR.MINOR.PATCH, e.g. 3.4.13"));
                return;
            }
            if (sv.get().major() == 3) return;
            String detail = ctx.releaseIs(1, 18) ? "Unable to use v3 when ETCD version for " + name + " cluster is " + version
                    : "unable to use v3 when etcd version for " + name + " cluster is " + version;
            out.add(Finding.forbidden(path(ctx, "majorVersion"), detail).rule("calico.majorVersion-etcd").releases("<1.20")
                    .hint("set an etcd 3.x version for the etcd clusters"));
        }
    }

    /** The etcd version as kops' tolerant semver parse reads it ({@code v} prefix and a missing patch allowed). */
    private static Optional<SemanticVersion> parseEtcd(String v) {
        try {
            return Optional.of(SemanticVersion.parse(v));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    private void autodetect(RuleContext ctx, String field, String method, boolean v6, Findings out) {
        String p = path(ctx, field);
        String[] parts = method.split("=", -1);
        String bad = null;
        if (parts.length > 2) {
            bad = "malformed autodetection method";
        } else if (parts[0].equals("first-found") && parts.length == 1) {
            return;
        } else if (parts[0].equals("can-reach") && parts.length == 2) {
            Optional<byte[]> ip = IpNetwork.parseIp(parts[1]);
            boolean ok = ip.isPresent() && ip.get().length == (v6 ? 16 : 4);
            if (!ok) bad = ctx.since(1, 33) ? (v6 ? "must be a valid IPv6 address" : "must be a valid IPv4 address")
                    : (v6 ? "must be a valid IPv6 address" : "must be a valid IPv4 address");
        } else if ((parts[0].equals("interface") || parts[0].equals("skip-interface")) && parts.length == 2) {
            String[] list = COMMA.split(parts[1], -1);
            if (list.length == 0 || list[0].isEmpty()) {
                bad = "'" + parts[0] + "=' must be followed by a comma separated list of interface regular expressions";
            } else {
                for (String re : list) {
                    try {
                        Pattern.compile(re);
                    } catch (PatternSyntaxException e) {
                        bad = "regexp " + re + " does not compile: " + e.getDescription();
                        break;
                    }
                }
            }
        } else {
            bad = "unsupported autodetection method";
        }
        if (bad != null) {
            out.add(Finding.invalid(p, method, bad).rule("calico." + field).releases(">=1.19")
                    .hint("use first-found, can-reach=<IP>, interface=<regexps> or skip-interface=<regexps>"));
        }
    }
}
