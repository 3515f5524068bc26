package dev.podnet.manifests.caching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.Podnet;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.spi.RenderingEngine;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.manifests.TestRendering;
import dev.podnet.corpus.Corpus;
import dev.podnet.corpus.CorpusCase;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The cache size a facade is opened with: 0 memoises nothing and changes no output; no memo table outgrows it. */
class CacheEntriesTest {

    private static final Corpus CORPUS = Corpus.kops();

    /** Every fifth corpus case with kops' completed spec (all providers and releases appear). */
    private static List<CorpusCase> sample() {
        List<CorpusCase> all = CORPUS.cases(c -> !c.manifests().isEmpty() && c.completedSpecPath().isPresent());
        return IntStream.range(0, all.size()).filter(i -> i % 5 == 0).mapToObj(all::get).toList();
    }

    private static String outcome(RenderingEngine engine, CorpusCase c, RenderStyle style) {
        Cluster cluster = ClusterYaml.read(CORPUS.read(c.completedSpec()));
        RenderResult r = TestRendering.forRelease(KopsVersion.of(c.kopsRelease()), engine).render(cluster, style);
        StringBuilder sb = new StringBuilder();
        for (RenderedAddon a : r.addons()) {
            sb.append(a.addonKey()).append('/').append(a.templateId()).append(' ').append(a.manifestHash())
                    .append('\n').append(a.channelEntry()).append('\n').append(a.documents())
                    .append('\n').append(a.yaml()).append('\n');
        }
        return sb.append(r.nodeConfig()).append('\n').append(r.guidance()).toString();
    }

    @Test
    void noCacheGivesByteIdenticalOutput() {
        RenderingEngine none = TestRendering.engine(0);
        RenderingEngine cached = TestRendering.engine(Podnet.DEFAULT_CACHE_ENTRIES);
        List<CorpusCase> sample = sample();
        assertThat(sample).hasSizeGreaterThan(30);
        for (int round = 0; round < 2; round++) { // the second round renders from filled caches
            for (CorpusCase c : sample) {
                for (RenderStyle style : RenderStyle.values()) {
                    assertThat(outcome(none, c, style)).as(c.id() + " " + style)
                            .isEqualTo(outcome(cached, c, style));
                }
            }
        }
        assertThat(TestRendering.cacheSizes(none)).as("memo tables of an engine opened with 0").allSatisfy(
                (memo, size) -> assertThat(size).as(memo).isZero());
    }

    @Test
    void noMemoTableOutgrowsTheSetting() {
        int bound = 5;
        RenderingEngine small = TestRendering.engine(bound);
        boolean reached = false;
        for (CorpusCase c : sample()) {
            outcome(small, c, RenderStyle.KOPS);
            Map<String, Integer> sizes = TestRendering.cacheSizes(small);
            assertThat(sizes).as(c.id()).allSatisfy((memo, size) -> assertThat(size).as(memo).isLessThanOrEqualTo(bound));
            reached |= sizes.containsValue(bound);
        }
        assertThat(reached).as("some memo table filled up to the bound").isTrue();
    }

    @Test
    void theDefaultEngineMemoisesWithinTheDefault() {
        RenderingEngine engine = TestRendering.engine(Podnet.DEFAULT_CACHE_ENTRIES);
        for (CorpusCase c : sample()) {
            outcome(engine, c, RenderStyle.CLEAN);
        }
        assertThat(TestRendering.cacheSizes(engine)).isNotEmpty().allSatisfy((memo, size) ->
                assertThat(size).as(memo).isBetween(1, Podnet.DEFAULT_CACHE_ENTRIES));
    }
}
