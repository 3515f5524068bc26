package dev.podnet.conformance;

import java.util.List;
import java.util.Map;

import dev.podnet.corpus.gen.GeneratedCases;

/**
 * podnet against kops itself on the narrow generated set ({@code podnet-generated/}, seed 20240901,
 * at least 4,000 specs); see {@link GeneratedSetConformance}. After a fix, regenerate with
 * {@code -Dpodnet.conformance.update=true} and update {@link #EXPECTED} and the README.
 */
class GeneratedSpecConformanceTest extends GeneratedSetConformance {
    /** The figures the README quotes: part → {cases, verdict equal, kops accepted, completed spec equal, manifest hashes equal}. */
    static final Map<String, List<Integer>> EXPECTED = Map.of(
            "DEV", List.of(3095, 3095, 2482, 2482, 2482),
            "HOLDOUT", List.of(1324, 1324, 1053, 1053, 1053));

    GeneratedSpecConformanceTest() {
        super(GeneratedCases.ROOT, "generated", EXPECTED, 4000);
    }
}
