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
 * A subnet's type kops does not know (absent, empty or another word), judged by kops-oracle 1.19, 1.22, 1.24, 1.28
 * and 1.36 (one AWS subnet, Calico): without a cidr, kops' PerformAssignments fails on it before validation at every
 * release ({@code subnet "us-test-1a" has unknown type ""}); beside a cidr, validation refuses it from 1.24
 * ({@code spec.subnets[0].type: Unsupported value}) and 1.19 and 1.22 accept it.
 */
class SubnetTypeOracleTest {
    private static final KopsNetworkingEngine ENGINE = new KopsNetworkingEngine();

    static Cluster withType(String type, boolean cidr) {
        Subnet.Builder s = Subnet.builder().name("us-test-1a").zone("us-test-1a");
        if (!type.equals("-")) s.type(type);
        if (cidr) s.cidr("172.20.32.0/19");
        Networking n = Networking.builder().provider(CalicoSpec.builder().build()).networkCIDR("172.20.0.0/16")
                .nonMasqueradeCIDR("100.64.0.0/10").addSubnets(s.build()).build();
        return Cluster.builder().name("minimal.example.com").kubernetesVersion("1.30.2").cloud(Cloud.AWS).networking(n).build();
    }

    /** The findings on the subnet's type, as the command line validates: the spec as written, then completed. */
    static List<String> typeFindings(Cluster c, KopsVersion release) {
        List<Diagnostic> errors = new ArrayList<>(ENGINE.validate(c, release, ValidationMode.LENIENT).errors());
        if (errors.isEmpty()) {
            errors.addAll(ENGINE.validate(ENGINE.complete(c, release).cluster(), release, ValidationMode.STRICT).errors());
        }
        List<String> out = new ArrayList<>();
        for (Diagnostic d : errors) {
            if (d.path().endsWith("subnets[0].type")) out.add(d.type().name() + (d.detail().isEmpty() ? "" : ": " + d.detail()));
        }
        return out;
    }

    @ParameterizedTest(name = "kops {0}, type {1}, cidr {2}")
    @CsvSource({
        // release, type ("-": absent), cidr, what kops-oracle said ("": accepted)
        "1.19, -,   false, 'INVALID: subnet \"us-test-1a\" has unknown type \"\"'",
        "1.19, Foo, false, 'INVALID: subnet \"us-test-1a\" has unknown type \"Foo\"'",
        "1.19, -,   true,  ''",
        "1.19, Foo, true,  ''",
        "1.22, '',  false, 'INVALID: subnet \"us-test-1a\" has unknown type \"\"'",
        "1.22, Foo, true,  ''",
        "1.24, -,   false, 'INVALID: subnet \"us-test-1a\" has unknown type \"\"'",
        "1.24, '',  false, 'INVALID: subnet \"us-test-1a\" has unknown type \"\"'",
        "1.24, Foo, false, 'INVALID: subnet \"us-test-1a\" has unknown type \"Foo\"'",
        "1.24, -,   true,  'UNSUPPORTED'",
        "1.24, Foo, true,  'UNSUPPORTED'",
        "1.28, -,   false, 'INVALID: subnet \"us-test-1a\" has unknown type \"\"'",
        "1.28, Foo, false, 'INVALID: subnet \"us-test-1a\" has unknown type \"Foo\"'",
        "1.28, '',  true,  'UNSUPPORTED'",
        "1.36, -,   false, 'INVALID: subnet \"us-test-1a\" has unknown type \"\"'",
        "1.36, Foo, false, 'INVALID: subnet \"us-test-1a\" has unknown type \"Foo\"'",
        "1.36, -,   true,  'UNSUPPORTED'",
        "1.36, Foo, true,  'UNSUPPORTED'",
    })
    void asKopsJudgesIt(String release, String type, boolean cidr, String kops) {
        List<String> found = typeFindings(withType(type, cidr), KopsVersion.of(release));
        if (kops.isEmpty()) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).containsExactly(kops);
        }
    }
}
