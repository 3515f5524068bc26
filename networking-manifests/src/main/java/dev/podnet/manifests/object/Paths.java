package dev.podnet.manifests.object;

import java.util.ArrayList;
import java.util.List;

/**
 * Field paths of {@link KubeObject#with(String, Object)}: {@code a.b[0].c} and
 * {@code metadata.annotations["key.with.dots"]}, as lists of String keys and Integer indexes.
 */
final class Paths {

    private Paths() {
    }

    static List<Object> parse(String path) {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("empty path");
        }
        List<Object> segments = new ArrayList<>();
        int i = 0;
        int n = path.length();
        boolean expectKey = true;
        while (i < n) {
            char c = path.charAt(i);
            if (c == '[') {
                i = bracket(path, i, segments) + 1;
                expectKey = false;
            } else if (c == '.') {
                if (expectKey) {
                    throw bad(path, "empty key");
                }
                expectKey = true;
                i++;
            } else {
                if (!expectKey) {
                    throw bad(path, "a key must follow a dot");
                }
                int end = i;
                while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                segments.add(path.substring(i, end));
                i = end;
                expectKey = false;
            }
        }
        if (expectKey) {
            throw bad(path, "ends with a dot");
        }
        return segments;
    }

    /** Reads the {@code [index]} or {@code ["quoted key"]} at {@code open} into {@code segments}; the index of its {@code ]}. */
    private static int bracket(String path, int open, List<Object> segments) {
        int n = path.length();
        if (open + 1 < n && (path.charAt(open + 1) == '"' || path.charAt(open + 1) == '\'')) {
            char quote = path.charAt(open + 1);
            int end = path.indexOf(quote, open + 2);
            if (end < 0 || end + 1 >= n || path.charAt(end + 1) != ']') {
                throw bad(path, "unterminated quoted key");
            }
            segments.add(path.substring(open + 2, end));
            return end + 1;
        }
        int close = path.indexOf(']', open);
        if (close < 0) {
            throw bad(path, "missing ]");
        }
        String index = path.substring(open + 1, close);
        try {
            int k = Integer.parseInt(index);
            if (k < 0) {
                throw bad(path, "negative index");
            }
            segments.add(k);
        } catch (NumberFormatException e) {
            throw bad(path, "[" + index + "] is neither an index nor a quoted key");
        }
        return close;
    }

    static List<Object> check(List<?> path) {
        List<Object> segments = new ArrayList<>(path.size());
        for (Object seg : path) {
            if (seg instanceof String || (seg instanceof Integer i && i >= 0)) {
                segments.add(seg);
            } else {
                throw new IllegalArgumentException("path segment " + seg
                        + " is neither a key (String) nor an index (non-negative Integer)");
            }
        }
        return segments;
    }

    static String format(List<Object> path) {
        StringBuilder sb = new StringBuilder();
        for (Object seg : path) {
            if (seg instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                String key = (String) seg;
                if (key.contains(".") || key.contains("[")) {
                    sb.append("[\"").append(key).append("\"]");
                } else {
                    if (sb.length() > 0) {
                        sb.append('.');
                    }
                    sb.append(key);
                }
            }
        }
        return sb.length() == 0 ? "the object" : sb.toString();
    }

    private static IllegalArgumentException bad(String path, String why) {
        return new IllegalArgumentException("bad path \"" + path + "\": " + why);
    }
}
