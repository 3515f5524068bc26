package dev.podnet.manifests.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.api.Cluster;
import dev.podnet.api.render.AwsAccount;
import dev.podnet.api.render.MissingRenderOptionException;
import dev.podnet.api.render.RenderOptions;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.manifests.TestRendering;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * kube-router with service-account permissions from AWS, as kops-oracle renders it at its nine releases
 * ({@code oracle-irsa/roles.tsv}, {@code scripts/oracle/service-account-roles}): every addon's manifestHash equal to
 * kops' when the render is given kops-oracle's mock AWS account, and the render refused without an account exactly
 * where kops names one (1.24 and later, with the option).
 */
class ServiceAccountRoleOracleTest {
    /** kops-oracle's mock AWS cloud: the account and partition its caller identity answers. */
    static final AwsAccount MOCK_ACCOUNT = AwsAccount.of("123456789012", "aws-test");

    private static final List<OracleFixtures.Case> CASES = OracleFixtures.load("irsa", "roles");

    @Test
    void everyCaseRendersKopsHashesWithTheMockAccount() {
        assertThat(CASES).hasSize(72);
        for (OracleFixtures.Case c : CASES) {
            assertThat(hashes(c, RenderOptions.builder().awsAccount(MOCK_ACCOUNT).build())).as(c.toString())
                    .isEqualTo(c.hashes());
        }
    }

    @Test
    void withoutAnAccountOnlyTheCasesWithARoleAreRefused() {
        int refused = 0;
        for (OracleFixtures.Case c : CASES) {
            boolean role = c.completedSpec().contains("useServiceAccountExternalPermissions: true")
                    && KopsVersion.of(c.release().substring(1)).compareTo(KopsVersion.of("1.24")) >= 0;
            if (role) {
                refused++;
                assertThatThrownBy(() -> hashes(c, RenderOptions.builder().build())).as(c.toString())
                        .isInstanceOf(MissingRenderOptionException.class)
                        .hasMessageContaining("RenderOptions.awsAccount").hasMessageContaining("--aws-account");
            } else {
                assertThat(hashes(c, RenderOptions.builder().build())).as(c.toString()).isEqualTo(c.hashes());
            }
        }
        assertThat(refused).as("cases kops gives the role").isEqualTo(5 * 6);
    }

    @Test
    void theRoleChangesTheManifestFrom124Only() {
        // the cases come in pairs: the same spec without, then with, the option (scripts/oracle/service-account-roles)
        int changed = 0;
        for (int i = 0; i + 1 < CASES.size(); i++) {
            OracleFixtures.Case without = CASES.get(i);
            OracleFixtures.Case with = CASES.get(i + 1);
            if (!without.release().equals(with.release()) || without.completedSpec().contains("useServiceAccountExternalPermissions")
                    || !with.completedSpec().contains("useServiceAccountExternalPermissions: true")
                    || !sameKubernetes(without, with)) {
                continue;
            }
            boolean expected = KopsVersion.of(with.release().substring(1)).compareTo(KopsVersion.of("1.24")) >= 0;
            assertThat(!with.hashes().equals(without.hashes())).as(with.toString()).isEqualTo(expected);
            if (expected) changed++;
        }
        assertThat(changed).isEqualTo(5 * 2);
    }

    private static boolean sameKubernetes(OracleFixtures.Case a, OracleFixtures.Case b) {
        return kubernetes(a).equals(kubernetes(b));
    }

    private static String kubernetes(OracleFixtures.Case c) {
        return ClusterYaml.read(c.completedSpec()).kubernetesVersion().orElse("");
    }

    private static Map<String, String> hashes(OracleFixtures.Case c, RenderOptions options) {
        Cluster cluster = ClusterYaml.read(c.completedSpec());
        Map<String, String> m = new TreeMap<>();
        for (RenderedAddon a : TestRendering.forRelease(KopsVersion.of(c.release().substring(1))).render(cluster, options).addons()) {
            m.put(a.addonKey() + "/" + a.templateId(), a.manifestHash());
        }
        return m;
    }
}
