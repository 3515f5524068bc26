package dev.podnet.api.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link SemanticVersion#parse} reads the plain form ({@code [v]MAJOR.MINOR[.PATCH]}) without its
 * regular expression: over fixed and seeded random texts it must give what the expression alone
 * gives (the same version, or a refusal).
 */
class SemanticVersionParseTest {

    /** The form parse's regular expression reads, as a reference. */
    private static final Pattern FORM = Pattern.compile(
            "v?(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})(?:\\.(0|[1-9]\\d{0,8}))?(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?");

    private static String reference(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            return "refused";
        }
        return Integer.parseInt(m.group(1)) + "." + Integer.parseInt(m.group(2)) + "."
                + (m.group(3) == null ? 0 : Integer.parseInt(m.group(3))) + (m.group(4) == null ? "" : "-" + m.group(4));
    }

    private static String parsed(String text) {
        try {
            SemanticVersion v = SemanticVersion.parse(text);
            return v.major() + "." + v.minor() + "." + v.patch() + (v.isPreRelease() ? "-" + v.preRelease() : "");
        } catch (IllegalArgumentException e) {
            return "refused";
        }
    }

    @Test
    void fixedTextsParseAsTheRegularExpressionReadsThem() {
        List<String> texts = List.of("1.30", "1.30.2", "v1.30.0", "0.0.0", "1.37.0-alpha.1", "1.30.2+build", " 1.30.2 ",
                "01.30", "1.030", "1.30.02", "1", "1.", "1.30.", "1.30.2.4", "v", "", "V1.30", "1.30 ", "999999999.1",
                "1000000000.1", "1.30-", "1..2", "1.2.3x", "v1.2");
        for (String t : texts) {
            assertThat(parsed(t)).as(t).isEqualTo(reference(t));
        }
        assertThat(SemanticVersion.parse("v1.33.1")).isEqualTo(SemanticVersion.of(1, 33, 1));
        assertThatThrownBy(() -> SemanticVersion.parse("1.30.02")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void seededRandomTextsParseAsTheRegularExpressionReadsThem() {
        Random random = new Random(20261204L);
        String alphabet = "v0123456789.....-+a ";
        int accepted = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int k = 0; k < length; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = sb.toString();
            String expected = reference(t);
            assertThat(parsed(t)).as(t).isEqualTo(expected);
            if (!expected.equals("refused")) {
                accepted++;
            }
        }
        assertThat(accepted).as("texts the form accepts among the random ones").isGreaterThan(100);
    }
}
