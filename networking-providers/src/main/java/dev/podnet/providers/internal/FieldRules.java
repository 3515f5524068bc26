package dev.podnet.providers.internal;

import dev.podnet.api.internal.cluster.IpFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cluster;
import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.version.SemanticVersion;
import dev.podnet.api.version.VersionRange;

/**
 * Field defaults as data: rows of {@code key} (a dotted path in the provider's YAML tree),
 * {@code value}, {@code since}/{@code until} (kops releases, half-open), an optional {@code when}
 * condition, a rule id and a reason. A default is applied only where the key is absent.
 *
 * <p>For one key, the rows whose release range contains the release and whose condition holds are
 * candidates; conditional rows win over unconditional ones (in file order); among unconditional rows
 * the newest {@code since} wins ("newest entry not after the release").
 *
 * <p>Conditions ({@code &}-joined terms): {@code ipv6Only}, {@code !ipv6Only}, {@code cloud=aws},
 * {@code cloud!=aws}, {@code has:field}, {@code absent:field}, {@code field=value},
 * {@code field!=value} (fields of the provider's tree, dotted), {@code field<1.8} and {@code field>=1.8}
 * (major.minor of a version-valued field; {@code kubernetesVersion} is the cluster's Kubernetes version).
 */
public final class FieldRules {
    /** One row. */
    public record Row(String key, Object value, VersionRange range, String when, String rule, String reason) {
        boolean conditional() { return when != null && !when.isBlank(); }

        static Row read(FactNode row) {
            return new Row(row.text("key"), row.get("value").plain(), row.range(), row.optionalText("when").orElse(null),
                    row.text("rule"), row.text("reason"));
        }
    }

    /** A row with what {@link #apply} derives from it prepared once: its condition's terms and the reason text. */
    private record Prepared(Row row, String[] terms, String reasonText) {
        static Prepared of(Row r) {
            String[] terms = null;
            if (r.conditional()) {
                terms = r.when().split("&");
                for (int i = 0; i < terms.length; i++) terms[i] = terms[i].trim();
            }
            return new Prepared(r, terms, r.reason() + " (kops " + r.range() + (r.conditional() ? "; when " + r.when() : "") + ")");
        }
    }

    /** One key's rows in file order, and the key's dotted path split. */
    private record KeyRows(String key, String[] path, List<Prepared> rows) {
    }

    private final String prefix;
    private final List<Row> rows;
    private final List<KeyRows> keys;

    private FieldRules(String prefix, List<Row> rows) {
        this.prefix = prefix;
        this.rows = List.copyOf(rows);
        Map<String, List<Prepared>> byKey = new java.util.LinkedHashMap<>();
        for (Row r : rows) byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(Prepared.of(r));
        List<KeyRows> ks = new ArrayList<>();
        byKey.forEach((k, rs) -> ks.add(new KeyRows(k, k.split("\\."), List.copyOf(rs))));
        this.keys = List.copyOf(ks);
    }

    /** Reads the {@code defaults} rows of a table; {@code prefix} is the path printed ({@code spec.networking.cilium}). */
    public static FieldRules of(String prefix, FactNode table) {
        return new FieldRules(prefix, table.rows("defaults", Row::read));
    }

    public List<Row> rows() { return rows; }

    /** Applies every matching default to {@code tree} in place, reporting each one. */
    public void apply(Map<String, Object> tree, Cluster cluster, KopsVersion release, Consumer<AppliedDefault> applied) {
        for (KeyRows key : keys) {
            if (get(tree, key.path()) != null) continue;
            Prepared chosen = null;
            for (Prepared p : key.rows()) {
                Row r = p.row();
                if (!r.range().contains(release) || !holds(p.terms(), tree, cluster)) continue;
                if (r.conditional()) {
                    if (chosen == null || !chosen.row().conditional()) chosen = p;
                    if (chosen.row().conditional()) break;
                } else if (chosen == null || (!chosen.row().conditional() && newer(r, chosen.row()))) {
                    chosen = p;
                }
            }
            if (chosen == null) continue;
            Row row = chosen.row();
            Object value = ProviderMaps.copyValue(row.value() == null ? "" : row.value());
            put(tree, key.key(), value);
            applied.accept(AppliedDefault.builder().path(prefix + "." + key.key()).value(Yamls.inline(value)).rule(row.rule())
                    .reason(chosen.reasonText()).releases(row.range()).build());
        }
    }

    private static boolean newer(Row a, Row b) {
        Optional<SemanticVersion> fa = a.range().from();
        if (fa.isEmpty()) return false;
        Optional<SemanticVersion> fb = b.range().from();
        return fb.isEmpty() || fa.get().isAtLeast(fb.get());
    }

    static boolean holds(String when, Map<String, Object> tree, Cluster cluster) {
        if (when == null || when.isBlank()) return true;
        for (String term : when.split("&")) {
            if (!term(term.trim(), tree, cluster)) return false;
        }
        return true;
    }

    /** {@link #holds(String, Map, Cluster)} of a condition split and trimmed beforehand (null: unconditional). */
    private static boolean holds(String[] terms, Map<String, Object> tree, Cluster cluster) {
        if (terms == null) return true;
        for (String term : terms) {
            if (!term(term, tree, cluster)) return false;
        }
        return true;
    }

    private static boolean term(String t, Map<String, Object> tree, Cluster cluster) {
        if (t.equals("ipv6Only")) return IpFamily.isIpv6Only(cluster);
        if (t.equals("!ipv6Only")) return !IpFamily.isIpv6Only(cluster);
        if (t.startsWith("cloud!=")) return !cluster.cloud().map(c -> c.id().equals(t.substring(7))).orElse(false);
        if (t.startsWith("cloud=")) return cluster.cloud().map(c -> c.id().equals(t.substring(6))).orElse(false);
        if (t.startsWith("has:")) return get(tree, t.substring(4)) != null;
        if (t.startsWith("absent:")) return get(tree, t.substring(7)) == null;
        java.util.regex.Matcher cmp = COMPARE.matcher(t);
        if (cmp.matches()) {
            int[] have = t.startsWith("kubernetesVersion") ? cluster.kubernetes().map(k -> new int[] {k.major(), k.minor()}).orElse(null)
                    : majorMinor(String.valueOf(get(tree, cmp.group(1))));
            int[] want = majorMinor(cmp.group(3));
            if (have == null || want == null) return false;
            int c = have[0] != want[0] ? Integer.compare(have[0], want[0]) : Integer.compare(have[1], want[1]);
            return cmp.group(2).equals("<") ? c < 0 : c >= 0;
        }
        int ne = t.indexOf("!=");
        if (ne > 0) return !t.substring(ne + 2).equals(String.valueOf(get(tree, t.substring(0, ne))));
        int eq = t.indexOf('=');
        if (eq > 0) return t.substring(eq + 1).equals(String.valueOf(get(tree, t.substring(0, eq))));
        throw new IllegalStateException("unknown condition term \"" + t + "\" in a podnet defaults table");
    }

    private static final java.util.regex.Pattern COMPARE = java.util.regex.Pattern.compile("([A-Za-z][\\w.]*)\\s*(<|>=)\\s*(.+)");
    private static final java.util.regex.Pattern MAJOR_MINOR = java.util.regex.Pattern.compile("v?(\\d+)\\.(\\d+).*");

    private static int[] majorMinor(String v) {
        java.util.regex.Matcher m = MAJOR_MINOR.matcher(v.trim());
        return m.matches() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : null;
    }

    public static Object get(Map<String, Object> tree, String dotted) {
        return get(tree, dotted.split("\\."));
    }

    @SuppressWarnings("unchecked")
    private static Object get(Map<String, Object> tree, String[] path) {
        Object cur = tree;
        for (String p : path) {
            if (!(cur instanceof Map<?, ?> m)) return null;
            cur = ((Map<String, Object>) m).get(p);
        }
        return cur;
    }

    @SuppressWarnings("unchecked")
    public static void put(Map<String, Object> tree, String dotted, Object value) {
        String[] parts = dotted.split("\\.");
        Map<String, Object> cur = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            Object next = cur.get(parts[i]);
            if (!(next instanceof Map<?, ?>)) {
                next = new java.util.LinkedHashMap<String, Object>();
                cur.put(parts[i], next);
            }
            cur = (Map<String, Object>) next;
        }
        cur.put(parts[parts.length - 1], value);
    }
}
