package dev.podnet.providers.validation;

import static dev.podnet.providers.validation.ValidationFixtures.aws;

import dev.podnet.api.Cluster;
import dev.podnet.api.EtcdCluster;
import dev.podnet.api.provider.CalicoSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clusters of the hand-probe tables of kops' checks outside networking: kops-oracle's minimal AWS Calico cluster
 * (ValidationFixtures) with blocks written beside it, each as a nested map of {@code spec} keys.
 */
final class OutsideNetworkingSpecs {
    private OutsideNetworkingSpecs() {
    }

    /**
     * The minimal cluster at {@code k8s} with {@code spec} blocks given as pairs (key, value), its etcd clusters main and
     * events of one member as kops-oracle's spec has them (Calico's template at kops 1.19 lists their members).
     */
    static Cluster with(String k8s, Object... pairs) {
        Cluster.Builder b = Cluster.builder().from(aws(k8s, CalicoSpec.builder().build()).build());
        for (String name : List.of("main", "events")) {
            b.addEtcdClusters(EtcdCluster.builder().name(name)
                    .putExtraFields("etcdMembers", List.of(map("instanceGroup", "master-us-test-1a", "name", "a"))).build());
        }
        for (int i = 0; i < pairs.length; i += 2) b.putExtraSpec((String) pairs[i], pairs[i + 1]);
        return b.build();
    }

    /** A map of the pairs (key, value), in order. */
    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], pairs[i + 1]);
        return m;
    }
}
