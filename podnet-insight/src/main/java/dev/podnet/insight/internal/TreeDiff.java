package dev.podnet.insight.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Two YAML trees (Kubernetes objects, node configuration) compared field by field. Paths use dots
 * for keys ({@code ["a.b"]} for a key with dots), {@code [name=x]} for an entry of a list of maps
 * with distinct {@code name}s (containers, env, volumes, ports: matched by name, so one inserted
 * entry does not shift the others), and {@code [i]} for an entry of another list of maps (entries
 * matched by a longest common subsequence, so an inserted RBAC rule is one added entry). A list of
 * scalars is one value, {@code [a, b]}; a map or list entry that only one side has is one value in
 * flow style.
 */
public final class TreeDiff {
    /** A key a map does not have, told apart from a key with a null value ({@code creationTimestamp: null}). */
    private static final Object ABSENT = new Object();

    private TreeDiff() {
    }

    /**
     * One field that differs.
     *
     * @param path   where
     * @param before the older value, null when absent
     * @param after  the newer value, null when absent
     */
    public record Change(String path, String before, String after) {
    }

    /** The differences from {@code before} to {@code after}, in the order of {@code after}. */
    public static List<Change> of(Map<String, ?> before, Map<String, ?> after) {
        List<Change> out = new ArrayList<>();
        diff("", before, after, out);
        return out;
    }

    /** Compares two values; {@link #ABSENT} stands for a missing key or list entry. */
    private static void diff(String path, Object a, Object b, List<Change> out) {
        if (Objects.equals(a, b)) return;
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb && !ma.isEmpty() && !mb.isEmpty()) {
            Set<Object> keys = new LinkedHashSet<>(mb.keySet());
            keys.addAll(ma.keySet());
            for (Object k : keys) {
                diff(key(path, String.valueOf(k)), ma.containsKey(k) ? ma.get(k) : ABSENT, mb.containsKey(k) ? mb.get(k) : ABSENT, out);
            }
        } else if (a instanceof List<?> la && b instanceof List<?> lb && maps(la) && maps(lb)) {
            Map<String, Object> na = named(la);
            Map<String, Object> nb = named(lb);
            if (na != null && nb != null) {
                Set<String> names = new LinkedHashSet<>(nb.keySet());
                names.addAll(na.keySet());
                for (String n : names) {
                    diff(path + "[name=" + n + "]", na.containsKey(n) ? na.get(n) : ABSENT, nb.containsKey(n) ? nb.get(n) : ABSENT, out);
                }
            } else {
                aligned(path, la, lb, out);
            }
        } else {
            out.add(new Change(path, a == ABSENT ? null : text(a), b == ABSENT ? null : text(b)));
        }
    }

    /** Entries of two unnamed lists matched by a longest common subsequence; the rest added or removed. */
    private static void aligned(String path, List<?> a, List<?> b, List<Change> out) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = Objects.equals(a.get(i), b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && Objects.equals(a.get(i), b.get(j))) {
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.add(new Change(path + "[" + j + "]", null, text(b.get(j))));
                j++;
            } else {
                out.add(new Change(path + "[" + i + "]", text(a.get(i)), null));
                i++;
            }
        }
    }

    private static boolean maps(List<?> l) {
        return !l.isEmpty() && l.stream().allMatch(e -> e instanceof Map);
    }

    private static Map<String, Object> named(List<?> l) {
        Map<String, Object> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Object e : l) {
            if (!(((Map<?, ?>) e).get("name") instanceof String n) || !seen.add(n)) return null;
            out.put(n, e);
        }
        return out;
    }

    private static String key(String path, String k) {
        boolean plain = !k.isEmpty() && k.chars().noneMatch(c -> c == '.' || c == '[' || c == ']' || c == '"' || c == ' ');
        if (!plain) return path + "[" + Json.quote(k) + "]";
        return path.isEmpty() ? k : path + "." + k;
    }

    /** A value on its own: scalars as text, maps and lists in flow style ({@code {a: 1, b: [x, y]}}). */
    public static String text(Object v) {
        if (v instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, x) -> parts.add(k + ": " + text(x)));
            return "{" + String.join(", ", parts) + "}";
        }
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            l.forEach(x -> parts.add(text(x)));
            return "[" + String.join(", ", parts) + "]";
        }
        return String.valueOf(v);
    }
}
