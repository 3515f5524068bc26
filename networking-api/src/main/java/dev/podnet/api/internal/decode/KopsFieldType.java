package dev.podnet.api.internal.decode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The JSON types kops decodes a Cluster's fields into, and which YAML values each accepts. kops turns
 * the YAML into JSON (an integral float such as {@code 110.0} or {@code 1e2} becomes the number
 * {@code 110} / {@code 100}) and decodes that into typed Go structs, refusing the whole document on the
 * first value of the wrong JSON type; {@code null} is accepted everywhere (kops-oracle 1.19-1.36: same
 * verdicts in json-iterator's era, up to 1.22, and encoding/json's, from 1.24).
 */
enum KopsFieldType {
    INT32("int32", "an integer (int32)"),
    INT64("int64", "an integer (int64)"),
    /** A Go uint32, as in an etcd cluster's {@code manager.backupRetentionDays} (kops-oracle 1.28-1.36: -1 and 4294967296 refused). */
    UINT32("uint32", "an integer from 0 to 4294967295 (uint32)"),
    /** Kubernetes' intstr.IntOrString, as in {@code rollingUpdate.maxSurge}: an int32 or a string. */
    INT_OR_STRING("int-or-string", "an integer (int32) or a string such as \"20%\""),
    BOOL("bool", "a boolean (true or false, unquoted)"),
    STRING("string", "a string"),
    DURATION("duration", "a duration string such as \"40s\""),
    QUANTITY("quantity", "a quantity such as \"100m\" or a number"),
    STRING_LIST("string-list", "a list of strings"),
    STRING_MAP("string-map", "a mapping of strings"),
    STRING_LIST_MAP("string-list-map", "a mapping of lists of strings"),
    /** A Go map[string]bool, as in {@code certManager.featureGates} (kops-oracle 1.30-1.36: {@code {a: "true"}} refused). */
    BOOL_MAP("bool-map", "a mapping of booleans (true or false, unquoted)"),
    /** A map of intstr.IntOrString, as in {@code containerd.configAdditions}. */
    INT_OR_STRING_MAP("int-or-string-map", "a mapping of integers (int32) or strings"),
    OBJECT("object", "a mapping"),
    OBJECT_LIST("object-list", "a list of mappings");

    private final String id;
    private final String expected;

    KopsFieldType(String id, String expected) {
        this.id = id;
        this.expected = expected;
    }

    /** The name the decode facts use ({@code int32}, {@code string-list}, ...). */
    String id() { return id; }

    /** What a value of this type looks like, in a user's words. */
    String expected() { return expected; }

    static KopsFieldType of(String id) {
        for (KopsFieldType t : values()) {
            if (t.id.equals(id)) return t;
        }
        throw new IllegalArgumentException("unknown field type \"" + id + "\"");
    }

    /** Whether kops decodes {@code value} (as podnet's reader resolved it) into a field of this type. */
    boolean accepts(Object value) {
        if (value == null) return true;
        return switch (this) {
            case INT32 -> integral(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case INT64 -> integral(value, Long.MIN_VALUE, Long.MAX_VALUE);
            case UINT32 -> integral(value, 0, 0xFFFF_FFFFL);
            case INT_OR_STRING -> value instanceof String || integral(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case BOOL -> value instanceof Boolean;
            case STRING -> value instanceof String;
            case DURATION -> value instanceof String s && KopsValueSyntax.isDuration(s);
            case QUANTITY -> value instanceof String s ? KopsValueSyntax.isQuantity(s) : finiteNumber(value);
            case STRING_LIST -> value instanceof List<?> l && all(l, KopsFieldType::stringOrNull);
            case STRING_MAP -> value instanceof Map<?, ?> m && all(m.values(), KopsFieldType::stringOrNull);
            case STRING_LIST_MAP -> value instanceof Map<?, ?> m && all(m.values(), STRING_LIST::accepts);
            case BOOL_MAP -> value instanceof Map<?, ?> m && all(m.values(), v -> v == null || v instanceof Boolean);
            case INT_OR_STRING_MAP -> value instanceof Map<?, ?> m && all(m.values(), INT_OR_STRING::accepts);
            case OBJECT -> value instanceof Map<?, ?>;
            case OBJECT_LIST -> value instanceof List<?> l && all(l, v -> v == null || v instanceof Map<?, ?>);
        };
    }

    /** A JSON number with no fraction inside [min, max]; kops' YAML-to-JSON step writes 110.0 as 110. */
    private static boolean integral(Object value, long min, long max) {
        if (value instanceof Integer || value instanceof Long) {
            long v = ((Number) value).longValue();
            return v >= min && v <= max;
        }
        // BigDecimal only for the rare BigInteger or float: its class initialisation alone was ~7 % of a
        // cold render's main thread on JDK 25 (networking-benchmarks README, ninth round (cold start))
        BigDecimal d;
        if (value instanceof BigInteger b) {
            d = new BigDecimal(b);
        } else if (value instanceof Double x && Double.isFinite(x)) {
            d = new BigDecimal(x);
            if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) return false;
        } else {
            return false;
        }
        return d.compareTo(BigDecimal.valueOf(min)) >= 0 && d.compareTo(BigDecimal.valueOf(max)) <= 0;
    }

    private static boolean finiteNumber(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof BigInteger
                || value instanceof Double d && Double.isFinite(d);
    }

    private static boolean stringOrNull(Object v) {
        return v == null || v instanceof String;
    }

    private static boolean all(Collection<?> values, Predicate<Object> test) {
        for (Object v : values) {
            if (!test.test(v)) return false;
        }
        return true;
    }
}
