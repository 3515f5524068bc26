package dev.podnet.providers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.InvalidSpecException;
import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.providers.internal.ProviderMaps;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * complete(complete(x)) == complete(x), over 300 seeded random specs (providers, clouds, CIDRs,
 * releases). The seed is fixed so that a failure names a case that reproduces.
 */
class IdempotenceTest {
    private static final long SEED = 0x5eed_1de3L;
    private static final KopsNetworkingEngine E = new KopsNetworkingEngine();
    private static final List<ProviderKind> KINDS =
            Stream.of(ProviderKind.values()).filter(k -> k != ProviderKind.CLASSIC).toList();
    private static final List<Cloud> CLOUDS = List.of(Cloud.AWS, Cloud.GCE, Cloud.AZURE, Cloud.HETZNER);
    private static final List<String> NON_MASQ = List.of("", "100.64.0.0/10", "::/0", "10.0.0.0/8", "172.20.0.0/16");
    private static final List<String> SERVICE = List.of("", "100.64.0.0/13");

    static Stream<Arguments> cases() {
        SplittableRandom random = new SplittableRandom(SEED);
        return IntStream.range(0, 300).mapToObj(i -> {
            int minor = 18 + random.nextInt(20);
            KopsVersion release = KopsVersion.of(minor == 37 ? "1.37.0-alpha.1" : "1." + minor + ".0");
            return Arguments.of(i, cluster(random), release);
        });
    }

    private static Cluster cluster(SplittableRandom random) {
        ProviderKind kind = pick(random, KINDS);
        Cloud cloud = pick(random, CLOUDS);
        String nonMasq = pick(random, NON_MASQ);
        String service = pick(random, SERVICE);
        Networking.Builder n = Networking.builder();
        if (random.nextBoolean()) n.provider(ProviderMaps.fromMap(kind, Map.of()));
        if (!nonMasq.isEmpty()) n.nonMasqueradeCIDR(nonMasq);
        if (!service.isEmpty()) n.serviceClusterIPRange(service);
        if (cloud.equals(Cloud.GCE)) n.addSubnets(Subnet.builder().name("us-test1").region("us-test1").type("Public").build());
        return Cluster.builder().name("p.example.com").kubernetesVersion("1.30.0").cloud(cloud).networking(n.build()).build();
    }

    private static <T> T pick(SplittableRandom random, List<T> from) { return from.get(random.nextInt(from.size())); }

    @ParameterizedTest(name = "#{0} at {2}")
    @MethodSource("cases")
    void completionIsIdempotent(int index, Cluster c, KopsVersion release) {
        Cluster once;
        try {
            once = E.complete(c, release).cluster();
        } catch (InvalidSpecException e) {
            // kops refuses to complete an IPv6 non-masquerade range it must split before 1.22 (Ipv6RangeSplitOracleTest):
            // nothing to complete twice
            assertThat(c.networking().nonMasqueradeCIDR()).contains("::/0");
            assertThat(release.minor()).isLessThan(22);
            return;
        }
        Cluster twice = E.complete(once, release).cluster();
        assertThat(ClusterYaml.toMap(twice)).isEqualTo(ClusterYaml.toMap(once));
        assertThat(E.complete(once, release).applied()).isEmpty();
    }
}
