package dev.podnet.providers.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * IPv6-only and dual-stack subnets, judged by kops (kops-oracle at 1.22, 1.24, 1.28, 1.30, 1.33, 1.36):
 * a Private subnet with only an ipv6CIDR gets no IPv4 block from 1.23 (and needs none in an IPv6
 * cluster), subnets take blocks in zone order, kops 1.22 refuses DualStack and gives IPv6 clusters
 * the second /96 as pod range, kops 1.23-1.29 want an external CCM in an IPv6 cluster.
 */
class Ipv6SubnetsOracleTest {
    private static final OracleJudge JUDGE = new OracleJudge();

    static List<OracleCase> cases() {
        return OracleCase.load("ipv6-subnets");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void asKops(OracleCase c) {
        assertThat(JUDGE.problem(c)).as(c.toString()).isNull();
    }
}
