package dev.podnet.manifests.kuberouter;

import static dev.podnet.testkit.PodnetAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.Podnet;
import dev.podnet.api.render.AwsAccount;
import dev.podnet.api.render.MissingRenderOptionException;
import dev.podnet.api.render.RenderResult;
import dev.podnet.testkit.ClusterFixture;
import dev.podnet.testkit.Clusters;
import org.junit.jupiter.api.Test;

/**
 * The test kit's AWS account ({@link ClusterFixture#awsAccount(String)}, {@link ClusterFixture#renderOptions()}):
 * kube-router with {@code iam.useServiceAccountExternalPermissions} on AWS names the account in its service
 * account's role ARN (kops 1.24 and later, ServiceAccountRoles), so a render through the kit needs it.
 */
class KubeRouterAwsAccountTestKitTest {
    private static final Podnet KOPS_1_30 = Podnet.forRelease("1.30");

    private static ClusterFixture kubeRouterWithRoles() {
        return Clusters.aws().withKubeRouter().useServiceAccountExternalPermissions();
    }

    @Test
    void theFixturesAccountIsInTheRoleArn() {
        ClusterFixture f = kubeRouterWithRoles().awsAccount("123456789012");
        RenderResult r = KOPS_1_30.render(f.build(), f.renderOptions());
        assertThat(r).singleAddon().daemonSet("kube-router").container("kube-router")
                .hasEnv("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/kube-router.kube-system.sa.fixture.example.com");
    }

    @Test
    void thePartitionComesWithTheAccount() {
        ClusterFixture f = kubeRouterWithRoles().awsAccount(AwsAccount.of("123456789012", "aws-cn"));
        assertThat(KOPS_1_30.render(f.build(), f.renderOptions())).singleAddon().daemonSet("kube-router")
                .container("kube-router")
                .hasEnv("AWS_ROLE_ARN", "arn:aws-cn:iam::123456789012:role/kube-router.kube-system.sa.fixture.example.com");
    }

    @Test
    void withoutAnAccountTheRenderNamesTheMissingOption() {
        ClusterFixture f = kubeRouterWithRoles();
        assertThatThrownBy(() -> KOPS_1_30.render(f.build(), f.renderOptions()))
                .isInstanceOfSatisfying(MissingRenderOptionException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.option()).isEqualTo("RenderOptions.awsAccount"))
                .hasMessageContaining("kube-router");
    }

    @Test
    void anAccountIsKeptAcrossLaterSettingsAndIgnoredWhereNothingNamesIt() {
        ClusterFixture f = Clusters.aws().awsAccount("123456789012").withCalico().name("calico.example.com");
        org.assertj.core.api.Assertions.assertThat(f.renderOptions().awsAccount()).contains(AwsAccount.of("123456789012"));
        assertThat(KOPS_1_30.render(f.build(), f.renderOptions())).singleAddon().daemonSet("calico-node");
        org.assertj.core.api.Assertions.assertThat(Clusters.aws().renderOptions().awsAccount()).isEmpty();
    }
}
