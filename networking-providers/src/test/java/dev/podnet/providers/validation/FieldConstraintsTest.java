package dev.podnet.providers.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.ErrorType;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.spi.ProviderPlugin;
import dev.podnet.providers.internal.TablePlugin;
import dev.podnet.api.version.KopsVersion;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** Layer 1 runs the jakarta.validation constraints with kops paths, from the first validation on; every rule class is registered. */
class FieldConstraintsTest {
    @Test
    void constraintsFireWithKopsPathsAndAllFindingsAreKept() {
        CalicoSpec calico = CalicoSpec.builder().typhaReplicas(-2).iptablesBackend("Fast").bpfLogLevel("Trace").build();
        List<Diagnostic> all = ValidationFixtures.VALIDATOR.validate(ValidationFixtures.aws("1.30.0", calico).build(), KopsVersion.of("1.30"), ValidationMode.STRICT).all();
        assertThat(all).extracting(Diagnostic::line).containsExactly(
                "spec.networking.calico.typhaReplicas: Invalid value: -2: Unable to set number of Typha replicas to less than 0, you've specified -2",
                "spec.networking.calico.iptablesBackend: Unsupported value: \"Fast\": supported values: \"Auto\", \"Legacy\", \"NFT\"",
                "spec.networking.calico.bpfLogLevel: Unsupported value: \"Trace\": supported values: \"Off\", \"Info\", \"Debug\"");
        assertThat(all.get(1).type()).isEqualTo(ErrorType.UNSUPPORTED);
        assertThat(all.get(2).releases()).contains(">=1.19");
    }

    @Test
    void theFirstValidationOfAFreshValidatorFindsTheSame() {
        CalicoSpec calico = CalicoSpec.builder().typhaReplicas(-2).iptablesBackend("Fast").bpfLogLevel("Trace").build();
        var cluster = ValidationFixtures.aws("1.30.0", calico).build();
        List<String> first = new Validator().validate(cluster, KopsVersion.of("1.30"), ValidationMode.STRICT).all().stream().map(Diagnostic::line).toList();
        assertThat(first).isEqualTo(ValidationFixtures.VALIDATOR.validate(cluster, KopsVersion.of("1.30"), ValidationMode.STRICT).all().stream().map(Diagnostic::line).toList())
                .hasSize(3);
    }

    @Test
    void releaseBoundConstraintIsSkippedBeforeItsRelease() {
        CalicoSpec calico = CalicoSpec.builder().bpfLogLevel("Trace").build();
        assertThat(ValidationFixtures.VALIDATOR.validate(CalicoRulesTest.withEtcd(ValidationFixtures.aws("1.18.0", calico).build()), KopsVersion.of("1.18"), ValidationMode.STRICT).all()).isEmpty();
    }

    @Test
    void everyProviderHasRegisteredRules() {
        List<ProviderKind> kinds = ServiceLoader.load(ProviderPlugin.class).stream().map(p -> p.get())
                .filter(p -> p instanceof TablePlugin).map(ProviderPlugin::kind).toList();
        assertThat(kinds).containsExactlyInAnyOrder(ProviderKind.values());
    }
}
