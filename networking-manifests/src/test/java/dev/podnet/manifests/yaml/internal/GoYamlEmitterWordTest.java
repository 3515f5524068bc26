package dev.podnet.manifests.yaml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The emitter's shortcut for plain words (no code points, no analysis) writes what the analysis would. */
class GoYamlEmitterWordTest {

    @Test
    void wordsAreAsciiWithoutSpacesColonsHashesOrALeadingIndicator() {
        assertThat(List.of("a", "Z9", "0", "_x", "/etc/cni/net.d", "v1.2.3", "enable-ipv4", "k8s.io/x", "a,b", "a!*&|>"))
                .allMatch(GoYamlEmitter::isWord);
        assertThat(List.of("", "-a", ".a", "---", "...", "a b", "a:b", "a:", "a#b", "#a", "'a", "\"a", "*a", "&a",
                "!a", "|a", ">a", "%a", "@a", "`a", "?a", "[a", "{a", ",a", "a\tb", "a\nb", "caf\u00e9", "a\u007fb"))
                .noneMatch(GoYamlEmitter::isWord);
    }

    @Test
    void wordKeysAndValuesAreWrittenPlainUnlessTheResolverReadsThemOtherwise() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("x", "-y");
        m.put("k", "true");
        m.put("a_b/c.d-e", "v1.2.3");
        m.put("n", 5); // "n" is a YAML 1.1 boolean: a word, quoted all the same
        m.put("s", "5");
        m.put("t", "2001-01-01");
        assertThat(GoYamlEmitter.emit(m)).isEqualTo(
                "a_b/c.d-e: v1.2.3\nk: \"true\"\n\"n\": 5\ns: \"5\"\nt: \"2001-01-01\"\nx: -y\n");
    }

    @Test
    void seededTokensReadBackUnchanged() {
        Random r = new Random(20260101L);
        String alphabet = "abcXYZ019_/.-,!*&|>%@`'\"?[]{}:# ";
        for (int i = 0; i < 5000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(12);
            for (int k = 0; k < n; k++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String token = b.toString();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(token, token);
            m.put("list", List.of(token));
            String text = GoYamlEmitter.emit(m);
            assertThat(ManifestParser.parse(text)).as(text).singleElement().extracting(ManifestParser.Document::root).isEqualTo(m);
        }
    }
}
