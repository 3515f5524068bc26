package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A provider is one package per layer, registered once per layer: {@code dev.podnet.providers.<name>} holds its
 * {@code ProviderPlugin} (defaults and rules) and {@code dev.podnet.manifests.<name>} its {@code ProviderRenderer},
 * the two layers have the same provider packages, and each module registers one service per provider package, the
 * same list for the module path ({@code provides ... with} in module-info) and the class path
 * ({@code META-INF/services}). Read from the sources, like {@link PackageDependencyTest}.
 */
class ProviderRegistrationTest {
    private static final Pattern PROVIDES = Pattern.compile("provides\\s+([\\w.]+)\\s+with\\s+([^;]+);");
    private static final Set<String> PROVIDERS_SHARED = Set.of("cluster", "internal", "validation");
    private static final Set<String> MANIFESTS_SHARED = Set.of("internal", "object", "yaml");

    private static List<String> provided(String module, String service) throws IOException {
        String info = Files.readString(Path.of("..", module, "src/main/java/module-info.java"), StandardCharsets.UTF_8)
                .replaceAll("//[^\\n]*", "");
        Matcher m = PROVIDES.matcher(info);
        while (m.find()) {
            if (m.group(1).equals(service)) return List.of(m.group(2).trim().split("\\s*,\\s*"));
        }
        return List.of();
    }

    private static List<String> listed(String module, String service) throws IOException {
        Path file = Path.of("..", module, "src/main/resources/META-INF/services", service);
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(l -> l.replaceAll("#.*", "").trim())
                .filter(l -> !l.isEmpty()).toList();
    }

    private static Set<String> providerPackages(String module, String root, Set<String> shared) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(Path.of("..", module, "src/main/java", root.replace('.', '/')))) {
            dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).filter(n -> !shared.contains(n)).forEach(out::add);
        }
        return out;
    }

    /** The provider package of each registered class ({@code dev.podnet.providers.calico.CalicoPlugin} → calico), one each. */
    private static List<String> packagesOf(List<String> classes, String root) {
        List<String> out = new ArrayList<>();
        for (String c : classes) {
            assertThat(c).as("registered class").startsWith(root + ".");
            String rest = c.substring(root.length() + 1);
            out.add(rest.substring(0, rest.indexOf('.')));
        }
        return out;
    }

    @Test
    void everyProviderIsOnePackagePerLayerRegisteredOnce() throws IOException {
        Set<String> rules = providerPackages("networking-providers", "dev.podnet.providers", PROVIDERS_SHARED);
        Set<String> renderers = providerPackages("networking-manifests", "dev.podnet.manifests", MANIFESTS_SHARED);
        assertThat(rules).hasSizeGreaterThanOrEqualTo(16).isEqualTo(renderers);

        List<String> plugins = provided("networking-providers", "dev.podnet.api.spi.ProviderPlugin");
        assertThat(listed("networking-providers", "dev.podnet.api.spi.ProviderPlugin")).as("class path registration")
                .containsExactlyInAnyOrderElementsOf(plugins);
        assertThat(packagesOf(plugins, "dev.podnet.providers")).as("one plugin per provider package")
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(rules);

        List<String> renderersProvided = provided("networking-manifests", "dev.podnet.manifests.internal.ProviderRenderer");
        assertThat(listed("networking-manifests", "dev.podnet.manifests.internal.ProviderRenderer")).as("class path registration")
                .containsExactlyInAnyOrderElementsOf(renderersProvided);
        assertThat(packagesOf(renderersProvided, "dev.podnet.manifests")).as("one renderer per provider package")
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(renderers);
    }
}
