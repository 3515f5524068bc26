package dev.podnet.providers.validation;

import static dev.podnet.providers.validation.ValidationFixtures.*;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.KubeProxy;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.provider.*;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Provider tables for the lifecycle, cloud, IPv6 and kube-proxy rules of Canal, Flannel, Weave,
 * Romana, Lyft VPC, external, kube-router, kubenet, kopeio, GCP, AWS VPC CNI, kindnet and classic.
 */
class LifecycleRulesTest {
    static Stream<Arguments> canal() {
        CanalSpec c = CanalSpec.builder().build();
        return Stream.of(
                row("canal 1.33 k8s 1.27: deprecated", aws("1.27.0", c).build(), "1.33",
                        "warning:Forbidden::spec.networking.canal"),
                row("canal 1.33 k8s 1.28", aws("1.28.0", c).build(), "1.33",
                        "Forbidden::spec.networking.canal::Canal is not supported for Kubernetes >= 1.28"),
                row("canal 1.34 removed", aws("1.29.0", c).build(), "1.34",
                        "Forbidden::spec.networking.canal::Canal is not supported for Kubernetes >= 1.28"),
                row("canal 1.22 k8s 1.22", aws("1.22.0", c).build(), "1.22",
                        "Forbidden::spec.networking.canal::Canal is supported only for Kubernetes 1.21 and lower"),
                row("canal 1.22 k8s 1.21", aws("1.21.0", c).build(), "1.22"),
                row("canal 1.23 k8s 1.22", aws("1.22.0", c).build(), "1.23"),
                row("canal IPv6", awsIpv6("1.25.0", c).build(), "1.25", "Forbidden::spec.networking.canal::Canal does not support IPv6"),
                row("canal bad enum (layer 1)", aws("1.25.0", CanalSpec.builder().defaultEndpointToHostAction("ALLOW").build()).build(), "1.25",
                        "Unsupported value::spec.networking.canal.defaultEndpointToHostAction"));
    }

    static Stream<Arguments> flannel() {
        return Stream.of(
                row("flannel vxlan", aws("1.30.0", FlannelSpec.builder().backend("vxlan").build()).build(), "1.32"),
                row("flannel 1.31 k8s 1.28", aws("1.28.0", FlannelSpec.builder().backend("vxlan").build()).build(), "1.31",
                        "Forbidden::spec.networking.flannel::Flannel is not supported for Kubernetes >= 1.28"),
                row("flannel 1.31 k8s 1.27: deprecated", aws("1.27.0", FlannelSpec.builder().backend("vxlan").build()).build(), "1.31",
                        "warning:Forbidden::spec.networking.flannel"),
                row("flannel 1.32 k8s 1.32: restored", aws("1.32.0", FlannelSpec.builder().backend("vxlan").build()).build(), "1.32"),
                row("flannel backend nope", aws("1.30.0", FlannelSpec.builder().backend("nope").build()).build(), "1.26",
                        "Unsupported value::spec.networking.flannel.backend"),
                row("flannel backend missing, strict", aws("1.30.0", FlannelSpec.builder().build()).build(), "1.26",
                        "Required value::spec.networking.flannel.backend::Flannel backend must be specified"),
                lenient("flannel backend missing, lenient (kops defaults udp on read)", aws("1.30.0", FlannelSpec.builder().build()).build(), "1.26"),
                row("flannel IPv6", awsIpv6("1.30.0", FlannelSpec.builder().backend("vxlan").build()).build(), "1.32",
                        "Forbidden::spec.networking.flannel::Flannel does not support IPv6"));
    }

    static Stream<Arguments> weaveRomanaLyft() {
        WeaveSpec w = WeaveSpec.builder().build();
        return Stream.of(
                row("weave 1.22", aws("1.22.0", w).build(), "1.22"),
                row("weave 1.27 k8s 1.22: deprecated", aws("1.22.0", w).build(), "1.27", "warning:Forbidden::spec.networking.weave"),
                row("weave 1.27 k8s 1.23", aws("1.23.0", w).build(), "1.27",
                        "Forbidden::spec.networking.weave::Weave is not supported for Kubernetes >= 1.23"),
                row("weave 1.25 IPv6 k8s 1.22", awsIpv6("1.22.0", w).build(), "1.25", "Forbidden::spec.networking.weave::Weave does not support IPv6"),
                row("weave 1.28", aws("1.22.0", w).build(), "1.28", "Forbidden::spec.networking.weave::Weave is no longer supported"),
                row("romana 1.18: deprecated", aws("1.18.0", RomanaSpec.builder().build()).build(), "1.18",
                        "warning:Forbidden::spec.romana".replace("spec.romana", "spec.networking.romana")),
                row("romana 1.19", aws("1.19.0", RomanaSpec.builder().build()).build(), "1.19",
                        "Forbidden::spec.networking.romana::support for Romana has been removed"),
                row("lyftvpc 1.21 on GCE", Cluster.builder().from(aws("1.21.0", LyftVpcSpec.builder().build()).build()).cloud(Cloud.GCE)
                                .networking(ipv4(LyftVpcSpec.builder().build()).networkCIDR(java.util.Optional.empty()).build()).build(), "1.21",
                        "Forbidden::spec.networking.lyftvpc::amazon-vpc-routed-eni networking is supported only in AWS"),
                row("lyftvpc 1.22: deprecated", aws("1.22.0", LyftVpcSpec.builder().build()).build(), "1.22",
                        "warning:Forbidden::spec.networking.lyftvpc"),
                row("lyftvpc 1.23 (quirk path lyftvp)", aws("1.23.0", LyftVpcSpec.builder().build()).build(), "1.23",
                        "Forbidden::spec.networking.lyftvp::support for LyftVPC has been removed"),
                row("lyftvpc 1.32", aws("1.23.0", LyftVpcSpec.builder().build()).build(), "1.32",
                        "Forbidden::spec.networking.lyftvpc::support for LyftVPC has been removed"));
    }

    static Stream<Arguments> others() {
        return Stream.of(
                row("external 1.25 k8s 1.25", aws("1.25.0", ExternalSpec.builder().build()).build(), "1.25"),
                row("external 1.31 k8s 1.26", aws("1.26.0", ExternalSpec.builder().build()).build(), "1.31",
                        "Forbidden::spec.networking.external::external is not supported for Kubernetes >= 1.26"),
                row("external 1.31 k8s 1.25: deprecated", aws("1.25.0", ExternalSpec.builder().build()).build(), "1.31",
                        "warning:Forbidden::spec.networking.external"),
                row("external 1.32", aws("1.25.0", ExternalSpec.builder().build()).build(), "1.32",
                        "Forbidden::spec.networking.external::external is not supported for Kubernetes >= 1.26"),
                row("kube-router with kube-proxy on (quirk path)", aws("1.30.0", KubeRouterSpec.builder().build())
                                .kubeProxy(KubeProxy.builder().build()).build(), "1.30",
                        "Forbidden::spec.spec.kubeProxy.enabled::kube-router requires kubeProxy to be disabled"),
                row("kube-router with kube-proxy on, 1.18", aws("1.18.0", KubeRouterSpec.builder().build())
                        .kubeProxy(KubeProxy.builder().build()).build(), "1.18"),
                row("kube-router 1.28 k8s 1.28", kubeProxyOff(aws("1.28.0", KubeRouterSpec.builder().build())).build(), "1.28",
                        "Forbidden::spec.networking.kubeRouter::kube-router is not supported for Kubernetes >= 1.28",
                        "warning:Forbidden::spec.networking.kubeRouter"),
                row("kube-router 1.29 k8s 1.29", kubeProxyOff(aws("1.29.0", KubeRouterSpec.builder().build())).build(), "1.29"),
                row("kube-router IPv6 1.26 (quirk path kuberRouter)", kubeProxyOff(awsIpv6("1.26.0", KubeRouterSpec.builder().build())).build(), "1.26",
                        "Forbidden::spec.networking.kuberRouter::kube-router does not support IPv6"),
                row("kube-router IPv6 1.25", kubeProxyOff(awsIpv6("1.25.0", KubeRouterSpec.builder().build())).build(), "1.25",
                        "Forbidden::spec.networking.kuberouter::kube-router does not support IPv6"),
                row("kubenet IPv6 1.23", awsIpv6("1.23.0", KubenetSpec.builder().build()).build(), "1.23",
                        "Forbidden::spec.networking.kubenet::Kubenet does not support IPv6"),
                row("kubenet with containerd, 1.19", aws("1.19.0", KubenetSpec.builder().build()).putExtraSpec("containerRuntime", "containerd").build(), "1.19",
                        "Invalid value::spec.networking::kubenet networking is not supported with containerd"),
                row("kubenet with containerd, 1.20", aws("1.20.0", KubenetSpec.builder().build()).putExtraSpec("containerRuntime", "containerd").build(), "1.20"),
                row("kopeio IPv6", awsIpv6("1.30.0", KopeioSpec.builder().build()).build(), "1.30",
                        "Forbidden::spec.networking.kopeio::Kopeio does not support IPv6"),
                row("gce networking on AWS, 1.27", aws("1.27.0", GcpSpec.builder().build()).build(), "1.27",
                        "Forbidden::spec.networking.gce::GCE networking is supported only when on GCP"),
                row("gcp networking on AWS, 1.28", aws("1.28.0", GcpSpec.builder().build()).build(), "1.28",
                        "Forbidden::spec.networking.gcp::GCP networking is supported only when on GCP"),
                row("amazonvpc on GCE, 1.25 path", Cluster.builder().from(aws("1.25.0", AmazonVpcSpec.builder().build()).build()).cloud(Cloud.GCE)
                                .networking(ipv4(AmazonVpcSpec.builder().build()).networkCIDR(java.util.Optional.empty()).build()).build(), "1.25",
                        "Forbidden::spec.networking.amazonvpc::amazon-vpc-routed-eni networking is supported only in AWS"),
                row("amazonvpc on GCE, 1.26 path", Cluster.builder().from(aws("1.26.0", AmazonVpcSpec.builder().build()).build()).cloud(Cloud.GCE)
                                .networking(ipv4(AmazonVpcSpec.builder().build()).networkCIDR(java.util.Optional.empty()).build()).build(), "1.26",
                        "Forbidden::spec.networking.amazonVPC::amazon-vpc-routed-eni networking is supported only in AWS"),
                row("amazonvpc 1.22 k8s 1.22", aws("1.22.0", AmazonVpcSpec.builder().build()).build(), "1.22",
                        "Forbidden::spec.networking.amazonvpc::amazon-vpc-routed-eni networking is supported only for Kubernetes 1.21 and lower"),
                row("amazonvpc 1.23 k8s 1.22", aws("1.22.0", AmazonVpcSpec.builder().build()).build(), "1.23"),
                // an env name kops' first template writes as a YAML null fails its build up to 1.20 (oracle/amazonvpc-env.tsv)
                row("amazonvpc env item without a name, 1.19", aws("1.19.0", AmazonVpcSpec.builder().addEnv(EnvVar.builder().value("x").build()).build()).build(), "1.19",
                        "Invalid value::spec.networking.amazonvpc.env[0].name::error remapping manifest addons/networking.amazon-vpc-routed-eni/k8s-1.10.yaml:"
                                + " error remapping images: unhandled type in manifest: <nil>"),
                row("amazonvpc env name ~, 1.20", aws("1.20.0", AmazonVpcSpec.builder().addEnv(EnvVar.builder().name("WARM_IP_TARGET").value("2").build(),
                                EnvVar.builder().name("~").value("v").build()).build()).build(), "1.20",
                        "Invalid value::spec.networking.amazonvpc.env[1].name::error remapping manifest addons/networking.amazon-vpc-routed-eni/k8s-1.12.yaml:"
                                + " error remapping images: unhandled type in manifest: <nil>"),
                row("amazonvpc env item without a name, 1.21: written", aws("1.20.0", AmazonVpcSpec.builder().addEnv(EnvVar.builder().value("x").build()).build()).build(), "1.21"),
                row("amazonvpc IPv6", awsIpv6("1.30.0", AmazonVpcSpec.builder().build()).build(), "1.30",
                        "Forbidden::spec.networking.amazonVPC::amazon-vpc-routed-eni networking does not support IPv6"),
                row("kindnet bad nonMasqueradeCIDRs", aws("1.32.0", KindnetSpec.builder().masquerade(KindnetMasqueradeSpec.builder().enabled(true)
                                .addNonMasqueradeCIDRs("a.b.c.d/24", "2001:db8::/64").build()).build()).build(), "1.32",
                        "Invalid value::spec.networking.kindnet"),
                row("kindnet bad CIDRs with masquerade off", aws("1.32.0", KindnetSpec.builder().masquerade(KindnetMasqueradeSpec.builder().enabled(false)
                        .addNonMasqueradeCIDRs("a.b.c.d/24").build()).build()).build(), "1.32"),
                row("kindnet IPv6", awsIpv6("1.32.0", KindnetSpec.builder().build()).build(), "1.32"),
                row("kindnet before 1.32", aws("1.31.0", KindnetSpec.builder().build()).build(), "1.31", "Forbidden::spec.networking.kindnet"),
                row("classic", aws("1.30.0", ClassicSpec.builder().build()).build(), "1.30",
                        "Invalid value::spec.networking::classic networking is not supported"),
                row("cni in IPv6", awsIpv6("1.30.0", CniSpec.builder().build()).build(), "1.30"));
    }

    @ParameterizedTest(name = "{0} @ {2}")
    @MethodSource({"canal", "flannel", "weaveRomanaLyft", "others"})
    void findings(String name, Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }
}
