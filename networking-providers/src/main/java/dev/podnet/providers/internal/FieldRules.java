package dev.podnet.providers.internal;

import dev.podnet.api.internal.cluster.IpFamily;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.version.KubernetesVersion;
import dev.podnet.api.version.SemanticVersion;
import dev.podnet.api.version.VersionRange;

/**
 * Field defaults as data: rows of {@code key} (a dotted path in the provider's YAML tree),
 * {@code value}, {@code since}/{@code until} (kops releases, half-open), an optional {@code when}
 * condition, a rule id and a reason. A default is applied only where the key is absent.
 *
 * <p>For one key, the rows whose release range contains the release and whose condition holds are
 * candidates; conditional rows win over unconditional ones (the first in file order whose condition
 * holds); among unconditional rows the newest {@code since} wins ("newest entry not after the release";
 * of two with the same {@code since}, the later in the file; a row without {@code since} loses to any row
 * with one, and of several without, the first wins). Keys are applied in the order of their first row, each
 * seeing the values set for the keys before it.
 *
 * <p>Conditions ({@code &}-joined terms): {@code ipv6Only}, {@code !ipv6Only}, {@code cloud=aws},
 * {@code cloud!=aws}, {@code has:field}, {@code absent:field}, {@code field=value},
 * {@code field!=value} (fields of the provider's tree, dotted), {@code field<1.8} and {@code field>=1.8}
 * (major.minor of a version-valued field, false when the field is no version; {@code kubernetesVersion}
 * is the cluster's Kubernetes version, false when it has none).
 *
 * <p>What depends only on the table is done once, when it loads: each term is compiled into a
 * {@link Term} (a term of no known form, or a comparison with no major.minor version, fails then,
 * naming the table and the row); the path, the printed value and the reason of each applied default are
 * made once per row; and for each segment of releases between the ends of the rows' ranges (see
 * {@link ReleaseSegments}) the candidates of each key are chosen once: its conditional rows in range,
 * in file order, and the unconditional row that wins in range. Applying to a spec finds the release's
 * segment and evaluates only the conditions of those candidates.
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

    /**
     * A row with what {@link #apply} derives from it made once: its condition's terms (null: unconditional),
     * the value to copy into a tree, and the {@link AppliedDefault} reported (immutable, the same every time).
     */
    private record Prepared(Row row, Term[] terms, Object value, AppliedDefault applied) {
        static Prepared of(String prefix, FactNode node) {
            Row r = Row.read(node);
            Term[] terms = null;
            if (r.conditional()) {
                String[] parts = r.when().split("&");
                terms = new Term[parts.length];
                for (int i = 0; i < parts.length; i++) terms[i] = Term.compile(parts[i].trim());
            }
            Object value = r.value() == null ? "" : r.value();
            String reason = r.reason() + " (kops " + r.range() + (r.conditional() ? "; when " + r.when() : "") + ")";
            AppliedDefault applied = AppliedDefault.builder().path(prefix + "." + r.key()).value(Yamls.inline(value))
                    .rule(r.rule()).reason(reason).releases(r.range()).build();
            return new Prepared(r, terms, value, applied);
        }

        boolean holds(Map<String, Object> tree, Cluster cluster) {
            if (terms == null) return true;
            for (Term t : terms) {
                if (!t.holds(tree, cluster)) return false;
            }
            return true;
        }
    }

    /** One key of a segment: its dotted path split, its conditional candidates in file order, the unconditional winner. */
    private record Candidates(String[] path, Prepared[] conditional, Prepared unconditional) {
    }

    private final List<Row> rows;
    private final ReleaseSegments segments;
    /** The prepared rows by key, in the order of their first row, and each key's dotted path split. */
    private final Map<String, List<Prepared>> byKey;
    private final Map<String, String[]> paths;
    /**
     * Per segment, the keys with a candidate there, in the order of their first row: made when a release of the
     * segment is first asked for (a process completes at one release; making every segment's at load cost a cold
     * command a few ms for Cilium's rows). A {@link Segment} holds its array through a final field, so a thread that
     * reads a slot another has filled sees it whole; two threads may make the same one, equal, at worst.
     */
    private final Segment[] bySegment;

    /** One segment's keys (see {@link #bySegment}). */
    private record Segment(Candidates[] keys) {
    }

    private FieldRules(List<Prepared> prepared) {
        List<Row> rs = new ArrayList<>();
        List<VersionRange> ranges = new ArrayList<>();
        Map<String, List<Prepared>> byKey = new LinkedHashMap<>();
        for (Prepared p : prepared) {
            rs.add(p.row());
            ranges.add(p.row().range());
            List<Prepared> same = byKey.get(p.row().key());
            if (same == null) byKey.put(p.row().key(), same = new ArrayList<>());
            same.add(p);
        }
        this.rows = List.copyOf(rs);
        this.segments = ReleaseSegments.of(ranges);
        Map<String, String[]> paths = new LinkedHashMap<>();
        for (String k : byKey.keySet()) paths.put(k, path(k));
        this.byKey = java.util.Collections.unmodifiableMap(byKey);
        this.paths = java.util.Collections.unmodifiableMap(paths);
        this.bySegment = new Segment[segments.count()];
    }

    private Candidates[] at(KopsVersion release) {
        int s = segments.of(release);
        Segment segment = bySegment[s];
        if (segment == null) {
            segment = segment(s);
            bySegment[s] = segment;
        }
        return segment.keys();
    }

    private Segment segment(int s) {
        List<Candidates> keys = new ArrayList<>();
        for (Map.Entry<String, List<Prepared>> e : byKey.entrySet()) {
            List<Prepared> conditional = new ArrayList<>();
            Prepared unconditional = null;
            for (Prepared p : e.getValue()) {
                if (!segments.holds(p.row().range(), s)) continue;
                if (p.row().conditional()) conditional.add(p);
                else if (unconditional == null || newer(p.row(), unconditional.row())) unconditional = p;
            }
            if (!conditional.isEmpty() || unconditional != null) {
                keys.add(new Candidates(paths.get(e.getKey()), conditional.toArray(new Prepared[0]), unconditional));
            }
        }
        return new Segment(keys.toArray(new Candidates[0]));
    }

    /** Reads the {@code defaults} rows of a table; {@code prefix} is the path printed ({@code spec.networking.cilium}). */
    public static FieldRules of(String prefix, FactNode table) {
        return new FieldRules(table.rows("defaults", node -> Prepared.of(prefix, node)));
    }

    public List<Row> rows() { return rows; }

    /** Applies every matching default to {@code tree} in place, reporting each one. */
    public void apply(Map<String, Object> tree, Cluster cluster, KopsVersion release, Consumer<AppliedDefault> applied) {
        for (Candidates key : at(release)) {
            if (get(tree, key.path()) != null) continue;
            Prepared chosen = key.unconditional();
            for (Prepared p : key.conditional()) {
                if (p.holds(tree, cluster)) {
                    chosen = p;
                    break;
                }
            }
            if (chosen == null) continue;
            put(tree, key.path(), ProviderMaps.copyValue(chosen.value()));
            applied.accept(chosen.applied());
        }
    }

    private static boolean newer(Row a, Row b) {
        Optional<SemanticVersion> fa = a.range().from();
        if (fa.isEmpty()) return false;
        Optional<SemanticVersion> fb = b.range().from();
        return fb.isEmpty() || fa.get().isAtLeast(fb.get());
    }

    /** One term of a condition, compiled from its text when the table loads. */
    sealed interface Term {
        boolean holds(Map<String, Object> tree, Cluster cluster);

        /**
         * The term written {@code t} (trimmed). The forms are tried in this order, so {@code cloud!=x} is a
         * cloud term and {@code a>=1.8} a comparison, not a field equality.
         *
         * @throws IllegalArgumentException if {@code t} has no known form
         */
        static Term compile(String t) {
            if (t.equals("ipv6Only")) return new Ipv6Only(true);
            if (t.equals("!ipv6Only")) return new Ipv6Only(false);
            if (t.startsWith("cloud!=")) return new CloudIs(t.substring(7), false);
            if (t.startsWith("cloud=")) return new CloudIs(t.substring(6), true);
            if (t.startsWith("has:")) return new Present(path(t.substring(4)), true);
            if (t.startsWith("absent:")) return new Present(path(t.substring(7)), false);
            Matcher cmp = COMPARE.matcher(t);
            if (cmp.matches()) {
                int[] want = majorMinor(cmp.group(3));
                if (want == null) {
                    throw new IllegalArgumentException("condition term \"" + t + "\" compares with \"" + cmp.group(3)
                            + "\", which is no major.minor version");
                }
                String[] field = t.startsWith("kubernetesVersion") ? null : path(cmp.group(1));
                return new Compare(field, want[0], want[1], cmp.group(2).equals("<"));
            }
            int ne = t.indexOf("!=");
            if (ne > 0) return new FieldIs(path(t.substring(0, ne)), t.substring(ne + 2), false);
            int eq = t.indexOf('=');
            if (eq > 0) return new FieldIs(path(t.substring(0, eq)), t.substring(eq + 1), true);
            throw new IllegalArgumentException("unknown condition term \"" + t + "\"");
        }
    }

    /** {@code ipv6Only} ({@code want} true) or {@code !ipv6Only}. */
    private record Ipv6Only(boolean want) implements Term {
        @Override
        public boolean holds(Map<String, Object> tree, Cluster cluster) { return IpFamily.isIpv6Only(cluster) == want; }
    }

    /** {@code cloud=id} ({@code equal}) or {@code cloud!=id}; a cluster without a cloud is no cloud. */
    private record CloudIs(String id, boolean equal) implements Term {
        @Override
        public boolean holds(Map<String, Object> tree, Cluster cluster) {
            Optional<Cloud> cloud = cluster.cloud();
            return (cloud.isPresent() && cloud.get().id().equals(id)) == equal;
        }
    }

    /** {@code has:field} ({@code present}) or {@code absent:field}. */
    private record Present(String[] path, boolean present) implements Term {
        @Override
        public boolean holds(Map<String, Object> tree, Cluster cluster) { return (get(tree, path) != null) == present; }
    }

    /** {@code field=value} ({@code equal}) or {@code field!=value}, the field's value printed as text ({@code null} if absent). */
    private record FieldIs(String[] path, String value, boolean equal) implements Term {
        @Override
        public boolean holds(Map<String, Object> tree, Cluster cluster) {
            return value.equals(String.valueOf(get(tree, path))) == equal;
        }
    }

    /** {@code field<major.minor} ({@code less}) or {@code field>=major.minor}; {@code path} null: the cluster's Kubernetes version. */
    private record Compare(String[] path, int major, int minor, boolean less) implements Term {
        @Override
        public boolean holds(Map<String, Object> tree, Cluster cluster) {
            int[] have;
            if (path == null) {
                Optional<KubernetesVersion> k = cluster.kubernetes();
                have = k.isPresent() ? new int[] {k.get().major(), k.get().minor()} : null;
            } else {
                have = majorMinor(String.valueOf(get(tree, path)));
            }
            if (have == null) return false;
            int c = have[0] != major ? Integer.compare(have[0], major) : Integer.compare(have[1], minor);
            return less ? c < 0 : c >= 0;
        }
    }

    private static final Pattern COMPARE = Pattern.compile("([A-Za-z][\\w.]*)\\s*(<|>=)\\s*(.+)");

    /**
     * The major and minor of a version text, as the pattern {@code v?(\d+)\.(\d+).*} matches the trimmed text
     * ({@code \d} ASCII digits, {@code .} no line terminator), or null when it does not match; numbers too
     * large for an {@code int} throw {@link NumberFormatException} as {@link Integer#parseInt} does.
     * Written out because it runs per spec.
     */
    static int[] majorMinor(String v) {
        String s = v.trim();
        int n = s.length();
        int i = 0;
        if (i < n && s.charAt(i) == 'v') i++;
        int majorStart = i;
        while (i < n && isDigit(s.charAt(i))) i++;
        int majorEnd = i;
        if (majorEnd == majorStart || i >= n || s.charAt(i) != '.') return null;
        int minorStart = ++i;
        while (i < n && isDigit(s.charAt(i))) i++;
        int minorEnd = i;
        if (minorEnd == minorStart) return null;
        for (; i < n; i++) {
            if (isLineTerminator(s.charAt(i))) return null;
        }
        return new int[] {Integer.parseInt(s.substring(majorStart, majorEnd)), Integer.parseInt(s.substring(minorStart, minorEnd))};
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** A dotted path split as {@link String#split} splits it (trailing empty parts dropped). */
    private static String[] path(String dotted) { return dotted.split("\\."); }

    public static Object get(Map<String, Object> tree, String dotted) {
        return get(tree, path(dotted));
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

    public static void put(Map<String, Object> tree, String dotted, Object value) {
        put(tree, path(dotted), value);
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, String[] parts, Object value) {
        Map<String, Object> cur = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            Object next = cur.get(parts[i]);
            if (!(next instanceof Map<?, ?>)) {
                next = new LinkedHashMap<String, Object>();
                cur.put(parts[i], next);
            }
            cur = (Map<String, Object>) next;
        }
        cur.put(parts[parts.length - 1], value);
    }
}
