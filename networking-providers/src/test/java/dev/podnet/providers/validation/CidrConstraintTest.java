package dev.podnet.providers.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.api.Subnet;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.ErrorType;
import dev.podnet.api.provider.KubenetSpec;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.providers.internal.Cidr;
import dev.podnet.providers.internal.ClusterGates;
import dev.podnet.providers.internal.FieldConstraints;
import dev.podnet.providers.internal.Gated;
import dev.podnet.providers.internal.RuleGates;
import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.internal.allowed.AllowedValueTable;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Min;
import dev.podnet.providers.internal.OneOf;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CIDR syntax is a Bean Validation constraint ({@link Cidr}) with kops' details and paths: the library's
 * checker ({@link FieldConstraints}) and a Bean Validation provider (Hibernate Validator, test scope
 * only) find the same violations with the same details.
 */
class CidrConstraintTest {
    private static final FieldConstraints CONSTRAINTS = new FieldConstraints();

    record Fields(@Cidr(strict = false, gate = "cluster.cidr-syntax#lenient", message = "Cluster had an invalid podCIDR")
                  @Cidr(gate = "cluster.cidr-syntax#strict") String podCIDR) {}

    private static final RuleGates CLUSTER = ClusterGates.table();
    /** The row of allowed values the test record below names. */
    private static final AllowedValueTable ALLOWED = AllowedValueTable.read(FactDocument.parse("test-allowed.yaml",
            "allowed:\n  test.oneOf: {releases: \"*\", values: [a, b]}\n").root());
    /** The rows the test records below name, every release. */
    private static final RuleGates TEST = RuleGates.of(FactDocument.parse("test-gates.yaml",
            "gates:\n  test.lenient: \"*\"\n  test.strict: \"*\"\n  test.min: \"*\"\n").root(), ALLOWED.rows());

    static final Cluster OK = ValidationFixtures.aws("1.30.0", KubenetSpec.builder().build()).build();

    static List<Diagnostic> validate(Cluster c, String release) {
        return ValidationFixtures.VALIDATOR.validate(c, KopsVersion.of(release), ValidationMode.STRICT).all();
    }

    @Test
    void hibernateValidatorRunsTheConstraintWithKopsDetail() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            Set<ConstraintViolation<Fields>> v = factory.getValidator().validate(new Fields("10.0.0.1/8"));
            assertThat(v).extracting(x -> x.getPropertyPath().toString()).containsOnly("podCIDR");
            assertThat(v).extracting(ConstraintViolation::getMessage)
                    .contains("Network contains bits outside prefix (did you mean \"10.0.0.0/8\")");
        }
    }

    @Test
    void fieldLayerMapsTheViolationToTheKopsPathOnlyForItsReleases() {
        List<Diagnostic> at130 = CONSTRAINTS.check(new Fields("192.168.0.1"), "spec.networking", KopsVersion.of("1.30"), CLUSTER);
        assertThat(at130).extracting(Diagnostic::line).containsExactly(
                "spec.networking.podCIDR: Invalid value: \"192.168.0.1\": Could not be parsed as a CIDR (did you mean \"192.168.0.1/32\")");
        assertThat(at130.get(0).rule()).contains("cluster.cidr-syntax");
        assertThat(at130.get(0).releases()).contains(">=1.27");
        assertThat(at130.get(0).hint()).isPresent();
        List<Diagnostic> at125 = CONSTRAINTS.check(new Fields("192.168.0.1"), "spec", KopsVersion.of("1.25"), CLUSTER);
        assertThat(at125).extracting(Diagnostic::line).containsExactly("spec.podCIDR: Invalid value: \"192.168.0.1\": Cluster had an invalid podCIDR");
        assertThat(CONSTRAINTS.check(new Fields("10.0.0.1/8"), "spec", KopsVersion.of("1.25"), CLUSTER))
                .as("host bits are accepted by the lenient parse").isEmpty();
    }

    @Test
    void validatorReportsClusterCidrsThroughTheConstraint() {
        Cluster c = ValidationFixtures.with(OK, n -> n.podCIDR("100.96.0.1/11").addAdditionalNetworkCIDRs("10.1.0.0/16", "10.2.0.1/16")
                .subnets(List.of()).addSubnets(Subnet.builder().zone("us-test-1a").name("a").cidr("2001:db8::1").type("Public").build()));
        List<Diagnostic> all = validate(c, "1.30");
        assertThat(all).extracting(d -> d.type().text() + "::" + d.path() + "::" + d.detail()).containsExactly(
                "Invalid value::spec.networking.additionalNetworkCIDRs[1]::Network contains bits outside prefix (did you mean \"10.2.0.0/16\")",
                "Invalid value::spec.networking.podCIDR::Network contains bits outside prefix (did you mean \"100.96.0.0/11\")",
                "Invalid value::spec.networking.subnets[0].cidr::Could not be parsed as a CIDR (did you mean \"2001:db8::1/64\")");
        assertThat(all).allSatisfy(d -> {
            assertThat(d.type()).isEqualTo(ErrorType.INVALID);
            assertThat(d.rule()).contains("cluster.cidr-syntax");
        });
        assertThat(all).as("additionalNetworkCIDRs and a subnet's cidr are checked strictly at every release")
                .extracting(d -> d.releases().orElseThrow()).containsExactly("*", ">=1.27", "*");
    }

    @Test
    void aUserValueIsNeverInterpolated() {
        List<Diagnostic> all = validate(ValidationFixtures.with(OK, n -> n.networkCIDR("${1+1}{podCIDR}")), "1.30");
        assertThat(all).extracting(Diagnostic::detail).first().isEqualTo("Could not be parsed as a CIDR");
        assertThat(validate(ValidationFixtures.with(OK, n -> n.networkCIDR("${1+1}")), "1.25")).extracting(Diagnostic::detail)
                .first().isEqualTo("Cluster had an invalid networkCIDR");
    }

    record Mixed(@Cidr(strict = false, gate = "test.lenient", message = "Cluster had an invalid podCIDR") String lenient,
                 @Cidr(gate = "test.strict") String strict,
                 List<@Cidr(gate = "test.strict") String> list,
                 @OneOf(gate = "test.oneOf") String oneOf,
                 @Gated("test.min") @Min(value = 0, message = "less than 0: ${validatedValue}") Integer min) {}

    @Test
    void theCheckerFindsWhatBeanValidationFinds() {
        List<Mixed> cases = List.of(
                new Mixed(null, null, null, null, null),
                new Mixed("", "", List.of(), "a", 0),
                new Mixed("10.0.0.1/8", "10.0.0.0/8", List.of("10.1.0.0/16", "10.2.0.1/16", "x"), "b", 3),
                new Mixed("banana", "10.0.0.1/8", List.of("2001:db8::1"), "c", -2),
                new Mixed("300.1.1.1/8", "192.168.0.1", List.of("${1+1}", "{value}"), "", -1));
        var configuration = Validation.byDefaultProvider().configure().ignoreXmlConfiguration();
        ConstraintValidatorFactory defaults = configuration.getDefaultConstraintValidatorFactory();
        // the provider's @OneOf check reads the test's table of allowed values, as the checker does
        configuration.constraintValidatorFactory(new ConstraintValidatorFactory() {
            @Override
            public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
                return key == OneOf.Check.class ? key.cast(new OneOf.Check(ALLOWED)) : defaults.getInstance(key);
            }

            @Override
            public void releaseInstance(ConstraintValidator<?, ?> instance) {
                defaults.releaseInstance(instance);
            }
        });
        try (var factory = configuration.buildValidatorFactory()) {
            for (Mixed m : cases) {
                Map<String, String> byProvider = new TreeMap<>();
                for (ConstraintViolation<Mixed> v : factory.getValidator().validate(m)) {
                    byProvider.put(v.getPropertyPath().toString().replaceAll("\\.<[a-z ]+>", ""), v.getMessage());
                }
                Map<String, String> byChecker = new TreeMap<>();
                for (Diagnostic d : CONSTRAINTS.check(m, "spec", KopsVersion.of("1.30"), TEST)) {
                    byChecker.put(d.path().substring("spec.".length()), d.type() == ErrorType.UNSUPPORTED ? "Unsupported value" : d.detail());
                }
                assertThat(byChecker).as("%s", m).isEqualTo(byProvider);
            }
        }
    }

    /**
     * additionalNetworkCIDRs: kops' strict check at every release, up to 1.26 after the lenient parse, which names the list
     * without the index (kops-oracle rows, Kubernetes 1.30.2, calico; the same answer at each of 1.19-1.24 and of 1.28-1.36).
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "1.19.0;bogus x;spec.additionalNetworkCIDRs: Invalid value: \"bogus\": Cluster had an invalid additionalNetworkCIDRs"
                + "|spec.additionalNetworkCIDRs: Invalid value: \"x\": Cluster had an invalid additionalNetworkCIDRs"
                + "|spec.additionalNetworkCIDRs[0]: Invalid value: \"bogus\": Could not be parsed as a CIDR"
                + "|spec.additionalNetworkCIDRs[1]: Invalid value: \"x\": Could not be parsed as a CIDR",
        "1.22.0;10.1.0.0/16 10.2.0.1;spec.additionalNetworkCIDRs: Invalid value: \"10.2.0.1\": Cluster had an invalid additionalNetworkCIDRs"
                + "|spec.additionalNetworkCIDRs[1]: Invalid value: \"10.2.0.1\": Could not be parsed as a CIDR (did you mean \"10.2.0.1/32\")",
        "1.24.0;10.1.0.1/16;spec.additionalNetworkCIDRs[0]: Invalid value: \"10.1.0.1/16\": Network contains bits outside prefix (did you mean \"10.1.0.0/16\")",
        "1.28.0;bogus x;spec.networking.additionalNetworkCIDRs[0]: Invalid value: \"bogus\": Could not be parsed as a CIDR"
                + "|spec.networking.additionalNetworkCIDRs[1]: Invalid value: \"x\": Could not be parsed as a CIDR",
        "1.36.0;10.1.0.1/16;spec.networking.additionalNetworkCIDRs[0]: Invalid value: \"10.1.0.1/16\": Network contains bits outside prefix (did you mean \"10.1.0.0/16\")",
        "1.19.0;10.1.0.0/16;",
    })
    void additionalNetworkCidrsAreCheckedStrictlyAtEveryRelease(String release, String cidrs, String expected) {
        Cluster c = ValidationFixtures.with(OK, n -> n.addAdditionalNetworkCIDRs(cidrs.split(" ")));
        assertThat(validate(c, release)).extracting(Diagnostic::line).filteredOn(l -> l.contains("additionalNetworkCIDRs"))
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split("\\|")));
    }
}
