package dev.podnet.manifests.caching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.Podnet;
import dev.podnet.api.PodnetException;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.api.yaml.ClusterYamlException;
import dev.podnet.corpus.gen.GeneratedSpec;
import dev.podnet.corpus.gen.SpecGenerator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Heap retained after a fleet of distinct generated specs (every release of the generator, every
 * provider it offers, varied options) has been rendered through one facade per release that the
 * caller keeps: at most 32 MB with the default cache and with a small one; at {@code cacheEntries}
 * 0 only the provider data the facades loaded (kept at any setting), less than either; nothing once
 * the facades are dropped; a small table no more than the default (the addon-hash keys hold the
 * objects before packaging, not the packaged objects with their texts, so a table cannot keep texts
 * alive that its packaged-object table has let go).
 */
class FleetRetainedHeapTest {

    private static final long MB = UsedHeap.MB;
    /** The bound on what a program rendering many clusters keeps with the default cache. */
    private static final long DEFAULT_BOUND = 32 * MB;
    private static final long TOLERANCE = 2 * MB;
    private static final int FLEET = 900;
    /** How far two used-heap readings after collection differ with nothing retained between them. */
    private static final long MEASUREMENT_NOISE = MB / 2;

    @Test
    void aFleetRetainsAtMost32MbByDefaultAndWhatCacheEntriesAllows() throws InterruptedException {
        List<GeneratedSpec> fleet = fleet(FLEET);
        renderAll(fleet.subList(0, 200), 0); // classes and their constant tables, nothing memoised
        long before = UsedHeap.afterGc();

        Map<String, Podnet> none = renderAll(fleet, 0);
        long heldByNone = UsedHeap.afterGc() - before;
        none.clear();

        Map<String, Podnet> small = renderAll(fleet, 16);
        long heldBySmall = UsedHeap.afterGc() - before;
        small.clear();

        Map<String, Podnet> byDefault = renderAll(fleet, Podnet.DEFAULT_CACHE_ENTRIES);
        long heldByDefault = UsedHeap.afterGc() - before;
        int facades = byDefault.size();
        byDefault.clear();
        long afterDrop = UsedHeap.afterGc() - before;

        System.out.printf("heap retained after %d distinct specs through %d facades: cacheEntries 0: %.1f MB,"
                + " 16: %.1f MB, default (%d): %.1f MB; facades dropped: %.1f MB%n", fleet.size(), facades,
                UsedHeap.mb(heldByNone), UsedHeap.mb(heldBySmall), Podnet.DEFAULT_CACHE_ENTRIES,
                UsedHeap.mb(heldByDefault), UsedHeap.mb(afterDrop));
        assertThat(heldByDefault).as("retained with the default cache").isLessThanOrEqualTo(DEFAULT_BOUND)
                .isGreaterThan(heldByNone);
        assertThat(heldBySmall).as("retained with cacheEntries 16").isLessThanOrEqualTo(DEFAULT_BOUND)
                .isGreaterThan(heldByNone);
        assertThat(heldBySmall).as("retained with cacheEntries 16, against the default")
                .isLessThanOrEqualTo(heldByDefault + MEASUREMENT_NOISE);
        assertThat(afterDrop).as("retained once the facades are dropped").isLessThan(TOLERANCE);
    }

    /** {@code size} distinct specs, release {@code i % releases}, each release's providers in turn. */
    static List<GeneratedSpec> fleet(int size) {
        SpecGenerator gen = new SpecGenerator(7L);
        List<String> releases = SpecGenerator.RELEASES;
        List<GeneratedSpec> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String release = releases.get(i % releases.size());
            List<String> offered = SpecGenerator.providers(release);
            out.add(gen.generate(release, offered.get((i / releases.size()) % offered.size()), i));
        }
        return out;
    }

    /** Reads, completes, validates and renders every spec through one facade per release; the facades. */
    private static Map<String, Podnet> renderAll(List<GeneratedSpec> fleet, int cacheEntries) {
        Map<String, Podnet> facades = new HashMap<>();
        int rendered = 0;
        for (GeneratedSpec s : fleet) {
            Podnet p = facades.computeIfAbsent(s.release(),
                    r -> Podnet.builder().release(KopsVersion.of(r)).cacheEntries(cacheEntries).build());
            try {
                rendered += p.render(ClusterYaml.read(s.yaml())).addons().isEmpty() ? 0 : 1;
            } catch (PodnetException | ClusterYamlException e) {
                // an invalid or refused spec renders nothing; the others still fill the caches
            }
        }
        assertThat(rendered).as("specs rendered").isGreaterThan(fleet.size() / 2);
        return facades;
    }
}
