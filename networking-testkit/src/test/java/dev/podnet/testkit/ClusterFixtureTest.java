package dev.podnet.testkit;

import static dev.podnet.testkit.PodnetAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.Podnet;
import dev.podnet.api.KubeProxy;
import dev.podnet.api.render.AwsAccount;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fixture's settings that are not a provider's: kube-router's kube-proxy, service-account roles, the AWS account. */
class ClusterFixtureTest {

    @Test
    void kubeRouterTurnsKubeProxyOffSoKopsAcceptsIt() {
        ClusterFixture f = Clusters.aws().withKubeRouter().useServiceAccountExternalPermissions();
        assertThat(f.build().kubeProxy().flatMap(KubeProxy::enabled)).contains(false);
        Podnet kops = Podnet.forRelease("1.30.0");
        assertThat(kops.validate(kops.complete(f.build()))).hasNoErrors();
        // kops' own path, "spec" twice (kops-oracle v1.30.0, kuberouter with kubeProxy.enabled: true)
        assertThat(kops.validate(kops.complete(Clusters.aws().withKubeRouter().build().toBuilder()
                .kubeProxy(KubeProxy.builder().enabled(true).build()).build()))).hasError("spec.spec.kubeProxy.enabled");
    }

    @Test
    void serviceAccountRolesAreWrittenAsKopsIrsaSetup() {
        ClusterFixture f = Clusters.aws().name("roles.example.com").useServiceAccountExternalPermissions();
        assertThat(f.build().extraSpec().get("iam")).isEqualTo(
                Map.of("allowContainerRegistry", true, "legacy", false, "useServiceAccountExternalPermissions", true));
        assertThat(f.build().extraSpec().get("serviceAccountIssuerDiscovery")).isEqualTo(
                Map.of("discoveryStore", "s3://discovery-store/roles.example.com", "enableAWSOIDCProvider", true));
    }

    @Test
    void theAwsAccountGoesToTheRenderOptionsAndSurvivesLaterSettings() {
        assertThat(Clusters.aws().withCalico().renderOptions().awsAccount()).isEmpty();
        ClusterFixture f = Clusters.aws().awsAccount("123456789012").withCalico().name("other.example.com")
                .kubernetesVersion("1.33.1").nonMasqueradeCIDR("100.64.0.0/10");
        assertThat(f.renderOptions().awsAccount()).contains(AwsAccount.of("123456789012"));
        assertThat(f.renderOptions().patches()).isEmpty();
        assertThat(Clusters.aws().awsAccount(AwsAccount.of("123456789012", "aws-cn")).renderOptions().awsAccount()
                .map(AwsAccount::partition)).contains("aws-cn");
        assertThatThrownBy(() -> Clusters.aws().awsAccount("1234")).isInstanceOf(IllegalArgumentException.class);
    }
}
