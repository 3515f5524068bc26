package dev.podnet.providers.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Partial component blocks, judged by kops (kops-oracle, 1.19-1.36): a kubelet, masterKubelet,
 * kubeAPIServer, kubeControllerManager or kubeProxy block holding only other fields (anonymousAuth,
 * resource requests) is completed as a missing one, so kops' strict checks of kubelet nonMasqueradeCIDR
 * and kubeAPIServer serviceClusterIPRange never fail on it; a differing value the user wrote still does.
 */
class PartialBlocksOracleTest {
    private static final OracleJudge JUDGE = new OracleJudge();

    static List<OracleCase> cases() {
        return OracleCase.load("partial-blocks");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void asKops(OracleCase c) {
        assertThat(JUDGE.problem(c)).as(c.toString()).isNull();
    }
}
