package dev.podnet.providers.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.providers.KopsNetworkingEngine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Subnets with and without an id: kops compares each subnet with the first one and reports those that differ
 * (kops-oracle 1.19 and 1.33: {@code [-, id, -]} gives {@code spec.subnets[1].id: Forbidden}).
 */
class SubnetIdMixTest {
    private static final KopsNetworkingEngine ENGINE = new KopsNetworkingEngine();

    static Cluster withIds(String pattern) {
        Networking.Builder n = Networking.builder().provider(CalicoSpec.builder().build()).networkCIDR("172.20.0.0/16")
                .networkID("vpc-12345678");
        for (int i = 0; i < pattern.length(); i++) {
            Subnet.Builder s = Subnet.builder().name("s" + i).zone("us-test-1a").type("Public").cidr("172.20." + (32 * (i + 1)) + ".0/19");
            if (pattern.charAt(i) == 'x') s.id("subnet-" + i);
            n.addSubnets(s.build());
        }
        return Cluster.builder().name("t.example.com").kubernetesVersion("1.30.0").cloud(Cloud.AWS).networking(n.build()).build();
    }

    @ParameterizedTest
    @CsvSource({"v1.19.0,-x-,1", "v1.33.1,-x-x,1 3", "v1.33.1,x--x,1 2", "v1.24.0,--x-,2", "v1.30.0,xxx,", "v1.30.0,---,"})
    void theSubnetsWhoseIdDiffersFromTheFirstAreReported(String release, String pattern, String expected) {
        KopsVersion r = KopsVersion.of(release.substring(1));
        List<String> paths = new ArrayList<>();
        for (Diagnostic d : ENGINE.validate(withIds(pattern), r, ValidationMode.LENIENT).errors()) {
            if (d.path().endsWith(".id")) paths.add(d.path());
        }
        List<String> want = new ArrayList<>();
        if (expected != null) for (String i : expected.split(" ")) want.add("spec.subnets[" + i + "].id");
        assertThat(paths).map(p -> p.replace("spec.networking.subnets", "spec.subnets")).containsExactlyElementsOf(want);
    }
}
