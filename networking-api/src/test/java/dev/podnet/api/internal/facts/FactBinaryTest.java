package dev.podnet.api.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The binary form of a fact table: the values written come back, and only for the text they were written from. */
class FactBinaryTest {
    private static final byte[] YAML = "a: 1\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void everyKindOfValueComesBackAsTheYamlReaderMakesIt() {
        Map<Object, Object> value = new LinkedHashMap<>();
        value.put("text", "été – ok");
        value.put("again", "été – ok");
        value.put("int", -7);
        value.put("long", 1L << 40);
        value.put("big", new BigInteger("123456789012345678901234567890"));
        value.put("bools", new ArrayList<>(List.of(true, false)));
        value.put("null", null);
        value.put("empty", new LinkedHashMap<>());
        value.put(3, "an int key");
        List<Object> nested = new ArrayList<>();
        nested.add(new ArrayList<>());
        nested.add(null);
        value.put("nested", nested);

        Object back = FactBinary.read(FactBinary.write(value, YAML), YAML).value();

        assertThat(back).isEqualTo(value).isInstanceOf(LinkedHashMap.class);
        assertThat(new ArrayList<Object>(((Map<?, ?>) back).keySet())).containsExactlyElementsOf(value.keySet());
        assertThat(((Map<?, ?>) back).get("long")).isInstanceOf(Long.class);
        assertThat(((Map<?, ?>) back).get("bools")).isInstanceOf(ArrayList.class);
    }

    @Test
    void aFormOfAnotherTextIsNotRead() {
        byte[] form = FactBinary.write(Map.of("a", 1), YAML);

        assertThat(FactBinary.read(form, "a: 2\n".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(FactBinary.read(form, "a: 1\n\n".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(FactBinary.read(new byte[] {1, 2, 3}, YAML)).isNull();
        byte[] otherMagic = form.clone();
        otherMagic[0] = 'X';
        assertThat(FactBinary.read(otherMagic, YAML)).isNull();
    }

    @Test
    void aDamagedFormFailsClearly() {
        byte[] form = FactBinary.write(Map.of("key", List.of("a", "b")), YAML);

        assertThatThrownBy(() -> FactBinary.read(Arrays.copyOf(form, form.length - 1), YAML))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncated");
        byte[] badTag = form.clone();
        badTag[12] = 42;
        assertThatThrownBy(() -> FactBinary.read(badTag, YAML))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown tag 42");
        byte[] longer = Arrays.copyOf(form, form.length + 1);
        assertThatThrownBy(() -> FactBinary.read(longer, YAML))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 bytes after the value");
    }

    @Test
    void onlyTheValuesOfTablesHaveAForm() {
        assertThatThrownBy(() -> FactBinary.write(Map.of("f", 1.5), YAML))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Double");
    }

    @Test
    void aTableIsReadFromItsFormOnlyWhenTheFormIsOfItsText() throws IOException {
        Path table = dir.resolve("t.yaml");
        Files.write(table, YAML);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThat(FactDocument.load(loader, "t.yaml").root().integer("a")).as("no form: the YAML").isEqualTo(1);

            // a form of this text whose value differs shows which one was read
            Files.write(dir.resolve("t.yaml.bin"), FactBinary.write(Map.of("a", 2), YAML));
            assertThat(FactDocument.load(loader, "t.yaml").root().integer("a")).as("the form").isEqualTo(2);

            Files.write(dir.resolve("t.yaml.bin"), FactBinary.write(Map.of("a", 2), "a: 0\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(FactDocument.load(loader, "t.yaml").root().integer("a")).as("a stale form: the YAML").isEqualTo(1);
        }
    }

    @Test
    void theWriterWritesTheFormOfTablesAndLeavesOtherYamlAlone() throws IOException {
        Path pkg = Files.createDirectories(dir.resolve("p"));
        Files.writeString(pkg.resolve("table.yaml"), "rows:\n  - since: \"1.20\"\n    x: [a, 1, true, null]\n",
                StandardCharsets.UTF_8);
        Files.writeString(pkg.resolve("objects.yaml"), "a: 1\n---\nb: 2\n", StandardCharsets.UTF_8);
        Files.writeString(pkg.resolve("floats.yaml"), "f: 1.5\n", StandardCharsets.UTF_8);
        Files.writeString(pkg.resolve("notes.txt"), "a: 1\n", StandardCharsets.UTF_8);

        List<Path> written = FactBinaryWriter.write(dir);

        assertThat(written).containsExactly(pkg.resolve("table.yaml"));
        byte[] yaml = Files.readAllBytes(pkg.resolve("table.yaml"));
        assertThat(FactBinary.read(Files.readAllBytes(pkg.resolve("table.yaml.bin")), yaml).value())
                .isEqualTo(FactDocument.values("table.yaml", new String(yaml, StandardCharsets.UTF_8)));
        assertThat(pkg.resolve("objects.yaml.bin")).doesNotExist();
        assertThat(pkg.resolve("floats.yaml.bin")).doesNotExist();
    }
}
