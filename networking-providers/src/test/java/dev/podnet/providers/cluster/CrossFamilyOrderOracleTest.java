package dev.podnet.providers.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The order of kops' findings across the rule families of the whole spec (updatePolicy, hooks, fileAssets, the
 * kubeControllerManager and kubeScheduler fields, external DNS, the metrics server, the rolling update, cert manager's
 * hosted zones, the API load balancer class, the warm pool, the service accounts' external permissions, Karpenter, the
 * pod identity webhook, the API load balancer's subnets, the EBS CSI driver, the discovery store), each spec with one
 * error of many families at once, as kops-oracle lists them ({@code oracle/cross-family-order}: six AWS Calico specs,
 * two at 1.24, 1.28, 1.33.1 and 1.36, two with Karpenter also at 1.22, one with external permissions at 1.22-1.28, one
 * with the load balancer's subnets at 1.24, 1.30, 1.33.1 and 1.36; four with the cluster's ranges, the components'
 * copies of them, the subnets and etcd names beside the access lists, hooks, file assets and the components' own
 * fields at 1.19, 1.22, 1.24, 1.28 and 1.36, where kops moves the ranges after the kubelet from 1.28; one with the
 * container runtime between the external policies and the containerd block at 1.19, 1.24 and 1.36; one with the sysctl
 * parameters after the addons and before the rolling update at 1.28 and 1.36; {@code kops.tsv}
 * kops' error.txt per release). The families' own tests probe each alone.
 */
class CrossFamilyOrderOracleTest {
    private static final String FOLDER = "/oracle/cross-family-order/";

    record Row(String release, String spec, String kops) {
        @Override
        public String toString() {
            return release + " " + spec;
        }
    }

    static List<Row> rows() {
        return text("kops.tsv").lines().filter(l -> !l.startsWith("#")).map(l -> l.split("\t", -1))
                .map(f -> new Row(f[0], f[1], f[2])).toList();
    }

    @Test
    void everySpecAtItsReleases() {
        assertThat(rows()).hasSize(50);
        assertThat(rows().stream().map(Row::spec).distinct()).hasSize(12);
        assertThat(rows()).allSatisfy(r -> assertThat(r.kops()).startsWith("[").contains(", "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void podnetListsKopsFindingsInKopsOrder(Row row) {
        assertThat(ClusterFieldOracle.podnet(row.release(), text(row.spec() + ".yaml"))).isEqualTo(row.kops());
    }

    private static String text(String name) {
        try (InputStream in = CrossFamilyOrderOracleTest.class.getResourceAsStream(FOLDER + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
