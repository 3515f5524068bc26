package dev.podnet.manifests.cilium;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link CiliumRenderer#versionPart} and {@link CiliumWorkloads#quantity} read their input without
 * regular expressions; they must answer as the regular-expression forms they replace.
 */
class CiliumVersionPartTest {

    private static int regexPart(String version, int i) {
        String[] p = version.replaceFirst("^v", "").split("[.-]");
        try {
            return i < p.length ? Integer.parseInt(p[i]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Test
    void versionPartsAsTheRegularExpressionSplit() {
        List<String> versions = List.of("v1.10.0", "1.15.6", "v1.16.0-rc.1", "v1.9", "v", "", "vv1.2.3", "v1..3",
                "v1.2.", ".5", "v-1.2", "v1.2.3.4", "v+1.2", "v1.x.3", "v99999999999.1.2", "1-2-3", "v1.11.6");
        for (String v : versions) {
            for (int i = 0; i < 4; i++) {
                assertThat(CiliumRenderer.versionPart(v, i)).as("%s part %d", v, i).isEqualTo(regexPart(v, i));
            }
        }
        assertThat(CiliumRenderer.versionPart("v1.16.0-rc.1", 1)).isEqualTo(16);
    }

    @Test
    void quantitiesAsTheRegularExpression() {
        for (String q : List.of("1", "25m", "128Mi", "000", "123456789012345678", "1234567890123456789", "", "1.5", "-1")) {
            Object expected = q.matches("[0-9]{1,18}") ? (Object) Long.parseLong(q) : q;
            assertThat(CiliumWorkloads.quantity(q)).as(q).isEqualTo(expected);
        }
    }
}
