package dev.podnet.api.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AwsAccountTest {
    @Test
    void thePartitionIsAwsUnlessSet() {
        assertThat(AwsAccount.of("123456789012").partition()).isEqualTo("aws");
        assertThat(AwsAccount.builder().accountId("123456789012").build()).isEqualTo(AwsAccount.of("123456789012"));
        assertThat(AwsAccount.builder().accountId("123456789012").partition("aws-us-gov").build())
                .isEqualTo(AwsAccount.of("123456789012", "aws-us-gov"))
                .isNotEqualTo(AwsAccount.of("123456789012"));
    }

    @Test
    void roleArnsNameThePartitionAndAccount() {
        assertThat(AwsAccount.of("123456789012", "aws-cn").roleArn("kube-router.kube-system.sa.c.example.com"))
                .isEqualTo("arn:aws-cn:iam::123456789012:role/kube-router.kube-system.sa.c.example.com");
        assertThat(AwsAccount.of("000000000000").toString()).isEqualTo("aws:000000000000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345678901", "1234567890123", "12345678901a", " 123456789012", "１２３４５６７８９０１２"})
    void theAccountIdIsTwelveDigits(String id) {
        assertThatThrownBy(() -> AwsAccount.of(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12 digits").hasMessageContaining(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-eusc"})
    void awsPartitionsAreAccepted(String partition) {
        assertThat(AwsAccount.of("123456789012", partition).partition()).isEqualTo(partition);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "AWS", "azure", "aws-", "aws cn", "aws-CN"})
    void otherPartitionsAreRefused(String partition) {
        assertThatThrownBy(() -> AwsAccount.of("123456789012", partition)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("partition");
    }

    @Test
    void theBuilderNeedsTheId() {
        assertThatThrownBy(() -> AwsAccount.builder().partition("aws-cn").build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("accountId");
    }

    @Test
    void renderOptionsCarryIt() {
        assertThat(RenderOptions.of(RenderStyle.KOPS).awsAccount()).isEmpty();
        assertThat(RenderOptions.builder().awsAccount(AwsAccount.of("123456789012")).build().awsAccount())
                .contains(AwsAccount.of("123456789012"));
    }
}
