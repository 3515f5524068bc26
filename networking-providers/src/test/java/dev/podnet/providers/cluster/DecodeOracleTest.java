package dev.podnet.providers.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.providers.cluster.ClusterFieldOracle.Row;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of {@link ClusterFieldOracle} that probes what kops' decoder refuses (decode-schema.yaml): besides the
 * verdicts, the field podnet names first is the one kops names. kops' encoding/json (1.24 on) writes it as
 * {@code Go struct field AssetsSpec.spec.assets.containerRegistry of type string}, without list indexes; json-iterator's
 * texts (up to 1.22) and those of a quantity or duration name no JSON path, so only the verdict is compared there.
 */
abstract class DecodeOracleTest extends ClusterFieldOracleTest {
    private static final Pattern GO_FIELD = Pattern.compile("Go struct field \\w+\\.(spec\\.[\\w.]+) of type ");

    List<Row> refusedWithPath() {
        return rows().stream().filter(Row::refusedWhenDecoded).filter(r -> GO_FIELD.matcher(r.answer()).find()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedWithPath")
    void podnetNamesFirstTheFieldKopsNames(Row row) {
        Matcher kops = GO_FIELD.matcher(row.answer());
        assertThat(kops.find()).isTrue();
        String podnet = ClusterFieldOracle.podnet(row);
        assertThat(podnet).startsWith(ClusterFieldOracle.DECODE_REFUSAL);
        String first = podnet.substring(ClusterFieldOracle.DECODE_REFUSAL.length()).split(", ")[0];
        assertThat(first.replaceAll("\\[\\d+]", "")).isEqualTo(kops.group(1));
    }

    @Test
    void someRowsNameTheirField() {
        assertThat(refusedWithPath()).isNotEmpty();
    }
}
