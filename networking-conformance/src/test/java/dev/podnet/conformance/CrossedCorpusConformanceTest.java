package dev.podnet.conformance;

import java.util.List;
import java.util.Map;

import dev.podnet.corpus.gen.GeneratedCases;

/**
 * podnet against kops itself on the corpus-crossed probe set ({@code podnet-generated-crossed/}: the
 * generator's crossed profile, seed 20261204, 15 specs per release × provider, command in its
 * {@code index.yaml}); see {@link GeneratedSetConformance}. Each spec is one of kops' own test specs (with
 * every non-networking field its test wrote: kubelet, kubeAPIServer, kubeProxy, topology, api, iam,
 * authorization, containerd, cloudConfig, additional CIDRs, existing subnets …) judged at another release
 * with another provider. Fixes are made against DEV only; HOLDOUT is run once after them. Before the
 * fixes of issue 9's crossed round: DEV 981 / verdict 844 / accepted 650 / completed 614 / hashes 621, HOLDOUT
 * 654 / 555 / 452 / 423 / 433. No failure is left: the last ones, kops' whole-spec rules on other addons,
 * IAM policies and the container runtime (family {@code outside-scope}), are podnet rules now. After a fix,
 * regenerate with {@code -Dpodnet.conformance.update=true} and update {@link #EXPECTED}.
 */
class CrossedCorpusConformanceTest extends GeneratedSetConformance {
    /** part → {cases, verdict equal, kops accepted, completed spec equal, manifest hashes equal}. */
    static final Map<String, List<Integer>> EXPECTED = Map.of(
            "DEV", List.of(981, 981, 650, 650, 650),
            "HOLDOUT", List.of(654, 654, 452, 452, 452));

    CrossedCorpusConformanceTest() {
        super(GeneratedCases.CROSSED_ROOT, "crossed", EXPECTED, 1500);
    }
}
