package dev.podnet.providers.validation;

import static dev.podnet.providers.validation.ValidationFixtures.*;

import dev.podnet.api.Cluster;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.provider.CniSpec;
import dev.podnet.api.provider.KubenetSpec;
import dev.podnet.api.provider.WeaveSpec;
import dev.podnet.api.provider.KindnetSpec;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** "Exactly one provider", with both wordings by release; the second provider comes from networking.extraFields. */
class OneProviderRuleTest {
    static Cluster two(Cluster c, String secondKey) {
        return with(c, n -> n.putExtraFields(secondKey, Map.of()));
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                row("calico + kubenet, 1.31: the later one in kops' order", two(aws("1.30.0", CalicoSpec.builder().build()).build(), "kubenet"), "1.31",
                        "Forbidden::spec.networking.calico::only one networking option permitted"),
                row("calico + kubenet, 1.32: every option, sorted list", two(aws("1.30.0", CalicoSpec.builder().build()).build(), "kubenet"), "1.32",
                        "Forbidden::spec.networking.kubenet::only one networking option permitted, found calico, kubenet",
                        "Forbidden::spec.networking.calico::only one networking option permitted, found calico, kubenet"),
                row("cni + calico, 1.25: cni never marks the option taken", two(aws("1.25.0", CniSpec.builder().build()).build(), "calico"), "1.25"),
                row("kubenet + cni, 1.25: cni is checked", two(aws("1.25.0", KubenetSpec.builder().build()).build(), "cni"), "1.25",
                        "Forbidden::spec.networking.cni::only one networking option permitted"),
                row("cni + calico, 1.19: cni marks the option taken", two(aws("1.19.0", CniSpec.builder().build()).build(), "calico"), "1.19",
                        "Forbidden::spec.networking.calico::only one networking option permitted"),
                row("weave + kindnet, 1.32", two(aws("1.32.0", KindnetSpec.builder().build()).build(), "weave"), "1.32",
                        "Forbidden::spec.networking.weave::Weave is no longer supported",
                        "Forbidden::spec.networking.weave::only one networking option permitted, found kindnet, weave",
                        "Forbidden::spec.networking.kindnet::only one networking option permitted, found kindnet, weave"),
                row("weave + calico, 1.28: weave no longer counts", two(aws("1.28.0", WeaveSpec.builder().build()).build(), "calico"), "1.28",
                        "Forbidden::spec.networking.weave::Weave is no longer supported"),
                row("no provider, strict, 1.27: kops' options builders fail", aws("1.27.0", CalicoSpec.builder().build())
                        .networking(ipv4(CalicoSpec.builder().build()).provider(java.util.Optional.empty()).build()).build(), "1.27",
                        "Required value::spec.networking::no networking mode set"),
                row("no provider, strict, 1.28: kops accepts it (kops-oracle)", aws("1.28.0", CalicoSpec.builder().build())
                        .networking(ipv4(CalicoSpec.builder().build()).provider(java.util.Optional.empty()).build()).build(), "1.28"),
                lenient("no provider, lenient: the release will choose", aws("1.30.0", CalicoSpec.builder().build())
                        .networking(ipv4(CalicoSpec.builder().build()).provider(java.util.Optional.empty()).build()).build(), "1.30"));
    }

    @ParameterizedTest(name = "{0} @ {2}")
    @MethodSource("rows")
    void findings(String name, Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }
}
