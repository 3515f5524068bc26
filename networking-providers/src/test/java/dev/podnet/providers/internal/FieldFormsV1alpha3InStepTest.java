package dev.podnet.providers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.internal.VersionSpellings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fields a provider table marks {@code typeChecked} (kops 1.23+ keeps them in its v1alpha2 type only) are
 * among the fields networking-api's reader drops unread from a v1alpha3 document ({@code VersionSpellings}), whose
 * others kops' internal type keeps (no {@code unknown} row: Calico's crossSubnet, absent from v1alpha3 only): the reader
 * cannot read the provider tables (networking-api does not depend on this module), so the two lists are kept in
 * step here, at every release that decodes v1alpha3.
 */
class FieldFormsV1alpha3InStepTest {

    @ParameterizedTest
    @CsvSource({"CILIUM, cilium", "CALICO, calico", "CANAL, canal", "FLANNEL, flannel", "AMAZON_VPC, amazonvpc",
            "WEAVE, weave", "KUBE_ROUTER, kuberouter"})
    void typeCheckedRowsAreTheV1alpha2OnlyKeys(ProviderKind kind, String folder) {
        FieldForms forms = FieldForms.of(FactDocument.load(FieldForms.class.getClassLoader(),
                "dev/podnet/providers/" + folder + "/provider.yaml").root());
        for (String release : new String[] {"1.30.0", "1.33.1", "1.36.0", "1.37.0-alpha.1"}) {
            KopsVersion r = KopsVersion.of(release);
            java.util.Set<String> v1alpha2Only = VersionSpellings.v1alpha2Only(kind);
            assertThat(v1alpha2Only).as("%s at %s", kind, release).containsAll(forms.typeCheckedAt(r));
            // the other v1alpha2-only keys are kept by kops' internal type (Calico's crossSubnet): no unknown row
            java.util.Set<String> kept = new java.util.TreeSet<>(v1alpha2Only);
            kept.removeAll(forms.typeCheckedAt(r));
            kept.retainAll(forms.unknownAt(r));
            assertThat(kept).as("%s at %s", kind, release).isEmpty();
        }
    }
}
