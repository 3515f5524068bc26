package dev.podnet.api.internal;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.JsonSchema;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * What a plain scalar means to any YAML reader, 1.1 (kops' go-yaml v2, PyYAML, SnakeYAML) or 1.2
 * (snakeyaml-engine): a string is written plain only if every one of them reads it back as that
 * string. YAML 1.1 reads {@code on}, {@code OFF}, {@code y}, {@code 0777}, {@code 0x1F},
 * {@code 1_000}, {@code 1:30}, {@code 2001-12-14}, {@code ~}, {@code .Inf}, {@code .5}, {@code +12},
 * {@code <<} and {@code =} as something else; go-yaml v2 (encode.go) quotes the same set, so the
 * completed spec keeps kops' form.
 */
public final class SafeScalars {
    private SafeScalars() {
    }

    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
    private static final Set<String> BOOLS = Set.of("y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true",
            "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF");
    private static final Pattern INT = Pattern.compile(
            "[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+");
    private static final Pattern FLOAT = Pattern.compile(
            "[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(?:\\.[0-9_]*)?[eE][-+]?[0-9]+"
                    + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?"
                    + "(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::?[0-9]{2})?))?)?");

    /** The tag a YAML 1.1 or 1.2 reader may give the plain scalar {@code s}; {@link Tag#STR} if all read a string. */
    public static Tag resolve(String s) {
        if (NULLS.contains(s)) return Tag.NULL;
        if (BOOLS.contains(s)) return Tag.BOOL;
        char c = s.charAt(0);
        if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
            if (INT.matcher(s).matches()) return Tag.INT;
            if (FLOAT.matcher(s).matches() && !s.equals(".") && !s.equals("-.") && !s.equals("+.")) return Tag.FLOAT;
            if (TIMESTAMP.matcher(s).matches()) return TIMESTAMP_TAG;
        }
        if (s.equals("<<")) return Tag.MERGE;
        if (s.equals("=")) return VALUE;
        // go-yaml v2 itself (kops' reader) also takes e.g. 0X1F and 0B11 as integers (Go's ParseInt, base 0)
        return switch (GoScalars.resolvePlain(s).kind()) {
            case STRING -> Tag.STR;
            case INT -> Tag.INT;
            case BOOL -> Tag.BOOL;
            case NULL -> Tag.NULL;
            case FLOAT -> Tag.FLOAT;
            case TIMESTAMP -> TIMESTAMP_TAG;
        };
    }

    private static final Tag VALUE = new Tag("tag:yaml.org,2002:value");
    private static final Tag TIMESTAMP_TAG = new Tag("tag:yaml.org,2002:timestamp");

    /**
     * Characters a string must never carry raw: C0 controls but tab and line feed, DEL, C1
     * controls (NEL U+0085 among them: YAML 1.1 breaks lines there), U+2028 and U+2029 (line
     * breaks to YAML 1.1, content to 1.2), the byte order mark U+FEFF, non-characters and lone
     * surrogates. A string with one is written double-quoted, the character escaped.
     */
    public static boolean needsEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue; // printable ASCII, nearly every character
            }
            if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
                    || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return true;
            }
        }
        return false;
    }

    /** The dump schema: JSON's constructors, this resolver. */
    public static final Schema SCHEMA = new Schema() {
        // implicit false asks what a quoted scalar means: always a string.
        private final ScalarResolver resolver = (value, implicit) -> Boolean.TRUE.equals(implicit) ? resolve(value) : Tag.STR;

        @Override
        public ScalarResolver getScalarResolver() { return resolver; }

        @Override
        public Map<Tag, ConstructNode> getSchemaTagConstructors() { return jsonConstructors(); }
    };

    /**
     * The constructors of snakeyaml-engine's JSON schema, made on first use: the schema's resolver compiles its
     * patterns, which a render that never constructs through snakeyaml (a cold command line) need not pay for.
     */
    public static Map<Tag, ConstructNode> jsonConstructors() {
        return Json.SCHEMA.getSchemaTagConstructors();
    }

    private static final class Json {
        static final JsonSchema SCHEMA = new JsonSchema();
    }
}
