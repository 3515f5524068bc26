package dev.podnet.manifests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The manifestHash over an addon's UTF-8 bytes is the hash of its text stripped as {@link String#strip()} strips
 * it, also where the text starts or ends with whitespace outside ASCII (decided by the text, not the bytes) or with
 * characters outside Latin-1 that are not whitespace.
 */
class ManifestHashUtf8Test {

    private static final List<String> ENDS = List.of("", " ", "\n", "\t\n ", "\u001c", "\u2003", "\u00a0", "\u2013",
            "\u201c", "\u3000\n");

    @Test
    void strippedBytesHashAsTheStrippedText() {
        for (String algorithm : ManifestHash.ALGORITHMS) {
            for (String before : ENDS) {
                for (String after : ENDS) {
                    for (String body : List.of("", "a", "a \u2013 b", "\u201cq\u201d")) {
                        String text = before + body + after;
                        assertThat(ManifestHash.strippedHash(text.getBytes(StandardCharsets.UTF_8), algorithm))
                                .as("%s %s", algorithm, text).isEqualTo(ManifestHash.hash(text.strip(), algorithm));
                    }
                }
            }
        }
    }

    @Test
    void joinedBytesHashAsTheJoinedTextStripped() {
        for (String algorithm : ManifestHash.ALGORITHMS) {
            for (String before : ENDS) {
                for (String after : ENDS) {
                    List<String> texts = List.of(before + "kind: A\n", "d: \"\u2013\"\n", "kind: C\n" + after);
                    String joined = String.join(dev.podnet.manifests.yaml.KopsYaml.SEPARATOR, texts);
                    List<byte[]> utf8 = new ArrayList<>();
                    texts.forEach(t -> utf8.add(t.getBytes(StandardCharsets.UTF_8)));
                    byte[] yaml = Utf8Texts.join(utf8);
                    assertThat(yaml).isEqualTo(joined.getBytes(StandardCharsets.UTF_8));
                    for (int constant = 0; constant < texts.size(); constant++) {
                        assertThat(ManifestHash.joinedHashUtf8(utf8, yaml, algorithm,
                                prefix -> ManifestHash.DigestPrefix.ofUtf8(algorithm, utf8.subList(0, prefix)), constant))
                                .as("%s %s from %d", algorithm, joined, constant)
                                .isEqualTo(ManifestHash.hash(joined.strip(), algorithm));
                    }
                }
            }
        }
    }
}
