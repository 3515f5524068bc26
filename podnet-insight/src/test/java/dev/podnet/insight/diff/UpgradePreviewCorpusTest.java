package dev.podnet.insight.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.Podnet;
import dev.podnet.api.Cluster;
import dev.podnet.api.render.ContainerView;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.version.VersionRange;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.insight.Releases;
import dev.podnet.corpus.Corpus;
import dev.podnet.corpus.CorpusCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The upgrade preview of kops' own test specs across every pair of adjacent releases podnet knows:
 * each spec of release R (one per provider) compared with R+1, and with R itself. Every claim of the
 * diff is checked against what the facade renders and completes on its own.
 */
class UpgradePreviewCorpusTest {
    private static final Corpus CORPUS = Corpus.kops();
    private static final List<Podnet> RELEASES = Releases.all();

    /** Renderings made by this test, by release and spec (this instance's own memo). */
    private final Map<List<Object>, List<RenderedAddon>> rendered = new java.util.HashMap<>();

    @Test
    void everyAdjacentPairOfReleases() {
        int pairs = 0;
        int compared = 0;
        int bumps = 0;
        int defaultsChecked = 0;
        for (int i = 0; i + 1 < RELEASES.size(); i++) {
            Podnet from = RELEASES.get(i);
            Podnet to = RELEASES.get(i + 1);
            List<Cluster> specs = specsOf(from);
            assertThat(specs).as("corpus specs of kops %s", from.release()).isNotEmpty();
            pairs++;
            for (Cluster c : specs) {
                UpgradeDiff same = UpgradePreview.of(c, from, from);
                if (same.notes().isEmpty()) {
                    assertThat(same.isEmpty()).as("%s at %s against itself:\n%s", c.name(), from.release(), same.toText()).isTrue();
                    assertThat(same.roll().required()).isFalse();
                }
                UpgradeDiff d = UpgradePreview.of(c, from, to);
                assertThat(d.from()).isEqualTo(from.release());
                assertThat(d.to()).isEqualTo(to.release());
                assertJsonAgrees(d);
                if (!d.notes().isEmpty()) continue;
                compared++;
                bumps += checkImages(d, c, from, to);
                checkObjects(d, c, from, to);
                defaultsChecked += checkDefaults(d, c, to);
            }
        }
        assertThat(pairs).isEqualTo(RELEASES.size() - 1);
        assertThat(compared).as("specs valid at both releases of a pair").isGreaterThan(100);
        assertThat(bumps).as("image bumps found and checked").isGreaterThan(50);
        assertThat(defaultsChecked).as("default changes checked against the completed spec").isGreaterThan(10);
    }

    /** One input spec per provider (and cloud) among the update_cluster cases of the release. */
    private static List<Cluster> specsOf(Podnet p) {
        Map<String, Cluster> out = new LinkedHashMap<>();
        for (CorpusCase k : CORPUS.cases(k -> k.source().equals("update_cluster") && k.input() != null)) {
            if (!Podnet.forRelease(k.kopsRelease()).release().line().equals(p.release().line())) continue;
            String key = k.provider() + "/" + k.cloud();
            if (out.containsKey(key)) continue;
            try {
                out.put(key, ClusterYaml.load(CORPUS.read(k.input())).cluster());
            } catch (RuntimeException e) {
                // an input podnet's reader refuses is the reader's tests' business, not the diff's
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Each bump names the images the two releases really render for that container. */
    private int checkImages(UpgradeDiff d, Cluster c, Podnet from, Podnet to) {
        for (ImageBump b : d.imageBumps()) {
            assertThat(b.before()).isNotEqualTo(b.after());
            assertThat(image(from, c, b)).as("%s at %s", b.line(), from.release()).contains(b.before());
            assertThat(image(to, c, b)).as("%s at %s", b.line(), to.release()).contains(b.after());
        }
        // image bumps come first
        List<ObjectChange> objects = d.objects();
        for (int i = 1; i < objects.size(); i++) {
            if (!objects.get(i).imageBumps().isEmpty()) assertThat(objects.get(i - 1).imageBumps()).isNotEmpty();
        }
        return d.imageBumps().size();
    }

    private Optional<String> image(Podnet p, Cluster c, ImageBump b) {
        String kind = b.object().substring(0, b.object().indexOf(' '));
        String name = b.object().substring(b.object().lastIndexOf('/') + 1);
        return applied(p, c).stream().map(a -> a.manifest().find(kind, name)).flatMap(Optional::stream)
                .findFirst().flatMap(o -> o.container(b.container())).flatMap(ContainerView::image);
    }

    /** Added objects exist only at the newer release, removed ones only at the older; changes have fields. */
    private void checkObjects(UpgradeDiff d, Cluster c, Podnet from, Podnet to) {
        for (ObjectChange o : d.objects()) {
            boolean before = exists(from, c, o);
            boolean after = exists(to, c, o);
            switch (o.change()) {
                case ADDED -> assertThat(!before && after).as("%s added", o.ref()).isTrue();
                case REMOVED -> assertThat(before && !after).as("%s removed", o.ref()).isTrue();
                case CHANGED -> {
                    assertThat(before && after).as("%s changed", o.ref()).isTrue();
                    assertThat(o.fields()).as("%s changed", o.ref()).isNotEmpty();
                }
            }
            for (FieldChange f : o.fields()) assertThat(f.before()).isNotEqualTo(f.after());
        }
        if (d.objects().stream().anyMatch(o -> o.change() != ChangeType.REMOVED && needsRoll(to, c, o.addon()))) {
            assertThat(d.roll().nodes()).as("needsRollingUpdate addon changes: %s", d.roll()).contains("all");
        }
    }

    /** The addons channels applies: those whose Kubernetes range holds the cluster's version. */
    private List<RenderedAddon> applied(Podnet p, Cluster c) {
        return rendered.computeIfAbsent(java.util.List.of(p.release(), c), k -> {
            var k8s = p.complete(c).cluster().kubernetes().orElseThrow();
            return p.render(c).addons().stream().filter(a -> a.channelEntry().kubernetesVersion()
                    .map(r -> VersionRange.parse(r).contains(k8s)).orElse(true)).toList();
        });
    }

    private boolean exists(Podnet p, Cluster c, ObjectChange o) {
        return applied(p, c).stream().flatMap(a -> a.manifest().objects().stream())
                .anyMatch(v -> v.kind().equals(o.kind()) && v.name().equals(o.name()) && v.namespace().equals(o.namespace()));
    }

    private boolean needsRoll(Podnet p, Cluster c, String addon) {
        return applied(p, c).stream().filter(a -> a.addonKey().equals(addon)).map(RenderedAddon::channelEntry)
                .anyMatch(e -> e.needsRollingUpdate().orElse("").equals("all"));
    }

    /** A default's new value is what the newer release's completed spec holds at that path. */
    @SuppressWarnings("unchecked")
    private static int checkDefaults(UpgradeDiff d, Cluster c, Podnet to) {
        Map<String, Object> completed = ClusterYaml.toMap(to.complete(c).cluster());
        int checked = 0;
        for (DefaultChange change : d.defaults()) {
            assertThat(change.before()).isNotEqualTo(change.after());
            if (change.after().isEmpty()) continue;
            Object at = completed;
            for (String key : change.path().split("\\.")) at = at instanceof Map<?, ?> m ? ((Map<String, Object>) m).get(key) : null;
            if (at == null || at instanceof Map || at instanceof List) continue;
            assertThat(String.valueOf(at)).as("%s at %s", change.path(), to.release()).isEqualTo(change.after().get());
            checked++;
        }
        return checked;
    }

    /** The JSON form is JSON any reader reads, with the same counts. */
    @SuppressWarnings("unchecked")
    private static void assertJsonAgrees(UpgradeDiff d) {
        Map<String, Object> json = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(d.toJson());
        assertThat(json.get("from")).isEqualTo(d.from().toString());
        assertThat((List<?>) json.get("imageBumps")).hasSize(d.imageBumps().size());
        assertThat((List<?>) json.get("objects")).hasSize(d.objects().size());
        assertThat((List<?>) json.get("defaults")).hasSize(d.defaults().size());
        assertThat(json.get("empty")).isEqualTo(d.isEmpty());
        assertThat(((Map<String, Object>) json.get("roll")).get("required")).isEqualTo(d.roll().required());
    }

}
