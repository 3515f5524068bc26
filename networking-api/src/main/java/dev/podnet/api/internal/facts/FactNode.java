package dev.podnet.api.internal.facts;

import dev.podnet.api.version.SemanticVersion;
import dev.podnet.api.version.VersionRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One node of a {@link FactDocument} (a mapping, a list or a scalar) with typed accessors. Every
 * accessor checks the shape it expects and otherwise throws a {@link FactFormatException} naming the
 * resource, this node's location (e.g. {@code defaults[3].since}) and the reason; {@link #rows} and
 * {@link #byRelease} also wrap a reader's own failure with the row's location. Immutable.
 */
public final class FactNode {
    private final String resource;
    private final String location;
    private final Object value;

    FactNode(String resource, String location, Object value) {
        this.resource = resource;
        this.location = location;
        this.value = value;
    }

    /** Where this node sits in its document, e.g. {@code lifecycle."1.18"} or {@code defaults[2]}. */
    public String location() { return location; }

    public String resource() { return resource; }

    /** A failure at this node. */
    public FactFormatException fail(String reason) { return new FactFormatException(resource, location, reason); }

    public boolean isNull() { return value == null; }

    /** True if this node is a mapping. */
    public boolean isMapping() { return value instanceof Map<?, ?>; }

    /** True if this is a mapping with {@code key} set to a non-null value. */
    public boolean has(String key) { return value instanceof Map<?, ?> m && m.get(key) != null; }

    /** The child at {@code key} of this mapping (a null node when the key is absent). */
    public FactNode get(String key) {
        return new FactNode(resource, location.isEmpty() ? key : location + "." + key, mapping().get(key));
    }

    public Optional<FactNode> find(String key) { return has(key) ? Optional.of(get(key)) : Optional.empty(); }

    /** A scalar as text (numbers and booleans as YAML wrote them). */
    public String text() {
        if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) throw fail("expected a scalar, found " + kind());
        return String.valueOf(value);
    }

    public String text(String key) { return get(key).text(); }

    public Optional<String> optionalText(String key) { return find(key).map(FactNode::text); }

    public int integer() {
        if (!(value instanceof Number n) || n.longValue() != n.intValue()) throw fail("expected an integer, found " + kind());
        return n.intValue();
    }

    public int integer(String key) { return get(key).integer(); }

    public boolean bool() {
        if (!(value instanceof Boolean b)) throw fail("expected true or false, found " + kind());
        return b;
    }

    public boolean bool(String key) { return get(key).bool(); }

    public boolean bool(String key, boolean absent) { return has(key) ? get(key).bool() : absent; }

    /** A list of scalars as text; a null node is the empty list. */
    public List<String> texts() {
        if (value == null) return List.of();
        List<String> out = new ArrayList<>();
        for (FactNode n : items()) out.add(n.text());
        return List.copyOf(out);
    }

    public List<String> texts(String key) { return get(key).texts(); }

    /** The keys of this mapping, in document order. */
    public List<String> keys() {
        List<String> out = new ArrayList<>();
        for (Object k : mapping().keySet()) out.add(String.valueOf(k));
        return List.copyOf(out);
    }

    /**
     * A version (a kops release such as {@code 1.27} or a Kubernetes version such as {@code 1.21.0}) as the
     * text written, checked to parse as a {@link SemanticVersion}.
     */
    public String version() {
        String v = text();
        try {
            SemanticVersion.parse(v);
        } catch (IllegalArgumentException e) {
            throw new FactFormatException(resource, location, "not a version: " + v, e);
        }
        return v;
    }

    /** The version at {@code key} of this mapping (see {@link #version()}). */
    public String version(String key) { return get(key).version(); }

    /**
     * The release range of this row: {@code since} (inclusive) and {@code until} (exclusive), either
     * optional; both absent is every release.
     */
    public VersionRange range() {
        Optional<String> since = optionalText("since");
        Optional<String> until = optionalText("until");
        try {
            if (since.isEmpty() && until.isEmpty()) return VersionRange.all();
            if (since.isEmpty()) return VersionRange.before(until.get());
            if (until.isEmpty()) return VersionRange.atLeast(since.get());
            return VersionRange.between(since.get(), until.get());
        } catch (IllegalArgumentException e) {
            throw new FactFormatException(resource, location, "bad release range: " + e.getMessage(), e);
        }
    }

    /** A release range written as a {@link VersionRange#parse} text ({@code ">=1.22 <1.34"}). */
    public VersionRange rangeText(String key) {
        FactNode n = get(key);
        try {
            return VersionRange.parse(n.text());
        } catch (IllegalArgumentException e) {
            throw new FactFormatException(resource, n.location, e.getMessage(), e);
        }
    }

    /**
     * The plain value of this node, for facts that are themselves YAML (a default's value copied
     * into a provider's tree): a deep, read-only copy.
     */
    public Object plain() { return freeze(value); }

    /** This mapping's plain values (see {@link #plain()}) by key, in document order: a deep, read-only copy. */
    public Map<String, Object> plainMapping() {
        if (!isMapping()) throw fail("expected a mapping, found " + kind());
        Map<String, Object> out = new LinkedHashMap<>();
        mapping().forEach((k, x) -> out.put(String.valueOf(k), freeze(x)));
        return Collections.unmodifiableMap(out);
    }

    /** The list at {@code key} (absent: none), each row read by {@code reader}; a failure names the row index. */
    public <T> List<T> rows(String key, Function<FactNode, T> reader) {
        FactNode list = get(key);
        if (list.isNull()) return List.of();
        List<T> out = new ArrayList<>();
        for (FactNode row : list.items()) out.add(read(row, reader));
        return List.copyOf(out);
    }

    /**
     * The mapping at {@code key} keyed by release ({@code "1.18": row, "1.22": row}): each row holds from
     * its release (inclusive) until the next row's (exclusive). A {@code null} row ends the previous one.
     * Absent: an empty table.
     */
    public <T> ReleaseFacts<T> byRelease(String key, Function<FactNode, T> reader) {
        return get(key).asReleases(reader);
    }

    /** The table at {@code key} keyed by release (see {@link #byRelease}), each row true or false. */
    public ReleaseFacts<Boolean> boolByRelease(String key) { return byRelease(key, FactNode::bool); }

    /** The table at {@code key} keyed by release (see {@link #byRelease}), each row a scalar as text. */
    public ReleaseFacts<String> textByRelease(String key) { return byRelease(key, FactNode::text); }

    /** The table at {@code key} keyed by release (see {@link #byRelease}), each row a list of scalars as text. */
    public ReleaseFacts<List<String>> textsByRelease(String key) { return byRelease(key, FactNode::texts); }

    /** This mapping read as a table keyed by release (see {@link #byRelease}). */
    public <T> ReleaseFacts<T> asReleases(Function<FactNode, T> reader) {
        if (value == null) return ReleaseFacts.of(Map.of());
        Map<SemanticVersion, T> rows = new LinkedHashMap<>();
        for (String release : keys()) {
            FactNode row = new FactNode(resource, location + ".\"" + release + "\"", mapping().get(keyObject(release)));
            SemanticVersion since;
            try {
                since = SemanticVersion.parse(release).minorLine();
            } catch (IllegalArgumentException e) {
                throw new FactFormatException(resource, row.location, "not a release: " + e.getMessage(), e);
            }
            rows.put(since, row.isNull() ? null : read(row, reader));
        }
        return ReleaseFacts.of(rows);
    }

    /**
     * This list read as cumulative release rows: each row has {@code since} (a release; rows in release
     * order) and the facts that change at that release. The facts of a release are every row up to it
     * merged in order, a later row's key replacing an earlier one's; a key written as {@code null} removes
     * the fact. Each release's merged facts are read by {@code reader} once, here; a failure names the row
     * that starts the release. Each release holds until the next row's (see {@link ReleaseFacts}).
     */
    public <T> ReleaseFacts<T> cumulativeReleases(Function<FactNode, T> reader) {
        Map<SemanticVersion, T> out = new LinkedHashMap<>();
        Map<Object, Object> merged = new LinkedHashMap<>();
        SemanticVersion last = null;
        for (FactNode row : items()) {
            SemanticVersion since;
            try {
                since = SemanticVersion.parse(row.version("since")).minorLine();
            } catch (IllegalArgumentException e) {
                throw new FactFormatException(resource, row.location + ".since", "not a release: " + e.getMessage(), e);
            }
            if (last != null && !last.isBefore(since)) throw row.fail("rows must be in release order (" + since + " after " + last + ")");
            last = since;
            for (Map.Entry<?, ?> e : row.mapping().entrySet()) {
                if ("since".equals(String.valueOf(e.getKey()))) continue;
                if (e.getValue() != null) {
                    merged.put(String.valueOf(e.getKey()), e.getValue());
                } else if (merged.remove(String.valueOf(e.getKey())) == null) {
                    throw row.fail("null removes " + e.getKey() + ", which no earlier row sets");
                }
            }
            out.put(since, read(new FactNode(resource, row.location, new LinkedHashMap<>(merged)), reader));
        }
        return ReleaseFacts.of(out);
    }

    /** Checks that this mapping has no key but {@code known} (a misspelt fact fails at load, not silently). */
    public FactNode onlyKeys(Set<String> known) {
        for (String k : keys()) {
            if (!known.contains(k)) throw fail("unknown key " + k + " (known: " + String.join(", ", new TreeSet<>(known)) + ")");
        }
        return this;
    }

    /** A mapping of scalars as text, in document order; absent is the empty mapping. */
    public Map<String, String> textMap(String key) {
        FactNode m = get(key);
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.mapping().entrySet()) {
            String k = String.valueOf(e.getKey());
            out.put(k, new FactNode(resource, m.location + "." + k, e.getValue()).text());
        }
        return Collections.unmodifiableMap(out);
    }

    private <T> T read(FactNode row, Function<FactNode, T> reader) {
        try {
            return reader.apply(row);
        } catch (FactFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new FactFormatException(resource, row.location, String.valueOf(e.getMessage()), e);
        }
    }

    private List<FactNode> items() {
        if (!(value instanceof List<?> l)) throw fail("expected a list, found " + kind());
        List<FactNode> out = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) out.add(new FactNode(resource, location + "[" + i + "]", l.get(i)));
        return out;
    }

    private Map<?, ?> mapping() {
        if (value == null) return Map.of();
        if (!(value instanceof Map<?, ?> m)) throw fail("expected a mapping, found " + kind());
        return m;
    }

    private Object keyObject(String key) {
        for (Object k : mapping().keySet()) if (String.valueOf(k).equals(key)) return k;
        return key;
    }

    private String kind() {
        if (value == null) return "nothing";
        if (value instanceof Map<?, ?>) return "a mapping";
        if (value instanceof List<?>) return "a list";
        return "\"" + value + "\"";
    }

    private static Object freeze(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) out.put(String.valueOf(e.getKey()), freeze(e.getValue()));
            return Collections.unmodifiableMap(out);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object x : l) out.add(freeze(x));
            return Collections.unmodifiableList(out);
        }
        return v;
    }
}
