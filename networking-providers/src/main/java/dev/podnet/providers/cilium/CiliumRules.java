package dev.podnet.providers.cilium;

import dev.podnet.api.Cloud;
import dev.podnet.api.EtcdCluster;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.api.provider.HubbleSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.SemanticVersion;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import java.util.List;
import java.util.Optional;

/** kops' {@code validateNetworkingCilium} (rules V1–V12 and R1–R21 of the spec), by release. */
public final class CiliumRules extends SpecRules<CiliumSpec> {
    public CiliumRules() { super(ProviderKind.CILIUM, CiliumSpec.class); }

    @Override
    protected void check(RuleContext ctx, CiliumSpec c, Findings out) {
        c.version().filter(v -> !v.isEmpty()).ifPresent(v -> version(ctx, c, v, out));
        // kops checks this on the completed cluster only: an input another rule rejects never reaches it
        if (ctx.strict() && c.hubble().flatMap(HubbleSpec::enabled).orElse(false) && ctx.since(1, 21)
                && !ctx.extraSpecTrue("certManager.enabled")) {
            out.add(Finding.forbidden(path(ctx, "hubble.enabled"), "Hubble requires that cert manager is enabled").rule("cilium.hubble-cert-manager")
                    .releases(">=1.21").hint("set spec.certManager.enabled: true"));
        }
        if (c.enableNodePort().orElse(false) && kubeProxyOn(ctx)) {
            // quirk: kops builds the path from Root() of spec.networking, so it prints spec.spec.kubeProxy.enabled
            out.add(Finding.forbidden("spec.spec.kubeProxy.enabled", "When Cilium NodePort is enabled, kubeProxy must be disabled")
                    .rule("cilium.nodeport-kube-proxy").releases("*")
                    .hint("set spec.kubeProxy.enabled: false, or cilium.enableNodePort: false"));
        }
        out.addAll(ctx.checkFields(CiliumFields.of(c), path(ctx), "cilium"));
        if (ctx.since(1, 22) && c.identityAllocationMode().filter("kvstore"::equals).isPresent() && !c.etcdManaged().orElse(false)) {
            out.add(Finding.forbidden(path(ctx, "identityAllocationMode"), "Cilium requires managed etcd to allocate identities on kvstore mode")
                    .rule("cilium.kvstore-etcd").releases(">=1.22").hint("set etcdManaged: true (with an etcd cluster named cilium), or identityAllocationMode: crd"));
        }
        if (ctx.since(1, 36) && c.bpfLBSockHostNSOnly().orElse(false) && !c.bpfLBSock().orElse(false)) {
            out.add(Finding.forbidden(path(ctx, "bpfLBSockHostNSOnly"), "bpfLBSockHostNSOnly requires bpfLBSock to be enabled")
                    .rule("cilium.bpfLBSock").releases(">=1.36").hint("set bpfLBSock: true"));
        }
        boolean encryption = c.enableEncryption().orElse(false);
        if (ctx.since(1, 26) && encryption && ctx.ipv6Only()) {
            out.add(Finding.forbidden(path(ctx, "enableEncryption"), "encryption is not supported on IPv6 clusters")
                    .rule("cilium.encryption-ipv6").releases(">=1.26").hint("turn enableEncryption off in an IPv6 cluster"));
        }
        if (ctx.since(1, 26) && c.encryptionType().filter(t -> !t.isEmpty()).isPresent() && !encryption) {
            out.add(Finding.forbidden(path(ctx, "encryptionType"), "encryptionType requires enableEncryption")
                    .rule("cilium.encryptionType-enable").releases(">=1.26").hint("set enableEncryption: true, or remove encryptionType"));
        }
        boolean l7 = c.enableL7Proxy().orElse(false);
        if (ctx.between(1, 22, 1, 29) && l7 && c.encryptionType().filter("wireguard"::equals).isPresent()) {
            out.add(Finding.forbidden(path(ctx, "enableL7Proxy"), "L7 proxy cannot be enabled if wireguard is enabled.")
                    .rule("cilium.l7-wireguard").releases(">=1.22 <1.29").hint("set enableL7Proxy: false with wireguard encryption"));
        }
        if (ctx.since(1, 22) && l7) {
            boolean noRules = ctx.releaseIs(1, 22) ? c.iptablesRulesNoinstall().orElse(false)
                    : c.installIptablesRules().map(b -> !b).orElse(false) || c.iptablesRulesNoinstall().orElse(false);
            if (noRules) {
                out.add(Finding.forbidden(path(ctx, "enableL7Proxy"), ctx.releaseIs(1, 22)
                                ? "Cilium L7 Proxy requires IPTablesRules to be installed." : "Cilium L7 Proxy requires installIptablesRules.")
                        .rule("cilium.l7-iptables").releases(">=1.22").hint("install the iptables rules, or set enableL7Proxy: false"));
            }
        }
        ipam(ctx, c, out);
        if (c.etcdManaged().orElse(false)) {
            Optional<EtcdCluster> etcd = ctx.cluster().etcdClusters().stream().filter(e -> e.name().filter("cilium"::equals).isPresent()).findFirst();
            if (etcd.isEmpty()) {
                out.add(Finding.required("spec.etcdClusters", "Cilium with managed etcd requires a dedicated etcd cluster")
                        .rule("cilium.etcd-cluster").releases("*").hint("add an etcd cluster named cilium (kops create cluster --networking cilium-etcd does)"));
            } else if (ctx.before(1, 23) && "Legacy".equals(String.valueOf(etcd.get().extraFields().get("provider")))) {
                out.add(Finding.invalid("spec.etcdClusters", "Legacy", "Legacy etcd provider is not supported for the cilium cluster")
                        .rule("cilium.etcd-legacy").releases("<1.23").hint("use the Manager etcd provider"));
            }
        }
        if (ctx.since(1, 29)) {
            c.ingress().filter(i -> i.enabled().orElse(false)).flatMap(i -> i.defaultLoadBalancerMode()).filter(m -> !m.isEmpty())
                    .ifPresent(m -> out.oneOf(path(ctx, "ingress.defaultLoadBalancerMode"), Optional.of(m), List.of("shared", "dedicated"),
                            "cilium.ingress.defaultLoadBalancerMode", ">=1.29"));
        }
    }

    private void ipam(RuleContext ctx, CiliumSpec c, Findings out) {
        Optional<String> ipam = c.ipam().filter(v -> !v.isEmpty());
        if (ipam.isEmpty()) return;
        List<String> allowed = ctx.before(1, 19) ? List.of("crd", "eni") : List.of("hostscope", "kubernetes", "crd", "eni");
        out.oneOf(path(ctx, "ipam"), ipam, allowed, "cilium.ipam", ctx.before(1, 19) ? "<1.19" : ">=1.19");
        if (!ipam.get().equals("eni")) return;
        if (!ctx.onCloud(Cloud.AWS)) {
            // quirk: kops' message says "Cilum"
            out.add(Finding.forbidden(path(ctx, "ipam"), "Cilum ENI IPAM is supported only in AWS").rule("cilium.eni-aws-only").releases("*")
                    .hint("use ipam: eni only with cloudProvider: aws"));
        }
        if (ctx.before(1, 22)) {
            if (!c.disableMasquerade().orElse(false)) {
                out.add(Finding.forbidden(path(ctx, "disableMasquerade"), "Masquerade must be disabled when ENI IPAM is used")
                        .rule("cilium.eni-masquerade").releases("<1.22").hint("set disableMasquerade: true with ipam: eni"));
            }
        } else if (ctx.releaseIs(1, 22)) {
            if (c.disableMasquerade().filter(b -> !b).isPresent()) {
                out.add(Finding.forbidden(path(ctx, "disableMasquerade"), "Masquerade must be disabled when ENI IPAM is used")
                        .rule("cilium.eni-masquerade").releases(">=1.22 <1.23").hint("set disableMasquerade: true with ipam: eni"));
            }
        } else if (ctx.before(1, 26)) {
            if (masquerade(c).filter(b -> b).isPresent()) {
                out.add(Finding.forbidden(path(ctx, "masquerade"), "Masquerade must be disabled when ENI IPAM is used")
                        .rule("cilium.eni-masquerade").releases(">=1.23 <1.26").hint("set masquerade: false with ipam: eni"));
            }
        } else if (ctx.before(1, 36)) {
            if (masquerade(c).filter(b -> !b).isPresent()) {
                out.add(Finding.forbidden(path(ctx, "masquerade"), "Masquerade must be enabled when ENI IPAM is used")
                        .rule("cilium.eni-masquerade").releases(">=1.26 <1.36").hint("set masquerade: true with ipam: eni"));
            }
        }
        if (ctx.since(1, 22) && ctx.ipv6Only()) {
            out.add(Finding.forbidden(path(ctx, "ipam"), "Cilium ENI IPAM does not support IPv6").rule("cilium.eni-ipv6")
                    .releases(">=1.22").hint("use ipam: kubernetes in an IPv6 cluster"));
        }
    }

    /**
     * kube-proxy as kops' rule sees it: a present {@code spec.kubeProxy} not disabled. kops' KubeProxyOptionsBuilder
     * always creates the block, so on the completed spec (strict) an absent block is an enabled kube-proxy
     * (kops-oracle 1.30-1.36: an IPv6 cluster with enableNodePort and no kubeProxy block is refused).
     */
    private static boolean kubeProxyOn(RuleContext ctx) {
        return ctx.kubeProxyPresentAndEnabled() || (ctx.strict() && ctx.cluster().kubeProxy().isEmpty());
    }

    /** The internal {@code masquerade}: the v1alpha3 field, or the inverse of v1alpha2 {@code disableMasquerade}. */
    private static Optional<Boolean> masquerade(CiliumSpec c) {
        return c.masquerade().or(() -> c.disableMasquerade().map(b -> !b));
    }

    /** The Cilium minor versions each release accepts and the message it prints otherwise. */
    private record VersionRule(int fromRelease, int minMinor, int maxMinor, String detail) {}

    private static final List<VersionRule> VERSIONS = List.of(
            new VersionRule(19, 6, 8, "Only versions 1.6 through 1.8 are supported"),
            new VersionRule(20, 6, 9, "Only versions 1.6 through 1.9 are supported"),
            new VersionRule(21, 6, 10, "Only versions 1.6 through 1.10 are supported"),
            new VersionRule(22, 8, 10, "Only versions 1.8 through 1.10 are supported"),
            new VersionRule(23, 8, 11, "Only versions 1.8 through 1.11 are supported"),
            new VersionRule(25, 11, 11, "Only version 1.11 with patch version 5 or higher is supported"),
            new VersionRule(26, 12, 12, "Only version 1.12 is supported"),
            new VersionRule(28, 13, 13, "Only version 1.13 is supported"),
            new VersionRule(29, 15, 15, "Only version 1.15 is supported"),
            new VersionRule(31, 16, 16, "Only version 1.16 is supported"),
            new VersionRule(34, 18, 18, "Only version 1.18 is supported"));

    private void version(RuleContext ctx, CiliumSpec c, String v, Findings out) {
        if (ctx.before(1, 19)) return;
        String p = path(ctx, "version");
        if (!v.startsWith("v")) {
            out.add(Finding.invalid(p, v, "Cilium version must be prefixed with 'v'").rule("cilium.version-prefix").releases(">=1.19")
                    .hint("write the version as v" + v));
            return;
        }
        SemanticVersion sv;
        try {
            sv = SemanticVersion.parse(v.substring(1));
        } catch (IllegalArgumentException e) {
            out.add(Finding.invalid(p, v, "Could not parse as semantic version").rule("cilium.version-semver").releases(">=1.19")
                    .hint("write the version as vMAJOR.MINOR.PATCH"));
            return;
        }
        VersionRule rule = null;
        for (VersionRule r : VERSIONS) if (ctx.since(1, r.fromRelease())) rule = r;
        int minor = sv.minor();
        boolean bad;
        if (ctx.releaseIs(1, 25)) {
            bad = minor != 11 && sv.patch() < 5; // quirk: kops 1.25's literal condition
        } else {
            bad = sv.major() != 1 || minor < rule.minMinor() || minor > rule.maxMinor();
        }
        if (bad) {
            out.add(Finding.invalid(p, v, rule.detail()).rule("cilium.version-supported").releases(">=1.19")
                    .hint("use the Cilium version this kops release pins (leave version unset to get it)"));
        }
        boolean k = ctx.k8s().isPresent();
        if (ctx.releaseIs(1, 19)) {
            if (minor == 6 && k && (ctx.k8sBefore(1, 11) || ctx.k8sAtLeast(1, 16))) forbidVersion(ctx, out, "Version 1.6 requires kubernetesVersion between 1.11 and 1.16");
            if (minor == 7 && k && (ctx.k8sBefore(1, 12) || ctx.k8sAtLeast(1, 17))) forbidVersion(ctx, out, "Version 1.7 requires kubernetesVersion between 1.12 and 1.17");
            if (minor == 8 && ctx.k8sBefore(1, 12)) forbidVersion(ctx, out, "Version 1.8 requires kubernetesVersion 1.12 or newer");
        } else if (ctx.between(1, 20, 1, 22)) {
            if (minor == 6 && ctx.k8sAtLeast(1, 16)) forbidVersion(ctx, out, "Version 1.6 requires kubernetesVersion before 1.16");
            if (minor == 7 && ctx.k8sAtLeast(1, 17)) forbidVersion(ctx, out, "Version 1.7 requires kubernetesVersion before 1.17");
            if (ctx.releaseIs(1, 21) && minor == 10 && ctx.k8sBefore(1, 16)) forbidVersion(ctx, out, "Version 1.10 requires kubernetesVersion 1.16 or newer");
        }
        if (ctx.between(1, 22, 1, 25) && minor < 10 && ctx.ipv6Only()) {
            out.add(Finding.invalid(p, v, "kOps only supports IPv6 on version 1.10 or later").rule("cilium.version-ipv6").releases(">=1.22 <1.25")
                    .hint("use Cilium 1.10 or later for IPv6"));
        }
        if (ctx.between(1, 19, 1, 22) && minor < 8 && c.hubble().flatMap(HubbleSpec::enabled).orElse(false)) {
            String hp = ctx.before(1, 21) ? "spec.hubble.enabled" : path(ctx, "hubble.enabled");
            out.add(Finding.forbidden(hp, "Hubble requires Cilium 1.8 or newer").rule("cilium.hubble-version").releases(">=1.19 <1.22")
                    .hint("use Cilium 1.8 or newer for Hubble"));
        }
        if (ctx.releaseIs(1, 20) && minor == 9 && c.hubble().flatMap(HubbleSpec::enabled).orElse(false)) {
            // kops 1.20's k8s-1.12-v1.9.yaml reads .Networking.Cilium.Version inside its "with .Networking.Cilium"
            // Hubble block, so the bootstrap-channel build fails (kops-oracle 1.20.0; 1.21 renders it)
            out.add(Finding.forbidden(path(ctx, "hubble.enabled"), "kops 1.20 cannot render Hubble with Cilium 1.9: error executing template "
                    + "\"addons/networking.cilium.io/k8s-1.12-v1.9.yaml\" at <.Networking.Cilium.Version>: can't evaluate field Networking "
                    + "in type *kops.CiliumNetworkingSpec").rule("cilium.hubble-v1.9-template").releases(">=1.20 <1.21")
                    .hint("at kops 1.20 use Hubble with Cilium 1.8, or a later kops release"));
        }
        if (ctx.between(1, 22, 1, 25) && minor < 10 && c.encryptionType().filter("wireguard"::equals).isPresent()) {
            out.add(Finding.forbidden(path(ctx, "encryptionType"), "Cilium EncryptionType=WireGuard is not available for Cilium version < 1.10.0.")
                    .rule("cilium.wireguard-version").releases(">=1.22 <1.25").hint("use Cilium 1.10 or newer for WireGuard"));
        }
        if (ctx.between(1, 23, 1, 25) && minor < 11 && c.enableServiceTopology().orElse(false)) {
            out.add(Finding.forbidden(path(ctx, "enableServiceTopology"), "Service topology requires Cilium 1.11")
                    .rule("cilium.service-topology-version").releases(">=1.23 <1.25").hint("use Cilium 1.11 or newer for service topology"));
        }
    }

    private void forbidVersion(RuleContext ctx, Findings out, String detail) {
        out.add(Finding.forbidden(path(ctx, "version"), detail).rule("cilium.version-kubernetes").releases(">=1.19 <1.22")
                .hint("choose a Cilium version that supports the cluster's Kubernetes version"));
    }
}
