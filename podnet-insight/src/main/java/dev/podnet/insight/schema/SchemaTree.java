package dev.podnet.insight.schema;

import dev.podnet.api.ProviderInfo;
import dev.podnet.api.ProviderStatus;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.insight.explain.FieldDoc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The schema objects of one generation, by documented path ({@code spec.subnets[]} is a list's item). */
final class SchemaTree {
    private final KopsVersion release;
    private final Map<String, String> defaults;
    private final Map<String, Map<String, Object>> objects = new HashMap<>();

    SchemaTree(KopsVersion release, Map<String, String> defaults) {
        this.release = release;
        this.defaults = defaults;
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("type", "object");
        objects.put("spec", spec);
    }

    /** Adds one documented field under its parent object. */
    void add(FieldDoc doc) {
        Map<String, Object> schema = field(doc);
        String path = doc.path();
        if (doc.type().equals("object")) {
            objects.merge(path, schema, (old, fresh) -> {
                fresh.forEach(old::putIfAbsent);
                return old;
            });
            schema = objects.get(path);
        } else if (doc.type().equals("objects")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> items = (Map<String, Object>) schema.get("items");
            objects.put(path + "[]", items);
        }
        properties(object(parent(path))).put(name(path), schema);
    }

    /** The schema object at a path, made (and attached to its parent) when no field documented it. */
    Map<String, Object> object(String path) {
        Map<String, Object> o = objects.get(path);
        if (o != null) return o;
        o = new LinkedHashMap<>();
        o.put("type", List.of("object", "null"));
        objects.put(path, o);
        properties(object(parent(path))).put(name(path), o);
        return o;
    }

    /** The block of one provider: its fields, with the provider's status at the release. */
    Map<String, Object> providerBlock(ProviderInfo p) {
        Map<String, Object> block = object("spec.networking." + p.kind().key());
        block.put("description", "Selects " + p.kind().key() + " as the cluster's networking provider (status at kops "
                + release + ": " + p.status() + p.note().map(n -> "; " + n).orElse("") + ").");
        if (p.status() == ProviderStatus.DEPRECATED || p.status() == ProviderStatus.REMOVED) block.put("deprecated", true);
        return block;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> object) {
        return (Map<String, Object>) object.computeIfAbsent("properties", k -> new LinkedHashMap<String, Object>());
    }

    private static String parent(String path) {
        int dot = path.lastIndexOf('.');
        return path.substring(0, dot);
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private Map<String, Object> field(FieldDoc doc) {
        Map<String, Object> s = new LinkedHashMap<>(type(doc.type()));
        s.put("description", description(doc));
        List<String> allowed = doc.allowedAt(release);
        if (!allowed.isEmpty()) {
            List<Object> values = new ArrayList<>(allowed);
            values.add(null);
            s.put("enum", values);
        }
        String dflt = defaults.get(doc.path());
        if (dflt != null) typed(doc.type(), dflt).ifPresent(v -> s.put("default", v));
        if (doc.deprecated().isPresent()) s.put("deprecated", true);
        return s;
    }

    private static String description(FieldDoc doc) {
        StringBuilder b = new StringBuilder(doc.meaning());
        if (!doc.manifest().isEmpty() && !doc.manifest().get(0).equals(doc.meaning())) {
            b.append(" Rendered: ").append(String.join("; ", doc.manifest())).append('.');
        }
        doc.kopsDefault().ifPresent(d -> b.append(" kops default: ").append(d).append('.'));
        doc.deprecated().ifPresent(d -> b.append(" Deprecated: ").append(d).append('.'));
        return b.toString();
    }

    /** The JSON Schema type of a codec kind; null is allowed everywhere, as kops reads null as unset. */
    private static Map<String, Object> type(String kind) {
        Map<String, Object> s = new LinkedHashMap<>();
        switch (kind) {
            case "string" -> s.put("type", List.of("string", "null"));
            // a Kubernetes quantity: a string, or a plain number kept as written (ObjectCodec.quantity)
            case "quantity" -> s.put("type", List.of("string", "number", "null"));
            case "int32" -> {
                s.put("type", List.of("integer", "null"));
                s.put("minimum", Integer.MIN_VALUE);
                s.put("maximum", Integer.MAX_VALUE);
            }
            case "int64" -> {
                s.put("type", List.of("integer", "null"));
                s.put("minimum", Long.MIN_VALUE);
                s.put("maximum", Long.MAX_VALUE);
            }
            case "boolean" -> s.put("type", List.of("boolean", "null"));
            case "strings" -> {
                s.put("type", List.of("array", "null"));
                s.put("items", Map.of("type", "string"));
            }
            case "stringMap" -> {
                s.put("type", List.of("object", "null"));
                s.put("additionalProperties", Map.of("type", List.of("string", "null")));
            }
            case "raw" -> { /* any value: podnet keeps it as written */ }
            case "object" -> s.put("type", List.of("object", "null"));
            case "objects" -> {
                s.put("type", List.of("array", "null"));
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("type", List.of("object", "null"));
                s.put("items", item);
            }
            default -> throw new IllegalStateException("unknown field kind " + kind);
        }
        return s;
    }

    /** A default's YAML text as the field's JSON type; empty when it does not read as one. */
    private static java.util.Optional<Object> typed(String kind, String text) {
        try {
            return switch (kind) {
                case "string", "quantity" -> text.startsWith("{") || text.startsWith("[") || text.startsWith("(")
                        ? java.util.Optional.empty() : java.util.Optional.of(text);
                case "int32", "int64" -> java.util.Optional.of(Long.parseLong(text));
                case "boolean" -> text.equals("true") || text.equals("false")
                        ? java.util.Optional.of(Boolean.parseBoolean(text)) : java.util.Optional.empty();
                default -> java.util.Optional.empty();
            };
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
