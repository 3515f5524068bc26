package dev.podnet.conformance;

import java.util.List;
import java.util.Map;

import dev.podnet.corpus.gen.GeneratedCases;

/**
 * podnet against kops itself on the wide probe set ({@code podnet-generated-wide/}: the generator's wide
 * profile, seed 20261203, 15 specs per release × bucket, command in its {@code index.yaml}); see
 * {@link GeneratedSetConformance}. The wide profile explores what the narrow set leaves out (dense
 * provider blocks, every Kubernetes minor and many patches, Isolated and extra subnets, existing VPCs,
 * partial component blocks with several fields, {@code kops create cluster}'s other fields, {@code cni}
 * beside a provider, providers at releases that deprecate or removed them). After a fix, regenerate with
 * {@code -Dpodnet.conformance.update=true} and update {@link #EXPECTED}.
 */
class WideGeneratedSpecConformanceTest extends GeneratedSetConformance {
    /** part → {cases, verdict equal, kops accepted, completed spec equal, manifest hashes equal}. */
    static final Map<String, List<Integer>> EXPECTED = Map.of(
            "DEV", List.of(1193, 1190, 645, 645, 645),
            "HOLDOUT", List.of(795, 794, 451, 451, 451));

    WideGeneratedSpecConformanceTest() {
        super(GeneratedCases.WIDE_ROOT, "wide", EXPECTED, 1900);
    }
}
