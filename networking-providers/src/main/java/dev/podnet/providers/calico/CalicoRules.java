package dev.podnet.providers.calico;

import dev.podnet.api.Cloud;
import dev.podnet.api.EtcdCluster;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleGates;
import dev.podnet.api.internal.IpNetwork;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.ErrorType;
import dev.podnet.api.version.SemanticVersion;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import dev.podnet.providers.internal.GoStrings;

/** kops' {@code validateNetworkingCalico} (pkg/apis/kops/validation/validation.go), by release. */
public final class CalicoRules extends SpecRules<CalicoSpec> {
    private static final String ETCD_HINT = "set an etcd 3.x version for the etcd clusters";

    private static final RuleGates GATES = RuleGates.ofFolder("calico");
    private static final Gate MAJOR_VERSION = GATES.gate("calico.majorVersion");
    private static final Gate MAJOR_VERSION_ETCD = GATES.gate("calico.majorVersion-etcd");
    private static final Gate MAJOR_VERSION_ETCD_118 = GATES.gate("calico.majorVersion-etcd#kops-1.18");
    private static final Gate MAJOR_VERSION_ETCD_VERSION = GATES.gate("calico.majorVersion-etcd-version");
    private static final Gate MAJOR_VERSION_ETCD_COMPLETED = GATES.gate("calico.majorVersion-etcd#completed-version");
    private static final Gate SRC_DST_CHECK = GATES.gate("calico.awsSrcDstCheck");
    private static final Gate SRC_DST_CHECK_IPV6 = GATES.gate("calico.awsSrcDstCheck-ipv6");
    private static final Gate ENCAPSULATION = GATES.gate("calico.encapsulationMode");
    private static final Gate ENCAPSULATION_NONE = GATES.gate("calico.encapsulationMode#none");
    private static final List<String> SRC_DST = GATES.allowedValues("calico.awsSrcDstCheck");
    private static final List<String> ENCAP_119 = GATES.allowedValues("calico.encapsulationMode");
    private static final List<String> ENCAP_123 = GATES.allowedValues("calico.encapsulationMode#none");
    private static final Gate ENCAPSULATION_IPV6 = GATES.gate("calico.encapsulation-ipv6");
    private static final Gate ENCAPSULATION_NONE_IPV4 = GATES.gate("calico.encapsulation-none-ipv4");
    private static final Gate ENCAPSULATION_AZURE = GATES.gate("calico.encapsulation-azure");
    private static final Gate IPIP_MODE = GATES.gate("calico.ipipMode-encapsulation");
    private static final Gate VXLAN_MODE = GATES.gate("calico.vxlanMode-encapsulation");
    private static final Gate IPV4_AUTODETECT = GATES.gate("calico.ipv4AutoDetectionMethod");
    private static final Gate IPV6_AUTODETECT = GATES.gate("calico.ipv6AutoDetectionMethod");
    private static final Gate WIREGUARD_IPV6 = GATES.gate("calico.wireguard-ipv6");
    private static final Gate BPF_KUBE_PROXY = GATES.gate("calico.bpf-kube-proxy");
    private static final Gate ETCD_MEMBERS_TEMPLATE = GATES.gate("calico.etcd-members-k8s-1.7.build");
    private static final Gate METRICS_BUILD = GATES.gate("calico.metrics-k8s-1.16.build");

    /** Creates the Calico rules; {@link CalicoPlugin} holds the instance that validates clusters. */
    public CalicoRules() { super(ProviderKind.CALICO, CalicoSpec.class); }

    @Override
    protected void check(RuleContext ctx, CalicoSpec c, Findings out) {
        // Layer 1: typhaReplicas, iptablesBackend, bpf*, chainInsertMode, ipipMode, vxlanMode.
        out.addAll(ctx.checkFields(CalicoFields.of(c), path(ctx), GATES));
        majorVersion(ctx, c, out);
        metricsTemplateBuild(ctx, c, out);
        if (c.awsSrcDstCheck().isPresent() && ctx.in(SRC_DST_CHECK)) srcDstCheck(ctx, c.awsSrcDstCheck().get(), out);
        Optional<String> encap = c.encapsulationMode();
        encapsulation(ctx, encap, out);
        encapsulationModes(ctx, c, encap, out);
        if (c.ipv4AutoDetectionMethod().isPresent() && ctx.in(IPV4_AUTODETECT)) {
            autodetect(ctx, "ipv4AutoDetectionMethod", IPV4_AUTODETECT, c.ipv4AutoDetectionMethod().get(), false, out);
        }
        if (c.ipv6AutoDetectionMethod().isPresent() && ctx.in(IPV6_AUTODETECT)) {
            autodetect(ctx, "ipv6AutoDetectionMethod", IPV6_AUTODETECT, c.ipv6AutoDetectionMethod().get(), true, out);
        }
        if (ctx.in(WIREGUARD_IPV6) && c.wireguardEnabled().orElse(false) && ctx.ipv6Only()) {
            out.add(WIREGUARD_IPV6.tag(Finding.forbidden(path(ctx, "wireguardEnabled"), "WireGuard is not supported on IPv6 clusters"))
                    .hint("turn wireguardEnabled off in an IPv6 cluster"));
        }
        // kops' completion always fills a kubeProxy block (enabled unless said otherwise), so on the
        // completed spec a missing block counts as enabled, as in CiliumRules (oracle: kops 1.36, IPv6)
        boolean kubeProxy = ctx.kubeProxyPresentAndEnabled() || (ctx.strict() && ctx.cluster().kubeProxy().isEmpty());
        if (ctx.in(BPF_KUBE_PROXY) && c.bpfEnabled().orElse(false) && kubeProxy) {
            out.add(BPF_KUBE_PROXY.tag(Finding.forbidden("spec.kubeProxy.enabled",
                            "calico in BPF mode (spec.networking.calico.bpfEnabled=true) requires kubeProxy to be disabled"))
                    .hint("set spec.kubeProxy.enabled: false when calico.bpfEnabled is true"));
        }
        etcdMembersForTemplate17(ctx, out);
    }

    /**
     * kops 1.18-1.19 list Calico's k8s-1.7 template (Calico 2.6 on etcd) for every cluster, and it writes the
     * first etcd cluster's members as Calico's etcd endpoints: without {@code spec.etcdClusters} the completed
     * spec cannot be rendered (kops-oracle 1.19-1.22: kops' own Calico validation fails there with "index out of
     * range"; from 1.24 kops refuses the spec with {@code spec.etcdClusters: Required value}). A build failure
     * ({@link Finding#BUILD_RULE_SUFFIX}), reported on the completed spec where nothing else is wrong with it.
     */
    private static void etcdMembersForTemplate17(RuleContext ctx, Findings out) {
        if (!ctx.strict() || !ctx.in(ETCD_MEMBERS_TEMPLATE) || !ctx.cluster().etcdClusters().isEmpty()) return;
        out.add(ETCD_MEMBERS_TEMPLATE.tag(Finding.required("spec.etcdClusters", "Calico's k8s-1.7 template lists the"
                        + " first etcd cluster's members as Calico's etcd endpoints"))
                .hint("add spec.etcdClusters (the main cluster with its etcdMembers, and events), as kops requires"));
    }

    private void srcDstCheck(RuleContext ctx, String v, Findings out) {
        if (ctx.in(SRC_DST_CHECK_IPV6) && ctx.ipv6Only()) {
            if (!v.equals("DoNothing")) {
                out.add(SRC_DST_CHECK_IPV6.tag(Finding.forbidden(path(ctx, "awsSrcDstCheck"), "awsSrcDstCheck may only be \"DoNothing\" for IPv6 clusters"))
                        .hint("set awsSrcDstCheck: DoNothing (or leave it unset) in an IPv6 cluster"));
            }
        } else {
            out.oneOf(path(ctx, "awsSrcDstCheck"), Optional.of(v), SRC_DST, SRC_DST_CHECK);
        }
    }

    /** encapsulationMode's values and what it must be in an IPv6 cluster and on Azure. */
    private void encapsulation(RuleContext ctx, Optional<String> encap, Findings out) {
        String p = path(ctx, "encapsulationMode");
        if (ctx.in(ENCAPSULATION_NONE)) {
            out.oneOf(p, encap, ENCAP_123, ENCAPSULATION_NONE);
        } else if (ctx.in(ENCAPSULATION)) {
            out.oneOf(p, encap, ENCAP_119, ENCAPSULATION);
        }
        if (encap.isPresent()) {
            String e = encap.get();
            if (ctx.in(ENCAPSULATION_IPV6) && !e.equals("none") && ctx.ipv6Only()) {
                out.add(ENCAPSULATION_IPV6.tag(Finding.forbidden(p, "IPv6 requires an encapsulationMode of \"none\""))
                        .hint("set encapsulationMode: none (and ipipMode/vxlanMode: Never) in an IPv6 cluster"));
            }
            if (ctx.in(ENCAPSULATION_NONE_IPV4) && e.equals("none") && !ctx.ipv6Only()) {
                out.add(ENCAPSULATION_NONE_IPV4.tag(Finding.forbidden(p, "encapsulationMode \"none\" is only supported for IPv6 clusters"))
                        .hint("use encapsulationMode ipip or vxlan in an IPv4 cluster"));
            }
        }
        if (ctx.in(ENCAPSULATION_AZURE) && ctx.onCloud(Cloud.AZURE) && encap.isPresent() && !encap.get().equals("vxlan")) {
            out.add(ENCAPSULATION_AZURE.tag(Finding.forbidden(p, "Azure requires an encapsulationMode of \"vxlan\""))
                    .hint("set encapsulationMode: vxlan on Azure"));
        }
    }

    /** ipipMode and vxlanMode (other than Never) need the matching encapsulationMode. */
    private void encapsulationModes(RuleContext ctx, CalicoSpec c, Optional<String> encap, Findings out) {
        boolean otherThan = encap.isPresent() && !encap.get().isEmpty();
        if (ctx.in(IPIP_MODE) && c.ipipMode().isPresent() && !c.ipipMode().get().equals("Never") && otherThan && !encap.get().equals("ipip")) {
            out.add(IPIP_MODE.tag(Finding.forbidden(path(ctx, "ipipMode"), "IP-in-IP encapsulation requires use of Calico's \"ipip\" encapsulation mode"))
                    .hint("set ipipMode: Never, or encapsulationMode: ipip"));
        }
        if (ctx.in(VXLAN_MODE) && c.vxlanMode().isPresent() && !c.vxlanMode().get().equals("Never") && otherThan && !encap.get().equals("vxlan")) {
            out.add(VXLAN_MODE.tag(Finding.forbidden(path(ctx, "vxlanMode"), "VXLAN encapsulation requires use of Calico's \"vxlan\" encapsulation mode"))
                    .hint("set vxlanMode: Never, or encapsulationMode: vxlan"));
        }
    }

    private void majorVersion(RuleContext ctx, CalicoSpec c, Findings out) {
        if (!ctx.in(MAJOR_VERSION)) return;
        Optional<String> mv = GoStrings.nonEmpty(c.majorVersion());
        if (mv.isEmpty()) return;
        if (!mv.get().equals("v3")) {
            out.add(MAJOR_VERSION.tag(Finding.unsupported(path(ctx, "majorVersion"), mv.get(), List.of("v3")))
                    .hint("use majorVersion: v3 or leave it unset"));
            return;
        }
        List<EtcdCluster> etcd = ctx.cluster().etcdClusters();
        if (etcd.isEmpty() || !ctx.in(MAJOR_VERSION_ETCD)) return;
        EtcdCluster first = etcd.get(0);
        String name = first.name().orElse("");
        Object written = first.extraFields().get("version");
        String version = written == null ? "" : String.valueOf(written);
        boolean kops118 = ctx.in(MAJOR_VERSION_ETCD_118);
        if (kops118 && version.isEmpty()) {
            out.add(MAJOR_VERSION_ETCD.tag(Finding.forbidden(path(ctx, "majorVersion"),
                    "Unable to use v3 when ETCD version for " + name + " cluster is default(2.2.1)")).hint(ETCD_HINT));
            return;
        }
        if (version.isEmpty() && ctx.strict() && ctx.in(MAJOR_VERSION_ETCD_COMPLETED)) version = completedEtcdVersion(ctx, first);
        if (version.isEmpty()) return;
        Optional<SemanticVersion> sv = parseEtcd(version);
        if (sv.isEmpty()) {
            // C3/C3': an etcd version kops cannot parse is an InternalError at majorVersion (the detail is ours)
            out.add(MAJOR_VERSION_ETCD_VERSION.tag(Diagnostic.builder().path(path(ctx, "majorVersion")).type(ErrorType.INTERNAL)
                    .detail("unable to parse etcd version \"" + version + "\" of the " + name + " cluster"))
                    .hint("write the etcd version as MAJOR.MINOR.PATCH, e.g. 3.4.13"));
            return;
        }
        if (sv.get().major() == 3) return;
        String detail = kops118 ? "Unable to use v3 when ETCD version for " + name + " cluster is " + version
                : "unable to use v3 when etcd version for " + name + " cluster is " + version;
        out.add(MAJOR_VERSION_ETCD.tag(Finding.forbidden(path(ctx, "majorVersion"), detail)).hint(ETCD_HINT));
    }

    /**
     * The version kops 1.19's completion gives an etcd cluster that states none, as far as this check needs it:
     * 2.2.1 for provider Legacy (the default below Kubernetes 1.12) below Kubernetes 1.13, otherwise an etcd 3
     * (returned as empty: nothing to refuse). See the gate's note in rule-gates.yaml.
     */
    private static String completedEtcdVersion(RuleContext ctx, EtcdCluster etcd) {
        String provider = Optional.ofNullable(etcd.extraFields().get("provider")).map(String::valueOf).filter(p -> !p.isEmpty())
                .orElse(ctx.k8sBefore(1, 12) ? "Legacy" : "Manager");
        return provider.equals("Legacy") && ctx.k8sBefore(1, 13) ? "2.2.1" : "";
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

    private void autodetect(RuleContext ctx, String field, Gate gate, String method, boolean v6, Findings out) {
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
            if (!ok) bad = v6 ? "must be a valid IPv6 address" : "must be a valid IPv4 address";
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
            out.add(gate.tag(Finding.invalid(p, method, bad))
                    .hint("use first-found, can-reach=<IP>, interface=<regexps> or skip-interface=<regexps>"));
        }
    }

    /**
     * kops 1.19 lists its k8s-1.16 template for every cluster, and that template's metrics ports (Felix's with
     * {@code prometheusMetricsEnabled}, Typha's with {@code typhaPrometheusMetricsEnabled} and Typha running) do not
     * parse as YAML: kops fails building the channel after its validation accepted the spec (kops-oracle 1.19).
     */
    private void metricsTemplateBuild(RuleContext ctx, CalicoSpec c, Findings out) {
        if (!ctx.strict() || !ctx.in(METRICS_BUILD)) return;
        boolean felix = c.prometheusMetricsEnabled().orElse(false);
        boolean typha = c.typhaPrometheusMetricsEnabled().orElse(false) && c.typhaReplicas().orElse(0) > 0;
        if (!felix && !typha) return;
        out.add(METRICS_BUILD.tag(Finding.forbidden(path(ctx, felix ? "prometheusMetricsEnabled" : "typhaPrometheusMetricsEnabled"),
                        "error remapping manifest addons/networking.projectcalico.org/k8s-1.16.yaml: error parsing yaml:"
                                + " mapping values are not allowed in this context"))
                .hint("leave the Prometheus metrics ports off at kops 1.19 (its k8s-1.16 template cannot render them)"));
    }
}
