package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped modules' main code, read as source: package dependencies (imports and qualified
 * names, comments excluded) have no cycle, and each module depends only on the podnet modules its
 * pom names. Reading sources keeps this check free of reflection and of a bytecode library.
 */
class PackageDependencyTest {
    /** Shipped modules and the podnet modules each may use, as their poms declare. */
    private static final Map<String, Set<String>> MODULES = Map.of(
            "networking-api", Set.of(),
            "networking-providers", Set.of("networking-api"),
            "networking-manifests", Set.of("networking-api"),
            "podnet-insight", Set.of("networking-api"),
            "podnet-cli", Set.of("networking-api", "networking-providers", "networking-manifests", "podnet-insight"));
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\b(dev\\.podnet(?:\\.[a-z0-9_]+)+)\\.[A-Z]");
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    private static final Map<String, Set<String>> GRAPH = new TreeMap<>();
    private static final Map<String, String> MODULE_OF = new HashMap<>();

    @BeforeAll
    static void read() throws IOException {
        for (String module : MODULES.keySet()) {
            Path root = Path.of("..", module, "src", "main", "java");
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    if (f.getFileName().toString().equals("module-info.java")) continue;
                    String code = COMMENTS.matcher(Files.readString(f, StandardCharsets.UTF_8)).replaceAll("");
                    Matcher p = PACKAGE.matcher(code);
                    if (!p.find()) continue;
                    String pkg = p.group(1);
                    MODULE_OF.put(pkg, module);
                    Set<String> out = GRAPH.computeIfAbsent(pkg, k -> new TreeSet<>());
                    Matcher r = REFERENCE.matcher(code);
                    while (r.find()) {
                        if (!r.group(1).equals(pkg)) out.add(r.group(1));
                    }
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    @Test
    void readsEveryShippedModule() {
        assertThat(MODULE_OF.values()).containsAll(MODULES.keySet());
        assertThat(GRAPH).containsKeys("dev.podnet.api", "dev.podnet.providers", "dev.podnet.manifests", "dev.podnet.cli");
    }

    /**
     * The one cycle left, listed so that it cannot grow unnoticed: the YAML codec's internals build
     * the public problem types ({@code YamlProblem}, {@code ClusterYamlException}, {@code YamlLimits})
     * that {@code ClusterYaml} returns. Breaking it means internal problem types mapped at the facade.
     */
    private static final List<Set<String>> KNOWN_CYCLES =
            List.of(new TreeSet<>(Set.of("dev.podnet.api.yaml", "dev.podnet.api.yaml.internal")));

    @Test
    void noCycleBetweenPackagesButTheListedOne() {
        assertThat(cycles()).as("package cycles").containsExactlyInAnyOrderElementsOf(KNOWN_CYCLES);
    }

    @Test
    void modulesUseOnlyTheModulesTheyDeclare() {
        List<String> wrong = new ArrayList<>();
        GRAPH.forEach((pkg, deps) -> {
            String from = MODULE_OF.get(pkg);
            for (String dep : deps) {
                String to = MODULE_OF.get(dep);
                if (to != null && !to.equals(from) && !MODULES.get(from).contains(to)) {
                    wrong.add(pkg + " (" + from + ") -> " + dep + " (" + to + ")");
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    /** Strongly connected components with more than one package (Tarjan, iterative over the small graph). */
    private static List<Set<String>> cycles() {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> found = new ArrayList<>();
        int[] counter = {0};
        for (String v : GRAPH.keySet()) {
            if (!index.containsKey(v)) connect(v, index, low, stack, onStack, found, counter);
        }
        return found;
    }

    private static void connect(String v, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
            Set<String> onStack, List<Set<String>> found, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.push(v);
        onStack.add(v);
        for (String w : GRAPH.getOrDefault(v, Set.of())) {
            if (!GRAPH.containsKey(w)) continue;
            if (!index.containsKey(w)) {
                connect(w, index, low, stack, onStack, found, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) found.add(component);
        }
    }
}
