package dev.podnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.corpus.OracleSpec;
import org.junit.jupiter.api.Test;

/** {@code --aws-account ID} and {@code --aws-partition P}: the account of a service account's IAM role (kube-router, IRSA). */
class AwsAccountCliTest {
    static final String KUBE_ROUTER_IRSA = OracleSpec.aws().networking("kuberouter: {}").block("kubeProxy", "enabled: false")
            .block("iam", "useServiceAccountExternalPermissions: true")
            .block("serviceAccountIssuerDiscovery", """
                    discoveryStore: s3://discovery-store/minimal.example.com
                    enableAWSOIDCProvider: true""").yaml();

    @Test
    void renderNamesTheAccountInTheRoleArn() {
        CliTest.Run r = CliTest.withStdin(KUBE_ROUTER_IRSA, "render", "--kops-version", "1.30", "--aws-account",
                "123456789012", "-");
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("value: arn:aws:iam::123456789012:role/kube-router.kube-system.sa.minimal.example.com")
                .contains("name: token-amazonaws-com").contains("fsGroup: 10001");
        CliTest.Run cn = CliTest.withStdin(KUBE_ROUTER_IRSA, "render", "--kops-version", "1.30", "--aws-account",
                "123456789012", "--aws-partition", "aws-cn", "-");
        assertThat(cn.out()).contains("value: arn:aws-cn:iam::123456789012:role/");
    }

    @Test
    void withoutTheAccountTheRenderIsRefusedNamingTheFlag() {
        for (String command : new String[] {"render", "channel"}) {
            CliTest.Run r = CliTest.withStdin(KUBE_ROUTER_IRSA, command, "--kops-version", "1.30", "-");
            assertThat(r.code()).as(command).isEqualTo(PodnetCli.INVALID);
            assertThat(r.err()).as(command).contains("--aws-account").contains("RenderOptions.awsAccount")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void channelAndExplainTakeTheAccount() {
        CliTest.Run channel = CliTest.withStdin(KUBE_ROUTER_IRSA, "channel", "--kops-version", "1.30", "--aws-account",
                "123456789012", "-");
        assertThat(channel.code()).as(channel.err()).isEqualTo(0);
        assertThat(channel.out()).contains("manifestHash:");
        CliTest.Run explain = CliTest.withStdin(KUBE_ROUTER_IRSA, "explain", "--kops-version", "1.30", "--aws-account",
                "123456789012", "-");
        assertThat(explain.code()).as(explain.err()).isEqualTo(0);
    }

    @Test
    void diffAndMigrateTakeTheAccount() {
        CliTest.Run diff = CliTest.withStdin(KUBE_ROUTER_IRSA.replace("1.30.2", "1.24.0"), "diff", "--from", "1.22",
                "--to", "1.24", "--aws-account", "123456789012", "-");
        assertThat(diff.code()).as(diff.err()).isEqualTo(0);
        assertThat(diff.out()).contains("AWS_ROLE_ARN").doesNotContain("renders nothing");
        CliTest.Run without = CliTest.withStdin(KUBE_ROUTER_IRSA.replace("1.30.2", "1.24.0"), "diff", "--from", "1.22",
                "--to", "1.24", "-");
        assertThat(without.out()).contains("renders nothing").contains("--aws-account");
        String calico = KUBE_ROUTER_IRSA.replace("kuberouter: {}", "calico: {}");
        CliTest.Run migrate = CliTest.withStdin(calico, "migrate", "--kops-version", "1.30", "--to", "kuberouter",
                "-o", "json", "--aws-account", "123456789012", "-");
        assertThat(migrate.code()).as(migrate.err()).isEqualTo(0);
        assertThat(migrate.out()).contains("arn:aws:iam::123456789012:role/kube-router.kube-system.sa.minimal.example.com");
        CliTest.Run refused = CliTest.withStdin(calico, "migrate", "--kops-version", "1.30", "--to", "kuberouter", "-");
        assertThat(refused.code()).isEqualTo(PodnetCli.INVALID);
        assertThat(refused.err()).contains("--aws-account");
    }

    @Test
    void aSpecWithoutARoleNeedsNoAccount() {
        CliTest.Run r = CliTest.withStdin(CliTest.CALICO, "render", "--kops-version", "1.30", "-");
        assertThat(r.code()).as(r.err()).isEqualTo(0);
    }

    @Test
    void malformedValuesAreUsageErrors() {
        CliTest.Run id = CliTest.withStdin(KUBE_ROUTER_IRSA, "render", "--aws-account", "1234", "-");
        assertThat(id.code()).isEqualTo(2);
        assertThat(id.err()).contains("--aws-account").contains("12 digits");
        CliTest.Run partition = CliTest.withStdin(KUBE_ROUTER_IRSA, "render", "--aws-account", "123456789012",
                "--aws-partition", "azure", "-");
        assertThat(partition.code()).isEqualTo(2);
        assertThat(partition.err()).contains("--aws-partition");
        CliTest.Run alone = CliTest.withStdin(KUBE_ROUTER_IRSA, "render", "--aws-partition", "aws-cn", "-");
        assertThat(alone.code()).isEqualTo(2);
        assertThat(alone.err()).contains("--aws-partition goes with --aws-account");
    }
}
