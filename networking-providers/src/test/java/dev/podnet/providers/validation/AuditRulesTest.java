package dev.podnet.providers.validation;

import static dev.podnet.providers.validation.ValidationFixtures.*;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.EtcdCluster;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.KubeDns;
import dev.podnet.api.KubeProxy;
import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.provider.*;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ValidationFixtures added by the audit of every validation rule in {@code ../shared/spec/} against the code
 * ({@code validation/spec-coverage.tsv}): the rules and boundaries (release before/after, Kubernetes
 * version on each side of a limit) the other tables did not pin yet.
 */
class AuditRulesTest {
    /** A Calico cluster with a main etcd cluster (the k8s-1.7 template of kops 1.18-1.19 lists its members). */
    static Cluster calico(String k8s, CalicoSpec.Builder b) { return CalicoRulesTest.withEtcd(aws(k8s, b.build()).build()); }

    static Cluster calico6(String k8s, CalicoSpec.Builder b) { return awsIpv6(k8s, b.build()).build(); }

    static Cluster cilium(String k8s, CiliumSpec.Builder b) { return kubeProxyOff(aws(k8s, b.build())).build(); }

    static Cluster cilium6(String k8s, CiliumSpec.Builder b) { return kubeProxyOff(awsIpv6(k8s, b.build())).build(); }

    /** A GCE cluster (no networkCIDR; subnets in one region) with this provider. */
    static Cluster gce(String k8s, ProviderSpec p) {
        return inRegion(kopsCluster().name("c.example.com").kubernetesVersion(k8s).cloud(Cloud.GCE)
                .networking(ipv4(p).networkCIDR(Optional.empty()).build()).build());
    }

    static Cluster second(Cluster c, String key) { return with(c, n -> n.putExtraFields(key, Map.of())); }

    static Cluster containerd(Cluster c) { return c.toBuilder().putExtraSpec("containerRuntime", "containerd").build(); }

    static Cluster cloud(Cloud cloud, String k8s, UnaryNet n) {
        return kopsCluster().name("c.example.com").kubernetesVersion(k8s).cloud(cloud)
                .networking(n.apply(ipv4(KubenetSpec.builder().build())).build()).build();
    }

    interface UnaryNet extends java.util.function.UnaryOperator<Networking.Builder> {}

    static final Cluster OK = aws("1.30.0", KubenetSpec.builder().build()).build();

    static Stream<Arguments> calicoRows() {
        return Stream.of(
                // kops 1.19's k8s-1.16 template cannot render the metrics ports: kops fails building (kops-oracle 1.19-1.21)
                row("prometheusMetricsEnabled, 1.19: build fails", calico("1.19.9", CalicoSpec.builder().prometheusMetricsEnabled(true)), "1.19",
                        "Forbidden::spec.networking.calico.prometheusMetricsEnabled"),
                row("typha metrics with Typha, 1.19: build fails", calico("1.19.9", CalicoSpec.builder().typhaReplicas(1)
                        .typhaPrometheusMetricsEnabled(true)), "1.19", "Forbidden::spec.networking.calico.typhaPrometheusMetricsEnabled"),
                row("typha metrics without Typha, 1.19", calico("1.19.9", CalicoSpec.builder().typhaPrometheusMetricsEnabled(true)), "1.19"),
                lenient("prometheusMetricsEnabled, 1.19, input: kops' validation accepts it", calico("1.19.9",
                        CalicoSpec.builder().prometheusMetricsEnabled(true)), "1.19"),
                row("prometheusMetricsEnabled, 1.20", calico("1.19.9", CalicoSpec.builder().prometheusMetricsEnabled(true)), "1.20"),
                row("C7 bpfExternalServiceMode Direct, 1.19", calico("1.19.0", CalicoSpec.builder().bpfExternalServiceMode("Direct")), "1.19",
                        "Unsupported value::spec.networking.calico.bpfExternalServiceMode"),
                row("C7 bpfExternalServiceMode Direct, 1.18: not checked", calico("1.18.0", CalicoSpec.builder().bpfExternalServiceMode("Direct")), "1.18"),
                row("C16 vxlanMode bad, 1.22", calico("1.22.0", CalicoSpec.builder().vxlanMode("Sometimes")), "1.22",
                        "Unsupported value::spec.networking.calico.vxlanMode"),
                row("C16 vxlanMode bad, 1.21: not checked", calico("1.21.0", CalicoSpec.builder().vxlanMode("Sometimes")), "1.21"),
                row("C17 ipip + vxlanMode Always, 1.21: not checked", calico("1.21.0", CalicoSpec.builder().encapsulationMode("ipip").vxlanMode("Always")), "1.21"),
                row("C4 iptablesBackend Fast, 1.18", calico("1.18.0", CalicoSpec.builder().iptablesBackend("Fast")), "1.18",
                        "Unsupported value::spec.networking.calico.iptablesBackend"),
                row("C10 encapsulationMode gre, 1.19", calico("1.19.0", CalicoSpec.builder().encapsulationMode("gre")), "1.19",
                        "Unsupported value::spec.networking.calico.encapsulationMode"),
                row("C10 encapsulationMode gre, 1.18: not checked", calico("1.18.0", CalicoSpec.builder().encapsulationMode("gre")), "1.18"),
                row("C5 awsSrcDstCheck off, 1.18: not checked", calico("1.18.0", CalicoSpec.builder().awsSrcDstCheck("off")), "1.18"),
                row("C5 awsSrcDstCheck Enable, 1.19", calico("1.19.0", CalicoSpec.builder().awsSrcDstCheck("Enable")), "1.19"),
                row("C5' awsSrcDstCheck DoNothing in IPv6, 1.26", calico6("1.26.0", CalicoSpec.builder().encapsulationMode("none").awsSrcDstCheck("DoNothing")), "1.26"),
                // quirk C6: kops 1.22+ constructs "crossSubnet is deprecated, use awsSrcDstCheck instead" but never appends it
                row("C6 crossSubnet without awsSrcDstCheck Disable, 1.22: quirk, no finding", calico("1.22.0", CalicoSpec.builder().crossSubnet(true)), "1.22"),
                row("C18 ipv6 can-reach an IPv4 address", calico("1.30.0", CalicoSpec.builder().ipv6AutoDetectionMethod("can-reach=8.8.8.8")), "1.30",
                        "Invalid value::spec.networking.calico.ipv6AutoDetectionMethod::must be a valid IPv6 address"),
                row("C18 ipv4 can-reach 8.8.8.8 and ipv6 can-reach v6", calico("1.30.0", CalicoSpec.builder().ipv4AutoDetectionMethod("can-reach=8.8.8.8")
                        .ipv6AutoDetectionMethod("can-reach=2001:4860:4860::8888")), "1.30"),
                row("C18 ipv6 interface= (empty list)", calico("1.30.0", CalicoSpec.builder().ipv6AutoDetectionMethod("interface=")), "1.30",
                        "Invalid value::spec.networking.calico.ipv6AutoDetectionMethod::'interface=' must be followed by a comma separated list of interface regular expressions"),
                row("C18 interface=foo=bar (malformed)", calico("1.30.0", CalicoSpec.builder().ipv4AutoDetectionMethod("interface=foo=bar")), "1.30",
                        "Invalid value::spec.networking.calico.ipv4AutoDetectionMethod::malformed autodetection method"),
                row("C18 =en0,eth.* (no method)", calico("1.30.0", CalicoSpec.builder().ipv4AutoDetectionMethod("=en0,eth.*")), "1.30",
                        "Invalid value::spec.networking.calico.ipv4AutoDetectionMethod::unsupported autodetection method"),
                row("C18 bogus, 1.18: not checked", calico("1.18.0", CalicoSpec.builder().ipv4AutoDetectionMethod("bogus")), "1.18"),
                row("C11 ipip in IPv6, 1.22: not checked", calico6("1.22.0", CalicoSpec.builder().encapsulationMode("ipip")), "1.22"),
                row("C12 none in IPv4, 1.23 k8s 1.23", calico("1.23.0", CalicoSpec.builder().encapsulationMode("none")), "1.23",
                        "Forbidden::spec.networking.calico.encapsulationMode::encapsulationMode \"none\" is only supported for IPv6 clusters"),
                row("C13 vxlan on Azure, 1.35", inRegion(Cluster.builder().from(calico("1.35.0", CalicoSpec.builder().encapsulationMode("vxlan"))).cloud(Cloud.AZURE).build()), "1.35"),
                row("C19 wireguard in IPv6, 1.25: not checked", calico6("1.25.0", CalicoSpec.builder().encapsulationMode("none").wireguardEnabled(true)), "1.25"),
                row("C19 wireguard in IPv4, 1.26", calico("1.26.0", CalicoSpec.builder().wireguardEnabled(true)), "1.26"),
                // kops looks only at a present kubeProxy, but its completion always fills one (kops-oracle 1.36, IPv6)
                lenient("C20 bpf without spec.kubeProxy, input, 1.36", calico("1.36.0", CalicoSpec.builder().bpfEnabled(true)), "1.36"),
                row("C20 bpf without spec.kubeProxy, completed spec, 1.36", calico("1.36.0", CalicoSpec.builder().bpfEnabled(true)), "1.36",
                        "Forbidden::spec.kubeProxy.enabled"),
                // kops also refuses the etcd storage version, after the networking findings (kops-oracle 1.19, 1.20)
                row("C3' etcd version unparsable, 1.19: InternalError", CalicoRulesTest.etcd("three"), "1.19",
                        "Internal error::spec.networking.calico.majorVersion",
                        "Invalid value::spec.etcdClusters[0].version::the storage version is invalid"),
                row("C3 etcd version unparsable, 1.18: InternalError", CalicoRulesTest.etcd("3.x"), "1.18",
                        "Internal error::spec.networking.calico.majorVersion",
                        "Invalid value::spec.etcdClusters[0].version::the storage version is invalid"),
                row("C3 etcd version unparsable, 1.20: rule gone", CalicoRulesTest.etcd("three"), "1.20",
                        "Invalid value::spec.etcdClusters[0].version::the storage version is invalid"),
                row("C15 ipip + ipipMode Always", calico("1.30.0", CalicoSpec.builder().encapsulationMode("ipip").ipipMode("Always")), "1.30"),
                row("C15 vxlan + ipipMode CrossSubnet, 1.19", calico("1.19.0", CalicoSpec.builder().encapsulationMode("vxlan").ipipMode("CrossSubnet")), "1.19",
                        "Forbidden::spec.networking.calico.ipipMode"),
                row("C15 vxlan + ipipMode Always, 1.18: not checked", calico("1.18.0", CalicoSpec.builder().encapsulationMode("vxlan").ipipMode("Always")), "1.18"),
                row("C14 ipipMode unknown, 1.18: not checked", calico("1.18.0", CalicoSpec.builder().ipipMode("unknown")), "1.18"),
                row("C1 typhaReplicas -1, 1.18", calico("1.18.0", CalicoSpec.builder().typhaReplicas(-1)), "1.18",
                        "Invalid value::spec.networking.calico.typhaReplicas"),
                row("C8 bpfLogLevel Trace, 1.19", calico("1.19.0", CalicoSpec.builder().bpfLogLevel("Trace")), "1.19",
                        "Unsupported value::spec.networking.calico.bpfLogLevel"),
                row("C8 bpfLogLevel Debug, 1.19", calico("1.19.0", CalicoSpec.builder().bpfLogLevel("Debug")), "1.19"),
                row("C1 typhaReplicas 0", calico("1.30.0", CalicoSpec.builder().typhaReplicas(0)), "1.30"));
    }

    static Stream<Arguments> providerRows() {
        CanalSpec canal = CanalSpec.builder().build();
        return Stream.of(
                // Canal
                row("canal chainInsertMode middle", aws("1.25.0", CanalSpec.builder().chainInsertMode("middle").build()).build(), "1.25",
                        "Unsupported value::spec.networking.canal.chainInsertMode"),
                row("canal logSeveritySys info (lower case, the template's own default, is not in kops' set)",
                        aws("1.25.0", CanalSpec.builder().logSeveritySys("info").build()).build(), "1.25",
                        "Unsupported value::spec.networking.canal.logSeveritySys"),
                row("canal iptablesBackend Fast, 1.18", aws("1.18.0", CanalSpec.builder().iptablesBackend("Fast").build()).build(), "1.18",
                        "Unsupported value::spec.networking.canal.iptablesBackend"),
                row("canal 1.34 with a bad value: only the removal", aws("1.29.0", CanalSpec.builder().chainInsertMode("middle").build()).build(), "1.34",
                        "Forbidden::spec.networking.canal::Canal is not supported for Kubernetes >= 1.28"),
                row("canal 1.28 k8s 1.28 with a bad value: field checks skipped", aws("1.28.0", CanalSpec.builder().chainInsertMode("middle").build()).build(), "1.28",
                        "Forbidden::spec.networking.canal::Canal is not supported for Kubernetes >= 1.28"),
                row("canal 1.28 k8s 1.27: deprecated only", aws("1.27.0", canal).build(), "1.28", "warning:Forbidden::spec.networking.canal"),
                row("canal 1.26: not deprecated yet", aws("1.26.0", canal).build(), "1.26"),
                // kops' k8s-1.25 Canal template reads the nil Calico spec's typhaReplicas: kops fails to build
                row("canal typhaReplicas 1, k8s 1.25 at 1.28", aws("1.25.0", CanalSpec.builder().typhaReplicas(1).build()).build(), "1.28",
                        "Forbidden::spec.networking.canal.typhaReplicas", "warning:Forbidden::spec.networking.canal"),
                row("canal typhaReplicas 1, k8s 1.24 at 1.28 (k8s-1.22 template)", aws("1.24.0", CanalSpec.builder().typhaReplicas(1).build()).build(), "1.28",
                        "warning:Forbidden::spec.networking.canal"),
                row("canal typhaReplicas 2, k8s 1.24 at 1.33 (k8s-1.25 for every version)", aws("1.24.0", CanalSpec.builder().typhaReplicas(2).build()).build(), "1.33",
                        "Forbidden::spec.networking.canal.typhaReplicas", "warning:Forbidden::spec.networking.canal"),
                row("canal typhaReplicas 0, k8s 1.25 at 1.30", aws("1.25.0", CanalSpec.builder().typhaReplicas(0).build()).build(), "1.30",
                        "warning:Forbidden::spec.networking.canal"),
                row("canal typhaReplicas 1, k8s 1.25 at 1.24 (no k8s-1.25 template)", aws("1.25.0", CanalSpec.builder().typhaReplicas(1).build()).build(), "1.24"),
                lenient("canal typhaReplicas 1, k8s 1.25 at 1.28, input: kops' validation accepts it", aws("1.25.0", CanalSpec.builder().typhaReplicas(1).build()).build(), "1.28",
                        "warning:Forbidden::spec.networking.canal"),
                row("canal typhaReplicas 1, k8s 1.25 at 1.28 beside a validation error: only the error (kops never builds)",
                        aws("1.25.0", CanalSpec.builder().typhaReplicas(1).chainInsertMode("middle").build()).build(), "1.28",
                        "Unsupported value::spec.networking.canal.chainInsertMode", "warning:Forbidden::spec.networking.canal"),
                row("canal IPv6, 1.22: not checked", awsIpv6("1.21.0", canal).build(), "1.22"),
                row("canal IPv6, 1.33", awsIpv6("1.27.0", canal).build(), "1.33",
                        "Forbidden::spec.networking.canal::Canal does not support IPv6", "warning:Forbidden::spec.networking.canal"),
                // Flannel
                row("flannel 1.28 k8s 1.27: deprecated only", aws("1.27.0", FlannelSpec.builder().backend("vxlan").build()).build(), "1.28",
                        "warning:Forbidden::spec.networking.flannel"),
                row("flannel 1.31 k8s 1.28 with a bad backend: other checks skipped", aws("1.28.0", FlannelSpec.builder().backend("nope").build()).build(), "1.31",
                        "Forbidden::spec.networking.flannel::Flannel is not supported for Kubernetes >= 1.28"),
                row("flannel IPv6, 1.22: not checked", awsIpv6("1.22.0", FlannelSpec.builder().backend("vxlan").build()).build(), "1.22"),
                row("flannel IPv6, 1.23", awsIpv6("1.23.0", FlannelSpec.builder().backend("vxlan").build()).build(), "1.23",
                        "Forbidden::spec.networking.flannel::Flannel does not support IPv6"),
                row("flannel udp, 1.18", aws("1.18.0", FlannelSpec.builder().backend("udp").build()).build(), "1.18"),
                row("flannel backend nope, 1.18", aws("1.18.0", FlannelSpec.builder().backend("nope").build()).build(), "1.18",
                        "Unsupported value::spec.networking.flannel.backend"),
                // kube-router
                row("kube-router 1.28 k8s 1.27: deprecated only", kubeProxyOff(aws("1.27.0", KubeRouterSpec.builder().build())).build(), "1.28",
                        "warning:Forbidden::spec.networking.kubeRouter"),
                row("kube-router IPv6 1.28 k8s 1.27: path kubeRouter", kubeProxyOff(awsIpv6("1.27.0", KubeRouterSpec.builder().build())).build(), "1.28",
                        "Forbidden::spec.networking.kubeRouter::kube-router does not support IPv6", "warning:Forbidden::spec.networking.kubeRouter"),
                row("kube-router IPv6 1.28 k8s 1.28: the IPv6 check is skipped", kubeProxyOff(awsIpv6("1.28.0", KubeRouterSpec.builder().build())).build(), "1.28",
                        "Forbidden::spec.networking.kubeRouter::kube-router is not supported for Kubernetes >= 1.28", "warning:Forbidden::spec.networking.kubeRouter"),
                row("kube-router IPv6, 1.22: not checked", kubeProxyOff(awsIpv6("1.22.0", KubeRouterSpec.builder().build())).build(), "1.22"),
                row("kube-router with kube-proxy on, 1.19", aws("1.19.0", KubeRouterSpec.builder().build()).kubeProxy(KubeProxy.builder().build()).build(), "1.19",
                        "Forbidden::spec.spec.kubeProxy.enabled::kube-router requires kubeProxy to be disabled"),
                row("kube-router without spec.kubeProxy", aws("1.30.0", KubeRouterSpec.builder().build()).build(), "1.30"),
                // kubenet / external / kopeio / gce containerd (1.19 only) and IPv6 (1.23+)
                row("kubenet IPv6, 1.22: not checked", awsIpv6("1.22.0", KubenetSpec.builder().build()).build(), "1.22"),
                row("kubenet with containerd, 1.18", containerd(aws("1.18.0", KubenetSpec.builder().build()).build()), "1.18"),
                row("external with containerd, 1.19", containerd(aws("1.19.0", ExternalSpec.builder().build()).build()), "1.19",
                        "Invalid value::spec.networking::external networking is not supported with containerd"),
                row("external 1.26 k8s 1.25: deprecated", aws("1.25.0", ExternalSpec.builder().build()).build(), "1.26",
                        "warning:Forbidden::spec.networking.external"),
                row("external IPv6: no IPv6 rule", awsIpv6("1.25.0", ExternalSpec.builder().build()).build(), "1.25"),
                row("kopeio with containerd, 1.19", containerd(aws("1.19.0", KopeioSpec.builder().build()).build()), "1.19",
                        "Invalid value::spec.networking::kopeio networking is not supported with containerd"),
                row("kopeio with containerd, 1.20", containerd(aws("1.20.0", KopeioSpec.builder().build()).build()), "1.20"),
                row("kopeio IPv6, 1.22: not checked", awsIpv6("1.22.0", KopeioSpec.builder().build()).build(), "1.22"),
                row("kopeio IPv6, 1.23", awsIpv6("1.23.0", KopeioSpec.builder().build()).build(), "1.23",
                        "Forbidden::spec.networking.kopeio::Kopeio does not support IPv6"),
                // GCE / GCP
                row("gce networking on AWS, 1.22 wording", aws("1.22.0", GcpSpec.builder().build()).build(), "1.22",
                        "Forbidden::spec.networking.gce::gce networking is supported only when on GCP"),
                row("gce networking on GCE, 1.22", gce("1.22.0", GcpSpec.builder().build()), "1.22"),
                row("gcp networking on GCE, 1.30", gce("1.30.0", GcpSpec.builder().build()), "1.30"),
                row("gce networking: nonMasqueradeCIDR not required, service range need not be inside it (1.26)",
                        with(gce("1.26.0", GcpSpec.builder().build()), n -> n.nonMasqueradeCIDR(Optional.empty()).serviceClusterIPRange("10.4.0.0/20")), "1.26"),
                row("kubenet on GCE without nonMasqueradeCIDR, 1.26: required (keyed on gce networking up to 1.26)",
                        with(gce("1.26.0", KubenetSpec.builder().build()), n -> n.nonMasqueradeCIDR(Optional.empty())), "1.26",
                        "Required value::spec.networking.nonMasqueradeCIDR::Cluster did not have nonMasqueradeCIDR set"),
                row("kubenet on GCE without nonMasqueradeCIDR, 1.27: not required (keyed on the GCE cloud)",
                        with(gce("1.27.0", KubenetSpec.builder().build()), n -> n.nonMasqueradeCIDR(Optional.empty())), "1.27"),
                row("gce with containerd, 1.19", containerd(gce("1.19.0", GcpSpec.builder().build())), "1.19",
                        "Invalid value::spec.networking::gce networking is not supported with containerd"),
                row("gce IPv6 on AWS, 1.23", awsIpv6("1.23.0", GcpSpec.builder().build()).build(), "1.23",
                        "Forbidden::spec.networking.gce::GCE networking is supported only when on GCP",
                        "Forbidden::spec.networking.gce::GCE networking does not support IPv6"),
                row("gcp IPv6 on AWS, 1.28", awsIpv6("1.28.0", GcpSpec.builder().build()).build(), "1.28",
                        "Forbidden::spec.networking.gcp::GCP networking is supported only when on GCP",
                        "Forbidden::spec.networking.gcp::GCP networking does not support IPv6"),
                row("gce IPv6 on AWS, 1.22: only the cloud rule", awsIpv6("1.22.0", GcpSpec.builder().build()).build(), "1.22",
                        "Forbidden::spec.networking.gce::gce networking is supported only when on GCP"),
                // AWS VPC CNI
                row("amazonvpc 1.22 k8s 1.21", aws("1.21.0", AmazonVpcSpec.builder().build()).build(), "1.22"),
                row("amazonvpc IPv6, 1.22: not checked", awsIpv6("1.21.0", AmazonVpcSpec.builder().build()).build(), "1.22"),
                row("amazonvpc IPv6, 1.23 (path amazonvpc)", awsIpv6("1.23.0", AmazonVpcSpec.builder().build()).build(), "1.23",
                        "Forbidden::spec.networking.amazonvpc::amazon-vpc-routed-eni networking does not support IPv6"),
                // without networkCIDR kops 1.24 validates the replaced (IPv4) non-masquerade range: no IPv6 rule applies;
                // 1.28 applies them (kops-oracle 1.24, 1.28)
                lenient("amazonvpc IPv6 without networkCIDR, input, 1.24: validated as IPv4", noNetworkCidr(awsIpv6("1.23.7",
                        AmazonVpcSpec.builder().build()).build()), "1.24"),
                lenient("amazonvpc IPv6 without networkCIDR or CCM, private, Kubernetes 1.20, input, 1.24", withoutCcm(noNetworkCidr(awsIpv6("1.20.4",
                        AmazonVpcSpec.builder().build()).build())), "1.24"),
                lenient("amazonvpc IPv6 with networkCIDR, input, 1.24", awsIpv6("1.23.7", AmazonVpcSpec.builder().build()).build(), "1.24",
                        "Forbidden::spec.networking.amazonvpc::amazon-vpc-routed-eni networking does not support IPv6"),
                lenient("amazonvpc IPv6 without networkCIDR or CCM, input, 1.28", withoutCcm(noNetworkCidr(awsIpv6("1.27.3",
                        AmazonVpcSpec.builder().build()).build())), "1.28",
                        "Required value::spec.cloudControllerManager::IPv6 requires external Cloud Controller Manager",
                        "Forbidden::spec.networking.amazonVPC::amazon-vpc-routed-eni networking does not support IPv6"),
                row("amazonvpc on GCE, 1.22: only the cloud rule", gce("1.22.0", AmazonVpcSpec.builder().build()), "1.22",
                        "Forbidden::spec.networking.amazonvpc::amazon-vpc-routed-eni networking is supported only in AWS"),
                // Lyft VPC
                row("lyftvpc + calico, 1.22: lyftvpc comes later in kops' order", second(aws("1.22.0", LyftVpcSpec.builder().build()).build(), "calico"), "1.22",
                        "warning:Forbidden::spec.networking.lyftvpc",
                        "Forbidden::spec.networking.lyftvpc::only one networking option permitted"),
                row("lyftvpc + calico, 1.23: lyftvpc no longer counts", second(aws("1.23.0", LyftVpcSpec.builder().build()).build(), "calico"), "1.23",
                        "Forbidden::spec.networking.lyftvp::support for LyftVPC has been removed"),
                row("lyftvpc nonMasq = networkCIDR, 1.22: exempt from the overlap rule", with(aws("1.22.0", LyftVpcSpec.builder().build()).build(),
                                n -> n.nonMasqueradeCIDR("172.16.0.0/12").podCIDR("172.24.0.0/16").serviceClusterIPRange("172.28.0.0/16")), "1.22",
                        "warning:Forbidden::spec.networking.lyftvpc"),
                row("lyftvpc nonMasq = networkCIDR, 1.23: no longer exempt", with(aws("1.23.0", LyftVpcSpec.builder().build()).build(),
                                n -> n.nonMasqueradeCIDR("172.16.0.0/12").podCIDR("172.24.0.0/16").serviceClusterIPRange("172.28.0.0/16")), "1.23",
                        "Forbidden::spec.nonMasqueradeCIDR::nonMasqueradeCIDR \"172.16.0.0/12\" cannot overlap with networkCIDR \"172.20.0.0/16\"",
                        "Forbidden::spec.networking.lyftvp::support for LyftVPC has been removed"),
                row("lyftvpc 1.31 (quirk path lyftvp)", aws("1.23.0", LyftVpcSpec.builder().build()).build(), "1.31",
                        "Forbidden::spec.networking.lyftvp::support for LyftVPC has been removed"),
                // Romana
                row("romana + kubenet, 1.18: romana counts", second(aws("1.18.0", RomanaSpec.builder().build()).build(), "kubenet"), "1.18",
                        "warning:Forbidden::spec.networking.romana",
                        "Forbidden::spec.networking.romana::only one networking option permitted"),
                row("romana + kubenet, 1.19: romana no longer counts", second(aws("1.19.0", RomanaSpec.builder().build()).build(), "kubenet"), "1.19",
                        "Forbidden::spec.networking.romana::support for Romana has been removed"),
                row("romana + calico, 1.32: in the option set again", second(aws("1.30.0", RomanaSpec.builder().build()).build(), "calico"), "1.32",
                        "Forbidden::spec.networking.romana::support for Romana has been removed",
                        "Forbidden::spec.networking.calico::only one networking option permitted, found calico, romana",
                        "Forbidden::spec.networking.romana::only one networking option permitted, found calico, romana"),
                // classic
                row("classic + kubenet, 1.31: classic does not count", second(OK, "classic"), "1.31",
                        "Invalid value::spec.networking::classic networking is not supported"),
                row("classic + kubenet, 1.32: classic counts", second(OK, "classic"), "1.32",
                        "Invalid value::spec.networking::classic networking is not supported",
                        "Forbidden::spec.networking.classic::only one networking option permitted, found classic, kubenet",
                        "Forbidden::spec.networking.kubenet::only one networking option permitted, found classic, kubenet"),
                row("classic, 1.18", aws("1.18.0", ClassicSpec.builder().build()).build(), "1.18",
                        "Invalid value::spec.networking::classic networking is not supported"),
                // Weave
                row("weave + kubenet, 1.27 k8s 1.22: weave after kubenet", second(aws("1.22.0", WeaveSpec.builder().build()).build(), "kubenet"), "1.27",
                        "warning:Forbidden::spec.networking.weave",
                        "Forbidden::spec.networking.weave::only one networking option permitted"),
                row("weave + kubenet, 1.18", second(aws("1.18.0", WeaveSpec.builder().build()).build(), "kubenet"), "1.18",
                        "Forbidden::spec.networking.weave::only one networking option permitted"),
                row("weave IPv6 on k8s 1.23, 1.25: the Kubernetes rule only (if/else)", awsIpv6("1.23.0", WeaveSpec.builder().build()).build(), "1.25",
                        "Forbidden::spec.networking.weave::Weave is not supported for Kubernetes >= 1.23"),
                row("weave 1.23 k8s 1.22: deprecated", aws("1.22.0", WeaveSpec.builder().build()).build(), "1.23",
                        "warning:Forbidden::spec.networking.weave"),
                row("weave 1.23 k8s 1.23", aws("1.23.0", WeaveSpec.builder().build()).build(), "1.23",
                        "Forbidden::spec.networking.weave::Weave is not supported for Kubernetes >= 1.23"),
                // kindnet, kopeio, cni and the one-provider rule
                row("kindnet + calico, 1.32", second(aws("1.32.0", KindnetSpec.builder().build()).build(), "calico"), "1.32",
                        "Forbidden::spec.networking.calico::only one networking option permitted, found calico, kindnet",
                        "Forbidden::spec.networking.kindnet::only one networking option permitted, found calico, kindnet"),
                row("kindnet valid nonMasqueradeCIDRs", aws("1.32.0", KindnetSpec.builder().masquerade(KindnetMasqueradeSpec.builder().enabled(true)
                        .addNonMasqueradeCIDRs("10.0.0.0/24", "2001:db8::/64").build()).build()).build(), "1.32"),
                row("kopeio + kubenet, 1.31", second(aws("1.30.0", KopeioSpec.builder().build()).build(), "kubenet"), "1.31",
                        "Forbidden::spec.networking.kopeio::only one networking option permitted"),
                row("cni + kubenet, 1.18: cni after kubenet", second(aws("1.18.0", CniSpec.builder().build()).build(), "kubenet"), "1.18",
                        "Forbidden::spec.networking.cni::only one networking option permitted"),
                row("cni + kopeio, 1.19: kopeio after cni (cni marks taken)", second(aws("1.19.0", CniSpec.builder().build()).build(), "kopeio"), "1.19",
                        "Forbidden::spec.networking.kopeio::only one networking option permitted"),
                row("cni + kopeio, 1.20: cni after kopeio", second(aws("1.20.0", CniSpec.builder().build()).build(), "kopeio"), "1.20",
                        "Forbidden::spec.networking.cni::only one networking option permitted"),
                row("external + kubenet, 1.25", second(aws("1.25.0", ExternalSpec.builder().build()).build(), "kubenet"), "1.25",
                        "Forbidden::spec.networking.external::only one networking option permitted"),
                row("gce + calico, 1.25: gce does not mark taken but is checked", second(gce("1.25.0", GcpSpec.builder().build()), "calico"), "1.25",
                        "Forbidden::spec.networking.gce::only one networking option permitted"),
                row("amazonvpc + cilium, 1.26 (path amazonVPC)", second(aws("1.26.0", AmazonVpcSpec.builder().build()).build(), "cilium"), "1.26",
                        "Forbidden::spec.networking.cilium::only one networking option permitted"));
    }

    static Stream<Arguments> ciliumRows() {
        return Stream.of(
                row("V1 version without v, 1.18: not checked", cilium("1.18.0", CiliumSpec.builder().version("1.8.0")), "1.18"),
                row("V1 version without v, 1.19", cilium("1.19.0", CiliumSpec.builder().version("1.8.0")), "1.19",
                        "Invalid value::spec.networking.cilium.version::Cilium version must be prefixed with 'v'"),
                row("V2 version vfoo", cilium("1.30.0", CiliumSpec.builder().version("vfoo")), "1.30",
                        "Invalid value::spec.networking.cilium.version::Could not parse as semantic version"),
                row("V3 v1.0.0 (kops' test)", cilium("1.30.0", CiliumSpec.builder().version("v1.0.0")), "1.30",
                        "Invalid value::spec.networking.cilium.version::Only version 1.15 is supported"),
                row("V3 v1.9 at 1.19", cilium("1.19.0", CiliumSpec.builder().version("v1.9.0")), "1.19",
                        "Invalid value::spec.networking.cilium.version::Only versions 1.6 through 1.8 are supported"),
                row("V3 v1.9 at 1.20", cilium("1.19.0", CiliumSpec.builder().version("v1.9.0")), "1.20"),
                row("V3 v1.10 at 1.20", cilium("1.20.0", CiliumSpec.builder().version("v1.10.0")), "1.20",
                        "Invalid value::spec.networking.cilium.version::Only versions 1.6 through 1.9 are supported"),
                row("V3 v1.11 at 1.21", cilium("1.21.0", CiliumSpec.builder().version("v1.11.0")), "1.21",
                        "Invalid value::spec.networking.cilium.version::Only versions 1.6 through 1.10 are supported"),
                row("V3 v1.7 at 1.22", cilium("1.16.0", CiliumSpec.builder().version("v1.7.0")), "1.22",
                        "Invalid value::spec.networking.cilium.version::Only versions 1.8 through 1.10 are supported"),
                row("V3 v1.12 at 1.24", cilium("1.24.0", CiliumSpec.builder().version("v1.12.0")), "1.24",
                        "Invalid value::spec.networking.cilium.version::Only versions 1.8 through 1.11 are supported"),
                row("V3 v1.11.0 at 1.25 (quirk: any 1.11 accepted)", cilium("1.25.0", CiliumSpec.builder().version("v1.11.0")), "1.25"),
                row("V3 v1.13 at 1.27", cilium("1.27.0", CiliumSpec.builder().version("v1.13.0")), "1.27",
                        "Invalid value::spec.networking.cilium.version::Only version 1.12 is supported"),
                row("V3 v1.12 at 1.28", cilium("1.28.0", CiliumSpec.builder().version("v1.12.0")), "1.28",
                        "Invalid value::spec.networking.cilium.version::Only version 1.13 is supported"),
                row("V3 v1.17 at 1.33", cilium("1.33.0", CiliumSpec.builder().version("v1.17.0")), "1.33",
                        "Invalid value::spec.networking.cilium.version::Only version 1.16 is supported"),
                row("V3 v1.16 at 1.34", cilium("1.34.0", CiliumSpec.builder().version("v1.16.0")), "1.34",
                        "Invalid value::spec.networking.cilium.version::Only version 1.18 is supported"),
                row("V4 v1.6 with k8s 1.16 at 1.19", cilium("1.16.0", CiliumSpec.builder().version("v1.6.0")), "1.19",
                        "Forbidden::spec.networking.cilium.version::Version 1.6 requires kubernetesVersion between 1.11 and 1.16"),
                row("V4 v1.6 with k8s 1.15 at 1.19", cilium("1.15.0", CiliumSpec.builder().version("v1.6.0")), "1.19"),
                row("V5 v1.7 with k8s 1.17 at 1.19", cilium("1.17.0", CiliumSpec.builder().version("v1.7.0")), "1.19",
                        "Forbidden::spec.networking.cilium.version::Version 1.7 requires kubernetesVersion between 1.12 and 1.17"),
                row("V5b v1.7 with k8s 1.17 at 1.21", cilium("1.17.0", CiliumSpec.builder().version("v1.7.0")), "1.21",
                        "Forbidden::spec.networking.cilium.version::Version 1.7 requires kubernetesVersion before 1.17"),
                row("V5b v1.7 with k8s 1.16 at 1.21", cilium("1.16.0", CiliumSpec.builder().version("v1.7.0")), "1.21"),
                row("V6 v1.8 with k8s 1.11 at 1.19", cilium("1.11.0", CiliumSpec.builder().version("v1.8.0")), "1.19",
                        "Forbidden::spec.networking.cilium.version::Version 1.8 requires kubernetesVersion 1.12 or newer"),
                row("V6 v1.8 with k8s 1.12 at 1.19", cilium("1.12.0", CiliumSpec.builder().version("v1.8.0")), "1.19"),
                row("V7 v1.10 with k8s 1.15 at 1.21", cilium("1.15.0", CiliumSpec.builder().version("v1.10.0")), "1.21",
                        "Forbidden::spec.networking.cilium.version::Version 1.10 requires kubernetesVersion 1.16 or newer"),
                row("V7 v1.10 with k8s 1.15 at 1.22: gone", cilium("1.15.0", CiliumSpec.builder().version("v1.10.0")), "1.22"),
                row("V8 v1.9 in IPv6 at 1.22", cilium6("1.22.0", CiliumSpec.builder().version("v1.9.0")), "1.22",
                        "Invalid value::spec.networking.cilium.version::kOps only supports IPv6 on version 1.10 or later"),
                row("V8 v1.10 in IPv6 at 1.24", cilium6("1.24.0", CiliumSpec.builder().version("v1.10.0")), "1.24"),
                row("V8 v1.9.5 in IPv6 at 1.25: not checked (and the 1.25 quirk accepts it)", cilium6("1.25.0", CiliumSpec.builder().version("v1.9.5")), "1.25"),
                row("V9 Hubble on v1.7 at 1.20 (quirk path spec.hubble.enabled)", cilium("1.16.0", CiliumSpec.builder().version("v1.7.0")
                                .hubble(HubbleSpec.builder().enabled(true).build())), "1.20",
                        "Forbidden::spec.hubble.enabled::Hubble requires Cilium 1.8 or newer"),
                row("V9 Hubble on v1.7 at 1.21 (cilium path) and V10", cilium("1.16.0", CiliumSpec.builder().version("v1.7.0")
                                .hubble(HubbleSpec.builder().enabled(true).build())), "1.21",
                        "Forbidden::spec.networking.cilium.hubble.enabled::Hubble requires Cilium 1.8 or newer",
                        "Forbidden::spec.networking.cilium.hubble.enabled::Hubble requires that cert manager is enabled"),
                row("V10 Hubble without cert-manager at 1.20: not checked", cilium("1.18.0", CiliumSpec.builder().version("v1.8.0")
                        .hubble(HubbleSpec.builder().enabled(true).build())), "1.20"),
                row("V11 WireGuard on v1.9 at 1.22", cilium("1.22.0", CiliumSpec.builder().version("v1.9.0").enableEncryption(true).encryptionType("wireguard")), "1.22",
                        "Forbidden::spec.networking.cilium.encryptionType::Cilium EncryptionType=WireGuard is not available for Cilium version < 1.10.0."),
                row("V11 WireGuard on v1.10 at 1.22", cilium("1.22.0", CiliumSpec.builder().version("v1.10.0").enableEncryption(true).encryptionType("wireguard")), "1.22"),
                row("V12 service topology on v1.10 at 1.23", cilium("1.23.0", CiliumSpec.builder().version("v1.10.0").enableServiceTopology(true)), "1.23",
                        "Forbidden::spec.networking.cilium.enableServiceTopology::Service topology requires Cilium 1.11"),
                row("V12 service topology on v1.11 at 1.23", cilium("1.23.0", CiliumSpec.builder().version("v1.11.0").enableServiceTopology(true)), "1.23"),
                row("R1 NodePort with kube-proxy on, 1.18", aws("1.18.0", CiliumSpec.builder().enableNodePort(true).build())
                                .kubeProxy(KubeProxy.builder().build()).build(), "1.18",
                        "Forbidden::spec.spec.kubeProxy.enabled::When Cilium NodePort is enabled, kubeProxy must be disabled"),
                row("R2 enablePolicy sometimes", cilium("1.30.0", CiliumSpec.builder().enablePolicy("sometimes")), "1.30",
                        "Unsupported value::spec.networking.cilium.enablePolicy"),
                row("R4 monitorAggregation none", cilium("1.30.0", CiliumSpec.builder().monitorAggregation("none")), "1.30",
                        "Unsupported value::spec.networking.cilium.monitorAggregation"),
                row("R5 containerRuntimeLabels podman, 1.22", cilium("1.22.0", CiliumSpec.builder().containerRuntimeLabels("podman")), "1.22",
                        "Unsupported value::spec.networking.cilium.containerRuntimeLabels"),
                row("R5 containerRuntimeLabels podman, 1.23: unused", cilium("1.23.0", CiliumSpec.builder().containerRuntimeLabels("podman")), "1.23"),
                row("R6 identityAllocationMode etcd, 1.22", cilium("1.22.0", CiliumSpec.builder().identityAllocationMode("etcd")), "1.22",
                        "Unsupported value::spec.networking.cilium.identityAllocationMode"),
                row("R6/R7 identityAllocationMode kvstore, 1.21: not checked", cilium("1.21.0", CiliumSpec.builder().identityAllocationMode("kvstore")), "1.21"),
                row("R8 bpfLBAlgorithm roundrobin, 1.22", cilium("1.22.0", CiliumSpec.builder().bpfLBAlgorithm("roundrobin")), "1.22",
                        "Unsupported value::spec.networking.cilium.bpfLBAlgorithm"),
                row("R8 bpfLBAlgorithm roundrobin, 1.21: not checked", cilium("1.21.0", CiliumSpec.builder().bpfLBAlgorithm("roundrobin")), "1.21"),
                row("R9 bpfLBSock + bpfLBSockHostNSOnly, 1.36", cilium("1.36.0", CiliumSpec.builder().bpfLBSock(true).bpfLBSockHostNSOnly(true)), "1.36"),
                row("R10 encryption in IPv6, 1.25: not checked", cilium6("1.25.0", CiliumSpec.builder().enableEncryption(true)), "1.25"),
                row("R12 encryptionType x, 1.21: not checked", cilium("1.21.0", CiliumSpec.builder().encryptionType("x").enableEncryption(true)), "1.21"),
                row("R13 L7 proxy + WireGuard, 1.28", cilium("1.28.0", CiliumSpec.builder().enableEncryption(true).encryptionType("wireguard").enableL7Proxy(true)), "1.28",
                        "Forbidden::spec.networking.cilium.enableL7Proxy::L7 proxy cannot be enabled if wireguard is enabled."),
                row("R13 L7 proxy + WireGuard, 1.29: allowed", cilium("1.29.0", CiliumSpec.builder().enableEncryption(true).encryptionType("wireguard").enableL7Proxy(true)), "1.29"),
                row("R14 L7 proxy with IPTablesRulesNoinstall, 1.22 wording", cilium("1.22.0", CiliumSpec.builder().enableL7Proxy(true).iptablesRulesNoinstall(true)), "1.22",
                        "Forbidden::spec.networking.cilium.enableL7Proxy::Cilium L7 Proxy requires IPTablesRules to be installed."),
                row("R14 L7 proxy with IPTablesRulesNoinstall, 1.21: not checked", cilium("1.21.0", CiliumSpec.builder().enableL7Proxy(true).iptablesRulesNoinstall(true)), "1.21"),
                row("R15 ipam hostscope, 1.18", cilium("1.18.0", CiliumSpec.builder().ipam("hostscope")), "1.18",
                        "Unsupported value::spec.networking.cilium.ipam"),
                row("R15 ipam hostscope, 1.19", cilium("1.19.0", CiliumSpec.builder().ipam("hostscope")), "1.19"),
                row("R15 ipam crd", cilium("1.30.0", CiliumSpec.builder().ipam("crd")), "1.30"),
                row("R17 ENI without disableMasquerade, 1.21", cilium("1.21.0", CiliumSpec.builder().ipam("eni")), "1.21",
                        "Forbidden::spec.networking.cilium.disableMasquerade::Masquerade must be disabled when ENI IPAM is used"),
                row("R17 ENI with disableMasquerade, 1.18", cilium("1.18.0", CiliumSpec.builder().ipam("eni").disableMasquerade(true)), "1.18"),
                row("R17b ENI with masquerade true, 1.23", cilium("1.23.0", CiliumSpec.builder().ipam("eni").masquerade(true)), "1.23",
                        "Forbidden::spec.networking.cilium.masquerade::Masquerade must be disabled when ENI IPAM is used"),
                row("R17b ENI with masquerade false, 1.25", cilium("1.25.0", CiliumSpec.builder().ipam("eni").masquerade(false)), "1.25"),
                row("R17c ENI with masquerade false, 1.26", cilium("1.26.0", CiliumSpec.builder().ipam("eni").masquerade(false)), "1.26",
                        "Forbidden::spec.networking.cilium.masquerade::Masquerade must be enabled when ENI IPAM is used"),
                // without the external CCM, which kops 1.21 keeps behind a feature flag (cluster.ccm-feature-flag)
                row("R18 ENI in IPv6, 1.21: not checked", cilium6("1.21.0", CiliumSpec.builder().ipam("eni").disableMasquerade(true))
                        .toBuilder().extraSpec(java.util.Map.of("iam", java.util.Map.of())).build(), "1.21"),
                // kops also forbids Legacy from Kubernetes 1.18, after the networking finding (kops-oracle 1.19-1.22)
                row("R20 cilium etcd cluster with the Legacy provider, 1.22", ciliumEtcd("1.22.0", "Legacy"), "1.22",
                        "Invalid value::spec.etcdClusters::Legacy etcd provider is not supported for the cilium cluster",
                        "Forbidden::spec.etcdClusters[1].provider::support for Legacy mode removed as of Kubernetes 1.18"),
                row("R20 cilium etcd cluster with the Legacy provider, 1.23: gone, Legacy no longer a provider", ciliumEtcd("1.23.0", "Legacy"), "1.23",
                        "Unsupported value::spec.etcdClusters[1].provider"),
                row("R19 managed etcd with the cilium etcd cluster", ciliumEtcd("1.30.0", "Manager"), "1.30"),
                row("R21 ingress mode bad-value, 1.28: not checked", cilium("1.28.0", CiliumSpec.builder().ingress(CiliumIngressSpec.builder().enabled(true)
                        .defaultLoadBalancerMode("bad-value").build())), "1.28"),
                row("R21 ingress mode dedicated", cilium("1.30.0", CiliumSpec.builder().ingress(CiliumIngressSpec.builder().enabled(true)
                        .defaultLoadBalancerMode("dedicated").build())), "1.30"),
                row("R21 ingress disabled: mode not checked", cilium("1.30.0", CiliumSpec.builder().ingress(CiliumIngressSpec.builder().enabled(false)
                        .defaultLoadBalancerMode("bad-value").build())), "1.30"),
                row("clusterID 253 (kops' grid)", cilium("1.30.0", CiliumSpec.builder().clusterID(253)), "1.30"),
                row("R22 etcd cluster named foo", OK.toBuilder().addEtcdClusters(EtcdCluster.builder().name("main").build(),
                                EtcdCluster.builder().name("foo").build()).build(), "1.30",
                        "Unsupported value::spec.etcdClusters[1].name"),
                row("R22 etcd clusters main, events, cilium", OK.toBuilder().addEtcdClusters(EtcdCluster.builder().name("main").build(),
                        EtcdCluster.builder().name("events").build(), EtcdCluster.builder().name("cilium").build()).build(), "1.18"),
                // kops-oracle 1.19-1.22 accept any name, 1.24-1.33.1 refuse leases, 1.36 accepts it
                row("R22 etcd cluster named foo, 1.22: not checked", OK.toBuilder().addEtcdClusters(EtcdCluster.builder().name("main").build(),
                        EtcdCluster.builder().name("foo").build()).build(), "1.22"),
                row("R22 etcd cluster named leases, 1.33", OK.toBuilder().addEtcdClusters(EtcdCluster.builder().name("main").build(),
                                EtcdCluster.builder().name("leases").build()).build(), "1.33",
                        "Unsupported value::spec.etcdClusters[1].name"),
                row("R22 etcd cluster named leases, 1.36", OK.toBuilder().addEtcdClusters(EtcdCluster.builder().name("main").build(),
                        EtcdCluster.builder().name("leases").build()).build(), "1.36"),
                row("R22 etcd cluster named foo, 1.36", OK.toBuilder().addEtcdClusters(EtcdCluster.builder().name("main").build(),
                                EtcdCluster.builder().name("foo").build()).build(), "1.36",
                        "Unsupported value::spec.etcdClusters[1].name"),
                // kops-oracle 1.19-1.36 (oracle/etcd.tsv): two clusters of one name, reported at the first cluster
                row("etcd clusters events, main, main: one backup store", OK.toBuilder().addEtcdClusters(EtcdCluster.builder().name("events").build(),
                                EtcdCluster.builder().name("main").build(), EtcdCluster.builder().name("main").build()).build(), "1.30",
                        "Forbidden::spec.etcdClusters[0].backupStore::the backup store must be unique for each etcd cluster"),
                row("etcd members a, a, b", OK.toBuilder().addEtcdClusters(etcdMembers("main", "a", "a", "b")).build(), "1.19",
                        "Internal error::spec.etcdClusters[0].etcdMembers[1].name::EtcdMembers found with same name \"a\" in etcd-cluster \"main\""),
                row("etcd version 3.5.2, 1.30: etcd-manager does not run it", OK.toBuilder().addEtcdClusters(etcdVersion("3.5.2")).build(), "1.30",
                        "Internal error::spec.etcdClusters[0].version::error building complete spec: etcd version \"3.5.2\" is not supported"
                                + " with etcd-manager, please specify a supported version or remove the value to use the recommended version"),
                row("etcd version 3.5.13, 1.30", OK.toBuilder().addEtcdClusters(etcdVersion("3.5.13")).build(), "1.30"),
                // kops' master (the 1.37 line) completes 3.6.99 in its own tests: no list known, not checked
                row("etcd version 3.6.99, 1.37: not checked", OK.toBuilder().addEtcdClusters(etcdVersion("3.6.99")).build(), "1.37"),
                row("etcd version v3.5.9, 1.28: one leading v", OK.toBuilder().addEtcdClusters(etcdVersion("v3.5.9")).build(), "1.28"),
                row("etcd version v3.5.0, 1.24: compared as written", OK.toBuilder().addEtcdClusters(etcdVersion("v3.5.0")).build(), "1.24",
                        "Internal error::spec.etcdClusters[0].version::error building complete spec: etcd version \"v3.5.0\" is not supported"
                                + " with etcd-manager, please specify a supported version or remove the value to use the default version.  Supported"
                                + " versions: 3.1.12, 3.2.18, 3.2.24, 3.3.10, 3.3.13, 3.3.17, 3.4.3, 3.4.13, 3.5.0, 3.5.1, 3.5.3, 3.5.4"));
    }

    /** An etcd cluster {@code name} with members of these names, each on an instance group. */
    private static EtcdCluster etcdMembers(String name, String... members) {
        List<Map<String, String>> list = new java.util.ArrayList<>();
        for (String m : members) list.add(Map.of("name", m, "instanceGroup", "master-" + list.size()));
        return EtcdCluster.builder().name(name).putExtraFields("etcdMembers", list).build();
    }

    /** The main etcd cluster at storage version {@code version}. */
    private static EtcdCluster etcdVersion(String version) {
        return EtcdCluster.builder().name("main").putExtraFields("version", version).build();
    }

    /** kops' words for an etcd cluster name it does not know, with the names of the release (kops-oracle 1.24, 1.33.1, 1.36). */
    @org.junit.jupiter.api.Test
    void etcdClusterNamesAreListedAsKopsListsThem() {
        Cluster leases = OK.toBuilder().addEtcdClusters(EtcdCluster.builder().name("main").build(), EtcdCluster.builder().name("leases").build()).build();
        Cluster bogus = OK.toBuilder().addEtcdClusters(EtcdCluster.builder().name("main").build(), EtcdCluster.builder().name("bogus").build()).build();
        org.assertj.core.api.Assertions.assertThat(ValidationFixtures.VALIDATOR.validate(leases, dev.podnet.api.version.KopsVersion.of("1.33.1"),
                ValidationMode.STRICT).lines()).containsExactly("spec.etcdClusters[1].name: Unsupported value: \"leases\": supported values: "
                        + "\"cilium\", \"main\", \"events\"");
        org.assertj.core.api.Assertions.assertThat(ValidationFixtures.VALIDATOR.validate(bogus, dev.podnet.api.version.KopsVersion.of("1.36.0"),
                ValidationMode.STRICT).lines()).containsExactly("spec.etcdClusters[1].name: Unsupported value: \"bogus\": supported values: "
                        + "\"cilium\", \"main\", \"events\", \"leases\"");
    }

    static Cluster ciliumEtcd(String k8s, String provider) {
        return cilium(k8s, CiliumSpec.builder().etcdManaged(true)).toBuilder().addEtcdClusters(EtcdCluster.builder().name("main").build(),
                EtcdCluster.builder().name("cilium").putExtraFields("provider", provider).build()).build();
    }

    static Stream<Arguments> clusterRows() {
        return Stream.of(
                // kops' decoder refuses baremetal from 1.24 (not in its list of clouds, kops-oracle 1.24-1.36)
                row("rule 2 networkCIDR on bare metal, 1.25", cloud(Cloud.BAREMETAL, "1.25.0", n -> n), "1.25",
                        "Unsupported value::spec.cloudProvider::",
                        "Forbidden::spec.networkCIDR::networkCIDR should not be set on bare metal"),
                row("rule 2 networkCIDR on bare metal, 1.26: only GCE forbids it", cloud(Cloud.BAREMETAL, "1.26.0", n -> n), "1.26",
                        "Unsupported value::spec.cloudProvider::"),
                row("a cloud outside kops' list, 1.30 (kops-oracle)", cloud(Cloud.of("mars"), "1.30.0", n -> n), "1.30",
                        "Unsupported value::spec.cloudProvider::"),
                // kops' cloud ids are case-sensitive (kops-oracle 1.24, 1.28, 1.33.1, 1.36: Unsupported value "AWS", "Aws", "GCE", "Gce", " aws")
                row("AWS in upper case, 1.24 (kops-oracle)", cloud(Cloud.of("AWS"), "1.24.0", n -> n), "1.24",
                        "Unsupported value::spec.cloudProvider::"),
                row("Gce, 1.36 (kops-oracle)", cloud(Cloud.of("Gce"), "1.30.0", n -> n), "1.36",
                        "Unsupported value::spec.cloudProvider::"),
                row("AWS in upper case before 1.24: a warning, as for any cloud podnet does not know",
                        cloud(Cloud.of("AWS"), "1.22.0", n -> n), "1.22",
                        "warning:Forbidden::spec.cloudProvider::podnet knows no cloud \"AWS\"; kops 1.24 and later refuse it"),
                row("linode before kops 1.36 (kops-oracle 1.33.1)", cloud(Cloud.LINODE, "1.30.0", n -> n), "1.33",
                        "Unsupported value::spec.cloudProvider::", "Required value::spec.networking.subnets[0].region::region must be specified"),
                row("an unknown cloud before 1.24 is only a warning (not observable with kops-oracle)",
                        cloud(Cloud.of("mars"), "1.22.0", n -> n), "1.22",
                        "warning:Forbidden::spec.cloudProvider::podnet knows no cloud \"mars\"; kops 1.24 and later refuse it"),
                lenient("an empty cluster name (kops-oracle 1.19-1.36)", cloud(Cloud.AWS, "1.30.0", n -> n).toBuilder().name("").build(),
                        "1.30", "Required value::metadata.name::name or generateName is required"),
                row("rule 2 networkCIDR on DigitalOcean, 1.22", cloud(Cloud.DIGITALOCEAN, "1.22.0", n -> n.networkCIDR("10.10.0.0/16").subnets(List.of())), "1.22",
                        "Forbidden::spec.networkCIDR::networkCIDR should not be set on DigitalOcean"),
                row("rule 3 DO private networkCIDR, 1.23", cloud(Cloud.DIGITALOCEAN, "1.23.0", n -> n.networkCIDR("10.10.0.0/16").subnets(List.of())), "1.23"),
                row("rule 3 DO public networkCIDR, 1.25", cloud(Cloud.DIGITALOCEAN, "1.25.0", n -> n.networkCIDR("8.8.0.0/16").subnets(List.of())), "1.25",
                        "Invalid value::spec.networkCIDR::Cluster had a networkCIDR outside the private IP range"),
                row("rule 3 DO public networkCIDR and networkID, 1.27", cloud(Cloud.DIGITALOCEAN, "1.27.0", n -> n.networkCIDR("8.8.0.0/16").networkID("vpc-1").subnets(List.of())), "1.27",
                        "Invalid value::spec.networking.networkCIDR::networkCIDR must be within a private IP range",
                        "Forbidden::spec.networking.networkCIDR::DO doesn't support specifying both NetworkID and NetworkCIDR"),
                row("rule 3 DO networkID and networkCIDR, 1.26 wording", cloud(Cloud.DIGITALOCEAN, "1.26.0", n -> n.networkCIDR("10.10.0.0/16").networkID("vpc-1").subnets(List.of())), "1.26",
                        "Forbidden::spec.networking.networkCIDR::DO doesn't support specifying both NetworkID and NetworkCIDR together"),
                row("rule 3 Linode public networkCIDR, 1.36", cloud(Cloud.LINODE, "1.36.0", n -> n.networkCIDR("8.8.0.0/16").subnets(List.of())), "1.36",
                        "Invalid value::spec.networking.networkCIDR::networkCIDR must be within a private IP range"),
                row("rule 3 Linode public networkCIDR, 1.35: not checked", cloud(Cloud.LINODE, "1.35.0", n -> n.networkCIDR("8.8.0.0/16").subnets(List.of())), "1.35"),
                row("rule 4 additionalNetworkCIDRs on AWS", with(OK, n -> n.addAdditionalNetworkCIDRs("10.1.0.0/16")), "1.30"),
                row("rule 4 additionalNetworkCIDRs off AWS, 1.26: not checked", cloud(Cloud.HETZNER, "1.26.0", n -> n.networkCIDR("10.0.0.0/16")
                        .addAdditionalNetworkCIDRs("10.1.0.0/16").subnets(List.of()).addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("10.0.0.0/24").type("Public").build())), "1.26"),
                row("rule 6 nonMasq missing, 1.27", with(OK, n -> n.nonMasqueradeCIDR(Optional.empty())), "1.27",
                        "Required value::spec.networking.nonMasqueradeCIDR::Cluster does not have nonMasqueradeCIDR set"),
                row("rule 6 nonMasq missing, 1.25 path", with(OK, n -> n.nonMasqueradeCIDR(Optional.empty())), "1.25",
                        "Required value::spec.nonMasqueradeCIDR::Cluster did not have nonMasqueradeCIDR set"),
                lenient("rule 6 nonMasq missing, lenient", with(OK, n -> n.nonMasqueradeCIDR(Optional.empty())), "1.27"),
                row("rule 7 IPv6 nonMasq fd00::/8, 1.22: not checked", with(awsIpv6("1.22.0", CalicoSpec.builder().build()).build(),
                        n -> n.nonMasqueradeCIDR("fd00::/8").serviceClusterIPRange("fd00:5e4f:ce::/108")), "1.22"),
                row("rule 9 nonMasq overlapping an additionalNetworkCIDR, 1.27", with(OK, n -> n.addAdditionalNetworkCIDRs("100.64.0.0/16")), "1.27",
                        "Forbidden::spec.networking.nonMasqueradeCIDR::nonMasqueradeCIDR \"100.64.0.0/10\" cannot overlap with additionalNetworkCIDRs[0] \"100.64.0.0/16\""),
                row("rule 9 nonMasq overlapping an additionalNetworkCIDR, 1.26: not checked", with(OK, n -> n.addAdditionalNetworkCIDRs("100.64.0.0/16")), "1.26"),
                row("rule 10 serviceClusterIPRange missing", with(OK, n -> n.serviceClusterIPRange(Optional.empty())), "1.30",
                        "Required value::spec.networking.serviceClusterIPRange::Cluster did not have serviceClusterIPRange set"),
                lenient("rule 10 serviceClusterIPRange missing, lenient", with(OK, n -> n.serviceClusterIPRange(Optional.empty())), "1.30"),
                row("rule 11 service range outside nonMasq, 1.25 path", with(OK, n -> n.serviceClusterIPRange("10.0.0.0/13")), "1.25",
                        "Forbidden::spec.serviceClusterIPRange"),
                row("rule 14 podCIDR inside nonMasq", OK, "1.28"),
                row("rule 15 KCM clusterCIDR unparsable", OK.toBuilder().kubeControllerManager(KubeControllerManager.builder().clusterCIDR("bad").build()).build(), "1.30",
                        "Invalid value::spec.kubeControllerManager.clusterCIDR::cluster had an invalid kubeControllerManager.clusterCIDR"),
                row("rule 15 KCM clusterCIDR inside nonMasq", OK.toBuilder().kubeControllerManager(KubeControllerManager.builder().clusterCIDR("100.96.0.0/11").build()).build(), "1.30"),
                row("rule 16 kubeAPIServer serviceClusterIPRange differs", OK.toBuilder().putExtraSpec("kubeAPIServer", Map.of("serviceClusterIPRange", "100.64.0.0/12")).build(), "1.30",
                        "Forbidden::spec.kubeAPIServer.serviceClusterIPRange::kubeAPIServer serviceClusterIPRange did not match cluster serviceClusterIPRange"),
                row("rule 16 kubeAPIServer serviceClusterIPRange equal", OK.toBuilder().putExtraSpec("kubeAPIServer", Map.of("serviceClusterIPRange", "100.64.0.0/13")).build(), "1.30"),
                // kops-oracle 1.19, 1.20, 1.22, 1.24 accept a kubeAPIServer range beside no cluster range on the input, 1.28-1.36 refuse it
                lenient("rule 16 kubeAPIServer range beside no cluster range, 1.24", OK.toBuilder().networking(OK.networking().toBuilder()
                        .serviceClusterIPRange(Optional.empty()).build()).putExtraSpec("kubeAPIServer", Map.of("serviceClusterIPRange", "100.64.0.0/13")).build(), "1.24"),
                lenient("rule 16 kubeAPIServer range beside an empty cluster range, 1.22", OK.toBuilder().networking(OK.networking().toBuilder()
                        .serviceClusterIPRange("").build()).putExtraSpec("kubeAPIServer", Map.of("serviceClusterIPRange", "100.64.0.0/13")).build(), "1.22"),
                lenient("rule 16 kubeAPIServer range beside no cluster range, 1.28", OK.toBuilder().networking(OK.networking().toBuilder()
                        .serviceClusterIPRange(Optional.empty()).build()).putExtraSpec("kubeAPIServer", Map.of("serviceClusterIPRange", "100.64.0.0/13")).build(), "1.28",
                        "Forbidden::spec.kubeAPIServer.serviceClusterIPRange::kubeAPIServer serviceClusterIPRange did not match cluster serviceClusterIPRange"),
                lenient("rule 16 kubeAPIServer range beside an empty cluster range, 1.36", OK.toBuilder().networking(OK.networking().toBuilder()
                        .serviceClusterIPRange("").build()).putExtraSpec("kubeAPIServer", Map.of("serviceClusterIPRange", "100.64.0.0/13")).build(), "1.36",
                        "Forbidden::spec.kubeAPIServer.serviceClusterIPRange::kubeAPIServer serviceClusterIPRange did not match cluster serviceClusterIPRange"),
                // the kubelets' default clusterDNS is the range's 10th address, not the server IP (kops-oracle 1.19-1.36)
                row("rule 17 DNS server IP outside the service range", OK.toBuilder().kubeDNS(KubeDns.builder().serverIP("10.0.0.10").build()).build(), "1.30",
                        "Forbidden::spec.kubeDNS.serverIP::ServiceClusterIPRange \"100.64.0.0/13\" must contain the DNS Server IP \"10.0.0.10\"",
                        "Forbidden::spec.kubelet.clusterDNS::Kubelet ClusterDNS did not match cluster kubeDNS.serverIP or nodeLocalDNS.localIP",
                        "Forbidden::spec.controlPlaneKubelet.clusterDNS::ControlPlaneKubelet ClusterDNS did not match cluster kubeDNS.serverIP or nodeLocalDNS.localIP"),
                row("rule 17 DNS server IP inside", OK.toBuilder().kubeDNS(KubeDns.builder().serverIP("100.64.0.10").build()).build(), "1.30"),
                // an enabled NodeLocal DNS's localIP must be an address on the completed spec (kops-oracle 1.19, 1.24, 1.36)
                row("NodeLocal DNS localIP bogus, completed", OK.toBuilder().kubeDNS(KubeDns.builder().putExtraFields("provider", "CoreDNS")
                                .putExtraFields("nodeLocalDNS", Map.of("enabled", true, "localIP", "bogus")).build()).build(), "1.30",
                        "Invalid value::spec.spec.kubeDNS.nodeLocalDNS.localIP::Cluster had an invalid kubeDNS.nodeLocalDNS.localIP"),
                row("NodeLocal DNS localIP bogus, disabled", OK.toBuilder().kubeDNS(KubeDns.builder().putExtraFields("provider", "CoreDNS")
                                .putExtraFields("nodeLocalDNS", Map.of("enabled", false, "localIP", "bogus")).build()).build(), "1.30"),
                // an unset server IP completes as the range's 10th address: a /30 range does not hold it (kops-oracle 1.19,
                // 1.24, 1.36: "completed cluster failed validation")
                row("rule 17 default DNS server IP outside a /30 service range, completed", with(OK, n -> n.serviceClusterIPRange("100.64.0.0/30")),
                        "1.30", "Forbidden::spec.kubeDNS.serverIP::ServiceClusterIPRange \"100.64.0.0/30\" must contain the DNS Server IP \"100.64.0.10\""),
                lenient("rule 17 default DNS server IP, /30 service range, input", with(OK, n -> n.serviceClusterIPRange("100.64.0.0/30")), "1.30"),
                row("rule 17 default DNS server IP inside a /28 service range, completed", with(OK, n -> n.serviceClusterIPRange("100.64.0.0/28")), "1.30"),
                // on AWS kops cannot build its cloud without a region first (CloudBuildOracleTest)
                row("rule 18 no subnets on AWS", with(OK, n -> n.subnets(List.of())), "1.30",
                        "Required value::spec.networking.subnets::Region is not a recognized EC2 region: \"\" (check you have specified valid zones?)"),
                row("rule 18 no subnets on OpenStack", cloud(Cloud.OPENSTACK, "1.30.0", n -> n.subnets(List.of())), "1.30",
                        "Required value::spec.networking.subnets::must configure at least one subnet (use --zones)"),
                row("rule 18 no subnets on Hetzner", cloud(Cloud.HETZNER, "1.30.0", n -> n.subnets(List.of())), "1.30"),
                row("rule 21 subnet without cidr on AWS, 1.27", with(OK, n -> n.subnets(List.of()).addSubnets(Subnet.builder().zone("us-test-1a").name("a").type("Public").build())), "1.27",
                        "Required value::spec.networking.subnets[0].cidr::subnet does not have a cidr set"),
                row("rule 21 subnet without cidr on AWS, 1.26 wording", with(OK, n -> n.subnets(List.of()).addSubnets(Subnet.builder().zone("us-test-1a").name("a").type("Public").build())), "1.26",
                        "Required value::spec.networking.subnets[0].cidr::subnet did not have a cidr set"),
                lenient("rule 21 subnet without cidr, lenient", with(OK, n -> n.subnets(List.of()).addSubnets(Subnet.builder().zone("us-test-1a").name("a").type("Public").build())), "1.27"),
                row("rule 22 subnet in an additionalNetworkCIDR", with(OK, n -> n.addAdditionalNetworkCIDRs("10.1.0.0/16")
                        .addSubnets(Subnet.builder().zone("us-test-1a").name("b").cidr("10.1.0.0/24").type("Public").build())), "1.30"),
                row("rule 22 subnet outside both, 1.28 wording with additional CIDRs", with(OK, n -> n.addAdditionalNetworkCIDRs("10.1.0.0/16")
                                .addSubnets(Subnet.builder().zone("us-test-1a").name("b").cidr("10.2.0.0/24").type("Public").build())), "1.28",
                        "Forbidden::spec.networking.subnets[1].cidr::subnet \"b\" cidr \"10.2.0.0/24\" is not a subnet of the networkCIDR \"172.20.0.0/16\" or an additionalNetworkCIDR"),
                row("rule 23 subnet overlapping podCIDR, 1.28", with(OK, n -> n.podCIDR("172.20.32.0/19").nonMasqueradeCIDR("172.16.0.0/12")
                                .serviceClusterIPRange("172.24.0.0/16")), "1.28",
                        "Forbidden::spec.networking.nonMasqueradeCIDR",
                        "Forbidden::spec.networking.subnets[0].cidr::subnet \"us-test-1a\" cidr \"172.20.32.0/19\" must not overlap podCIDR \"172.20.32.0/19\""),
                row("rule 23 subnet overlapping podCIDR, 1.27: not checked", with(OK, n -> n.podCIDR("172.20.32.0/19").nonMasqueradeCIDR("172.16.0.0/12")
                                .serviceClusterIPRange("172.24.0.0/16")), "1.27",
                        "Forbidden::spec.networking.nonMasqueradeCIDR"),
                row("rule 23 amazonvpc: subnet may overlap podCIDR", with(aws("1.28.0", AmazonVpcSpec.builder().build()).build(),
                        n -> n.nonMasqueradeCIDR("172.16.0.0/12").podCIDR("172.20.0.0/16").serviceClusterIPRange("172.24.0.0/16")), "1.28"),
                // kops-oracle 1.28, 1.30, 1.36: host bits refused, and the cidr (::/8) still compared with networkCIDR
                row("rule 5 subnet cidr ::ffff:10.128.0.0/8", with(OK, n -> n.subnets(List.of())
                                .addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("::ffff:10.128.0.0/8").type("Public").build())), "1.30",
                        "Invalid value::spec.networking.subnets[0].cidr", "Forbidden::spec.networking.subnets[0].cidr"),
                // kops-oracle 1.19, 1.22, 1.24: the lenient parse's detail does not name the subnet, and the strict check follows
                row("rule 5 subnet cidr garbage, 1.26: lenient then strict", with(OK, n -> n.subnets(List.of())
                                .addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("bad").type("Public").build())), "1.26",
                        "Invalid value::spec.networking.subnets[0].cidr::subnet had an invalid cidr",
                        "Invalid value::spec.networking.subnets[0].cidr::Could not be parsed as a CIDR"),
                row("rule 5 subnet cidr with host bits, 1.24", with(aws("1.24.0", KubenetSpec.builder().build()).build(), n -> n.subnets(List.of())
                                .addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.32.1/19").type("Public").build())), "1.24",
                        "Invalid value::spec.subnets[0].cidr::Network contains bits outside prefix (did you mean \"172.20.32.0/19\")"),
                row("rule 25 ipv6CIDR with host bits", with(OK, n -> n.subnets(List.of())
                                .addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.32.0/19").ipv6CIDR("2001:db8:0:111::1/64").type("Public").build())), "1.30",
                        "Invalid value::spec.networking.subnets[0].ipv6CIDR::Network contains bits outside prefix (did you mean \"2001:db8:0:111::/64\")"),
                row("rule 25 ipv6CIDR with host bits, 1.21: not checked", with(aws("1.21.0", KubenetSpec.builder().build()).build(), n -> n.subnets(List.of())
                                .addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.32.0/19").ipv6CIDR("2001:db8:0:111::1/64").type("Public").build())), "1.21"),
                row("rule 25 ipv6CIDR /129#1", with(OK, n -> n.subnets(List.of())
                                .addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.0.0/24").ipv6CIDR("/129#1").type("Public").build())), "1.30",
                        "Invalid value::spec.networking.subnets[0].ipv6CIDR::IPv6 CIDR subnet size must be a value between 0 and 128"),
                row("rule 25 ipv6CIDR /64#1 and 2001:db8::/56", with(OK, n -> n.subnets(List.of())
                        .addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.0.0/24").ipv6CIDR("/64#1").type("Public").build())
                        .addSubnets(Subnet.builder().zone("us-test-1a").name("b").cidr("172.20.1.0/24").ipv6CIDR("2001:db8::/56").type("Public").build())), "1.30"),
                row("rule 25 ipv6CIDR /x#1", with(OK, n -> n.subnets(List.of())
                                .addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.0.0/24").ipv6CIDR("/x#1").type("Public").build())), "1.30",
                        "Invalid value::spec.networking.subnets[0].ipv6CIDR::IPv6 CIDR subnet is not parsable: unable to parse CIDR subnet string "
                                + "\"/x#1\" using \"^/(\\\\d+)#([a-f0-9]+)$\""),
                row("rule 25 ipv6CIDR overlapping the service range, 1.28", with(awsIpv6("1.28.0", CalicoSpec.builder().encapsulationMode("none").build()).build(),
                                n -> n.subnets(List.of()).addSubnets(Subnet.builder().zone("us-test-1a").name("a").ipv6CIDR("fd00:5e4f:ce::/64").type("Private").build())), "1.28",
                        "Forbidden::spec.networking.subnets[0].ipv6CIDR::ipv6CIDR \"fd00:5e4f:ce::/64\" must not overlap serviceClusterIPRange \"fd00:5e4f:ce::/108\""),
                row("rule 25 ipv6CIDR overlapping the service range, 1.27: not checked", with(awsIpv6("1.27.0", CalicoSpec.builder().encapsulationMode("none").build()).build(),
                        n -> n.subnets(List.of()).addSubnets(Subnet.builder().zone("us-test-1a").name("a").ipv6CIDR("fd00:5e4f:ce::/64").type("Private").build())), "1.27"),
                row("rule 25 ipv6CIDR 10.0.0.0/8, 1.21: not checked", aws("1.21.0", KubenetSpec.builder().build()).networking(ipv4(KubenetSpec.builder().build())
                        .subnets(List.of()).addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.0.0/24").ipv6CIDR("10.0.0.0/8").type("Public").build()).build()).build(), "1.21"),
                row("rule 26 ipv6CIDR on GCE, 1.22", with(gce("1.22.0", KubenetSpec.builder().build()), n -> n.subnets(List.of())
                                .addSubnets(Subnet.builder().zone("us-test-1a").name("a").ipv6CIDR("2001:db8::/56").type("Public").build())), "1.22",
                        "Forbidden::spec.subnets[0].ipv6CIDR::ipv6CIDR can only be specified for AWS"),
                row("rule 27 egress unknown, 1.18 wording", aws("1.18.0", KubenetSpec.builder().build()).networking(ipv4(KubenetSpec.builder().build())
                                .subnets(List.of()).addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.0.0/24").type("Private").egress("tgw-1").build()).build()).build(), "1.18",
                        "Invalid value::spec.subnets[0].egress::egress must be of type NAT Gateway or NAT EC2 Instance or 'External'"),
                // kops-oracle 1.19 refuses a Transit Gateway with its own wording (oracle/subnet-egress.tsv), 1.20 accepts it
                row("rule 27 egress tgw, 1.19", aws("1.19.0", KubenetSpec.builder().build()).networking(ipv4(KubenetSpec.builder().build())
                        .subnets(List.of()).addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.0.0/24").type("Private").egress("tgw-1").build()).build()).build(), "1.19",
                        "Invalid value::spec.subnets[0].egress::egress must be of type NAT Gateway, NAT Gateway with existing ElasticIP, NAT EC2 Instance or External"),
                row("rule 27 egress tgw, 1.20", aws("1.20.0", KubenetSpec.builder().build()).networking(ipv4(KubenetSpec.builder().build())
                        .subnets(List.of()).addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.0.0/24").type("Private").egress("tgw-1").build()).build()).build(), "1.20"),
                row("rule 27 egress unknown, 1.30 wording", with(OK, n -> n.subnets(List.of())
                                .addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.0.0/24").type("Private").egress("igw-1").build())), "1.30",
                        "Invalid value::spec.networking.subnets[0].egress::egress must be of type NAT Gateway, NAT Gateway with existing ElasticIP, NAT EC2 Instance, Transit Gateway, or External"),
                row("rule 27 egress on a public subnet, 1.22 wording", aws("1.22.0", KubenetSpec.builder().build()).networking(ipv4(KubenetSpec.builder().build())
                                .subnets(List.of()).addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.0.0/24").type("Public").egress("nat-1").build()).build()).build(), "1.22",
                        "Forbidden::spec.subnets[0].egress::egress can only be specified for private subnets"),
                row("rule 27 egress on a public subnet, 1.23 wording", aws("1.23.0", KubenetSpec.builder().build()).networking(ipv4(KubenetSpec.builder().build())
                                .subnets(List.of()).addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.0.0/24").type("Public").egress("nat-1").build()).build()).build(), "1.23",
                        "Forbidden::spec.subnets[0].egress::egress can only be specified for private or IPv6-capable public subnets"),
                row("rule 27 egress External on a public subnet", with(OK, n -> n.subnets(List.of())
                        .addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.0.0/24").type("Public").egress("External").build())), "1.30"),
                row("rule 28 subnet type Internal, 1.27", with(OK, n -> n.subnets(List.of())
                                .addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.0.0/24").type("Internal").build())), "1.27",
                        "Unsupported value::spec.networking.subnets[0].type"),
                // kops-oracle 1.24 and 1.28 refuse an unknown, empty or absent type beside a cidr, 1.22 accepts it
                // (the spec notes' 1.27 was too late)
                row("rule 28 subnet type Internal, 1.26", with(OK, n -> n.subnets(List.of())
                        .addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.0.0/24").type("Internal").build())), "1.26",
                        "Unsupported value::spec.networking.subnets[0].type"),
                row("rule 28 subnet type bogus, 1.24", aws("1.24.0", KubenetSpec.builder().build()).networking(ipv4(KubenetSpec.builder().build())
                                .subnets(List.of()).addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.0.0/24").type("bogus").build()).build()).build(), "1.24",
                        "Unsupported value::spec.subnets[0].type"),
                row("rule 28 subnet without a type, 1.24", aws("1.24.0", KubenetSpec.builder().build()).networking(ipv4(KubenetSpec.builder().build())
                                .subnets(List.of()).addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.0.0/24").build()).build()).build(), "1.24",
                        "Unsupported value::spec.subnets[0].type"),
                row("rule 28 subnet type bogus, 1.22: not checked", aws("1.22.0", KubenetSpec.builder().build()).networking(ipv4(KubenetSpec.builder().build())
                                .subnets(List.of()).addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.0.0/24").type("bogus").build()).build()).build(), "1.22"),
                row("rule 28 DualStack in IPv4, 1.24", aws("1.24.0", KubenetSpec.builder().build()).networking(ipv4(KubenetSpec.builder().build())
                                .subnets(List.of()).addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.0.0/24").type("DualStack").build()).build()).build(), "1.24",
                        "Forbidden::spec.subnets[0].type::subnet type DualStack may only be used in IPv6 clusters"),
                row("rule 28 DualStack in IPv4, 1.23: not checked", aws("1.23.0", KubenetSpec.builder().build()).networking(ipv4(KubenetSpec.builder().build())
                        .subnets(List.of()).addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("172.20.0.0/24").type("DualStack").build()).build()).build(), "1.23"),
                row("rule 29 Azure subnets in one region", inRegion(cloud(Cloud.AZURE, "1.30.0", n -> n)), "1.30"),
                row("rule 29 Azure subnet without region, 1.28", cloud(Cloud.AZURE, "1.28.0", n -> n), "1.28",
                        "Required value::spec.networking.subnets[0].region::region must be specified"));
    }

    static Stream<Arguments> rows() {
        return Stream.of(calicoRows(), providerRows(), ciliumRows(), clusterRows()).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0} @ {2}")
    @MethodSource("rows")
    void findings(String name, Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }

    /** Without networkCIDR and without a service range (kops-oracle 1.24 and 1.28 probes gave neither). */
    static Cluster noNetworkCidr(Cluster c) {
        return Cluster.builder().from(c).networking(c.networking().toBuilder().networkCIDR(java.util.Optional.empty())
                .serviceClusterIPRange(java.util.Optional.empty()).build()).build();
    }

    static Cluster withoutCcm(Cluster c) {
        java.util.Map<String, Object> extra = new java.util.LinkedHashMap<>(c.extraSpec());
        extra.remove("cloudControllerManager");
        return Cluster.builder().from(c).extraSpec(extra).build();
    }
}
