package dev.podnet.manifests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code objects.idx} (written by the derive scripts, read by {@code ManifestData} instead of scanning
 * {@code objects.yaml}) holds the offset of every document marker line of its {@code objects.yaml}, in order,
 * then the file's length: a file regenerated without its index fails here.
 */
class ObjectIndexTest {

    /** The resource files of the manifests whose names match {@code regex}, sorted; at least the eight providers' pools. */
    private static List<Path> pools(String regex) throws Exception {
        Path root = Path.of(ObjectIndexTest.class.getResource("/dev/podnet/manifests/packaging.yaml").toURI()).getParent();
        List<Path> pools;
        try (Stream<Path> files = Files.walk(root)) {
            pools = files.filter(p -> p.getFileName().toString().matches(regex)).sorted().toList();
        }
        assertThat(pools).hasSizeGreaterThanOrEqualTo(8);
        return pools;
    }

    @Test
    void everyObjectPoolHasTheIndexOfItsDocuments() throws Exception {
        // objects.yaml and the added pools objects-NAME.yaml
        for (Path pool : pools("objects(-.+)?\\.yaml")) {
            byte[] bytes = Files.readAllBytes(pool);
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i + 3 <= bytes.length; i++) {
                if ((i == 0 || bytes[i - 1] == '\n') && bytes[i] == '-' && bytes[i + 1] == '-' && bytes[i + 2] == '-'
                        && (i + 3 == bytes.length || " \n\r\t".indexOf(bytes[i + 3]) >= 0)) {
                    // the marker, then what StoredPoolForm says of the document's text
                    assertThat(new String(bytes, i, Math.min(bytes.length - i, 24), StandardCharsets.UTF_8))
                            .as(pool + " at " + i).matches("(?s)--- # " + expected.size() + "( folded)?\n.*");
                    expected.add(i);
                }
            }
            expected.add(bytes.length);
            List<Integer> indexed = new ArrayList<>();
            for (String line : Files.readAllLines(pool.resolveSibling(pool.getFileName().toString().replaceFirst("\\.yaml$", ".idx")), StandardCharsets.UTF_8)) {
                if (!line.isEmpty() && !line.startsWith("#")) indexed.add(Integer.parseInt(line));
            }
            assertThat(indexed).as(pool.toString()).isEqualTo(expected);
        }
    }

    /**
     * The pools are ASCII but for the objects whose text kops writes with other characters (Calico's and Canal's
     * CRDs with curly quotes or en dashes): a render copies their text and reads their trees only if an edit
     * needs them, so only they are decoded as UTF-16 (one curly quote made a whole CRD's text UTF-16, which a cold
     * JVM parses much slower; networking-benchmarks README, fourteenth and sixteenth rounds). The other pools
     * (typha, srcdst) keep the derive script's ASCII form.
     */
    @Test
    void onlyCopiedObjectsOfThePoolsAreOutsideAscii() throws Exception {
        int other = 0;
        for (Path pool : pools("(.+-)?objects(-.+)?\\.yaml")) {
            String text = Files.readString(pool, StandardCharsets.UTF_8);
            boolean copied = pool.getFileName().toString().matches("objects(-.+)?\\.yaml");
            for (String document : text.split("(?<=\n)(?=--- # )")) {
                if (!document.chars().allMatch(c -> c < 0x80)) {
                    other++;
                    assertThat(copied).as("%s: a document outside ASCII", pool).isTrue();
                    String body = document.substring(document.indexOf('\n') + 1);
                    assertThat(dev.podnet.manifests.yaml.internal.GoYamlEmitter.emit(
                            ManifestData.pool(document, pool.toString()).get(0).tree())).isEqualTo(body);
                }
            }
        }
        assertThat(other).isGreaterThan(0);
    }

    @Test
    void aVariantHasTheObjectsAWholeReadOfTheFileGives() throws Exception {
        // the documents read through the index are those of a read of the whole file split at its markers
        List<dev.podnet.manifests.object.KubeObject> all = ManifestData.pool(
                Resources.text(ManifestData.class, "/dev/podnet/manifests/calico/objects.yaml"), "calico objects");
        String row = Resources.text(ManifestData.class, "/dev/podnet/manifests/calico/variants.tsv").lines()
                .filter(l -> l.startsWith("1.30\tk8s-1.25\t")).findFirst().orElseThrow();
        List<dev.podnet.manifests.object.KubeObject> expected = new ArrayList<>();
        for (String i : row.split("\t")[2].split(",")) expected.add(all.get(Integer.parseInt(i)));
        ManifestData calico = ManifestData.of("calico", RenderCaches.withCapacity(16));
        assertThat(calico.variant("1.30", "k8s-1.25").orElseThrow().objects()).isEqualTo(expected);
    }
}
