package dev.podnet.providers.validation;

import static dev.podnet.providers.validation.ValidationFixtures.*;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.KubeProxy;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.provider.CiliumIngressSpec;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.api.provider.HubbleSpec;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Cilium rules (version checks, kube-proxy interplay, ENI, encryption, enums), each firing and at its boundaries. */
class CiliumRulesTest {
    static Cluster cilium(String k8s, CiliumSpec.Builder b) { return kubeProxyOff(aws(k8s, b.build())).build(); }

    static Stream<Arguments> rows() {
        return Stream.of(
                row("empty", cilium("1.30.0", CiliumSpec.builder()), "1.30"),
                row("pinned version of 1.30", cilium("1.30.0", CiliumSpec.builder().version("v1.15.6")), "1.30"),
                row("version without v", cilium("1.30.0", CiliumSpec.builder().version("1.15.6")), "1.30",
                        "Invalid value::spec.networking.cilium.version::Cilium version must be prefixed with 'v'"),
                row("version 1.16 at 1.30", cilium("1.30.0", CiliumSpec.builder().version("v1.16.1")), "1.30",
                        "Invalid value::spec.networking.cilium.version::Only version 1.15 is supported"),
                row("version 1.16 at 1.31", cilium("1.31.0", CiliumSpec.builder().version("v1.16.1")), "1.31"),
                row("version 1.10.0 at 1.25 (quirk: minor != 11 && patch < 5)", cilium("1.25.0", CiliumSpec.builder().version("v1.10.0")), "1.25",
                        "Invalid value::spec.networking.cilium.version::Only version 1.11 with patch version 5 or higher is supported"),
                row("version 1.10.5 at 1.25 accepted (quirk)", cilium("1.25.0", CiliumSpec.builder().version("v1.10.5")), "1.25"),
                row("version 1.6 with k8s 1.16 at 1.20", cilium("1.16.0", CiliumSpec.builder().version("v1.6.0")), "1.20",
                        "Forbidden::spec.networking.cilium.version::Version 1.6 requires kubernetesVersion before 1.16"),
                row("version 1.6 with k8s 1.15 at 1.20", cilium("1.15.0", CiliumSpec.builder().version("v1.6.0")), "1.20"),
                row("NodePort with kube-proxy on (quirk path)", aws("1.30.0", CiliumSpec.builder().enableNodePort(true).build())
                                .kubeProxy(KubeProxy.builder().build()).build(), "1.30",
                        "Forbidden::spec.spec.kubeProxy.enabled::When Cilium NodePort is enabled, kubeProxy must be disabled"),
                row("ipam foo", cilium("1.30.0", CiliumSpec.builder().ipam("foo")), "1.30", "Unsupported value::spec.networking.cilium.ipam"),
                row("ENI on GCE", ValidationFixtures.inRegion(Cluster.builder().from(cilium("1.30.0", CiliumSpec.builder().ipam("eni"))).cloud(Cloud.GCE)
                                .networking(ValidationFixtures.ipv4(CiliumSpec.builder().ipam("eni").build()).networkCIDR(java.util.Optional.empty()).build()).build()), "1.30",
                        "Forbidden::spec.networking.cilium.ipam::Cilum ENI IPAM is supported only in AWS"),
                row("ENI with masquerade false, 1.35", cilium("1.30.0", CiliumSpec.builder().ipam("eni").masquerade(false)), "1.35",
                        "Forbidden::spec.networking.cilium.masquerade::Masquerade must be enabled when ENI IPAM is used"),
                row("ENI with masquerade false, 1.36: rule removed", cilium("1.30.0", CiliumSpec.builder().ipam("eni").masquerade(false)), "1.36"),
                row("ENI with disableMasquerade false, 1.22", cilium("1.22.0", CiliumSpec.builder().ipam("eni").disableMasquerade(false)), "1.22",
                        "Forbidden::spec.networking.cilium.disableMasquerade"),
                row("ENI with disableMasquerade true, 1.22", cilium("1.22.0", CiliumSpec.builder().ipam("eni").disableMasquerade(true)), "1.22"),
                row("kvstore without managed etcd", cilium("1.30.0", CiliumSpec.builder().identityAllocationMode("kvstore")), "1.30",
                        "Forbidden::spec.networking.cilium.identityAllocationMode"),
                row("L7 proxy without iptables rules", cilium("1.30.0", CiliumSpec.builder().enableL7Proxy(true).installIptablesRules(false)), "1.30",
                        "Forbidden::spec.networking.cilium.enableL7Proxy::Cilium L7 Proxy requires installIptablesRules."),
                row("hubble without cert-manager", cilium("1.30.0", CiliumSpec.builder().hubble(HubbleSpec.builder().enabled(true).build())), "1.30",
                        "Forbidden::spec.networking.cilium.hubble.enabled::Hubble requires that cert manager is enabled"),
                lenient("hubble without cert-manager on the input: kops checks the completed cluster only (oracle 1.22, 1.36: "
                        + "another rule's rejection hides it)", cilium("1.30.0", CiliumSpec.builder().hubble(HubbleSpec.builder().enabled(true).build())),
                        "1.30"),
                row("hubble with cert-manager", Cluster.builder().from(cilium("1.30.0", CiliumSpec.builder().hubble(HubbleSpec.builder().enabled(true).build())))
                        .putExtraSpec("certManager", java.util.Map.of("enabled", true)).build(), "1.30"),
                row("encryptionType without enableEncryption, 1.26+", cilium("1.30.0", CiliumSpec.builder().encryptionType("wireguard")), "1.26",
                        "Forbidden::spec.networking.cilium.encryptionType::encryptionType requires enableEncryption"),
                row("encryptionType without enableEncryption, 1.25", cilium("1.25.0", CiliumSpec.builder().encryptionType("wireguard")), "1.25"),
                row("encryption in IPv6", kubeProxyOff(awsIpv6("1.30.0", CiliumSpec.builder().enableEncryption(true).build())).build(), "1.30",
                        "Forbidden::spec.networking.cilium.enableEncryption"),
                row("ENI in IPv6", kubeProxyOff(awsIpv6("1.30.0", CiliumSpec.builder().ipam("eni").build())).build(), "1.30",
                        "Forbidden::spec.networking.cilium.ipam::Cilium ENI IPAM does not support IPv6"),
                row("bpfLBSockHostNSOnly without bpfLBSock, 1.36", cilium("1.36.0", CiliumSpec.builder().bpfLBSockHostNSOnly(true)), "1.36",
                        "Forbidden::spec.networking.cilium.bpfLBSockHostNSOnly"),
                row("bpfLBSockHostNSOnly without bpfLBSock, 1.35", cilium("1.35.0", CiliumSpec.builder().bpfLBSockHostNSOnly(true)), "1.35"),
                row("ingress mode bad-value", cilium("1.30.0", CiliumSpec.builder().ingress(CiliumIngressSpec.builder().enabled(true)
                        .defaultLoadBalancerMode("bad-value").build())), "1.30", "Unsupported value::spec.networking.cilium.ingress.defaultLoadBalancerMode"),
                row("tunnel and encryptionType unsupported (layer 1)", cilium("1.30.0", CiliumSpec.builder().tunnel("gre").encryptionType("x")
                        .enableEncryption(true)), "1.30",
                        "Unsupported value::spec.networking.cilium.tunnel", "Unsupported value::spec.networking.cilium.encryptionType"),
                row("Hubble with Cilium 1.9 at 1.20: kops' template fails", cilium("1.20.5", CiliumSpec.builder().version("v1.9.4")
                                .hubble(HubbleSpec.builder().enabled(true).build())), "1.20",
                        "Forbidden::spec.networking.cilium.hubble.enabled::kops 1.20 cannot render Hubble with Cilium 1.9: error executing template "
                                + "\"addons/networking.cilium.io/k8s-1.12-v1.9.yaml\" at <.Networking.Cilium.Version>: can't evaluate field "
                                + "Networking in type *kops.CiliumNetworkingSpec"),
                row("Hubble with Cilium 1.8 at 1.20", cilium("1.20.5", CiliumSpec.builder().version("v1.8.6")
                        .hubble(HubbleSpec.builder().enabled(true).build())), "1.20"),
                row("Hubble with Cilium 1.8 at 1.21: kops' template fails", Cluster.builder().from(cilium("1.19.0", CiliumSpec.builder().version("v1.8.4")
                                .hubble(HubbleSpec.builder().enabled(true).build()))).putExtraSpec("certManager", java.util.Map.of("enabled", true))
                                .build(), "1.21",
                        "Forbidden::spec.networking.cilium.hubble.enabled::kops 1.21 cannot render Hubble with Cilium 1.8: error executing template "
                                + "\"addons/networking.cilium.io/k8s-1.12-v1.8.yaml\" at <.Version>: can't evaluate field Version in type kops.ClusterSpec"),
                row("Hubble with Cilium 1.8 at 1.24: kops' template fails", Cluster.builder().from(cilium("1.19.0", CiliumSpec.builder().version("v1.8.0")
                                .hubble(HubbleSpec.builder().enabled(true).build()))).putExtraSpec("certManager", java.util.Map.of("enabled", true))
                                .build(), "1.24",
                        "Forbidden::spec.networking.cilium.hubble.enabled::kops 1.24 cannot render Hubble with Cilium 1.8: error executing template "
                                + "\"addons/networking.cilium.io/k8s-1.12-v1.8.yaml\" at <.Version>: can't evaluate field Version in type kops.ClusterSpec"),
                row("Hubble with Cilium 1.8 at 1.22 without cert-manager: kops validates first, so only the validation finding "
                                + "(its build, where the template fails, is never reached)", cilium("1.19.0", CiliumSpec.builder().version("v1.8.4")
                                .hubble(HubbleSpec.builder().enabled(true).build())), "1.22",
                        "Forbidden::spec.networking.cilium.hubble.enabled::Hubble requires that cert manager is enabled"),
                row("Hubble with Cilium 1.9 at 1.21", Cluster.builder().from(cilium("1.19.0", CiliumSpec.builder().version("v1.9.4")
                        .hubble(HubbleSpec.builder().enabled(true).build()))).putExtraSpec("certManager", java.util.Map.of("enabled", true))
                        .build(), "1.21"),
                row("NodePort on a completed spec without a kubeProxy block (kops always creates it)",
                        aws("1.30.0", CiliumSpec.builder().enableNodePort(true).build()).build(), "1.30",
                        "Forbidden::spec.spec.kubeProxy.enabled::When Cilium NodePort is enabled, kubeProxy must be disabled"),
                Arguments.of("NodePort on an input without a kubeProxy block", aws("1.30.0", CiliumSpec.builder().enableNodePort(true).build())
                        .build(), "1.30", ValidationMode.LENIENT, List.of()),
                row("managed etcd without the cilium etcd cluster", cilium("1.30.0", CiliumSpec.builder().etcdManaged(true)), "1.30",
                        "Required value::spec.etcdClusters"));
    }

    @ParameterizedTest(name = "{0} @ {2}")
    @MethodSource("rows")
    void findings(String name, Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }
}
