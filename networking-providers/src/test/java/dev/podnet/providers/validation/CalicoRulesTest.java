package dev.podnet.providers.validation;

import static dev.podnet.providers.validation.ValidationFixtures.*;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.KubeProxy;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.provider.CalicoSpec;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Calico rules C1–C20, each firing and at its release boundaries. */
class CalicoRulesTest {
    static Cluster calico(CalicoSpec.Builder b) { return aws("1.30.0", b.build()).build(); }

    static Cluster calico6(CalicoSpec.Builder b) { return awsIpv6("1.30.0", b.build()).build(); }

    static Stream<Arguments> rows() {
        return Stream.of(
                row("empty", calico(CalicoSpec.builder()), "1.30"),
                row("typhaReplicas -1 (layer 1, EL message)", calico(CalicoSpec.builder().typhaReplicas(-1)), "1.30",
                        "Invalid value::spec.networking.calico.typhaReplicas::Unable to set number of Typha replicas to less than 0, you've specified -1"),
                row("typhaReplicas 3", calico(CalicoSpec.builder().typhaReplicas(3)), "1.30"),
                row("awsSrcDstCheck off", calico(CalicoSpec.builder().awsSrcDstCheck("off")), "1.30",
                        "Unsupported value::spec.networking.calico.awsSrcDstCheck"),
                row("awsSrcDstCheck Disable in IPv6, 1.26+", calico6(CalicoSpec.builder().encapsulationMode("none").awsSrcDstCheck("Disable")), "1.26",
                        "Forbidden::spec.networking.calico.awsSrcDstCheck::awsSrcDstCheck may only be \"DoNothing\" for IPv6 clusters"),
                row("awsSrcDstCheck Disable in IPv6, 1.25: allowed", calico6(CalicoSpec.builder().encapsulationMode("none").awsSrcDstCheck("Disable")), "1.25"),
                row("ipipMode unknown", calico(CalicoSpec.builder().ipipMode("unknown")), "1.30",
                        "Unsupported value::spec.networking.calico.ipipMode"),
                row("vxlan + ipipMode Always", calico(CalicoSpec.builder().encapsulationMode("vxlan").ipipMode("Always")), "1.30",
                        "Forbidden::spec.networking.calico.ipipMode::IP-in-IP encapsulation requires use of Calico's \"ipip\" encapsulation mode"),
                row("vxlan + ipipMode Never", calico(CalicoSpec.builder().encapsulationMode("vxlan").ipipMode("Never")), "1.30"),
                row("ipip + vxlanMode CrossSubnet, 1.22+", calico(CalicoSpec.builder().encapsulationMode("ipip").vxlanMode("CrossSubnet")), "1.22",
                        "Forbidden::spec.networking.calico.vxlanMode"),
                row("encapsulationMode none in IPv4, 1.23+", calico(CalicoSpec.builder().encapsulationMode("none")), "1.23",
                        "Forbidden::spec.networking.calico.encapsulationMode::encapsulationMode \"none\" is only supported for IPv6 clusters"),
                row("encapsulationMode none, 1.22: unsupported value", calico(CalicoSpec.builder().encapsulationMode("none")), "1.22",
                        "Unsupported value::spec.networking.calico.encapsulationMode"),
                row("ipip in IPv6", calico6(CalicoSpec.builder().encapsulationMode("ipip")), "1.30",
                        "Forbidden::spec.networking.calico.encapsulationMode::IPv6 requires an encapsulationMode of \"none\""),
                row("IPv6 none + Never + Never", calico6(CalicoSpec.builder().encapsulationMode("none").ipipMode("Never").vxlanMode("Never")), "1.30"),
                row("ipip on Azure, 1.35+", inRegion(Cluster.builder().from(calico(CalicoSpec.builder().encapsulationMode("ipip"))).cloud(Cloud.AZURE).build()), "1.35",
                        "Forbidden::spec.networking.calico.encapsulationMode::Azure requires an encapsulationMode of \"vxlan\""),
                row("ipip on Azure, 1.34", inRegion(Cluster.builder().from(calico(CalicoSpec.builder().encapsulationMode("ipip"))).cloud(Cloud.AZURE).build()), "1.34"),
                row("autodetection bogus", calico(CalicoSpec.builder().ipv4AutoDetectionMethod("bogus")), "1.30",
                        "Invalid value::spec.networking.calico.ipv4AutoDetectionMethod::unsupported autodetection method"),
                row("autodetection interface list", calico(CalicoSpec.builder().ipv4AutoDetectionMethod("interface=en.*,eth0")
                        .ipv6AutoDetectionMethod("skip-interface=en.*,eth0")), "1.30"),
                row("autodetection bad regexp", calico(CalicoSpec.builder().ipv4AutoDetectionMethod("interface=(,en1")), "1.30",
                        "Invalid value::spec.networking.calico.ipv4AutoDetectionMethod"),
                row("autodetection can-reach v6 in the v4 field", calico(CalicoSpec.builder().ipv4AutoDetectionMethod("can-reach=2001:4860:4860::8888")), "1.30",
                        "Invalid value::spec.networking.calico.ipv4AutoDetectionMethod"),
                row("wireguard in IPv6, 1.26+", calico6(CalicoSpec.builder().encapsulationMode("none").wireguardEnabled(true)), "1.26",
                        "Forbidden::spec.networking.calico.wireguardEnabled"),
                row("bpf with kube-proxy on, 1.36", Cluster.builder().from(calico(CalicoSpec.builder().bpfEnabled(true)))
                                .kubeProxy(KubeProxy.builder().build()).build(), "1.36",
                        "Forbidden::spec.kubeProxy.enabled::calico in BPF mode (spec.networking.calico.bpfEnabled=true) requires kubeProxy to be disabled"),
                row("bpf with kube-proxy on, 1.35: documentation only", Cluster.builder().from(calico(CalicoSpec.builder().bpfEnabled(true)))
                        .kubeProxy(KubeProxy.builder().build()).build(), "1.35"),
                row("bpf with kube-proxy off, 1.36", Cluster.builder().from(calico(CalicoSpec.builder().bpfEnabled(true)))
                        .kubeProxy(KubeProxy.builder().enabled(false).build()).build(), "1.36"),
                // kops' completion always fills kubeProxy, so the completed spec without a block has kube-proxy on
                row("bpf without a kubeProxy block, completed spec, 1.36", calico(CalicoSpec.builder().bpfEnabled(true)), "1.36",
                        "Forbidden::spec.kubeProxy.enabled::calico in BPF mode (spec.networking.calico.bpfEnabled=true) requires kubeProxy to be disabled"),
                lenient("bpf without a kubeProxy block, input, 1.36", calico(CalicoSpec.builder().bpfEnabled(true)), "1.36"),
                row("majorVersion v2, 1.19", calico(CalicoSpec.builder().majorVersion("v2")), "1.19",
                        "Unsupported value::spec.networking.calico.majorVersion"),
                row("majorVersion v2, 1.20: ignored", calico(CalicoSpec.builder().majorVersion("v2")), "1.20"),
                row("chainInsertMode bad, 1.19+", calico(CalicoSpec.builder().chainInsertMode("middle")), "1.19",
                        "Unsupported value::spec.networking.calico.chainInsertMode"),
                row("chainInsertMode bad, 1.18: not checked", withEtcd(calico(CalicoSpec.builder().chainInsertMode("middle"))), "1.18"),
                // kops 1.18-1.19 list the k8s-1.7 template, which names the first etcd cluster's members
                row("no etcdClusters, 1.18: the k8s-1.7 template cannot be rendered", calico(CalicoSpec.builder()), "1.18",
                        "Required value::spec.etcdClusters::Calico's k8s-1.7 template lists the first etcd cluster's members as Calico's etcd endpoints"),
                row("no etcdClusters, 1.19", calico(CalicoSpec.builder()), "1.19",
                        "Required value::spec.etcdClusters::Calico's k8s-1.7 template lists the first etcd cluster's members as Calico's etcd endpoints"),
                lenient("no etcdClusters, input, 1.19: the completed spec decides", calico(CalicoSpec.builder()), "1.19"),
                row("no etcdClusters, 1.20: no k8s-1.7 template", calico(CalicoSpec.builder()), "1.20"),
                row("a main etcd cluster, 1.19", withEtcd(calico(CalicoSpec.builder())), "1.19"),
                row("no etcdClusters beside a validation error, 1.19: only the validation error (a build failure)",
                        calico(CalicoSpec.builder().chainInsertMode("middle")), "1.19",
                        "Unsupported value::spec.networking.calico.chainInsertMode"),
                // majorVersion v3 needs etcd 3 (1.18–1.19); wording changes in 1.19; gone in 1.20
                row("majorVersion v3, etcd version unset, 1.18: default(2.2.1)", etcd(null), "1.18",
                        "Forbidden::spec.networking.calico.majorVersion::Unable to use v3 when ETCD version for main cluster is default(2.2.1)"),
                row("majorVersion v3, etcd version unset, 1.19: not checked", etcd(null), "1.19"),
                row("majorVersion v3, etcd 2.2.1, 1.18", etcd("2.2.1"), "1.18",
                        "Forbidden::spec.networking.calico.majorVersion::Unable to use v3 when ETCD version for main cluster is 2.2.1"),
                row("majorVersion v3, etcd 2.2.1, 1.19 (lower-case wording)", etcd("2.2.1"), "1.19",
                        "Forbidden::spec.networking.calico.majorVersion::unable to use v3 when etcd version for main cluster is 2.2.1"),
                // the Calico rule is gone; kops 1.20 refuses an etcd 2 storage version itself (kops-oracle 1.20)
                row("majorVersion v3, etcd 2.2.1, 1.20: rule removed", etcd("2.2.1"), "1.20",
                        "Invalid value::spec.etcdClusters[0].version::unsupported storage version, we only support major version 3"),
                // 1.19 checks the completed cluster: an unset etcd version is kops' default, 2.2.1 for Legacy below
                // Kubernetes 1.13, Legacy being the default provider below 1.12 (kops-oracle 1.19)
                row("majorVersion v3, etcd unset, Kubernetes 1.11.10, 1.19: default 2.2.1", etcdAt("1.11.10", null), "1.19",
                        "Forbidden::spec.networking.calico.majorVersion::unable to use v3 when etcd version for main cluster is 2.2.1"),
                row("majorVersion v3, etcd unset, Legacy, Kubernetes 1.12.0, 1.19: default 2.2.1", etcdAt("1.12.0", "Legacy"), "1.19",
                        "Forbidden::spec.networking.calico.majorVersion::unable to use v3 when etcd version for main cluster is 2.2.1"),
                row("majorVersion v3, etcd unset, Legacy, Kubernetes 1.13.0, 1.19: default etcd 3", etcdAt("1.13.0", "Legacy"), "1.19"),
                row("majorVersion v3, etcd unset, Manager, Kubernetes 1.11.0, 1.19: default etcd 3", etcdAt("1.11.0", "Manager"), "1.19"),
                row("majorVersion v3, etcd unset, Kubernetes 1.12.0, 1.19: Manager, etcd 3", etcdAt("1.12.0", null), "1.19"),
                lenient("majorVersion v3, etcd unset, Kubernetes 1.11.10, input, 1.19: not checked", etcdAt("1.11.10", null), "1.19"),
                row("majorVersion v3, etcd 3.4.3, 1.18", etcd("3.4.3"), "1.18"),
                // Calico's check reads the version after its v; kops 1.19's etcd-manager versions are compared as written
                row("majorVersion v3, etcd v3.4.3, 1.19", etcd("v3.4.3"), "1.19",
                        "Internal error::spec.etcdClusters[0].version::error building complete spec: etcd version \"v3.4.3\" is not"
                                + " supported with etcd-manager, please specify a supported version or remove the value to use the default"
                                + " version.  Supported versions: 2.2.1, 3.1.12, 3.2.18, 3.2.24, 3.3.10, 3.3.13, 3.3.17, 3.4.3, 3.4.13"),
                row("majorVersion v2, 1.18", calico(CalicoSpec.builder().majorVersion("v2")), "1.18",
                        "Unsupported value::spec.networking.calico.majorVersion"));
    }

    /** Calico majorVersion v3 with a main etcd cluster at {@code version} (null: unset). */
    static Cluster etcd(String version) {
        dev.podnet.api.EtcdCluster.Builder e = dev.podnet.api.EtcdCluster.builder().name("main");
        if (version != null) e.putExtraFields("version", version);
        return Cluster.builder().from(calico(CalicoSpec.builder().majorVersion("v3"))).addEtcdClusters(e.build()).build();
    }

    /** Calico majorVersion v3 at Kubernetes {@code kubernetes} with a main etcd cluster of no version and {@code provider} (null: unset). */
    static Cluster etcdAt(String kubernetes, String provider) {
        dev.podnet.api.EtcdCluster.Builder e = dev.podnet.api.EtcdCluster.builder().name("main");
        if (provider != null) e.putExtraFields("provider", provider);
        return Cluster.builder().from(calico(CalicoSpec.builder().majorVersion("v3"))).kubernetesVersion(kubernetes)
                .addEtcdClusters(e.build()).build();
    }

    /** The cluster with a main etcd cluster of three members, each with its instance group, as kops requires. */
    static Cluster withEtcd(Cluster c) {
        return Cluster.builder().from(c).addEtcdClusters(dev.podnet.api.EtcdCluster.builder().name("main").putExtraFields(
                "etcdMembers", List.of(member("a"), member("b"), member("c"))).build()).build();
    }

    private static java.util.Map<String, String> member(String name) {
        return java.util.Map.of("name", name, "instanceGroup", "master-us-test-1" + name);
    }

    @ParameterizedTest(name = "{0} @ {2}")
    @MethodSource("rows")
    void findings(String name, Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }
}
