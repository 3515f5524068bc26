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
 * A table of kops-oracle's verdicts on values of the wrong JSON type ({@code decode-schema.yaml}): beside every row
 * answered as kops does, where kops names the field it refused (encoding/json, 1.24 on), podnet names it too. kops
 * reports the first wrong value of the document in its JSON's key order (a bad quantity or duration, a parse error,
 * before any type error), podnet every wrong value, kops' among them.
 */
abstract class DecodeTypeOracleTest extends ClusterFieldOracleTest {
    /** encoding/json's type error: {@code ... into Go struct field MetricsServerConfig.spec.metricsServer.enabled of type bool}. */
    private static final Pattern KOPS_PATH = Pattern.compile("Go struct field [A-Za-z0-9]+\\.(spec(?:\\.[A-Za-z0-9]+)*) of type");

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
