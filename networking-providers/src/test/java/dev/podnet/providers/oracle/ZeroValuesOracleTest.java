package dev.podnet.providers.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The completed spec's form, judged by kops (kops-oracle, 1.19-1.36), on seeded random provider blocks
 * holding zero values and resource quantities: a zero value of a field kops holds as a plain Go value
 * is unset (defaulted as absent, never written back), a pointer field keeps it, and a quantity is written
 * canonical ({@code 0.5} as {@code 500m}, {@code 1024Mi} as {@code 1Gi}). The rules were written on the
 * {@code zero-values} seed; {@code zero-values-holdout} is a second seed, run once afterwards.
 */
class ZeroValuesOracleTest {
    private static final OracleJudge JUDGE = new OracleJudge();

    static List<OracleCase> development() {
        return OracleCase.load("zero-values");
    }

    static List<OracleCase> holdout() {
        return OracleCase.load("zero-values-holdout");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("development")
    void asKops(OracleCase c) {
        assertThat(JUDGE.problem(c)).as(c.toString()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("holdout")
    void asKopsOnTheHeldOutSeed(OracleCase c) {
        assertThat(JUDGE.problem(c)).as(c.toString()).isNull();
    }
}
