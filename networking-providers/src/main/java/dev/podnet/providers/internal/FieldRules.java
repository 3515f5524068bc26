package dev.podnet.providers.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cluster;
import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.version.KopsVersion;
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

    private final String prefix;
    private final List<Row> rows;
    private final List<String> keys;

    private FieldRules(String prefix, List<Row> rows) {
        this.prefix = prefix;
        this.rows = List.copyOf(rows);
        List<String> ks = new ArrayList<>();
        for (Row r : rows) if (!ks.contains(r.key())) ks.add(r.key());
        this.keys = List.copyOf(ks);
    }

    /** Reads the {@code defaults} rows of a table; {@code prefix} is the path printed ({@code spec.networking.cilium}). */
    public static FieldRules of(String prefix, FactNode table) {
        return new FieldRules(prefix, table.rows("defaults", Row::read));
    }

    public List<Row> rows() { return rows; }

    /** Applies every matching default to {@code tree} in place, reporting each one. */
    public void apply(Map<String, Object> tree, Cluster cluster, KopsVersion release, Consumer<AppliedDefault> applied) {
        for (String key : keys) {
            if (get(tree, key) != null) continue;
            Row chosen = null;
            for (Row r : rows) {
                if (!r.key().equals(key) || !r.range().contains(release) || !holds(r.when(), tree, cluster)) continue;
                if (r.conditional()) {
                    if (chosen == null || !chosen.conditional()) chosen = r;
                    if (chosen.conditional()) break;
                } else if (chosen == null || (!chosen.conditional() && newer(r, chosen))) {
                    chosen = r;
                }
            }
            if (chosen == null) continue;
            Object value = ProviderMaps.deepCopy(Map.of("v", chosen.value() == null ? "" : chosen.value())).get("v");
            put(tree, key, value);
            applied.accept(AppliedDefault.builder().path(prefix + "." + key).value(Yamls.inline(value)).rule(chosen.rule())
                    .reason(chosen.reason() + " (kops " + chosen.range() + (chosen.conditional() ? "; when " + chosen.when() : "") + ")")
                    .releases(chosen.range()).build());
        }
    }

    private static boolean newer(Row a, Row b) {
        return a.range().from().map(fa -> b.range().from().map(fa::isAtLeast).orElse(true)).orElse(false);
    }

    static boolean holds(String when, Map<String, Object> tree, Cluster cluster) {
        if (when == null || when.isBlank()) return true;
        for (String term : when.split("&")) {
            if (!term(term.trim(), tree, cluster)) return false;
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

    @SuppressWarnings("unchecked")
    public static Object get(Map<String, Object> tree, String dotted) {
        Object cur = tree;
        for (String p : dotted.split("\\.")) {
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
