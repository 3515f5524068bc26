package dev.podnet.providers.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which releases know four non-Cilium fields, judged by kops (kops-oracle, 1.19-1.36): each given alone, true.
 * A field kops' v1alpha2 type lacks (or no longer converts) at the release is dropped by kops' decoder, the
 * {@code unknown} rows of the provider release tables: Calico's {@code allowIPForwarding} before 1.23, Flannel's
 * and Canal's {@code disableTxChecksumOffloading} from 1.23, kube-router's {@code useNFTablesForNetpol} at every
 * release.
 */
class ProviderFieldsOracleTest {
    private static final OracleJudge JUDGE = new OracleJudge();

    static List<OracleCase> cases() {
        return OracleCase.load("provider-fields");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void asKops(OracleCase c) {
        assertThat(JUDGE.problem(c)).as(c.toString()).isNull();
    }
}
