package dev.podnet.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.internal.facts.FactBinary;
import dev.podnet.api.internal.facts.FactDocument;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every binary form the build wrote beside a fact table of networking-api, networking-providers, networking-manifests
 * and podnet-insight holds exactly the values of the YAML beside it, and the tables a cold render reads have one.
 */
class ShippedFactBinaryTest {
    /** One table of each module, to find the module's classes (a directory, or its jar). */
    private static final List<String> ANCHORS = List.of("/dev/podnet/api/internal/allowed/allowed-values.yaml",
            "/dev/podnet/providers/cluster/cluster.yaml", "/dev/podnet/manifests/packaging.yaml",
            "/dev/podnet/insight/internal/lints.yaml");

    /** Tables every cold render of a Calico or Cilium spec reads, and the command line's lint and explain tables. */
    private static final List<String> READ_BY_A_RENDER = List.of("dev/podnet/api/internal/allowed/allowed-values.yaml",
            "dev/podnet/api/internal/decode/decode-schema.yaml", "dev/podnet/providers/cluster/rule-gates.yaml",
            "dev/podnet/providers/cluster/cluster.yaml", "dev/podnet/providers/cilium/provider.yaml",
            "dev/podnet/providers/cilium/rule-gates.yaml", "dev/podnet/manifests/packaging.yaml",
            "dev/podnet/manifests/internal/node/releases.yaml", "dev/podnet/manifests/cilium/releases.yaml",
            "dev/podnet/manifests/cilium/config-keys.yaml", "dev/podnet/manifests/calico/releases.yaml",
            "dev/podnet/insight/internal/lints.yaml", "dev/podnet/insight/internal/fields.yaml");

    @Test
    void everyFormHoldsTheValuesOfItsTable() throws Exception {
        List<String> checked = new ArrayList<>();
        for (String anchor : ANCHORS) {
            URI uri = ShippedFactBinaryTest.class.getResource(anchor).toURI();
            try (FileSystem jar = uri.getScheme().equals("jar") ? FileSystems.newFileSystem(uri, Map.of()) : null) {
                Path table = Path.of(uri);
                Path root = table;
                for (int i = 0; i < anchor.split("/").length - 1; i++) root = root.getParent();
                for (Path form : forms(root)) {
                    Path yaml = form.resolveSibling(form.getFileName().toString().replaceFirst("\\.bin$", ""));
                    byte[] text = Files.readAllBytes(yaml);
                    FactBinary.Value value = FactBinary.read(Files.readAllBytes(form), text);
                    assertThat(value).as("%s is the form of its table's text", form).isNotNull();
                    assertThat(spelt(value.value())).as(form.toString())
                            .isEqualTo(spelt(FactDocument.values(yaml.toString(), new String(text, StandardCharsets.UTF_8))));
                    checked.add(root.relativize(yaml).toString().replace('\\', '/'));
                }
            }
        }
        assertThat(checked).containsAll(READ_BY_A_RENDER);
    }

    private static List<Path> forms(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".yaml.bin")).sorted().toList();
        }
    }

    /** A value with the type of each part, so that 1 and "1", or a Long and an Integer, differ. */
    private static String spelt(Object v) {
        if (v instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder("{");
            m.forEach((k, x) -> b.append(spelt(k)).append(": ").append(spelt(x)).append(", "));
            return b.append('}').toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder b = new StringBuilder("[");
            l.forEach(x -> b.append(spelt(x)).append(", "));
            return b.append(']').toString();
        }
        return v == null ? "null" : v.getClass().getSimpleName() + ":" + v;
    }
}
