package dev.podnet.providers.cilium;

import dev.podnet.api.Cloud;
import dev.podnet.api.EtcdCluster;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.api.provider.HubbleSpec;
import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.internal.facts.ReleaseFacts;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.SemanticVersion;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleGates;
import java.util.List;
import java.util.Optional;
import dev.podnet.api.provider.CiliumIngressSpec;
import dev.podnet.providers.internal.GoStrings;

/** kops' {@code validateNetworkingCilium} (pkg/apis/kops/validation/validation.go), by release. */
public final class CiliumRules extends SpecRules<CiliumSpec> {
    private static final FactNode FACTS = FactDocument.load(CiliumRules.class.getClassLoader(), RuleGates.resourceOf("cilium")).root();
    private static final RuleGates GATES = RuleGates.of(FACTS, "cilium");
    private static final ReleaseFacts<VersionRule> VERSIONS = FACTS.byRelease("supportedVersions", VersionRule::read);
    private static final Gate HUBBLE_CERT_MANAGER = GATES.gate("cilium.hubble-cert-manager");
    private static final Gate NODEPORT_KUBE_PROXY = GATES.gate("cilium.nodeport-kube-proxy");
    private static final Gate KVSTORE_ETCD = GATES.gate("cilium.kvstore-etcd");
    private static final Gate BPF_LB_SOCK = GATES.gate("cilium.bpfLBSock");
    private static final Gate ENCRYPTION_IPV6 = GATES.gate("cilium.encryption-ipv6");
    private static final Gate ENCRYPTION_TYPE_ENABLE = GATES.gate("cilium.encryptionType-enable");
    private static final Gate L7_WIREGUARD = GATES.gate("cilium.l7-wireguard");
    private static final Gate L7_IPTABLES = GATES.gate("cilium.l7-iptables");
    private static final Gate L7_IPTABLES_122 = GATES.gate("cilium.l7-iptables#kops-1.22");
    private static final Gate ETCD_CLUSTER = GATES.gate("cilium.etcd-cluster");
    private static final Gate ETCD_LEGACY = GATES.gate("cilium.etcd-legacy");
    private static final Gate INGRESS_LB_MODE = GATES.gate("cilium.ingress.defaultLoadBalancerMode");
    private static final Gate IPAM_CRD_ENI = GATES.gate("cilium.ipam#crd-eni");
    private static final Gate IPAM = GATES.gate("cilium.ipam");
    private static final Gate ENI_AWS_ONLY = GATES.gate("cilium.eni-aws-only");
    private static final Gate ENI_DISABLE_MASQUERADE_TRUE = GATES.gate("cilium.eni-masquerade#disableMasquerade-true");
    private static final Gate ENI_DISABLE_MASQUERADE_NOT_FALSE = GATES.gate("cilium.eni-masquerade#disableMasquerade-not-false");
    private static final Gate ENI_MASQUERADE_NOT_TRUE = GATES.gate("cilium.eni-masquerade#masquerade-not-true");
    private static final Gate ENI_MASQUERADE_NOT_FALSE = GATES.gate("cilium.eni-masquerade#masquerade-not-false");
    private static final Gate ENI_IPV6 = GATES.gate("cilium.eni-ipv6");
    private static final Gate VERSION_PREFIX = GATES.gate("cilium.version-prefix");
    private static final Gate VERSION_SEMVER = GATES.gate("cilium.version-semver");
    private static final Gate VERSION_SUPPORTED = GATES.gate("cilium.version-supported");
    private static final Gate VERSION_SUPPORTED_125 = GATES.gate("cilium.version-supported#kops-1.25");
    private static final Gate VERSION_KUBERNETES = GATES.gate("cilium.version-kubernetes");
    private static final Gate VERSION_KUBERNETES_119 = GATES.gate("cilium.version-kubernetes#kops-1.19");
    private static final Gate VERSION_KUBERNETES_BEFORE_122 = GATES.gate("cilium.version-kubernetes#before-1.22");
    private static final Gate VERSION_KUBERNETES_V110 = GATES.gate("cilium.version-kubernetes#v1.10");
    private static final Gate VERSION_IPV6 = GATES.gate("cilium.version-ipv6");
    private static final Gate HUBBLE_VERSION = GATES.gate("cilium.hubble-version");
    private static final Gate HUBBLE_VERSION_SPEC_PATH = GATES.gate("cilium.hubble-version#spec-path");
    private static final Gate HUBBLE_V19_TEMPLATE = GATES.gate("cilium.hubble-v1.9-template.build");
    private static final Gate HUBBLE_V18_TEMPLATE = GATES.gate("cilium.hubble-v1.8-template.build");
    private static final Gate WIREGUARD_VERSION = GATES.gate("cilium.wireguard-version");
    private static final Gate SERVICE_TOPOLOGY_VERSION = GATES.gate("cilium.service-topology-version");
    private static final Gate AGENT_ANNOTATIONS_V111 = GATES.gate("cilium.agentPodAnnotations-v1.11.build");

    /** Creates the Cilium rules; {@link CiliumPlugin} holds the instance that validates clusters. */
    public CiliumRules() { super(ProviderKind.CILIUM, CiliumSpec.class); }

    @Override
    protected void check(RuleContext ctx, CiliumSpec c, Findings out) {
        Optional<String> version = GoStrings.nonEmpty(c.version());
        if (version.isPresent()) version(ctx, c, version.get(), out);
        // kops checks this on the completed cluster only: an input another rule rejects never reaches it
        if (ctx.strict() && ctx.in(HUBBLE_CERT_MANAGER) && hubble(c) && !ctx.extraSpecTrue("certManager.enabled")) {
            out.add(HUBBLE_CERT_MANAGER.tag(Finding.forbidden(path(ctx, "hubble.enabled"), "Hubble requires that cert manager is enabled"))
                    .hint("set spec.certManager.enabled: true"));
        }
        if (ctx.in(NODEPORT_KUBE_PROXY) && c.enableNodePort().orElse(false) && kubeProxyOn(ctx)) {
            out.add(NODEPORT_KUBE_PROXY.tag(Finding.forbidden("spec.spec.kubeProxy.enabled", "When Cilium NodePort is enabled, kubeProxy must be disabled"))
                    .hint("set spec.kubeProxy.enabled: false, or cilium.enableNodePort: false"));
        }
        out.addAll(ctx.checkFields(CiliumFields.of(c), path(ctx), GATES));
        if (ctx.in(KVSTORE_ETCD) && "kvstore".equals(c.identityAllocationMode().orElse(null)) && !c.etcdManaged().orElse(false)) {
            out.add(KVSTORE_ETCD.tag(Finding.forbidden(path(ctx, "identityAllocationMode"), "Cilium requires managed etcd to allocate identities on kvstore mode"))
                    .hint("set etcdManaged: true (with an etcd cluster named cilium), or identityAllocationMode: crd"));
        }
        if (ctx.in(BPF_LB_SOCK) && c.bpfLBSockHostNSOnly().orElse(false) && !c.bpfLBSock().orElse(false)) {
            out.add(BPF_LB_SOCK.tag(Finding.forbidden(path(ctx, "bpfLBSockHostNSOnly"), "bpfLBSockHostNSOnly requires bpfLBSock to be enabled"))
                    .hint("set bpfLBSock: true"));
        }
        agentPodAnnotations(ctx, c, out);
        encryption(ctx, c, out);
        l7Proxy(ctx, c, out);
        ipam(ctx, c, out);
        if (c.etcdManaged().orElse(false)) managedEtcd(ctx, out);
        if (ctx.in(INGRESS_LB_MODE)) ingressLoadBalancerMode(ctx, c, out);
    }

    /** An enabled ingress's defaultLoadBalancerMode, when set: shared or dedicated. */
    private void ingressLoadBalancerMode(RuleContext ctx, CiliumSpec c, Findings out) {
        Optional<CiliumIngressSpec> ingress = c.ingress();
        if (ingress.isEmpty() || !ingress.get().enabled().orElse(false)) return;
        Optional<String> mode = GoStrings.nonEmpty(ingress.get().defaultLoadBalancerMode());
        if (mode.isPresent()) out.oneOf(path(ctx, "ingress.defaultLoadBalancerMode"), mode, List.of("shared", "dedicated"), INGRESS_LB_MODE);
    }

    /**
     * kops 1.24's k8s-1.16-v1.11 template passes {@code agentPodAnnotations} (a map) where it wants a string: kops
     * fails building the channel (kops-oracle 1.24.0; 1.22, 1.28, 1.30 and 1.33 render it). Refused with kops' message
     * on the completed spec, only where nothing else is wrong with it (a build failure: {@link Finding#BUILD_RULE_SUFFIX}).
     */
    private void agentPodAnnotations(RuleContext ctx, CiliumSpec c, Findings out) {
        if (!ctx.strict() || !ctx.in(AGENT_ANNOTATIONS_V111) || c.agentPodAnnotations().isEmpty()) return;
        out.add(AGENT_ANNOTATIONS_V111.tag(Finding.forbidden(path(ctx, "agentPodAnnotations"), "error executing template"
                        + " \"addons/networking.cilium.io/k8s-1.16-v1.11.yaml\": wrong type for value; expected string; got map[string]string"))
                .hint("leave agentPodAnnotations unset at kops 1.24: its Cilium 1.11 template cannot render them"));
    }

    private static boolean hubble(CiliumSpec c) {
        Optional<HubbleSpec> hubble = c.hubble();
        return hubble.isPresent() && hubble.get().enabled().orElse(false);
    }

    private void encryption(RuleContext ctx, CiliumSpec c, Findings out) {
        boolean encryption = c.enableEncryption().orElse(false);
        if (ctx.in(ENCRYPTION_IPV6) && encryption && ctx.ipv6Only()) {
            out.add(ENCRYPTION_IPV6.tag(Finding.forbidden(path(ctx, "enableEncryption"), "encryption is not supported on IPv6 clusters"))
                    .hint("turn enableEncryption off in an IPv6 cluster"));
        }
        if (ctx.in(ENCRYPTION_TYPE_ENABLE) && !c.encryptionType().orElse("").isEmpty() && !encryption) {
            out.add(ENCRYPTION_TYPE_ENABLE.tag(Finding.forbidden(path(ctx, "encryptionType"), "encryptionType requires enableEncryption"))
                    .hint("set enableEncryption: true, or remove encryptionType"));
        }
    }

    private void l7Proxy(RuleContext ctx, CiliumSpec c, Findings out) {
        if (!c.enableL7Proxy().orElse(false)) return;
        if (ctx.in(L7_WIREGUARD) && "wireguard".equals(c.encryptionType().orElse(null))) {
            out.add(L7_WIREGUARD.tag(Finding.forbidden(path(ctx, "enableL7Proxy"), "L7 proxy cannot be enabled if wireguard is enabled."))
                    .hint("set enableL7Proxy: false with wireguard encryption"));
        }
        if (!ctx.in(L7_IPTABLES)) return;
        boolean kops122 = ctx.in(L7_IPTABLES_122);
        boolean noRules = kops122 ? c.iptablesRulesNoinstall().orElse(false)
                : Boolean.FALSE.equals(c.installIptablesRules().orElse(null)) || c.iptablesRulesNoinstall().orElse(false);
        if (noRules) {
            out.add(L7_IPTABLES.tag(Finding.forbidden(path(ctx, "enableL7Proxy"), kops122
                            ? "Cilium L7 Proxy requires IPTablesRules to be installed." : "Cilium L7 Proxy requires installIptablesRules."))
                    .hint("install the iptables rules, or set enableL7Proxy: false"));
        }
    }

    private void managedEtcd(RuleContext ctx, Findings out) {
        EtcdCluster etcd = null;
        for (EtcdCluster e : ctx.cluster().etcdClusters()) {
            if ("cilium".equals(e.name().orElse(null))) {
                etcd = e;
                break;
            }
        }
        if (etcd == null) {
            if (ctx.in(ETCD_CLUSTER)) {
                out.add(ETCD_CLUSTER.tag(Finding.required("spec.etcdClusters", "Cilium with managed etcd requires a dedicated etcd cluster"))
                        .hint("add an etcd cluster named cilium (kops create cluster --networking cilium-etcd does)"));
            }
        } else if (ctx.in(ETCD_LEGACY) && "Legacy".equals(String.valueOf(etcd.extraFields().get("provider")))) {
            out.add(ETCD_LEGACY.tag(Finding.invalid("spec.etcdClusters", "Legacy", "Legacy etcd provider is not supported for the cilium cluster"))
                    .hint("use the Manager etcd provider"));
        }
    }

    private void ipam(RuleContext ctx, CiliumSpec c, Findings out) {
        Optional<String> ipam = GoStrings.nonEmpty(c.ipam());
        if (ipam.isEmpty()) return;
        if (ctx.in(IPAM)) {
            out.oneOf(path(ctx, "ipam"), ipam, GATES.allowedValues("cilium.ipam"), IPAM);
        } else if (ctx.in(IPAM_CRD_ENI)) {
            out.oneOf(path(ctx, "ipam"), ipam, GATES.allowedValues("cilium.ipam#crd-eni"), IPAM_CRD_ENI);
        }
        if (!ipam.get().equals("eni")) return;
        if (ctx.in(ENI_AWS_ONLY) && !ctx.onCloud(Cloud.AWS)) {
            // quirk: kops' message says "Cilum"
            out.add(ENI_AWS_ONLY.tag(Finding.forbidden(path(ctx, "ipam"), "Cilum ENI IPAM is supported only in AWS"))
                    .hint("use ipam: eni only with cloudProvider: aws"));
        }
        eniMasquerade(ctx, c, out);
        if (ctx.in(ENI_IPV6) && ctx.ipv6Only()) {
            out.add(ENI_IPV6.tag(Finding.forbidden(path(ctx, "ipam"), "Cilium ENI IPAM does not support IPv6"))
                    .hint("use ipam: kubernetes in an IPv6 cluster"));
        }
    }

    /** What ENI IPAM asks of masquerading, by release (see the four {@code cilium.eni-masquerade} gates). */
    private void eniMasquerade(RuleContext ctx, CiliumSpec c, Findings out) {
        String disabled = "Masquerade must be disabled when ENI IPAM is used";
        if (ctx.in(ENI_DISABLE_MASQUERADE_TRUE) && !c.disableMasquerade().orElse(false)) {
            out.add(ENI_DISABLE_MASQUERADE_TRUE.tag(Finding.forbidden(path(ctx, "disableMasquerade"), disabled))
                    .hint("set disableMasquerade: true with ipam: eni"));
        } else if (ctx.in(ENI_DISABLE_MASQUERADE_NOT_FALSE) && Boolean.FALSE.equals(c.disableMasquerade().orElse(null))) {
            out.add(ENI_DISABLE_MASQUERADE_NOT_FALSE.tag(Finding.forbidden(path(ctx, "disableMasquerade"), disabled))
                    .hint("set disableMasquerade: true with ipam: eni"));
        } else if (ctx.in(ENI_MASQUERADE_NOT_TRUE) && Boolean.TRUE.equals(masquerade(c).orElse(null))) {
            out.add(ENI_MASQUERADE_NOT_TRUE.tag(Finding.forbidden(path(ctx, "masquerade"), disabled))
                    .hint("set masquerade: false with ipam: eni"));
        } else if (ctx.in(ENI_MASQUERADE_NOT_FALSE) && Boolean.FALSE.equals(masquerade(c).orElse(null))) {
            out.add(ENI_MASQUERADE_NOT_FALSE.tag(Finding.forbidden(path(ctx, "masquerade"), "Masquerade must be enabled when ENI IPAM is used"))
                    .hint("set masquerade: true with ipam: eni"));
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

    /** The Cilium minor versions a release accepts and the message it prints otherwise (a {@code supportedVersions} row). */
    private record VersionRule(int minMinor, int maxMinor, String detail) {
        static VersionRule read(FactNode n) {
            return new VersionRule(n.integer("minMinor"), n.integer("maxMinor"), n.text("detail"));
        }
    }

    private void version(RuleContext ctx, CiliumSpec c, String v, Findings out) {
        if (!ctx.in(VERSION_PREFIX)) return;
        String p = path(ctx, "version");
        if (!v.startsWith("v")) {
            out.add(VERSION_PREFIX.tag(Finding.invalid(p, v, "Cilium version must be prefixed with 'v'")).hint("write the version as v" + v));
            return;
        }
        SemanticVersion sv;
        try {
            sv = SemanticVersion.parse(v.substring(1));
        } catch (IllegalArgumentException e) {
            out.add(VERSION_SEMVER.tag(Finding.invalid(p, v, "Could not parse as semantic version")).hint("write the version as vMAJOR.MINOR.PATCH"));
            return;
        }
        supported(ctx, p, v, sv, out);
        kubernetes(ctx, sv.minor(), out);
        features(ctx, c, p, v, sv.minor(), out);
    }

    private void supported(RuleContext ctx, String p, String v, SemanticVersion sv, Findings out) {
        if (!ctx.in(VERSION_SUPPORTED)) return;
        VersionRule rule = VERSIONS.at(ctx.release()).orElseThrow();
        int minor = sv.minor();
        boolean bad = ctx.in(VERSION_SUPPORTED_125) ? minor != 11 && sv.patch() < 5
                : sv.major() != 1 || minor < rule.minMinor() || minor > rule.maxMinor();
        if (bad) {
            out.add(VERSION_SUPPORTED.tag(Finding.invalid(p, v, rule.detail()))
                    .hint("use the Cilium version this kops release pins (leave version unset to get it)"));
        }
    }

    /** The Kubernetes versions a Cilium minor needs (see the {@code cilium.version-kubernetes} gates). */
    private void kubernetes(RuleContext ctx, int minor, Findings out) {
        if (ctx.in(VERSION_KUBERNETES_119)) {
            if (minor == 6 && (ctx.k8sBefore(1, 11) || ctx.k8sAtLeast(1, 16))) forbidVersion(ctx, out, "Version 1.6 requires kubernetesVersion between 1.11 and 1.16");
            if (minor == 7 && (ctx.k8sBefore(1, 12) || ctx.k8sAtLeast(1, 17))) forbidVersion(ctx, out, "Version 1.7 requires kubernetesVersion between 1.12 and 1.17");
            if (minor == 8 && ctx.k8sBefore(1, 12)) forbidVersion(ctx, out, "Version 1.8 requires kubernetesVersion 1.12 or newer");
        } else if (ctx.in(VERSION_KUBERNETES_BEFORE_122)) {
            if (minor == 6 && ctx.k8sAtLeast(1, 16)) forbidVersion(ctx, out, "Version 1.6 requires kubernetesVersion before 1.16");
            if (minor == 7 && ctx.k8sAtLeast(1, 17)) forbidVersion(ctx, out, "Version 1.7 requires kubernetesVersion before 1.17");
            if (ctx.in(VERSION_KUBERNETES_V110) && minor == 10 && ctx.k8sBefore(1, 16)) forbidVersion(ctx, out, "Version 1.10 requires kubernetesVersion 1.16 or newer");
        }
    }

    /** Features that need a newer Cilium than the one set. */
    private void features(RuleContext ctx, CiliumSpec c, String p, String v, int minor, Findings out) {
        if (ctx.in(VERSION_IPV6) && minor < 10 && ctx.ipv6Only()) {
            out.add(VERSION_IPV6.tag(Finding.invalid(p, v, "kOps only supports IPv6 on version 1.10 or later")).hint("use Cilium 1.10 or later for IPv6"));
        }
        if (ctx.in(HUBBLE_VERSION) && minor < 8 && hubble(c)) {
            String hp = ctx.in(HUBBLE_VERSION_SPEC_PATH) ? "spec.hubble.enabled" : path(ctx, "hubble.enabled");
            out.add(HUBBLE_VERSION.tag(Finding.forbidden(hp, "Hubble requires Cilium 1.8 or newer")).hint("use Cilium 1.8 or newer for Hubble"));
        }
        if (ctx.in(HUBBLE_V19_TEMPLATE) && minor == 9 && hubble(c)) {
            out.add(HUBBLE_V19_TEMPLATE.tag(Finding.forbidden(path(ctx, "hubble.enabled"), "kops 1.20 cannot render Hubble with Cilium 1.9: error executing template "
                    + "\"addons/networking.cilium.io/k8s-1.12-v1.9.yaml\" at <.Networking.Cilium.Version>: can't evaluate field Networking "
                    + "in type *kops.CiliumNetworkingSpec")).hint("at kops 1.20 use Hubble with Cilium 1.8, or a later kops release"));
        }
        if (ctx.in(HUBBLE_V18_TEMPLATE) && minor == 8 && hubble(c)) {
            out.add(HUBBLE_V18_TEMPLATE.tag(Finding.forbidden(path(ctx, "hubble.enabled"), "kops " + ctx.release().major() + "." + ctx.release().minor()
                    + " cannot render Hubble with Cilium 1.8: error executing template \"addons/networking.cilium.io/k8s-1.12-v1.8.yaml\" "
                    + "at <.Version>: can't evaluate field Version in type kops.ClusterSpec"))
                    .hint("use Hubble with Cilium 1.9 or newer, or Cilium 1.8 at kops 1.19-1.20"));
        }
        if (ctx.in(WIREGUARD_VERSION) && minor < 10 && "wireguard".equals(c.encryptionType().orElse(null))) {
            out.add(WIREGUARD_VERSION.tag(Finding.forbidden(path(ctx, "encryptionType"), "Cilium EncryptionType=WireGuard is not available for Cilium version < 1.10.0."))
                    .hint("use Cilium 1.10 or newer for WireGuard"));
        }
        if (ctx.in(SERVICE_TOPOLOGY_VERSION) && minor < 11 && c.enableServiceTopology().orElse(false)) {
            out.add(SERVICE_TOPOLOGY_VERSION.tag(Finding.forbidden(path(ctx, "enableServiceTopology"), "Service topology requires Cilium 1.11"))
                    .hint("use Cilium 1.11 or newer for service topology"));
        }
    }

    private void forbidVersion(RuleContext ctx, Findings out, String detail) {
        out.add(VERSION_KUBERNETES.tag(Finding.forbidden(path(ctx, "version"), detail))
                .hint("choose a Cilium version that supports the cluster's Kubernetes version"));
    }
}
