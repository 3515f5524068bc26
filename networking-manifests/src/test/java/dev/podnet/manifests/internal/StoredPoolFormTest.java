package dev.podnet.manifests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.yaml.internal.GoYamlEmitter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed pools are what {@link StoredPoolForm} writes from them (each object as the emitter writes it,
 * or marked), and the text a render copies from a pool ({@link StoredText}) is the packaged object's text at
 * every release's packaging.
 */
class StoredPoolFormTest {

    private static List<Path> pools() throws Exception {
        Path root = Path.of(StoredPoolFormTest.class.getResource("/dev/podnet/manifests/packaging.yaml").toURI()).getParent();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().matches("objects(-.+)?\\.yaml")).sorted().toList();
        }
    }

    @Test
    void theCommittedPoolsAreWhatTheToolWrites() throws Exception {
        List<Path> pools = pools();
        assertThat(pools).hasSizeGreaterThanOrEqualTo(8);
        for (Path pool : pools) {
            String text = Files.readString(pool, StandardCharsets.UTF_8);
            assertThat(StoredPoolForm.form(text, pool.toString())).as(pool.toString()).isEqualTo(text);
            assertThat(Files.readString(StoredPoolForm.index(pool), StandardCharsets.UTF_8))
                    .isEqualTo(StoredPoolForm.index(text, pool.getFileName().toString()));
        }
    }

    @Test
    void aPoolObjectsTextIsItsPackagedTextWithTheMetadataWrittenAgain() throws Exception {
        // one ManifestData per provider: its variants' objects carry their pool text
        List<String> releases = List.of("1.18.0", "1.19.0", "1.20.0", "1.21.0", "1.22.0", "1.23.0", "1.26.0", "1.33.1",
                "1.34.0", "1.36.0");
        int copied = 0;
        int written = 0;
        for (Path pool : pools()) {
            if (!pool.getFileName().toString().equals("objects.yaml")) {
                continue;
            }
            String provider = pool.getParent().getFileName().toString();
            RenderCaches caches = RenderCaches.withCapacity(0);
            // the pool read through the index, as a render reads it (each object with its pool text)
            ManifestData data = ManifestData.of(provider, caches);
            for (String variant : variants(provider)) {
                String[] k = variant.split(" ");
                for (KubeObject o : data.variant(k[0], k[1]).orElseThrow().objects()) {
                    StoredText stored = caches.storedText(o);
                    if (stored == null) {
                        continue;
                    }
                    for (String r : releases) {
                        KopsVersion release = KopsVersion.of(r);
                        boolean unfolded = PackagingFacts.at(release).unfoldedLines();
                        for (RenderStyle style : RenderStyle.values()) {
                            KubeObject packed = style == RenderStyle.KOPS
                                    ? AddonPackager.kopsForm(o, "networking.example", release, "9.99.0")
                                    : AddonPackager.cleanForm(o);
                            int width = unfolded ? GoYamlEmitter.UNLIMITED_WIDTH : GoYamlEmitter.DEFAULT_WIDTH;
                            String text = stored.packaged(o.tree(), packed.tree(), width);
                            if (text == null) {
                                written++;
                                continue;
                            }
                            copied++;
                            assertThat(text).as(provider + " " + o + " at " + r + " " + style)
                                    .isEqualTo(GoYamlEmitter.emit(packed.tree(), width));
                        }
                    }
                }
            }
        }
        assertThat(copied).isGreaterThan(written);
    }

    private static List<String> variants(String provider) {
        return Resources.text(ManifestData.class, "/dev/podnet/manifests/" + provider + "/variants.tsv").lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t")[0] + " " + l.split("\t")[1]).distinct().toList();
    }
}
