package dev.podnet.insight.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.Podnet;
import dev.podnet.api.Cluster;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.ErrorType;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ProviderYaml;
import dev.podnet.insight.internal.ModelFields;
import dev.podnet.insight.internal.Releases;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The field documentation covers the model exactly and agrees with the codecs and with validation. */
class FieldDocsTest {
    private static final FieldDocs DOCS = FieldDocs.load();

    @Test
    void everyModelFieldHasOneEntryOfItsType() {
        Map<String, String> model = new LinkedHashMap<>();
        for (ModelFields.ModelField f : ModelFields.all()) model.putIfAbsent(f.path(), f.kind());
        Map<String, String> documented = DOCS.all().stream()
                .collect(Collectors.toMap(FieldDoc::path, FieldDoc::type, (a, b) -> a, LinkedHashMap::new));
        assertThat(model).hasSizeGreaterThan(200);
        assertThat(documented).containsExactlyInAnyOrderEntriesOf(model);
    }

    @Test
    void everyEntrySaysWhatItMeansAndWhereItComesFrom() {
        for (FieldDoc d : DOCS.all()) {
            assertThat(d.meaning()).as(d.path()).isNotBlank();
            assertThat(d.source()).as(d.path()).isNotBlank();
            assertThat(d.allowed().isEmpty()).as(d.path() + ": allowed values need their rule").isEqualTo(d.rules().isEmpty());
        }
    }

    @Test
    void pathsAreFoundInEverySpellingKopsPrints() {
        assertThat(DOCS.find("spec.subnets[2].cidr")).map(FieldDoc::path).contains("spec.subnets[].cidr");
        assertThat(DOCS.find("spec.networking.amazonVPC.env[0].name")).map(FieldDoc::path)
                .contains("spec.networking.amazonvpc.env[].name");
        assertThat(DOCS.find("spec.networking.kubeRouter.useNFTablesForNetpol")).isPresent();
        assertThat(DOCS.find("spec.networking.podCIDR")).map(FieldDoc::path).contains("spec.podCIDR");
        assertThat(DOCS.find("spec.isolateMasters")).map(FieldDoc::path).contains("spec.isolateControlPlane");
        assertThat(DOCS.find("spec.networking.calico.noSuchField")).isEmpty();
    }

    /**
     * Every documented allowed value passes the release's check of allowed values (other rules may
     * still refuse a combination), a value outside them is refused as Unsupported by the documented
     * rule, and the empty string (unset for many kops fields) is listed exactly when that check
     * accepts it; at the newest release of each row.
     */
    @Test
    void allowedValuesAreTheValuesValidationAccepts() {
        List<String> disagreements = new ArrayList<>();
        int checked = 0;
        for (FieldDoc d : DOCS.all()) {
            for (AllowedValues row : d.allowed()) {
                Optional<KopsVersion> release = Releases.known().stream().filter(row.releases()::contains)
                        .reduce((a, b) -> b);
                Optional<ProviderKind> kind = Explainer.providerOf(d.path());
                if (release.isEmpty() || kind.isEmpty()) continue;
                Podnet podnet = Podnet.forRelease(release.get());
                Optional<Cluster> reference = Releases.reference(podnet, kind);
                if (reference.isEmpty()) continue;
                String field = d.path().substring(("spec.networking." + kind.get().key() + ".").length());
                for (String v : row.values()) {
                    if (unsupported(podnet, reference.get(), kind.get(), field, v).isPresent()) {
                        disagreements.add(d.path() + "=" + v + " refused at " + release.get());
                    }
                }
                boolean emptyAccepted = unsupported(podnet, reference.get(), kind.get(), field, "").isEmpty();
                if (emptyAccepted != row.values().contains("")) {
                    disagreements.add(d.path() + "=\"\" at " + release.get() + (emptyAccepted ? " accepted" : " refused"));
                }
                Optional<Diagnostic> refused = unsupported(podnet, reference.get(), kind.get(), field, "bogus-value");
                if (refused.isEmpty() || !d.rules().contains(refused.get().rule().orElse(""))) {
                    disagreements.add(d.path() + "=bogus-value at " + release.get() + ": " + refused);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(15);
        assertThat(disagreements).isEmpty();
    }

    private static Optional<Diagnostic> unsupported(Podnet podnet, Cluster reference, ProviderKind kind, String field,
            String value) {
        return refusal(podnet, reference, kind, field, value).filter(x -> x.type() == ErrorType.UNSUPPORTED);
    }

    /** The first error validation reports at the field once it holds {@code value}. */
    private static Optional<Diagnostic> refusal(Podnet podnet, Cluster reference, ProviderKind kind, String field,
            String value) {
        Map<String, Object> tree = new LinkedHashMap<>(ProviderYaml.toMap(reference.networking().provider().orElseThrow()));
        String[] parts = field.split("\\.");
        if (parts.length == 1) {
            tree.put(field, value);
        } else {
            tree.put(parts[0], Map.of(parts[1], value));
        }
        Cluster c = reference.toBuilder().networking(reference.networking().toBuilder()
                .provider(ProviderYaml.fromMap(kind, tree)).build()).build();
        String path = "spec.networking." + kind.key() + "." + field;
        return podnet.validate(c, ValidationMode.LENIENT).all().stream()
                .filter(x -> x.path().equals(path) && x.isError()).findFirst();
    }
}
