package dev.podnet.conformance;

import java.util.List;
import java.util.Map;

import dev.podnet.corpus.gen.GeneratedCases;

/**
 * podnet against kops itself on the cluster probe set ({@code podnet-generated-cluster/}: the generator's cluster
 * profile, seed 20261250, 6 specs per release × bucket, command in its {@code index.yaml}); see
 * {@link GeneratedSetConformance}. Each spec is a wide-profile spec that also sets a random subset of the Cluster fields
 * outside networking kops checks (kubelet and control plane kubelet, {@code kubeAPIServer}, access lists and upstream
 * nameservers, topology DNS type and bastion, subnet type spellings, empty plain Go strings, the API load balancer's type
 * and class; from the profile's version 2 also the controller manager and scheduler, external DNS, cert manager and its
 * dependants, issuer discovery, the cloud controller manager and EBS CSI driver, components' cloud provider, update
 * policy, hooks, file assets, rolling update, warm pool and the addons with prerequisites), with values kops accepts
 * and values it refuses. Fixes are made against DEV only; HOLDOUT is run once after
 * them. After a fix, regenerate with {@code -Dpodnet.conformance.update=true} and update {@link #EXPECTED}.
 */
class ClusterGeneratedSpecConformanceTest extends GeneratedSetConformance {
    /** part → {cases, verdict equal, kops accepted, completed spec equal, manifest hashes equal}. */
    static final Map<String, List<Integer>> EXPECTED = Map.of(
            "DEV", List.of(398, 397, 107, 107, 107),
            "HOLDOUT", List.of(399, 399, 103, 103, 103));

    ClusterGeneratedSpecConformanceTest() {
        super(GeneratedCases.CLUSTER_ROOT, "cluster", EXPECTED, 700);
    }
}
