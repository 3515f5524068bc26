package dev.podnet.api.internal.decode;

import dev.podnet.api.internal.GoScalars;
import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.yaml.internal.ReadProblem;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.version.VersionRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What kops' decoder checks before anything else, per release: which Cluster apiVersions it has
 * registered, and the JSON type of each field of the Cluster spec it decodes into typed Go structs
 * (the component blocks and the top-level fields users write outside {@code spec.networking}). A
 * field kops does not know at a release is dropped unread, whatever its value; a known field with a
 * value of the wrong type makes kops refuse the whole document. Facts: {@code decode-schema.yaml}.
 * Immutable.
 */
public final class DecodeSchema {
    static final String RESOURCE = "decode-schema.yaml";

    /** A type naming a list of a struct: {@code []hook}. */
    private static final String LIST_OF = "[]";

    /** A field's type over a range of releases: a {@link KopsFieldType} id, the name of a struct, or {@code []} and a struct's name. */
    record FieldRule(VersionRange releases, String type) {
    }

    private final Map<String, VersionRange> apiVersions;
    private final Map<String, String> roots;
    private final Map<String, Map<String, List<FieldRule>>> structs;

    private DecodeSchema(Map<String, VersionRange> apiVersions, Map<String, String> roots,
            Map<String, Map<String, List<FieldRule>>> structs) {
        this.apiVersions = Map.copyOf(apiVersions);
        this.roots = Map.copyOf(roots);
        this.structs = Map.copyOf(structs);
    }

    private static final class Shipped {
        static final DecodeSchema SCHEMA = read(FactDocument.load(DecodeSchema.class, RESOURCE, RESOURCE).root());
    }

    /** {@return the facts podnet ships} */
    public static DecodeSchema shipped() { return Shipped.SCHEMA; }

    /** Reads the facts' root node; every type named must be a {@link KopsFieldType} or a struct of the facts. */
    static DecodeSchema read(FactNode root) {
        Map<String, VersionRange> apiVersions = new LinkedHashMap<>();
        FactNode av = root.get("apiVersions");
        for (String k : av.keys()) apiVersions.put(k, av.rangeText(k));
        Map<String, String> roots = root.textMap("roots");
        FactNode s = root.get("structs");
        Map<String, Map<String, List<FieldRule>>> structs = new LinkedHashMap<>();
        for (String name : s.keys()) structs.put(name, fields(s.get(name)));
        for (Map.Entry<String, Map<String, List<FieldRule>>> e : structs.entrySet()) {
            for (Map.Entry<String, List<FieldRule>> f : e.getValue().entrySet()) {
                for (FieldRule r : f.getValue()) {
                    if (r.type().startsWith(LIST_OF)) {
                        if (!structs.containsKey(r.type().substring(LIST_OF.length()))) {
                            throw s.fail("no struct named " + r.type().substring(LIST_OF.length()) + " (field " + f.getKey() + ")");
                        }
                    } else if (!structs.containsKey(r.type())) {
                        KopsFieldType.of(r.type());
                    }
                }
            }
        }
        for (String r : roots.values()) {
            if (!structs.containsKey(r)) throw root.get("roots").fail("no struct named " + r);
        }
        return new DecodeSchema(apiVersions, roots, structs);
    }

    /** {@code fields}: type → field names, at every release; {@code changes}: field → range → type, only there. */
    private static Map<String, List<FieldRule>> fields(FactNode struct) {
        Map<String, List<FieldRule>> out = new LinkedHashMap<>();
        FactNode byType = struct.get("fields");
        for (String type : byType.keys()) {
            for (String field : byType.texts(type)) out.put(field, List.of(new FieldRule(VersionRange.all(), type)));
        }
        if (struct.has("changes")) {
            FactNode changes = struct.get("changes");
            for (String field : changes.keys()) {
                FactNode rows = changes.get(field);
                List<FieldRule> rules = new ArrayList<>();
                for (String range : rows.keys()) rules.add(new FieldRule(range(rows, range), rows.text(range)));
                out.put(field, List.copyOf(rules));
            }
        }
        return out;
    }

    private static VersionRange range(FactNode at, String text) {
        try {
            return VersionRange.parse(text);
        } catch (IllegalArgumentException e) {
            throw at.fail("bad release range \"" + text + "\": " + e.getMessage());
        }
    }

    /**
     * The fields struct {@code struct} decodes at some release (a key outside them kops drops unread).
     *
     * @param struct a struct of the schema, e.g. {@code cloudProvider-v1alpha3}
     * @return its field names
     * @throws IllegalArgumentException if the schema has no such struct
     */
    public java.util.Set<String> fieldNames(String struct) {
        Map<String, List<FieldRule>> fields = structs.get(struct);
        if (fields == null) throw new IllegalArgumentException("no struct " + struct + " in " + RESOURCE);
        return fields.keySet();
    }

    /** The releases whose kops decodes a Cluster written in {@code apiVersion}; empty if none does. */
    public Optional<VersionRange> releases(String apiVersion) {
        return Optional.ofNullable(apiVersions.get(apiVersion));
    }

    /**
     * Every value of {@code spec} that {@code release}'s kops would refuse to decode, with its field
     * path ({@code spec.kubelet.maxPods}) and what kops expects there.
     *
     * @param spec the spec as read (plain values: maps, lists, strings, numbers, booleans, nulls)
     * @param apiVersion the document's apiVersion, which decides the struct layout
     * @param release the kops release
     * @return the problems, in the order kops' decoder meets them (each mapping's keys sorted, as kops' YAML-to-JSON
     *         step writes them), so that the first is the one kops reports; empty when kops decodes every typed field
     */
    public List<ReadProblem> check(Map<String, Object> spec, String apiVersion, KopsVersion release) {
        List<ReadProblem> out = new ArrayList<>();
        String root = roots.get(apiVersion);
        if (root != null) walk(root, spec, "spec", release, out);
        return out;
    }

    /**
     * Entries by the text of their keys. A named class rather than {@code Comparator.comparing(lambda)}, whose JDK-side
     * lambda a cold process spins when the class-data archive's training run did not sort (networking-benchmarks
     * README, seventeenth round).
     */
    private static final Comparator<Map.Entry<?, ?>> BY_KEY_TEXT = new ByKeyText();

    private static final class ByKeyText implements Comparator<Map.Entry<?, ?>> {
        @Override
        public int compare(Map.Entry<?, ?> a, Map.Entry<?, ?> b) {
            return String.valueOf(a.getKey()).compareTo(String.valueOf(b.getKey()));
        }
    }

    private void walk(String struct, Map<?, ?> value, String path, KopsVersion release, List<ReadProblem> out) {
        Map<String, List<FieldRule>> fields = structs.get(struct);
        // kops turns the YAML into JSON through a Go map, which writes the keys sorted (byte order; the keys kops
        // knows are ASCII, where Java's order is the same), and stops at, or reports, the first wrong value it meets
        // (kops-oracle 1.19-1.36, oracle/runtime-decode.tsv: two wrong fields, the first in key order reported)
        List<Map.Entry<?, ?>> entries = new ArrayList<>(value.entrySet());
        entries.sort(BY_KEY_TEXT);
        for (Map.Entry<?, ?> e : entries) {
            String key = String.valueOf(e.getKey());
            Optional<String> type = typeAt(fields.get(key), release);
            if (type.isEmpty()) continue; // unknown at this release: kops drops it unread
            String at = path + "." + key;
            Object v = e.getValue();
            if (type.get().startsWith(LIST_OF)) {
                walkList(type.get().substring(LIST_OF.length()), v, at, release, out);
            } else if (structs.containsKey(type.get())) {
                if (v instanceof Map<?, ?> m) walk(type.get(), m, at, release, out);
                else if (v != null) out.add(problem(at, KopsFieldType.OBJECT, v, release));
            } else {
                KopsFieldType t = KopsFieldType.of(type.get());
                if (!t.accepts(v)) out.add(problem(at, t, v, release));
            }
        }
    }

    /** A list of structs ({@code []hook}): each mapping walked at {@code path[i]}; a null entry is kops' zero struct. */
    private void walkList(String struct, Object v, String path, KopsVersion release, List<ReadProblem> out) {
        if (v instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object entry = list.get(i);
                if (entry instanceof Map<?, ?> m) walk(struct, m, path + "[" + i + "]", release, out);
                else if (entry != null) out.add(problem(path + "[" + i + "]", KopsFieldType.OBJECT, entry, release));
            }
        } else if (v != null) {
            out.add(problem(path, KopsFieldType.OBJECT_LIST, v, release));
        }
    }

    private static Optional<String> typeAt(List<FieldRule> rules, KopsVersion release) {
        if (rules == null) return Optional.empty();
        for (FieldRule r : rules) {
            if (r.releases().contains(release)) return Optional.of(r.type());
        }
        return Optional.empty();
    }

    private static ReadProblem problem(String path, KopsFieldType type, Object value, KopsVersion release) {
        return new ReadProblem(path, 0, 0, "expected " + type.expected() + ", got " + describe(value) + ": kops "
                + release + " refuses the document at decode");
    }

    /** A value as the user wrote it, in words: {@code the string "110"}, {@code 110.5}, {@code a list}. */
    static String describe(Object v) {
        if (v instanceof String s) return "the string \"" + s + "\"";
        if (v instanceof Double d) return GoScalars.formatDouble(d);
        if (v instanceof Map<?, ?>) return "a mapping";
        if (v instanceof List<?>) return "a list";
        return String.valueOf(v);
    }
}
