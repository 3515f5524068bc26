package dev.podnet.benchmarks;

import dev.podnet.api.Cluster;
import dev.podnet.Podnet;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.corpus.Corpus;
import dev.podnet.corpus.CorpusCase;

/** Benchmark inputs: kops' own corpus cases (kops project, Apache License 2.0), named {@code release/case}. */
final class Inputs {

    private Inputs() {
    }

    static CorpusCase corpusCase(String id) {
        return Corpus.kops().cases(c -> c.id().equals(id)).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no corpus case " + id));
    }

    static KopsVersion release(CorpusCase c) {
        return KopsVersion.of(c.kopsRelease());
    }

    /** The spec as the user wrote it. */
    static Cluster input(CorpusCase c) {
        return ClusterYaml.read(Corpus.kops().read(c.input()));
    }

    /** kops' completed spec of the case, or podnet's completion of the input where the corpus has none. */
    static Cluster completed(CorpusCase c) {
        if (c.completedSpecPath().isPresent()) {
            return ClusterYaml.read(Corpus.kops().read(c.completedSpec()));
        }
        return Podnet.forRelease(release(c)).complete(input(c)).cluster();
    }
}
