package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-varied Calico and Canal specs at kops 1.19-1.24, judged by kops itself (fixtures in {@code varied/}, written by
 * networking-manifests' {@code src/build/oracle_varied.py}: each option the era's templates read, and a few pairs, at
 * Kubernetes versions across the template ranges): from the input through podnet's whole pipeline, the same verdict,
 * the same networking part of the completed spec and every addon's manifestHash equal to kops' channel.
 */
class VariedCalicoCanalConformanceTest {

    /** One judged spec: kops' error, or its completed spec and channel hashes. */
    record Case(String name, String release, String input, String completed, Map<String, String> hashes, String error) {
        @Override
        public String toString() {
            return name + " " + release;
        }
    }

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (String provider : List.of("calico", "canal")) {
            String dir = "/dev/podnet/conformance/varied/" + provider;
            String[] inputs = gunzip(dir + "-inputs.yaml.gz").split("(?m)^---\n");
            String[] specs = gunzip(dir + "-specs.yaml.gz").split("(?m)^---\n");
            Map<String, String[]> first = new LinkedHashMap<>();
            Map<String, Map<String, String>> hashes = new LinkedHashMap<>();
            for (String line : text(dir + ".tsv").split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] p = line.split("\t", 4);
                first.putIfAbsent(p[0], p);
                hashes.computeIfAbsent(p[0], k -> new TreeMap<>()).put(p[2], p[3]);
            }
            int i = 0;
            for (Map.Entry<String, String[]> e : first.entrySet()) {
                String[] p = e.getValue();
                boolean rejected = p[2].equals("error");
                out.add(new Case(p[0], p[1], inputs[i], specs[i], rejected ? Map.of() : hashes.get(p[0]), rejected ? p[3] : null));
                i++;
            }
        }
        return out;
    }

    @Test
    void everyReleaseAndProviderIsJudged() {
        List<Case> all = cases();
        assertThat(all).hasSize(495).extracting(c -> c.name().split("-")[0] + " " + c.release())
                .contains("calico v1.19.0", "calico v1.21.0", "calico v1.24.0", "canal v1.20.0", "canal v1.22.0", "canal v1.24.0");
        assertThat(all.stream().filter(c -> c.error() == null)).hasSize(479);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void verdictCompletedSpecAndManifestsEqualKops(Case c) {
        PodnetAdapter.Verdict v = PodnetAdapter.judge(c.release(), c.input());
        if (c.error() != null) {
            assertThat(v.accepted()).as("%s: kops rejects it (%s)", c, c.error()).isFalse();
            return;
        }
        assertThat(v.accepted()).as("%s: %s", c, v.message()).isTrue();
        assertThat(NetworkingSlice.of(v.completed())).as("%s completed spec", c)
                .isEqualTo(NetworkingSlice.of(PodnetAdapter.read(c.completed())));
        assertThat(new TreeMap<>(PodnetAdapter.manifestHashes(c.release(), v.completion()))).as("%s manifests", c)
                .isEqualTo(c.hashes());
    }

    private static String text(String resource) {
        try (InputStream in = VariedCalicoCanalConformanceTest.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String gunzip(String resource) {
        try (InputStream in = new GZIPInputStream(VariedCalicoCanalConformanceTest.class.getResourceAsStream(resource))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
