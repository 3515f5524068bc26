package dev.podnet.conformance;

import java.util.List;
import java.util.Map;

import dev.podnet.corpus.gen.GeneratedCases;

/**
 * podnet against kops itself on the edges probe set ({@code podnet-generated-edges/}: the generator's edges profile, seed
 * 20261804, 6 specs per release × bucket, command in its {@code index.yaml}); see {@link GeneratedSetConformance}. Each
 * spec is a cluster-profile spec that also draws what no other profile draws (the egress proxy, a subnet's additional
 * routes, a value of the wrong type in a block, more subnets of mixed types, an IPv4 cluster turned IPv6, unusual values
 * of the network fields), with values kops accepts and values it refuses. Seeds 20261800-20261803 (3 per bucket, scratch
 * runs) found the fixes named in the commits; this set was drawn after them. After a fix, regenerate with
 * {@code -Dpodnet.conformance.update=true} and update {@link #EXPECTED}.
 */
class EdgesGeneratedSpecConformanceTest extends GeneratedSetConformance {
    /** part → {cases, verdict equal, kops accepted, completed spec equal, manifest hashes equal}. */
    static final Map<String, List<Integer>> EXPECTED = Map.of(
            "DEV", List.of(399, 399, 36, 36, 36),
            "HOLDOUT", List.of(399, 399, 37, 37, 37));

    EdgesGeneratedSpecConformanceTest() {
        super(GeneratedCases.EDGES_ROOT, "edges", EXPECTED, 300);
    }
}
