package dev.podnet.manifests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import dev.podnet.manifests.yaml.internal.GoYamlEmitter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * packaging.yaml's {@code unfoldedLines}: kops 1.19-1.20 write long strings on one line (go-yaml
 * v2.3.0), 1.18 and 1.21+ fold them near column 80. The annotation is kopeio's, whose 1.19/1.20
 * manifests kops-oracle wrote unfolded (oracle-kopeio fixtures, OracleFixtureTest).
 */
class UnfoldedLinesTest {

    private static final String TOLERATIONS = "[{\"key\":\"CriticalAddonsOnly\", \"operator\":\"Exists\"}]";

    private static KubeObject daemonSet() {
        return KubeObject.of(Map.of("apiVersion", "apps/v1", "kind", "DaemonSet",
                "metadata", Map.of("name", "agent", "namespace", "kube-system"),
                "spec", Map.of("template", Map.of("metadata", Map.of("annotations",
                        Map.of("scheduler.alpha.kubernetes.io/tolerations", TOLERATIONS))))));
    }

    @Test
    void unlimitedWidthNeverFolds() {
        String longPlain = "set -e -x; " + "word ".repeat(60) + "end";
        String text = GoYamlEmitter.emit(Map.of("command", longPlain), GoYamlEmitter.UNLIMITED_WIDTH);
        assertThat(text).isEqualTo("command: " + longPlain + "\n");
        assertThat(GoYamlEmitter.emit(Map.of("command", longPlain))).contains("\n  word");
    }

    @Test
    void aWidthNotAboveTwiceTheIndentIsTheDefault() {
        Map<String, String> value = Map.of("a", "word ".repeat(40).strip());
        assertThat(GoYamlEmitter.emit(value, 4)).isEqualTo(GoYamlEmitter.emit(value));
    }

    @ParameterizedTest
    @CsvSource({"1.18.0, true", "1.19.0, false", "1.20.0, false", "1.21.0, true", "1.30.0, true"})
    void releasesFoldLongLinesOrNot(String release, boolean folded) {
        RenderedAddon a = AddonPackager.pack(new AddonPackager.Addon("networking.kope.io", "k8s-1.12",
                java.util.Optional.empty(), false), KopsVersion.of(release), Manifest.of(List.of(daemonSet())),
                RenderStyle.KOPS, RenderCaches.withCapacity(0));
        String oneLine = "scheduler.alpha.kubernetes.io/tolerations: '" + TOLERATIONS + "'";
        assertThat(a.yaml().contains(oneLine)).as(a.yaml()).isEqualTo(!folded);
        assertThat(a.yaml()).contains(folded ? "\"operator\":\"Exists\"}]'" : oneLine);
    }

    @Test
    void anObjectKeepsItsUnfoldedText() {
        KubeObject o = daemonSet();
        String text = o.toUnfoldedYaml();
        assertThat(text).isEqualTo(GoYamlEmitter.emit(o.tree(), GoYamlEmitter.UNLIMITED_WIDTH))
                .contains("tolerations: '" + TOLERATIONS + "'");
        assertThat(o.toUnfoldedYaml()).isSameAs(text);
        assertThat(o.toYaml()).isNotEqualTo(text).isEqualTo(GoYamlEmitter.emit(o.tree()));
    }

    @Test
    void theStrippedHashIsTheHashOfTheStrippedText() {
        List<String> texts = List.of("a: b\n", "  a: \u00e9\n\n", "\u2003x: \u4e2d\u2003\n ", "\n\t ", "",
                "k: \ud83d\ude00", "x");
        for (String text : texts) {
            for (String algorithm : List.of("SHA-1", "SHA-256")) {
                assertThat(ManifestHash.strippedHash(text, algorithm)).as(text)
                        .isEqualTo(ManifestHash.hash(text.strip(), algorithm));
            }
        }
    }

    @Test
    void theHashOfJoinedTextsIsTheHashOfTheirStrippedJoin() {
        List<List<String>> cases = List.of(List.of("a: b\n", "c: \u2019\n", "d: e\n\n  "), List.of("x: y\n"),
                List.of(" lead: x\n", "y: z\n"), List.of("a: b\n", " \n\t"), List.of("", "a: b\n"), List.of(),
                List.of("k: \ud83d\ude00\n", "\u2003\n"));
        for (List<String> texts : cases) {
            String joined = String.join(dev.podnet.manifests.yaml.KopsYaml.SEPARATOR, texts);
            for (String algorithm : List.of("SHA-1", "SHA-256")) {
                assertThat(ManifestHash.joinedHash(texts, joined, algorithm)).as(texts.toString())
                        .isEqualTo(ManifestHash.hash(joined.strip(), algorithm));
            }
        }
    }

    @Test
    void theHashFromAStoredPrefixStateIsTheHashOfTheStrippedJoin() {
        List<String> texts = List.of("a: b\n", "c: \u2019\n", "d: e\n", "f: \ud83d\ude00\n", "g: h\n\n  ");
        String joined = String.join(dev.podnet.manifests.yaml.KopsYaml.SEPARATOR, texts);
        for (String algorithm : List.of("SHA-1", "SHA-256")) {
            String expected = ManifestHash.hash(joined.strip(), algorithm);
            // constant prefixes of every length, longer than all but the last text included (capped)
            for (int constant = 0; constant <= texts.size() + 1; constant++) {
                int[] asked = {-1};
                String got = ManifestHash.joinedHash(texts, joined, algorithm, prefix -> {
                    asked[0] = prefix;
                    return ManifestHash.DigestPrefix.of(algorithm, texts.subList(0, prefix));
                }, constant);
                assertThat(got).as(algorithm + " after " + constant).isEqualTo(expected);
                assertThat(asked[0]).as("prefix asked for").isEqualTo(constant == 0 ? -1 : Math.min(constant, texts.size() - 1));
            }
        }
    }
}
