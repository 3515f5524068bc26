package dev.podnet.providers.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.providers.cluster.ClusterFieldOracle.Row;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON types kops' decoder wants in the addon blocks ({@code decode-schema.yaml}): nodeProblemDetector,
 * nodeTerminationHandler, metricsServer, certManager, awsLoadBalancerController, snapshotController,
 * clusterAutoscaler, karpenter, externalDns (v1alpha3: externalDNS) and ntp, and v1alpha3's cloudProvider.aws
 * nodeTerminationHandler and loadBalancerController, as kops-oracle 1.19, 1.20, 1.21, 1.22, 1.24, 1.28, 1.30, 1.33.1
 * and 1.36 decoded them: 2247 probes ({@code oracle/addon-decode.tsv}, {@code scripts/oracle/cluster-field-probes
 * addon-decode}), 211 cases on a v1alpha2 AWS Calico cluster at every release and 116 on a v1alpha3 one at 1.30, 1.33.1
 * and 1.36.
 * Each block given {@code x} and {@code [[1]]}, each field of kops' struct given {@code [[1]]} and a value of a
 * neighbouring type, an unknown key {@code [[1]]} and the block {@code null}; a field is refused from the release kops knows it
 * and dropped unread before. Where kops names the field it refused (encoding/json, 1.24 on), podnet names it too: kops
 * reports the first wrong value of the document in its JSON's key order (a bad quantity, a parse error, before any type
 * error), podnet every wrong value, kops' among them.
 */
class AddonDecodeOracleTest extends ClusterFieldOracleTest {
    /** encoding/json's type error: {@code ... into Go struct field MetricsServerConfig.spec.metricsServer.enabled of type bool}. */
    private static final Pattern KOPS_PATH = Pattern.compile("Go struct field [A-Za-z0-9]+\\.(spec(?:\\.[A-Za-z0-9]+)*) of type");

    @Override
    String table() {
        return "addon-decode";
    }

    @Override
    int probes() {
        return 2247;
    }

    /** The rows kops refused at decode naming the field (encoding/json's type errors, 1.24 on). */
    List<Row> namedRefusals() {
        return rows().stream().filter(r -> r.refusedWhenDecoded() && KOPS_PATH.matcher(r.answer()).find()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namedRefusals")
    void podnetNamesTheFieldKopsNames(Row row) {
        Matcher m = KOPS_PATH.matcher(row.answer());
        assertThat(m.find()).isTrue();
        String podnet = ClusterFieldOracle.podnet(row);
        assertThat(podnet).startsWith(ClusterFieldOracle.DECODE_REFUSAL);
        // kops' path has no list indexes: podnet's without them
        List<String> paths = List.of(podnet.substring(ClusterFieldOracle.DECODE_REFUSAL.length()).split(", "));
        assertThat(paths.stream().map(p -> p.replaceAll("\\[\\d+]", "")).collect(Collectors.toList()))
                .contains(m.group(1));
    }
}
