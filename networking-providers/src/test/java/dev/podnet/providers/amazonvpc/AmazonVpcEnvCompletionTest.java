package dev.podnet.providers.amazonvpc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.Podnet;
import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cluster;
import dev.podnet.api.provider.AmazonVpcSpec;
import dev.podnet.api.provider.EnvVar;
import dev.podnet.Completion;
import dev.podnet.corpus.OracleSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An {@code env} item without a name (absent, null, a null item) is completed with an empty one, as kops-oracle
 * 1.19-1.36 write it (oracle/amazonvpc-env.tsv's specs: {@code - name: ""} in the completed spec); a named item is
 * left as written.
 */
class AmazonVpcEnvCompletionTest {
    private static final String SPEC = OracleSpec.aws()
            .networking("amazonvpc:\n  env: [{value: x}, null, {name: null}, {name: A}]").yaml();

    @ParameterizedTest
    @ValueSource(strings = {"1.19.0", "1.21.0", "1.36.0"})
    void aNamelessItemGetsAnEmptyName(String release) {
        Podnet podnet = Podnet.forRelease(release);
        Completion done = podnet.complete(podnet.read(SPEC));
        Cluster c = done.cluster();
        assertThat(c.networking().provider(AmazonVpcSpec.class).orElseThrow().env()).containsExactly(
                EnvVar.builder().name("").value("x").build(), EnvVar.builder().name("").build(), EnvVar.builder().name("").build(),
                EnvVar.builder().name("A").build());
        assertThat(done.applied()).extracting(AppliedDefault::path).contains("spec.networking.amazonvpc.env[0].name",
                "spec.networking.amazonvpc.env[1].name", "spec.networking.amazonvpc.env[2].name")
                .doesNotContain("spec.networking.amazonvpc.env[3].name");
    }
}
