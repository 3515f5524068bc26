package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.CreateOptions;
import dev.podnet.Podnet;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.corpus.Corpus;
import dev.podnet.corpus.CorpusCase;
import dev.podnet.corpus.KnownFailures;

/**
 * Every kops {@code create_cluster} case: the networking part of what kops generated for the case's
 * options.yaml (see {@link #slice}) equals podnet's {@code create}. Cases listed in
 * {@code conformance/create-cluster-known-failures.tsv} must differ, with their reason written there.
 */
class CreateClusterConformanceTest {
    private static final Corpus CORPUS = Corpus.kops();
    private static final Map<String, String> KNOWN = KnownFailures.load("/conformance/create-cluster-known-failures.tsv");

    static Stream<Arguments> cases() {
        return CORPUS.cases(c -> c.source().equals("create_cluster")).stream()
                .map(c -> Arguments.of(c.kopsRelease() + " " + c.name(), c));
    }

    @SuppressWarnings("unchecked")
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void createsAsKops(String name, CorpusCase c) {
        Map<String, Object> opts = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(CORPUS.read(c.input()));
        CreateOptions.Builder b = CreateOptions.builder().name(String.valueOf(opts.get("ClusterName")));
        if (opts.get("Networking") != null) b.networking(String.valueOf(opts.get("Networking")));
        if (opts.get("KubernetesVersion") != null) b.kubernetesVersion(String.valueOf(opts.get("KubernetesVersion")));
        if (opts.get("CloudProvider") != null) b.cloud(Cloud.of(String.valueOf(opts.get("CloudProvider"))));
        if (opts.get("Cloud") != null) b.cloud(Cloud.of(String.valueOf(opts.get("Cloud"))));
        if (opts.get("Zones") != null) b.zones((List<String>) opts.get("Zones"));
        for (String k : List.of("MasterZones", "ControlPlaneZones")) {
            if (opts.get(k) != null) b.addAllControlPlaneZones((List<String>) opts.get(k));
        }
        if (opts.get("Topology") != null) b.requestedTopology(String.valueOf(opts.get("Topology")));
        if (Boolean.TRUE.equals(opts.get("IPv6"))) b.ipv6(true);
        if (opts.get("NetworkCIDR") != null) b.addNetworkCIDRs(String.valueOf(opts.get("NetworkCIDR")));
        if (opts.get("NetworkCIDRs") != null) b.addAllNetworkCIDRs((List<String>) opts.get("NetworkCIDRs"));
        for (String k : List.of("NetworkID", "VPCID")) {
            if (opts.get(k) != null) b.networkID(String.valueOf(opts.get(k)));
        }
        if (opts.get("SubnetIDs") != null) b.addAllSubnetIDs((List<String>) opts.get("SubnetIDs"));
        if (opts.get("UtilitySubnetIDs") != null) b.addAllUtilitySubnetIDs((List<String>) opts.get("UtilitySubnetIDs"));
        if (Boolean.TRUE.equals(opts.get("Bastion"))) b.bastion(true);
        if (opts.get("Egress") != null) b.egress(String.valueOf(opts.get("Egress")));
        if (opts.get("DNSType") != null) b.dnsType(String.valueOf(opts.get("DNSType")));
        for (String k : List.of("Sets", "Overrides")) {
            if (opts.get(k) != null) b.addAllSets((List<String>) opts.get(k));
        }
        boolean ipv6 = Boolean.TRUE.equals(opts.get("IPv6"));
        Cluster want = ClusterYaml.read(CORPUS.read(c.expected()));
        Cluster got = Podnet.forRelease(c.kopsRelease()).create(b.build());
        if (KNOWN.containsKey(c.id())) {
            assertThat(slice(got, ipv6)).as("known failure (%s) passes now: remove it from the list", KNOWN.get(c.id()))
                    .isNotEqualTo(slice(want, ipv6));
        } else {
            assertThat(slice(got, ipv6)).as(c.id()).isEqualTo(slice(want, ipv6));
        }
    }

    /**
     * The networking part of what create writes: spec.networking, the cluster-level networking fields,
     * kubeProxy.enabled, the etcd cluster names and, on IPv6 clusters, whether cloudControllerManager is set.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> slice(Cluster c, boolean ipv6) {
        Map<String, Object> spec = (Map<String, Object>) ClusterYaml.toMap(c).get("spec");
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (String k : List.of("networking", "networkCIDR", "additionalNetworkCIDRs", "networkID", "nonMasqueradeCIDR",
                "subnets", "topology")) {
            if (spec.get(k) != null) out.put(k, spec.get(k));
        }
        Map<String, Object> kp = (Map<String, Object>) spec.getOrDefault("kubeProxy", Map.of());
        out.put("kubeProxy.enabled", String.valueOf(kp.get("enabled")));
        out.put("etcdClusters", ((List<Map<String, Object>>) spec.getOrDefault("etcdClusters", List.of())).stream()
                .map(e -> String.valueOf(e.get("name"))).toList());
        if (ipv6) out.put("cloudControllerManager", spec.containsKey("cloudControllerManager"));
        return out;
    }
}
