package dev.podnet.conformance;

import java.util.List;
import java.util.Map;

import dev.podnet.corpus.gen.GeneratedCases;

/**
 * podnet against kops itself on the fields probe set ({@code podnet-generated-fields/}: the generator's fields profile, seed
 * 20262013, 6 specs per release × bucket, command in its {@code index.yaml}); see {@link GeneratedSetConformance}. Each
 * spec is a cluster-profile spec that also draws the Cluster fields podnet reads that no other profile draws (kube-dns with
 * NodeLocal DNS, stub domains and the kubelets' clusterDNS, the node termination handler, authentication, sysctl
 * parameters, the cluster autoscaler, the node problem detector, the gossip configs, etcd members, manager and backups,
 * containerd, node authorization, external policies, the cloud config), with values kops accepts and values it refuses.
 * Seeds 20262006-20262012 (3 per bucket, scratch runs) found the fixes named in the commits; this set was drawn after
 * them. After a fix, regenerate with {@code -Dpodnet.conformance.update=true} and update {@link #EXPECTED}.
 */
class FieldsGeneratedSpecConformanceTest extends GeneratedSetConformance {
    /** part → {cases, verdict equal, kops accepted, completed spec equal, manifest hashes equal}. */
    static final Map<String, List<Integer>> EXPECTED = Map.of(
            "DEV", List.of(397, 396, 63, 63, 63),
            "HOLDOUT", List.of(397, 397, 54, 54, 54));

    FieldsGeneratedSpecConformanceTest() {
        super(GeneratedCases.FIELDS_ROOT, "fields", EXPECTED, 300);
    }
}
