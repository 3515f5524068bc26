package dev.podnet.api.yaml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.JsonScalarResolver;

/** {@link JsonScalarTags} gives every scalar the tag snakeyaml-engine's {@link JsonScalarResolver} gives it. */
class JsonScalarTagsTest {
    private static final JsonScalarResolver SNAKEYAML = new JsonScalarResolver();
    private static final List<String> WORDS = List.of("true", "false", "null", ".inf", "-.inf", ".nan", "", "${x}");

    @Test
    void edgeCasesResolveAsSnakeyamlResolvesThem() {
        List<String> values = List.of("", "true", "false", "True", "TRUE", "tru", "truex", "f", "null", "Null", "nul",
                "nullx", "~", "0", "-0", "00", "01", "-01", "1", "-1", "12345678901234567890", "1.", "-1.", "1.5",
                "0.5", ".5", "-.5", "1e5", "1E5", "1e+5", "1e-5", "1e", "1e+", "1.e5", "1.5e", "-", "--1", "+1", ".inf",
                "-.inf", "+.inf", ".nan", "-.nan", ".NaN", ".Inf", ".", "-.", "1_000", "0x10", "0o7", "1:2", "$x",
                "${HOME}", "${HOME:-x}", "$", "yes", "no", "on", "off", "a b", "1 ", " 1", "1.5.5", "e5", "\u0000",
                "١", "1\n");
        for (String v : values) {
            assertThat(JsonScalarTags.INSTANCE.resolve(v, true)).as("plain %s", v).isEqualTo(SNAKEYAML.resolve(v, true));
            assertThat(JsonScalarTags.INSTANCE.resolve(v, false)).as("quoted %s", v).isEqualTo(Tag.STR);
        }
    }

    @Test
    void drawnScalarsResolveAsSnakeyamlResolvesThem() {
        Random random = new Random(20_261_205L);
        String alphabet = "0123456789-+.eEinfatrulsxN$ {}:_";
        int[] byTag = new int[5];
        List<Tag> tags = List.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            int length = random.nextInt(8);
            StringBuilder b = new StringBuilder(length);
            for (int c = 0; c < length; c++) {
                // digits more often, so that numbers of every shape are drawn
                b.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) ('0' + random.nextInt(10)));
            }
            if (random.nextInt(4) == 0) b.insert(0, '-');
            if (random.nextInt(8) == 0) {
                // the schema's words, whole or with a character more
                String word = WORDS.get(random.nextInt(WORDS.size()));
                b.setLength(0);
                b.append(word);
                if (random.nextBoolean()) b.insert(random.nextInt(word.length() + 1), alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String v = b.toString();
            Tag expected = SNAKEYAML.resolve(v, true);
            if (!JsonScalarTags.INSTANCE.resolve(v, true).equals(expected)) mismatches.add(v);
            int t = tags.indexOf(expected);
            if (t >= 0) byTag[t]++;
        }
        assertThat(mismatches).isEmpty();
        // every tag was drawn often enough to mean something
        assertThat(java.util.Arrays.stream(byTag).min().getAsInt()).isGreaterThan(20);
    }
}
