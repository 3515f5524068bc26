package dev.podnet.manifests.cilium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.internal.facts.FactFormatException;
import dev.podnet.manifests.internal.Resources;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * config-keys.yaml is read through the facts loader: release ranges in VersionRange syntax (since inclusive,
 * until exclusive, as every release table), and a bad row fails at load naming the file, the row and the reason.
 */
class CiliumConfigKeysTest {
    private static final String PATH = "dev/podnet/manifests/cilium/config-keys.yaml";
    private static final String TEXT = Resources.text(CiliumConfig.class, "config-keys.yaml");

    @Test
    void theTableLoadsInOutputOrder() {
        List<String> keys = CiliumConfig.keyNames(FactDocument.parse(PATH, TEXT).root());
        assertThat(keys).startsWith("kvstore", "kvstore-opt", "etcd-config").contains("enable-bpf-masquerade")
                .doesNotHaveDuplicates();
    }

    @Test
    void aBadRowFailsAtLoadNamingFileRowAndReason() {
        int row = ((List<?>) ((Map<?, ?>) FactDocument.parse(PATH, TEXT).root().plain()).get("keys")).size();
        String at = PATH + ": keys[" + row + "]";
        assertBadRow("{key: x, when: [etcdd], const: a}", at + ".when: unknown condition etcdd");
        assertBadRow("{key: x, field: tunnell, default: a}", at + ".field: unknown spec field tunnell");
        assertBadRow("{key: x, value: masquerad}", at + ".value: unknown value masquerad");
        assertBadRow("{key: x, const: a, value: masquerade}", at + ": key x needs exactly one of const, field, value");
        assertBadRow("{key: x, field: tunnel}", at + ": key x needs a default with its field");
        // the inclusive since/until of the former format is no field any more
        assertBadRow("{key: x, since: \"1.22\", until: \"1.28\", const: a}", at + ": unknown key since");
        assertBadRow("{key: x, releases: \"from 1.22\", const: a}", at + ".releases: not a version range");
        assertBadRow("{key: x, releases: \">=1.22.3\", const: a}", at + ".releases: a bound must be a kops release line");
        assertBadRow("{key: debug, releases: \">=1.30\", const: a}", at + ": the entries of key debug must be adjacent");
    }

    @Test
    void overlappingRangesOfAKeyFail() {
        String text = "keys:\n  - {key: x, releases: \"<1.23\", const: a}\n  - {key: x, releases: \">=1.22\", const: b}\n";
        assertThatThrownBy(() -> CiliumConfig.keyNames(FactDocument.parse("t.yaml", text).root()))
                .isInstanceOf(FactFormatException.class)
                .hasMessage("t.yaml: keys[1].releases: overlaps another entry of key x");
        String adjacent = "keys:\n  - {key: x, releases: \"<1.23\", const: a}\n  - {key: x, releases: \">=1.23\", const: b}\n";
        assertThat(CiliumConfig.keyNames(FactDocument.parse("t.yaml", adjacent).root())).containsExactly("x");
    }

    private static void assertBadRow(String row, String message) {
        assertThatThrownBy(() -> CiliumConfig.keyNames(FactDocument.parse(PATH, TEXT + "\n  - " + row + "\n").root()))
                .isInstanceOf(FactFormatException.class)
                .hasMessageStartingWith(message);
    }
}
