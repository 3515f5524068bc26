package dev.podnet.providers.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which Cilium fields each release knows, judged by kops (kops-oracle, 1.19-1.36): every field given alone with
 * a value other than its default. A field kops' v1alpha2 type lacks at the release is dropped by kops' decoder
 * (neither validated, defaulted nor written back; the {@code unknown} rows of the Cilium release table), e.g.
 * {@code enableL7Proxy} before 1.22 or {@code cniBinPath} from 1.23.
 */
class CiliumFieldsOracleTest {
    private static final OracleJudge JUDGE = new OracleJudge();

    static List<OracleCase> cases() {
        return OracleCase.load("cilium-fields");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void asKops(OracleCase c) {
        assertThat(JUDGE.problem(c)).as(c.toString()).isNull();
    }
}
