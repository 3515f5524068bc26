package dev.podnet.manifests.yaml;

import dev.podnet.corpus.KnownFailures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.manifests.object.KubeObject;
import dev.podnet.corpus.Corpus;
import dev.podnet.corpus.CorpusCase;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Conformance of the writer with kops: every distinct networking manifest kops rendered in its
 * tests (the manifests of the test kit's corpus cases, {@code Corpus.kops()}; data from the kops
 * project, Apache License 2.0) is parsed and written again, and must come out byte for byte as
 * kops wrote it.
 *
 * <p>Files that cannot match are listed (by corpus path) with the reason in
 * {@code conformance/kops-yaml-known-differences.tsv}; the test fails if any other file differs,
 * so the count of identical files can only go up.
 */
class KopsYamlCorpusTest {

    private static final Corpus CORPUS = Corpus.kops();

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

    /** The corpus paths of the distinct manifests of every case, sorted. */
    static List<String> indexedFiles() {
        TreeSet<String> files = new TreeSet<>();
        for (CorpusCase c : CORPUS.cases()) {
            files.addAll(c.manifests().values());
        }
        return new ArrayList<>(files);
    }

    private static Map<String, String> knownDifferences() {
        return KnownFailures.load("/conformance/kops-yaml-known-differences.tsv");
    }

    static String read(String path) {
        return CORPUS.read(path);
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
