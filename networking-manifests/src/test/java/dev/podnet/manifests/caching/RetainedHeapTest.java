package dev.podnet.manifests.caching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.Completion;
import dev.podnet.Podnet;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.corpus.Corpus;
import dev.podnet.corpus.CorpusCase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What rendering memoises belongs to the facade: after every corpus case is rendered through
 * {@link Podnet} facades (one per release, default cache) and the facades are dropped, the used
 * heap returns to within 2 MB of what it was before.
 */
class RetainedHeapTest {

    private static final long TOLERANCE = 2 * UsedHeap.MB;
    private static final Corpus CORPUS = Corpus.kops();

    @Test
    void droppingTheFacadesReleasesWhatRenderingMemoised() throws InterruptedException {
        List<CorpusCase> cases = CORPUS.cases(c -> !c.manifests().isEmpty());
        // load the classes and their small constant tables first (one case per provider, nothing memoised)
        Map<String, CorpusCase> onePerProvider = new HashMap<>();
        cases.forEach(c -> onePerProvider.putIfAbsent(c.provider(), c));
        renderAll(List.copyOf(onePerProvider.values()), 0);

        long before = UsedHeap.afterGc();
        Map<KopsVersion, Podnet> facades = new HashMap<>();
        int rendered = renderAll(cases, facades);
        long held = UsedHeap.afterGc();
        facades = null;
        long after = UsedHeap.afterGc();

        System.out.printf("retained heap: before %.1f MB; %d cases rendered through %d facades: %.1f MB while they"
                + " live, %.1f MB after they are dropped%n", UsedHeap.mb(before), rendered, facadesCount(cases), UsedHeap.mb(held),
                UsedHeap.mb(after));
        assertThat(rendered).as("cases rendered").isGreaterThan(cases.size() / 2);
        assertThat(held - before).as("memoised while the facades live").isGreaterThan(TOLERANCE);
        assertThat(after - before).as("heap retained after the facades are dropped").isLessThan(TOLERANCE);
    }

    private static int facadesCount(List<CorpusCase> cases) {
        return (int) cases.stream().map(CorpusCase::kopsRelease).distinct().count();
    }

    private static int renderAll(List<CorpusCase> cases, int cacheEntries) {
        Map<KopsVersion, Podnet> facades = new HashMap<>();
        for (CorpusCase c : cases) {
            KopsVersion r = KopsVersion.of(c.kopsRelease());
            facades.computeIfAbsent(r, k -> Podnet.builder().release(k).cacheEntries(cacheEntries).build());
        }
        return renderAll(cases, facades);
    }

    /** Renders every case through the facade of its release (opened in {@code facades}); the number rendered. */
    private static int renderAll(List<CorpusCase> cases, Map<KopsVersion, Podnet> facades) {
        int rendered = 0;
        for (CorpusCase c : cases) {
            KopsVersion r = KopsVersion.of(c.kopsRelease());
            Podnet podnet = facades.computeIfAbsent(r, Podnet::forRelease);
            try {
                Completion done = podnet.complete(ClusterYaml.read(CORPUS.read(c.input())));
                RenderResult result = podnet.render(done);
                rendered += result.addons().isEmpty() ? 0 : 1;
            } catch (RuntimeException e) {
                // a case the facade refuses renders nothing; the others still fill the caches
            }
        }
        return rendered;
    }
}
