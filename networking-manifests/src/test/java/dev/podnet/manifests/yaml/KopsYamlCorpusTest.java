package dev.podnet.manifests.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.manifests.object.KubeObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Conformance of the writer with kops: every distinct networking manifest kops rendered in its
 * integration tests (v1.22 to master, copied under {@code corpus-manifests/}) is parsed and
 * written again, and must come out byte for byte as kops wrote it.
 *
 * <p>Files that cannot match are listed with the reason in
 * {@code corpus-manifests/known-differences.tsv}; the test fails if any other file differs, so
 * the count of identical files can only go up.
 */
class KopsYamlCorpusTest {

    private static final String DIR = "/corpus-manifests/";

    @Test
    void everyCorpusManifestRoundTripsByteForByte() throws IOException {
        List<String> files = indexedFiles();
        Map<String, String> known = knownDifferences();
        Map<String, String> unexpected = new TreeMap<>();
        int identical = 0;
        for (String file : files) {
            String original = read(file);
            String written;
            try {
                written = KopsYaml.write(KopsYaml.parse(original));
            } catch (RuntimeException e) {
                written = "failed: " + e;
            }
            if (written.equals(original)) {
                identical++;
            } else if (!known.containsKey(file)) {
                unexpected.put(file, firstDifference(original, written));
            }
        }
        assertThat(files).hasSize(160);
        assertThat(unexpected).as("manifests that no longer round-trip byte for byte").isEmpty();
        assertThat(identical).as("byte-identical manifests").isEqualTo(files.size() - known.size());
    }

    @Test
    void objectsTextIsReusedWhenWritingAgain() throws IOException {
        List<KubeObject> objects = KopsYaml.parse(read(indexedFiles().get(0)));
        String first = KopsYaml.write(objects);
        assertThat(objects.get(0).toYaml()).isSameAs(objects.get(0).toYaml());
        assertThat(KopsYaml.write(objects)).isEqualTo(first);
    }

    static List<String> indexedFiles() throws IOException {
        List<String> files = new ArrayList<>();
        for (String line : read("index.tsv").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                files.add(line.split("\t")[0]);
            }
        }
        return files;
    }

    private static Map<String, String> knownDifferences() throws IOException {
        Map<String, String> known = new LinkedHashMap<>();
        for (String line : read("known-differences.tsv").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split("\t", 2);
                known.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return known;
    }

    static String read(String name) throws IOException {
        try (InputStream in = KopsYamlCorpusTest.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IOException("missing test resource " + DIR + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>";
            String al = i < a.length ? a[i] : "<end>";
            if (!el.equals(al)) {
                return "line " + (i + 1) + ": kops [" + el + "] ours [" + al + "]";
            }
        }
        return "same lines, different bytes";
    }
}
