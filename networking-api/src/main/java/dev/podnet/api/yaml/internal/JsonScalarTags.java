package dev.podnet.api.yaml.internal;

import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.JsonScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * The tag snakeyaml-engine's {@link JsonScalarResolver} (YAML 1.2's JSON schema, its {@code Load}'s
 * default) gives a scalar, decided without regular expressions: the resolver compiles its patterns
 * when first loaded, which cost a cold command line more than reading every fact table. Plain
 * {@code true}/{@code false} are booleans, {@code null} and the empty scalar null, JSON integers ints,
 * JSON numbers and {@code .inf}, {@code -.inf}, {@code .nan} floats, anything else a string; a plain
 * scalar starting with {@code $} (an environment reference to snakeyaml) is left to the resolver itself.
 * JsonScalarTagsTest holds the two to the same tag on every scalar it draws.
 */
final class JsonScalarTags implements ScalarResolver {
    static final JsonScalarTags INSTANCE = new JsonScalarTags();

    private JsonScalarTags() {
    }

    /** Loaded only for a plain scalar starting with {@code $}. */
    private static final class Env {
        static final ScalarResolver RESOLVER = new JsonScalarResolver();
    }

    @Override
    public Tag resolve(String value, Boolean implicit) {
        if (!implicit) return Tag.STR;
        if (value.isEmpty()) return Tag.NULL;
        char first = value.charAt(0);
        if (first == '$') return Env.RESOLVER.resolve(value, implicit);
        if (first == 't' || first == 'f') return value.equals("true") || value.equals("false") ? Tag.BOOL : Tag.STR;
        if (first == 'n') return value.equals("null") ? Tag.NULL : Tag.STR;
        if (first == '.') return value.equals(".inf") || value.equals(".nan") ? Tag.FLOAT : Tag.STR;
        if (first == '-' || first >= '0' && first <= '9') return number(value);
        return Tag.STR;
    }

    /** {@code -?(0|[1-9][0-9]*)} an int; with a fraction {@code \.[0-9]*} and/or an exponent {@code [eE][-+]?[0-9]+}, or {@code -.inf}, a float. */
    private static Tag number(String v) {
        int n = v.length();
        int i = v.charAt(0) == '-' ? 1 : 0;
        if (i == n) return Tag.STR;
        if (v.charAt(i) == '.') return v.substring(i).equals(".inf") ? Tag.FLOAT : Tag.STR;
        if (v.charAt(i) == '0') {
            i++;
        } else if (v.charAt(i) >= '1' && v.charAt(i) <= '9') {
            i = digits(v, i + 1);
        } else {
            return Tag.STR;
        }
        if (i == n) return Tag.INT;
        if (v.charAt(i) == '.') {
            i = digits(v, i + 1);
        }
        if (i < n && (v.charAt(i) == 'e' || v.charAt(i) == 'E')) {
            i++;
            if (i < n && (v.charAt(i) == '-' || v.charAt(i) == '+')) i++;
            int exponent = i;
            i = digits(v, i);
            if (i == exponent) return Tag.STR;
        }
        return i == n ? Tag.FLOAT : Tag.STR;
    }

    private static int digits(String v, int from) {
        int i = from;
        while (i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
