package dev.podnet.providers.validation;

import static dev.podnet.providers.validation.ValidationFixtures.*;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;
import dev.podnet.api.Topology;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.provider.KubenetSpec;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Spec B.2.8 rule 29 (subnet regions, 1.28+), rule 30 (topology, by release) and the kubelet
 * nonMasqueradeCIDR check (1.18–1.29, §8.4 of the Calico/Canal/... spec): firing and boundaries.
 */
class TopologyRegionKubeletRulesTest {
    static final Cluster OK = aws("1.30.0", KubenetSpec.builder().build()).build();

    static Cluster topo(String masters, String nodes, Map<String, Object> bastion, String dns) {
        Topology.Builder t = Topology.builder();
        if (masters != null) t.masters(masters);
        if (nodes != null) t.nodes(nodes);
        if (bastion != null) t.bastion(bastion);
        if (dns != null) t.dnsType(dns);
        return with(OK, n -> n.topology(t.build()));
    }

    static Cluster ipv6Private(String k8s) {
        Cluster c = awsIpv6(k8s, CalicoSpec.builder().encapsulationMode("none").build()).build();
        return with(c, n -> n.topology(Topology.builder().masters("private").nodes("private").build()));
    }

    static Cluster gce(String... regions) {
        Networking.Builder n = Networking.builder().provider(KubenetSpec.builder().build()).nonMasqueradeCIDR("100.64.0.0/10")
                .podCIDR("100.96.0.0/11").serviceClusterIPRange("100.64.0.0/13");
        for (int i = 0; i < regions.length; i++) {
            Subnet.Builder s = Subnet.builder().name("s" + i).type("Public");
            if (!regions[i].isEmpty()) s.region(regions[i]);
            n.addSubnets(s.build());
        }
        // kops builds its GCE cloud in the spec's project before it validates (CloudBuildOracleTest)
        return kopsCluster().name("c.example.com").kubernetesVersion("1.30.0").cloud(Cloud.GCE).networking(n.build())
                .putExtraSpec("project", "testproject").build();
    }

    static Cluster kubelet(String runtime, String plugin, String kubeletCidr, String masterCidr) {
        // Kubernetes 1.23: from 1.24 kops refuses these kubelet fields and docker outright (cluster.kubelet-removed-1.24)
        Cluster.Builder b = Cluster.builder().from(OK).kubernetesVersion("1.23.5");
        if (runtime != null) b.putExtraSpec("containerRuntime", runtime);
        if (kubeletCidr != null || plugin != null) {
            java.util.Map<String, Object> k = new java.util.LinkedHashMap<>();
            if (plugin != null) k.put("networkPluginName", plugin);
            if (kubeletCidr != null) k.put("nonMasqueradeCIDR", kubeletCidr);
            b.putExtraSpec("kubelet", k);
        }
        if (masterCidr != null) b.putExtraSpec("masterKubelet", Map.of("nonMasqueradeCIDR", masterCidr));
        return b.build();
    }

    static final String MISMATCH = "kubelet nonMasqueradeCIDR did not match cluster nonMasqueradeCIDR";

    static Stream<Arguments> rows() {
        return Stream.of(
                // rule 30: masters/controlPlane and nodes values
                row("public/public, 1.25", topo("public", "public", null, null), "1.25"),
                row("masters value unknown, 1.25", topo("internal", "public", null, null), "1.25",
                        "Unsupported value::spec.topology.masters"),
                row("controlPlane value unknown, 1.26 (path and name move)", topo("internal", "public", null, null), "1.26",
                        "Unsupported value::spec.networking.topology.controlPlane"),
                row("masters value unknown, 1.28: no longer validated", topo("internal", "public", null, null), "1.28"),
                row("nodes value unknown, 1.27", topo("public", "Private", null, null), "1.27",
                        "Unsupported value::spec.networking.topology.nodes"),
                row("masters missing, 1.27", topo(null, "public", null, null), "1.27",
                        "Required value::spec.networking.topology.controlPlane"),
                row("masters missing, 1.18: legacy spec.masters too", topo(null, "public", null, null), "1.18",
                        "Required value::spec.masters::topology requires non-nil values for masters and nodes",
                        "Required value::spec.topology.masters"),
                row("masters missing, 1.19: legacy check gone", topo(null, "public", null, null), "1.19",
                        "Required value::spec.topology.masters"),
                // cluster.topology.decoded-placement: the input is checked as kops decodes it (placement public)
                lenient("input without placement, 1.19: kops' decoder fills public", topo(null, null, null, "Private"), "1.19"),
                lenient("input without placement, 1.27: filled, not required", topo(null, null, null, null), "1.27"),
                lenient("input bastion without placement, 1.24: public placement refuses it", topo(null, null, Map.of(), null), "1.24",
                        "Forbidden::spec.topology.bastion::bastion requires masters and nodes to have private topology"),
                // cluster.topology-dns#public-private
                row("dns type None, 1.24: not known yet", topo("public", "public", null, "None"), "1.24",
                        "Unsupported value::spec.topology.dns.type"),
                // 1.25: no kops build; clusters without DNS came with the 1.26 line (corpus minimal-dns-none from
                // v1.26.0, docs/release-boundaries.md)
                row("dns type None, 1.25: not known yet", topo("public", "public", null, "None"), "1.25",
                        "Unsupported value::spec.topology.dns.type"),
                row("dns type None, 1.26: accepted", topo("public", "public", null, "None"), "1.26"),
                row("dns type None, 1.28: accepted", topo(null, null, null, "None"), "1.28"),
                lenient("input bastion without placement, 1.28: not validated", topo(null, null, Map.of(), null), "1.28"),
                // bastion
                row("bastion with public topology, 1.25", topo("public", "public", Map.of(), null), "1.25",
                        "Forbidden::spec.topology.bastion::bastion requires masters and nodes to have private topology"),
                row("bastion with public nodes, 1.26 wording", topo("private", "public", Map.of(), null), "1.26",
                        "Forbidden::spec.networking.topology.bastion::bastion requires control plane and nodes to have private topology"),
                row("bastion with public topology, 1.28: not validated", topo("public", "public", Map.of(), null), "1.28"),
                row("bastion private", topo("private", "private", Map.of(), null), "1.27"),
                row("bastion idleTimeoutSeconds 0", topo("private", "private", Map.of("idleTimeoutSeconds", 0), null), "1.27",
                        "Invalid value::spec.networking.topology.bastion.idleTimeoutSeconds::bastion idleTimeoutSeconds should be greater than zero"),
                row("bastion idleTimeoutSeconds 1", topo("private", "private", Map.of("idleTimeoutSeconds", 1), null), "1.27"),
                row("bastion idleTimeoutSeconds 3600", topo("private", "private", Map.of("idleTimeoutSeconds", 3600), null), "1.22"),
                row("bastion idleTimeoutSeconds 3601", topo("private", "private", Map.of("idleTimeoutSeconds", 3601), null), "1.22",
                        "Invalid value::spec.topology.bastion.idleTimeoutSeconds::bastion idleTimeoutSeconds cannot be greater than one hour"),
                row("bastion idleTimeoutSeconds 3601, 1.28: not validated", topo(null, null, Map.of("idleTimeoutSeconds", 3601), null), "1.28"),
                // dns from 1.28
                // kops-oracle 1.28, 1.30, 1.33.1, 1.36: at dns.type, as before 1.26; 1.36 adds its own Forbidden
                row("dns type unknown, 1.28", topo(null, null, null, "Gossip"), "1.28",
                        "Unsupported value::spec.networking.topology.dns.type"),
                row("dns type lower case, 1.33", topo(null, null, null, "public"), "1.33",
                        "Unsupported value::spec.networking.topology.dns.type"),
                row("dns type unknown, 1.36: also unsupported dns topology", topo(null, null, null, "bogus"), "1.36",
                        "Unsupported value::spec.networking.topology.dns.type",
                        "Forbidden::spec.networking.topology.dns.type::unsupported dns topology"),
                row("dns type None, 1.36", topo(null, null, null, "None"), "1.36"),
                row("dns type None, 1.28", topo(null, null, null, "None"), "1.28"),
                // IPv6 + private nodes needs Kubernetes 1.22 (1.24–1.26)
                // (its IPv6-only Private subnet too: cluster.subnet-ipv6-only-kubernetes, ClusterOracleRulesTest)
                row("IPv6 private nodes on k8s 1.21, 1.24", ipv6Private("1.21.0"), "1.24",
                        "Required value::spec.subnets[0].cidr::IPv6-only subnets require Kubernetes 1.22+",
                        "Forbidden::spec.topology.nodes::private topology in IPv6 clusters requires Kubernetes 1.22+"),
                row("IPv6 private nodes on k8s 1.21, 1.26", ipv6Private("1.21.0"), "1.26",
                        "Required value::spec.networking.subnets[0].cidr::IPv6-only subnets require Kubernetes 1.22+",
                        "Forbidden::spec.networking.topology.nodes::private topology in IPv6 clusters requires Kubernetes 1.22+"),
                row("IPv6 private nodes on k8s 1.22, 1.24", ipv6Private("1.22.0"), "1.24"),
                row("IPv6 private nodes on k8s 1.21, 1.23: not checked", ipv6Private("1.21.0"), "1.23"),
                row("IPv6 private nodes on k8s 1.21, 1.27: not checked", ipv6Private("1.21.0"), "1.27"),
                // rule 29: regions (GCE, Azure, DO, Linode), 1.28+
                row("GCE subnet without region, 1.28", gce(""), "1.28",
                        "Required value::spec.networking.subnets[0].region::region must be specified"),
                row("GCE subnet without region, 1.27: not checked", gce(""), "1.27"),
                row("GCE subnets in one region", gce("us-test1", "us-test1"), "1.28"),
                row("GCE subnets in two regions", gce("us-test1", "us-test1", "eu-test2"), "1.30",
                        "Forbidden::spec.networking.subnets[2].region::clusters cannot span regions"),
                row("AWS subnet without region: not required", OK, "1.30"),
                // kubelet nonMasqueradeCIDR, 1.18–1.22 every provider
                row("kubelet nonMasq differs, 1.22", kubelet(null, null, "10.0.0.0/8", null), "1.22",
                        "Forbidden::spec.kubelet.nonMasqueradeCIDR::" + MISMATCH),
                row("kubelet nonMasq matches, 1.23", kubelet(null, null, "100.64.0.0/10", "100.64.0.0/10"), "1.23"),
                // kops fills an unset kubelet nonMasqueradeCIDR (a partial kubelet block too) before its strict check (kops-oracle 1.19-1.22)
                row("kubelet nonMasq unset, strict, 1.18: filled by kops first", kubelet(null, "cni", null, null), "1.18"),
                lenient("kubelet nonMasq unset, lenient, 1.18", kubelet(null, "cni", null, null), "1.18"),
                row("masterKubelet nonMasq differs, 1.18", kubelet(null, null, null, "10.0.0.0/8"), "1.18",
                        "Forbidden::spec.masterKubelet.nonMasqueradeCIDR::masterKubelet nonMasqueradeCIDR did not match cluster nonMasqueradeCIDR"),
                // 1.23–1.26: only docker + kubenet (1.23 from the corpus, see ClusterRules)
                row("kubelet nonMasq unset, containerd, 1.23: not checked (kops 1.23.0 corpus)", kubelet("containerd", "cni", null, null), "1.23"),
                row("kubelet nonMasq differs, docker + kubenet, 1.23", kubelet("docker", "kubenet", "10.0.0.0/8", "100.64.0.0/10"), "1.23",
                        "Forbidden::spec.kubelet.nonMasqueradeCIDR::" + MISMATCH),
                row("kubelet nonMasq differs, containerd, 1.24: not checked", kubelet("containerd", "kubenet", "10.0.0.0/8", null), "1.24"),
                row("kubelet nonMasq differs, docker but cni, 1.24: not checked", kubelet("docker", "cni", "10.0.0.0/8", null), "1.24"),
                row("kubelet nonMasq differs, docker + kubenet, 1.24", kubelet("docker", "kubenet", "10.0.0.0/8", "100.64.0.0/10"), "1.24",
                        "Forbidden::spec.kubelet.nonMasqueradeCIDR::" + MISMATCH),
                row("docker + kubenet, 1.26: kops' paths (kubelet.networking quirk, controlPlaneKubelet)",
                        kubelet("docker", "kubenet", "10.0.0.0/8", "10.0.0.0/8"), "1.26",
                        "Forbidden::spec.kubelet.networking.nonMasqueradeCIDR::" + MISMATCH,
                        "Forbidden::spec.controlPlaneKubelet.nonMasqueradeCIDR::controlPlaneKubelet nonMasqueradeCIDR did not match cluster nonMasqueradeCIDR"),
                // kops-oracle 1.24: an unset runtime completes as docker below Kubernetes 1.20, and kops' kubelet builder
                // fills the field only for kubenet, external, kopeio (and GCE): with calico, cilium or kube-router the
                // completed spec is refused, the control plane kubelet (derived from the kubelet) with it
                row("networkPluginName kubenet, calico, Kubernetes 1.19, no runtime, 1.24",
                        kubelet(CalicoSpec.builder().build(), "1.19.10", null, "kubenet", null, null), "1.24",
                        "Forbidden::spec.kubelet.nonMasqueradeCIDR::" + MISMATCH,
                        "Forbidden::spec.masterKubelet.nonMasqueradeCIDR::masterKubelet nonMasqueradeCIDR did not match cluster nonMasqueradeCIDR"),
                lenient("the same input, lenient, 1.24: not yet", kubelet(CalicoSpec.builder().build(), "1.19.10", null, "kubenet", null, null), "1.24"),
                row("the same, Kubernetes 1.20 (containerd), 1.24: not checked",
                        kubelet(CalicoSpec.builder().build(), "1.20.15", null, "kubenet", null, null), "1.24"),
                row("the same with calico, docker, 1.23: filled by kops' builder for every provider",
                        kubelet(CalicoSpec.builder().build(), "1.19.10", "docker", "kubenet", null, null), "1.23"),
                row("the same with kubenet, 1.24: filled by kops' builder",
                        kubelet(KubenetSpec.builder().build(), "1.19.10", null, "kubenet", null, null), "1.24"),
                row("the same with calico at 1.28: containerd", kubelet(CalicoSpec.builder().build(), "1.19.10", null, "kubenet", null, null), "1.28"),
                // kops-oracle 1.28: checked in the input too, unset counting; the control plane kubelet only when given
                lenient("docker + kubenet, unset, lenient, 1.28", kubelet(KubenetSpec.builder().build(), "1.23.5", "docker", "kubenet", null, null), "1.28",
                        "Forbidden::spec.kubelet.nonMasqueradeCIDR::kubelet nonMasqueradeCIDR does not match cluster nonMasqueradeCIDR"),
                lenient("docker + kubenet, control plane differs, lenient, 1.28",
                        kubelet(CalicoSpec.builder().build(), "1.23.5", "docker", "kubenet", "100.64.0.0/10", "10.0.0.0/8"), "1.28",
                        "Forbidden::spec.controlPlaneKubelet.nonMasqueradeCIDR::kubelet nonMasqueradeCIDR does not match cluster nonMasqueradeCIDR"),
                // 1.30: no mismatch finding; what Kubernetes 1.24 removed is refused instead, at any Kubernetes version
                row("docker + kubenet differs, 1.30: removed", kubelet("docker", "kubenet", "10.0.0.0/8", "10.0.0.0/8"), "1.30",
                        "Forbidden::spec.kubelet.networkPluginName::networkPluginName has been removed on Kubernetes >=1.24",
                        "Forbidden::spec.kubelet.nonMasqueradeCIDR::nonMasqueradeCIDR has been removed on Kubernetes >=1.24",
                        "Forbidden::spec.controlPlaneKubelet.nonMasqueradeCIDR::nonMasqueradeCIDR has been removed on Kubernetes >=1.24",
                        "Forbidden::spec.containerRuntime::Docker CRI support was removed in Kubernetes 1.24: https://kubernetes.io/blog/2020/12/02/dockershim-faq"),
                // kops-oracle 1.24-1.36: networkPluginMTU too (a pointer: 0 counts), between networkPluginName and
                // nonMasqueradeCIDR; at Kubernetes 1.24+, from 1.30 at any Kubernetes version
                row("networkPluginMTU, Kubernetes 1.24, 1.24: removed", mtu("1.24.3", 9001, null, null), "1.24",
                        "Forbidden::spec.kubelet.networkPluginMTU::networkPluginMTU has been removed on Kubernetes >=1.24"),
                lenient("networkPluginMTU 0, Kubernetes 1.26, lenient, 1.28: removed", mtu("1.26.1", 0, null, null), "1.28",
                        "Forbidden::spec.kubelet.networkPluginMTU::networkPluginMTU has been removed on Kubernetes >=1.24"),
                row("control plane networkPluginMTU, Kubernetes 1.24, 1.24: masterKubelet", mtu("1.24.3", null, 1500, null), "1.24",
                        "Forbidden::spec.masterKubelet.networkPluginMTU::networkPluginMTU has been removed on Kubernetes >=1.24"),
                row("every removed field, 1.36: kops' order", mtu("1.26.1", 9001, 1500, "cni"), "1.36",
                        "Forbidden::spec.kubelet.networkPluginName::networkPluginName has been removed on Kubernetes >=1.24",
                        "Forbidden::spec.kubelet.networkPluginMTU::networkPluginMTU has been removed on Kubernetes >=1.24",
                        "Forbidden::spec.kubelet.nonMasqueradeCIDR::nonMasqueradeCIDR has been removed on Kubernetes >=1.24",
                        "Forbidden::spec.controlPlaneKubelet.networkPluginMTU::networkPluginMTU has been removed on Kubernetes >=1.24"),
                row("networkPluginMTU, Kubernetes 1.23, 1.28: accepted", mtu("1.23.5", 9001, 1500, null), "1.28"),
                row("networkPluginMTU, Kubernetes 1.23, 1.30: removed at any Kubernetes version", mtu("1.23.5", 9001, null, null), "1.30",
                        "Forbidden::spec.kubelet.networkPluginMTU::networkPluginMTU has been removed on Kubernetes >=1.24"),
                row("networkPluginMTU, Kubernetes 1.24, 1.22: accepted", mtu("1.24.3", 9001, 1500, null), "1.22"));
    }

    /** A calico cluster with a kubelet networkPluginMTU, the control plane kubelet's, and networkPluginName with the cluster's nonMasqueradeCIDR. */
    static Cluster mtu(String k8s, Integer kubeletMtu, Integer masterMtu, String plugin) {
        Cluster.Builder b = Cluster.builder().from(aws(k8s, CalicoSpec.builder().build()).build());
        java.util.Map<String, Object> k = new java.util.LinkedHashMap<>();
        // written in the reverse of kops' order: the findings follow kops' order, not the document's
        if (plugin != null) k.put("nonMasqueradeCIDR", "100.64.0.0/10");
        if (kubeletMtu != null) k.put("networkPluginMTU", kubeletMtu);
        if (plugin != null) k.put("networkPluginName", plugin);
        if (!k.isEmpty()) b.putExtraSpec("kubelet", k);
        if (masterMtu != null) b.putExtraSpec("masterKubelet", Map.of("networkPluginMTU", masterMtu));
        return b.build();
    }

    static Cluster kubelet(dev.podnet.api.provider.ProviderSpec provider, String k8s, String runtime, String plugin,
            String kubeletCidr, String masterCidr) {
        Cluster c = with(kubelet(runtime, plugin, kubeletCidr, masterCidr), n -> n.provider(provider));
        return Cluster.builder().from(c).kubernetesVersion(k8s).build();
    }

    @ParameterizedTest(name = "{0} @ {2}")
    @MethodSource("rows")
    void findings(String name, Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }
}
