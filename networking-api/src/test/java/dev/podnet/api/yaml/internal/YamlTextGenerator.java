package dev.podnet.api.yaml.internal;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random YAML texts for BlockYamlReaderDifferentialTest: mostly the block YAML of cluster
 * specs, with every scalar, layout and marker the subset reader must handle or step aside for,
 * then (for some) mutated character by character into near misses and broken input.
 */
final class YamlTextGenerator {
    /** Plain scalars of the subset. */
    private static final List<String> WORDS = List.of("a", "name", "kubenet", "cidr", "10.0.0.0/8", "1.30.2", "yes",
            "No", "on", "OFF", "y", "n", "true", "False", "~", "null", "NULL", "0", "-1", "017", "0x1F", "0o17", "0b101",
            "1_000", "1.5", "-.5", ".inf", "-.Inf", ".nan", "1e3", "6.8523015e+5", "2001-12-14", "2001-12-14t21:59:43.10-05:00",
            "100m", "1Gi", "http://x.example/a", "a:b", "a::", "a #b", "a#b", "a ,b", "a[0]", "a]", "x?y", "-x",
            "--flag=a,b", "caf\u00e9", "a  b", "12:30:00", "+1", "0.", "1__0", "9223372036854775808", "x\u00a0");
    /** Plain-looking scalars at and beyond the subset's border. */
    private static final List<String> EDGE = List.of("{x}", "x: y",
            "- x", "?x", ":x", "<<", "&a", "*a", "!t", "!!str", "|", ">", "%x", "@x", "`x", "'x'",
            "\"x\"", "---", "...", "--- x", "a  b", "a\tb", "caf\u00e9", "\u00e9t\u00e9", "\u4e2d\u6587", "\u00a0x",
            "x\u00a0", "\ud83d\ude00", "\u2028", "\u0085", "\ufeff", "\u0007", "x\u007f", "\u200b", "12:30:00", "190:20:30",
            "+1", "+.5", "0.", "._", "1__0", "0xG", "9223372036854775808", "-9223372036854775809", "18446744073709551616");
    private static final List<String> QUOTED = List.of("\"\"", "''", "\"a b\"", "'a b'", "'it''s'", "\"a\\\"b\"",
            "\"\\\\\"", "\"\\n\\t\\r\"", "\"\\x41\\u00e9\\U0001F600\"", "\"\\/\"", "\"\\0\\a\\b\\e\\f\\v\"", "\"\\N\\_\"",
            "\"\\ \"", "\"#x\"", "'# x'", "\"a: b\"", "'a: b'", "\"yes\"", "'017'", "'a\"b'", "\"a'b\"", "\"\\u0041\"",
            "\"caf\u00e9\"");
    private static final List<String> QUOTED_EDGE = List.of("\"\\L\\P\"", "\"\\q\"", "\"\\u12\"", "\"\\uD800\"",
            "\"\\x4g\"", "\"\\U00110000\"", "'a''", "\"unterminated", "\"a\tb\"", "\"\\\"", "\"a\\\nb\"");
    private static final List<String> FLOW = List.of("{}", "[]", "{ }", "[ ]", "[a, b]", "[a,b]", "[ 1, yes, ~ ]",
            "{a: 1, b: [x, y]}", "{a: 1}", "[\"a\", 'b']", "{\"a\": 1}", "[a b, c]", "[-1, -x]", "[[a], {}]",
            "[a, {b: c}]", "[ a , b ]", "{k1: '', k2: \"x\"}");
    private static final List<String> FLOW_EDGE = List.of("{a:1}", "[a, ]", "{a: }", "{a}", "[a: b]", "[a #c]", "[a]x",
            "{a: b}, c", "[a", "{\"a\":1}", "[a:b]", "[a?]", "[-]", "[a]#c", "{a: 1,}", "[&x a]");

    private final SplittableRandom random;

    YamlTextGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** One text: a stream of block documents, sometimes mutated. */
    String next() {
        StringBuilder b = new StringBuilder();
        int docs = random.nextInt(10) == 0 ? 1 + random.nextInt(3) : 1;
        for (int d = 0; d < docs; d++) {
            if (d > 0 || random.nextInt(4) == 0) b.append(pick(List.of("---\n", "---\n", "--- # c\n", "---  \n")));
            if (random.nextInt(30) == 0) continue;
            comments(b, 0);
            int indent = random.nextInt(15) == 0 ? 1 + random.nextInt(3) : 0;
            if (random.nextInt(6) == 0) sequence(b, indent, 0);
            else mapping(b, indent, 0);
            if (random.nextInt(20) == 0) b.append("...\n");
        }
        String text = b.toString();
        if (random.nextInt(30) == 0 && !text.isEmpty()) text = text.substring(0, text.length() - 1);
        return random.nextInt(4) == 0 ? mutate(text) : text;
    }

    private void mapping(StringBuilder b, int indent, int depth) {
        int keys = 1 + random.nextInt(depth > 1 ? 2 : 4);
        for (int i = 0; i < keys; i++) {
            if (i > 0 || b.length() == 0 || b.charAt(b.length() - 1) == '\n') b.append(" ".repeat(indent));
            b.append(random.nextInt(12) == 0 ? scalar() : random.nextInt(8) == 0 ? edgy(QUOTED, QUOTED_EDGE) : "k" + (random.nextInt(30) == 0 ? 0 : i));
            b.append(random.nextInt(25) == 0 ? " :" : ":");
            value(b, indent, depth, true);
        }
    }

    private void sequence(StringBuilder b, int indent, int depth) {
        int items = 1 + random.nextInt(depth > 2 ? 2 : 4);
        for (int i = 0; i < items; i++) {
            if (i > 0 || b.length() == 0 || b.charAt(b.length() - 1) == '\n') b.append(" ".repeat(indent));
            b.append('-');
            if (random.nextInt(4) == 0 && depth < 10) {
                // a compact mapping: its first key on the dash's line
                b.append(" ".repeat(1 + random.nextInt(random.nextInt(10) == 0 ? 3 : 1)));
                int at = b.length() - b.lastIndexOf("\n") - 1;
                mapping(b, at, depth + 1);
            } else {
                value(b, indent, depth, false);
            }
        }
    }

    private void value(StringBuilder b, int indent, int depth, boolean inMapping) {
        int kind = random.nextInt(depth > random.nextInt(5) ? 3 : 12);
        if (kind == 0) {
            b.append(random.nextInt(4) == 0 ? "   " : "").append('\n');
        } else if (kind < 3) {
            b.append(' ').append(random.nextInt(3) == 0 ? edgy(QUOTED, QUOTED_EDGE)
                    : random.nextInt(4) == 0 ? edgy(FLOW, FLOW_EDGE) : scalar());
            b.append(random.nextInt(8) == 0 ? "  # c" : random.nextInt(15) == 0 ? "  " : "").append('\n');
        } else if (kind < 8) {
            b.append(random.nextInt(10) == 0 ? " # c" : "").append('\n');
            comments(b, indent);
            mapping(b, indent + 1 + random.nextInt(random.nextInt(5) == 0 ? 4 : 2), depth + 1);
        } else {
            b.append('\n');
            comments(b, indent);
            // a sequence under a key: at the key's column (indentless) or deeper
            int at = inMapping && random.nextBoolean() ? indent : indent + 1 + random.nextInt(3);
            sequence(b, at, depth + 1);
        }
    }

    private void comments(StringBuilder b, int indent) {
        while (random.nextInt(8) == 0) {
            b.append(" ".repeat(random.nextInt(indent + 3))).append(random.nextBoolean() ? "# note: x\n" : "\n");
        }
    }

    private String scalar() {
        String w = edgy(WORDS, EDGE);
        return random.nextInt(10) == 0 ? w + " " + edgy(WORDS, EDGE) : w;
    }

    /** Mostly one of {@code usual}, now and then one of {@code edge}. */
    private String edgy(List<String> usual, List<String> edge) {
        return pick(random.nextInt(80) == 0 ? edge : usual);
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** A few character edits: near misses of the subset and broken input. */
    String mutate(String text) {
        StringBuilder b = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        String inserts = " \n-:#'\"[]{},&*!|>?%@`\t\r.~\u00e9\ufeff\u0085\u2028";
        for (int e = 0; e < edits && b.length() > 0; e++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(4)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, inserts.charAt(random.nextInt(inserts.length())));
                case 2 -> b.setCharAt(at, inserts.charAt(random.nextInt(inserts.length())));
                default -> {
                    int lineStart = b.lastIndexOf("\n", at) + 1;
                    b.insert(lineStart, random.nextBoolean() ? " " : "  ");
                }
            }
        }
        return b.toString();
    }
}
