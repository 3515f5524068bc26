package dev.podnet.providers.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.api.EtcdCluster;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.corpus.Corpus;
import dev.podnet.corpus.CorpusCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The etcd versions kops itself completes (kops' completed specs in the corpus, releases 1.22-1.36, also those without an
 * oracle build) are versions etcd-manager runs at that release ({@code cluster.yaml etcdManagerVersions}): the lists of
 * releases between oracle builds are the next build's because of these.
 */
class EtcdManagerVersionsCorpusTest {

    @Test
    void everyVersionKopsCompletesIsOneEtcdManagerRuns() {
        List<String> missing = new ArrayList<>();
        Set<String> releases = new TreeSet<>();
        int versions = 0;
        Corpus corpus = Corpus.kops();
        for (CorpusCase c : corpus.cases(c -> c.completedSpec() != null && !c.kopsTag().equals("master"))) {
            KopsVersion release = KopsVersion.of(c.kopsRelease());
            Cluster completed = ClusterYaml.read(corpus.read(c.completedSpec()));
            List<String> supported = ClusterFacts.SHIPPED.etcdManagerVersions().at(release).orElse(List.of());
            for (EtcdCluster e : completed.etcdClusters()) {
                if (!(e.extraFields().get("version") instanceof String v)) continue;
                versions++;
                releases.add(release.major() + "." + release.minor());
                if (!supported.contains(v)) missing.add(c.id() + " " + e.name().orElse("") + " " + v);
            }
        }
        assertThat(missing).isEmpty();
        // the corpus' completed specs name versions at 15 releases, those between oracle builds among them
        assertThat(versions).isGreaterThan(1800);
        assertThat(releases).contains("1.23", "1.25", "1.26", "1.27", "1.29", "1.31", "1.32", "1.34", "1.35");
    }
}
