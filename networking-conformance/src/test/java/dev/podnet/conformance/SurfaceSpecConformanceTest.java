package dev.podnet.conformance;

import java.util.List;
import java.util.Map;

import dev.podnet.corpus.gen.GeneratedCases;

/**
 * podnet against kops itself on the surface probe set ({@code podnet-generated-surface/}: the generator's
 * surface profile, seed 20261204, 12 specs per release × bucket, command in its {@code index.yaml}); see
 * {@link GeneratedSetConformance}. Each case is a narrow-profile document rewritten in one form users write
 * (key spelling, unknown and duplicate keys, quoted, YAML 1.1 and overflowing scalars, nulls, collections of
 * the wrong kind, flow style, anchors, merge keys, comments, document markers, several documents, CRLF, a
 * byte order mark, tabs, indentation, {@code apiVersion} and {@code kind} variants): what kops' decoding
 * (sigs.k8s.io/yaml, then JSON into Go structs) makes of it at each release. After a fix, regenerate with
 * {@code -Dpodnet.conformance.update=true} and update {@link #EXPECTED}.
 */
class SurfaceSpecConformanceTest extends GeneratedSetConformance {
    /** part → {cases, verdict equal, kops accepted, completed spec equal, manifest hashes equal}. */
    static final Map<String, List<Integer>> EXPECTED = Map.of(
            "DEV", List.of(777, 761, 477, 477, 477),
            "HOLDOUT", List.of(555, 527, 361, 361, 361));

    SurfaceSpecConformanceTest() {
        super(GeneratedCases.SURFACE_ROOT, "surface", EXPECTED, 1200);
    }
}
