package dev.podnet.manifests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.manifests.object.Manifest;
import dev.podnet.manifests.yaml.internal.StoredDocument;
import java.util.Optional;
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
 * or marked), and packaging the objects read from them (text copied, trees read on demand: {@link StoredText})
 * gives what packaging their trees gives, at every release's packaging.
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

    /**
     * Every variant of every provider packaged at every release line and style gives the same text, hash and
     * documents from its stored objects (read on demand, their text copied from the pools) as from the same
     * objects with their trees given (written by the emitter), and reads the trees only where asked.
     */
    @Test
    void packagingStoredObjectsEqualsPackagingTheirTrees() throws Exception {
        List<String> releases = List.of("1.18.0", "1.19.0", "1.20.0", "1.21.0", "1.22.0", "1.23.0", "1.26.0", "1.33.1",
                "1.34.0", "1.36.0");
        int copied = 0;
        for (Path pool : pools()) {
            if (!pool.getFileName().toString().equals("objects.yaml")) {
                continue;
            }
            String provider = pool.getParent().getFileName().toString();
            RenderCaches stored = RenderCaches.withCapacity(16);
            ManifestData data = ManifestData.of(provider, stored);
            for (String variant : variants(provider)) {
                String[] k = variant.split(" ");
                Manifest lazy = stored.holdAsData(data.variant(k[0], k[1]).orElseThrow());
                for (KubeObject o : lazy.objects()) {
                    StoredText text = stored.storedText(o);
                    if (text != null && text.header() != null) {
                        copied++;
                        // the header read alone is the whole tree's
                        for (String key : text.header().keySet()) {
                            assertThat(text.header().get(key)).as(provider + " " + o + " " + key).isEqualTo(o.get(key).orElseThrow());
                        }
                    }
                }
                RenderCaches given = RenderCaches.withCapacity(16);
                Manifest eager = given.holdAsData(Manifest.of(lazy.objects().stream()
                        .map(o -> KubeObject.of(new java.util.LinkedHashMap<>(o.tree()))).toList()));
                for (String r : releases) {
                    KopsVersion release = KopsVersion.of(r);
                    for (RenderStyle style : RenderStyle.values()) {
                        AddonPackager.Addon addon = new AddonPackager.Addon("networking.example", k[1], Optional.empty(), false);
                        RenderedAddon a = AddonPackager.pack(addon, release, lazy, style, stored);
                        RenderedAddon b = AddonPackager.pack(addon, release, eager, style, given);
                        assertThat(a.yaml()).as(provider + " " + variant + " at " + r + " " + style).isEqualTo(b.yaml());
                        assertThat(a.manifestHash()).isEqualTo(b.manifestHash());
                        assertThat(a.documents()).isEqualTo(b.documents());
                        assertThat(a.channelEntry()).isEqualTo(b.channelEntry());
                    }
                }
            }
        }
        assertThat(copied).isGreaterThan(100);
    }

    @Test
    void aStoredObjectNoEditTouchesIsPackagedWithoutReadingItsTree() {
        RenderCaches caches = RenderCaches.withCapacity(16);
        Manifest m = caches.holdAsData(ManifestData.of("calico", caches).variant("1.33", "k8s-1.25").orElseThrow());
        KubeObject crd = m.find("CustomResourceDefinition", "bgpconfigurations.crd.projectcalico.org").orElseThrow();
        RenderedAddon a = AddonPackager.pack(new AddonPackager.Addon("networking.projectcalico.org", "k8s-1.25",
                Optional.empty(), false), KopsVersion.of("1.33.1"), m, RenderStyle.KOPS, caches);
        assertThat(a.yaml()).contains("  name: bgpconfigurations.crd.projectcalico.org\n");
        int at = m.objects().indexOf(crd);
        assertThat(a.documents().get(at)).isInstanceOf(StoredDocument.class);
        assertThat(readTree(a.documents().get(at))).isFalse();
        assertThat(a.documents().get(at).get("spec")).isNotNull();
        assertThat(readTree(a.documents().get(at))).isTrue();
    }

    /** Whether the stored document has read its tree. */
    private static boolean readTree(java.util.Map<String, Object> document) {
        return ((StoredDocument) document).isRead();
    }

    private static List<String> variants(String provider) {
        return Resources.text(ManifestData.class, "/dev/podnet/manifests/" + provider + "/variants.tsv").lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t")[0] + " " + l.split("\t")[1]).distinct().toList();
    }
}
