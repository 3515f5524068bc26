package dev.podnet.providers;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.providers.internal.ProviderMaps;

/** complete(complete(x)) == complete(x), over generated specs, providers, clouds and releases. */
class IdempotenceProperties {
    private static final KopsNetworkingEngine E = new KopsNetworkingEngine();

    @Property(tries = 300)
    void completionIsIdempotent(@ForAll("clusters") Cluster c, @ForAll("releases") KopsVersion r) {
        Cluster once = E.complete(c, r).cluster();
        Cluster twice = E.complete(once, r).cluster();
        assertThat(ClusterYaml.toMap(twice)).isEqualTo(ClusterYaml.toMap(once));
        assertThat(E.complete(once, r).applied()).isEmpty();
    }

    @Provide
    Arbitrary<KopsVersion> releases() {
        return Arbitraries.integers().between(18, 37).map(m -> KopsVersion.of(m == 37 ? "1.37.0-alpha.1" : "1." + m + ".0"));
    }

    @Provide
    Arbitrary<Cluster> clusters() {
        Arbitrary<ProviderKind> kind = Arbitraries.of(ProviderKind.values()).filter(k -> k != ProviderKind.CLASSIC);
        Arbitrary<Cloud> cloud = Arbitraries.of(Cloud.AWS, Cloud.GCE, Cloud.AZURE, Cloud.HETZNER);
        Arbitrary<String> nonMasq = Arbitraries.of("", "100.64.0.0/10", "::/0", "10.0.0.0/8", "172.20.0.0/16");
        Arbitrary<String> svc = Arbitraries.of("", "100.64.0.0/13");
        Arbitrary<Boolean> withProvider = Arbitraries.of(true, false);
        return Combinators.combine(kind, cloud, nonMasq, svc, withProvider).as((k, cl, nm, s, wp) -> {
            Networking.Builder n = Networking.builder();
            if (wp) n.provider(ProviderMaps.fromMap(k, java.util.Map.of()));
            if (!nm.isEmpty()) n.nonMasqueradeCIDR(nm);
            if (!s.isEmpty()) n.serviceClusterIPRange(s);
            if (cl.equals(Cloud.GCE)) n.addSubnets(dev.podnet.api.Subnet.builder().name("us-test1").region("us-test1").type("Public").build());
            return Cluster.builder().name("p.example.com").kubernetesVersion("1.30.0").cloud(cl).networking(n.build()).build();
        });
    }
}
