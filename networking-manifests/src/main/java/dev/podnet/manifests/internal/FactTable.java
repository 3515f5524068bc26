package dev.podnet.manifests.internal;

import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.internal.ReleaseTable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A table of facts by kops release, read from a YAML resource: a list of rows, each with
 * {@code since: "1.NN"} and the facts that change at that release. Rows are cumulative: the facts
 * for a release are every row up to it merged in order, a later row's key replacing an earlier
 * one's; a key written as {@code null} removes the fact. The merge is done once at load; the
 * lookup is {@link ReleaseTable}'s (newest row not after the release, by minor line).
 *
 * <p>Adding a release is adding a row. Instances are immutable and thread-safe.
 */
public final class FactTable {

    private final String resource;
    private final ReleaseTable<Map<String, Object>> rows;

    private FactTable(String resource, ReleaseTable<Map<String, Object>> rows) {
        this.resource = resource;
        this.rows = rows;
    }

    /** Loads the table at classpath resource {@code resource} (relative to {@code anchor}'s package). */
    @SuppressWarnings("unchecked")
    public static FactTable load(Class<?> anchor, String resource) {
        Object root = new Load(LoadSettings.builder().build()).loadFromString(Resources.text(anchor, resource));
        if (!(root instanceof List<?> list)) {
            throw new IllegalStateException(resource + ": a release table is a list of rows");
        }
        Map<String, Map<String, Object>> cumulative = new LinkedHashMap<>();
        Map<String, Object> merged = new LinkedHashMap<>();
        int last = -1;
        for (Object o : list) {
            Map<String, Object> m = (Map<String, Object>) o;
            String since = String.valueOf(m.get("since"));
            int minor = KopsVersion.of(since.chars().filter(c -> c == '.').count() == 1 ? since + ".0" : since).minor();
            if (minor <= last) {
                throw new IllegalStateException(resource + ": rows must be in release order (" + since + ")");
            }
            last = minor;
            for (Map.Entry<String, Object> e : m.entrySet()) {
                if (e.getKey().equals("since")) {
                    continue;
                }
                if (e.getValue() == null) {
                    merged.remove(e.getKey());
                } else {
                    merged.put(e.getKey(), e.getValue());
                }
            }
            cumulative.put(since, Collections.unmodifiableMap(new LinkedHashMap<>(merged)));
        }
        return new FactTable(resource, ReleaseTable.of(cumulative, v -> (Map<String, Object>) v));
    }

    /** The facts in force at {@code release}; empty (not {@linkplain Facts#covered covered}) if the table starts after it. */
    public Facts at(KopsVersion release) {
        Objects.requireNonNull(release, "release");
        Optional<Map<String, Object>> row = rows.at(release);
        return new Facts(resource + "@" + release.line(), row.isPresent(), row.orElse(Map.of()));
    }

    /** The facts of one release. */
    public static final class Facts {
        private final String where;
        private final boolean covered;
        private final Map<String, Object> values;

        Facts(String where, boolean covered, Map<String, Object> values) {
            this.where = where;
            this.covered = covered;
            this.values = values;
        }

        /** Whether the table has a row at or before the release. */
        public boolean covered() { return covered; }

        public Map<String, Object> asMap() { return values; }

        public Optional<String> string(String key) {
            Object v = values.get(key);
            return v == null ? Optional.empty() : Optional.of(String.valueOf(v));
        }

        public String required(String key) {
            return string(key).orElseThrow(() -> new IllegalStateException(where + ": no fact " + key));
        }

        public boolean flag(String key) {
            Object v = values.get(key);
            return v instanceof Boolean b ? b : v != null && Boolean.parseBoolean(String.valueOf(v));
        }

        public List<String> strings(String key) {
            Object v = values.get(key);
            if (v == null) return List.of();
            if (v instanceof List<?> l) return l.stream().map(String::valueOf).toList();
            return List.of(String.valueOf(v));
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> maps(String key) {
            Object v = values.get(key);
            return v == null ? List.of() : (List<Map<String, Object>>) v;
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> map(String key) {
            Object v = values.get(key);
            return v == null ? Map.of() : (Map<String, Object>) v;
        }
    }
}
