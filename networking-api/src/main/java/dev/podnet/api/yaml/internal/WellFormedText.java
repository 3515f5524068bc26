package dev.podnet.api.yaml.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A value tree about to be written as a kops spec holds only Unicode text: a Java string can hold a lone
 * surrogate (half of a pair), which UTF-8 cannot encode. Written as a {@code \\uD83D} escape it would not read
 * back: kops' reader refuses surrogate escapes, and so does podnet's ({@code ClusterYamlBadInputTest}). So
 * writing refuses it, naming where it is.
 */
public final class WellFormedText {
    private WellFormedText() {
    }

    /**
     * Checks every key and string of {@code tree}.
     *
     * @param tree maps, lists and scalars
     * @param root the path of {@code tree} in the document ({@code ""} for the document itself)
     * @throws IllegalArgumentException naming the first key or value with a lone surrogate
     */
    public static void require(Object tree, String root) {
        if (tree instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String key = String.valueOf(e.getKey());
                String path = root.isEmpty() ? key : root + "." + key;
                check(key, path, "key");
                require(e.getValue(), path);
            }
        } else if (tree instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                require(l.get(i), root + "[" + i + "]");
            }
        } else if (tree instanceof String s) {
            check(s, root, "value");
        }
    }

    private static void check(String s, String path, String what) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s: the %s holds a lone surrogate (\\u%04X at index %d), which is not a Unicode character: a kops"
                            + " spec is UTF-8 text and cannot hold it", path.isEmpty() ? "(document)" : path, what, (int) c, i));
        }
    }
}
