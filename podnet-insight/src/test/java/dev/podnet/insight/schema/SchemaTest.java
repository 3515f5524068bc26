package dev.podnet.insight.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.insight.explain.FieldDocs;
import dev.podnet.insight.internal.Json;
import dev.podnet.corpus.Corpus;
import dev.podnet.corpus.CorpusCase;
import dev.podnet.corpus.gen.GeneratedCases;
import dev.podnet.corpus.gen.JudgedCase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The generated schema, checked with an independent validator (networknt): it is a valid 2020-12
 * schema, kops' own inputs and completed specs satisfy it, and specs whose fault is a type or an
 * enum value fail it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchemaTest {
    private final FieldDocs docs = FieldDocs.load();
    private final SchemaGenerator generator = new SchemaGenerator(docs);
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new HashMap<>();
    /** Read once for the class: thousands of judged cases, gzip'd YAML. */
    private final List<JudgedCase> generated = GeneratedCases.all();

    private Schema schema(String release) {
        KopsVersion r = KopsVersion.of(release.startsWith("v") ? release.substring(1) : release);
        return schemas.computeIfAbsent(r.line().toString(), k -> registry.getSchema(generator.generate(r).json(), InputFormat.JSON));
    }

    private List<Error> errors(String release, Object document) {
        return schema(release).validate(Json.write(document), InputFormat.JSON);
    }

    private static List<Map<String, Object>> clusters(String yaml) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object d : new Load(LoadSettings.builder().build()).loadAllFromString(yaml)) {
            if (d instanceof Map<?, ?> m && "Cluster".equals(m.get("kind"))) {
                @SuppressWarnings("unchecked")
                Map<String, Object> cluster = (Map<String, Object>) m;
                out.add(cluster);
            }
        }
        return out;
    }

    @Test
    void everySchemaIsAValid2020_12Schema() {
        Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (String release : List.of("1.18.0", "1.22.0", "1.28.0", "1.33.1", "1.37.0-alpha.1")) {
            String json = generator.generate(KopsVersion.of(release)).json();
            assertThat(meta.validate(json, InputFormat.JSON)).as(release).isEmpty();
            assertThat(json).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")
                    .contains("\"mtu\"").contains("\"enum\"").contains("\"default\"").contains("\"deprecated\": true");
        }
    }

    @Test
    void theSchemaCarriesTheReleasesDefaultsAndEnums() {
        Map<String, Object> calico = at(generator.generate(KopsVersion.of("1.28.0")).tree(),
                "properties", "spec", "properties", "networking", "properties", "calico", "properties");
        assertThat(at(calico, "encapsulationMode")).containsEntry("default", "ipip")
                .containsEntry("enum", java.util.Arrays.asList("ipip", "vxlan", "none", "", null));
        assertThat(at(calico, "mtu").get("type")).isEqualTo(List.of("integer", "null"));
        Map<String, Object> old = at(generator.generate(KopsVersion.of("1.20.0")).tree(),
                "properties", "spec", "properties", "networking", "properties", "calico", "properties", "encapsulationMode");
        assertThat(old.get("enum")).isEqualTo(java.util.Arrays.asList("ipip", "vxlan", "", null));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> tree, String... keys) {
        Map<String, Object> m = tree;
        for (String k : keys) m = (Map<String, Object>) m.get(k);
        return m;
    }

    @Test
    void everyCorpusInputAndCompletedSpecSatisfiesItsReleasesSchema() {
        Corpus corpus = Corpus.kops();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (CorpusCase c : corpus.cases()) {
            List<String> files = new ArrayList<>();
            if (c.input() != null && !c.source().equals("create_cluster")) files.add(c.input());
            c.completedSpecPath().ifPresent(files::add);
            for (String file : files) {
                for (Map<String, Object> cluster : clusters(corpus.read(file))) {
                    List<Error> e = errors(c.kopsRelease(), cluster);
                    if (!e.isEmpty()) failures.add(c.id() + " " + file + ": " + e);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(failures).isEmpty();
    }

    @Test
    void generatedSpecsKopsAcceptsSatisfyTheSchema() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (JudgedCase c : generated) {
            if (!c.accepted()) continue;
            for (Map<String, Object> cluster : clusters(c.input())) {
                List<Error> e = errors(c.release(), cluster);
                if (!e.isEmpty()) failures.add(c.id() + ": " + e);
                checked++;
            }
            if (c.completed() != null) {
                List<Error> e = errors(c.release(), Map.of("apiVersion", "kops.k8s.io/v1alpha2", "kind", "Cluster",
                        "spec", c.completed()));
                if (!e.isEmpty()) failures.add(c.id() + " completed: " + e);
            }
        }
        assertThat(checked).isGreaterThan(1000);
        assertThat(failures).isEmpty();
    }

    /** The generator's enum mutations (a value outside kops' list) that kops refused are refused by the schema too. */
    @Test
    void generatedSpecsWithAnUnsupportedEnumValueFailTheSchema() {
        Set<String> enumFaults = Set.of("calico", "canal", "cilium", "cilium-eni", "flannel");
        List<String> passed = new ArrayList<>();
        int checked = 0;
        for (JudgedCase c : generated) {
            if (!c.rejected() || !"unsupported-option".equals(c.mutation()) || !enumFaults.contains(c.provider())) continue;
            for (Map<String, Object> cluster : clusters(c.input())) {
                if (errors(c.release(), cluster).stream().noneMatch(e -> e.getKeyword().equals("enum"))) passed.add(c.id());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(passed).isEmpty();
    }

    /** Accepted generated specs with one value of the wrong type: the schema refuses each, as podnet's reader does. */
    @Test
    void generatedSpecsWithAValueOfTheWrongTypeFailTheSchema() {
        List<String> passed = new ArrayList<>();
        int checked = 0;
        for (JudgedCase c : generated) {
            if (!c.accepted() || checked >= 400) continue;
            for (Map<String, Object> cluster : clusters(c.input())) {
                for (Map.Entry<String, Object> fault : TypeFaults.of(cluster, docs).entrySet()) {
                    Map<String, Object> bad = TypeFaults.apply(cluster, fault.getKey(), fault.getValue());
                    assertThat(TypeFaults.readerRefuses(bad)).as(c.id() + " " + fault).isTrue();
                    if (errors(c.release(), bad).stream().noneMatch(e -> e.getKeyword().equals("type")
                            || e.getKeyword().equals("maximum"))) {
                        passed.add(c.id() + " " + fault);
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
        assertThat(passed).isEmpty();
    }
}
