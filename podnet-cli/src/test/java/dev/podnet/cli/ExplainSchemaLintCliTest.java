package dev.podnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.cli.CliTest.Run;
import org.junit.jupiter.api.Test;

/** explain, schema and lint on the command line: output and exit codes. */
class ExplainSchemaLintCliTest {
    private static final String CALICO_MTU = CliTest.CALICO.replace("calico: {}", "calico: {mtu: 8999}");

    @Test
    void explainTellsUserValuesAndDefaults() {
        Run r = CliTest.withStdin(CliTest.CALICO, "explain", "--kops-version", "1.30.0", "-");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("# kops 1.30.0: where each networking value comes from")
                .contains("spec.networkCIDR = 172.20.0.0/16  [user]")
                .contains("spec.networking.calico.encapsulationMode = ipip  [default calico.encapsulation-mode (kops >=");
    }

    @Test
    void explainFieldDocumentsOneField() {
        Run r = CliTest.run("explain", "--field", "spec.networking.calico.encapsulationMode");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("spec.networking.calico.encapsulationMode\n  type: string\n")
                .contains("allowed (kops >=1.23.0): ipip, vxlan, none, \"\"")
                .contains("rules: calico.encapsulationMode").contains("ipip  [calico.encapsulation-mode]")
                .contains("default by release");
    }

    @Test
    void explainRefusesUnknownFieldsAndMissingArguments() {
        Run unknown = CliTest.run("explain", "--field", "spec.networking.calico.colour");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("no networking field spec.networking.calico.colour");
        assertThat(CliTest.run("explain").code()).isEqualTo(2);
    }

    @Test
    void schemaPrintsTheReleasesJsonSchema() {
        Run r = CliTest.run("schema", "--kops-version", "1.28.0");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")
                .contains("kops-1.28.0").contains("\"calico\"");
        assertThat(CliTest.run("schema", "--kops-version", "banana").code()).isEqualTo(2);
    }

    @Test
    void lintPrintsAdvisoriesAndStillSucceeds() {
        Run r = CliTest.withStdin(CALICO_MTU, "lint", "--kops-version", "1.30.0", "-");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Advisory: spec.networking.calico.mtu: MTU 8999 is larger than 8981")
                .contains("(lint.mtu-above-network)").contains("hint: set mtu to 8981 or less");
        Run clean = CliTest.withStdin(CliTest.CALICO, "lint", "-");
        assertThat(clean.code()).isZero();
        assertThat(clean.out()).isEmpty();
    }

    @Test
    void validatePrintsAdvisoriesOnlyWhenAsked() {
        assertThat(CliTest.withStdin(CALICO_MTU, "validate", "-").out()).doesNotContain("Advisory");
        Run r = CliTest.withStdin(CALICO_MTU, "validate", "--lint", "-");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Advisory: spec.networking.calico.mtu");
    }
}
