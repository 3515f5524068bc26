package dev.podnet.providers;

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
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.testkit.Corpus;
import dev.podnet.testkit.CorpusCase;

/**
 * Every kops {@code create_cluster} case: {@code spec.networking} and {@code kubeProxy.enabled} of what
 * kops generated for the case's options.yaml equal podnet's {@code create}.
 */
class CreateClusterConformanceTest {
    private static final Corpus CORPUS = Corpus.kops();
    private static final KopsNetworkingEngine ENGINE = new KopsNetworkingEngine();
    private static final Map<String, String> KNOWN = KnownFailures.load("create-known-failures.txt");

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
        if (opts.get("Zones") != null) b.zones((List<String>) opts.get("Zones"));
        if (opts.get("Topology") != null) b.topology(String.valueOf(opts.get("Topology")));
        if (Boolean.TRUE.equals(opts.get("IPv6"))) b.ipv6(true);
        Cluster want = ClusterYaml.read(CORPUS.read(c.expected()));
        Cluster got = ENGINE.create(b.build(), KopsVersion.of(c.kopsRelease()));
        if (KNOWN.containsKey(c.id())) {
            assertThat(slice(got)).as("known failure (%s) passes now: remove it from the list", KNOWN.get(c.id()))
                    .isNotEqualTo(slice(want));
        } else {
            assertThat(slice(got)).as(c.id()).isEqualTo(slice(want));
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> slice(Cluster c) {
        Map<String, Object> spec = (Map<String, Object>) ClusterYaml.toMap(c).get("spec");
        Map<String, Object> kp = (Map<String, Object>) spec.getOrDefault("kubeProxy", Map.of());
        return Map.of("networking", spec.getOrDefault("networking", Map.of()),
                "kubeProxy.enabled", String.valueOf(kp.get("enabled")));
    }
}
