package dev.podnet.manifests.yaml.internal;

/**
 * The scalars of {@link StoredYamlReader}: plain, single- and double-quoted scalars that end on
 * their line, read as snakeyaml-engine reads them; anything else throws
 * {@link StoredYamlReader.StepAside}, so that the document is read by {@link ManifestParser}.
 */
final class StoredScalars {

    private StoredScalars() {
    }

    /** A plain scalar's text from {@code p} to {@code end}, or a step aside where YAML would read it otherwise. */
    static String plain(String s, int p, int end) {
        if (p >= end) {
            throw new StoredYamlReader.StepAside();
        }
        char first = s.charAt(p);
        if (" []{}#&*!|>'\"%@`,?:".indexOf(first) >= 0 || first == '-' && (p + 1 == end || s.charAt(p + 1) == ' ')
                || s.charAt(end - 1) == ' ') {
            throw new StoredYamlReader.StepAside();
        }
        for (int j = p; j < end; j++) {
            char c = s.charAt(j);
            if (!printable(c) || c == '#' && s.charAt(j - 1) == ' ') {
                throw new StoredYamlReader.StepAside();
            }
        }
        return s.substring(p, end);
    }

    /** The index of the quote that closes the single-quoted scalar opened at {@code p}, on its line. */
    static int singleQuotedEnd(String s, int p, int end) {
        int close = singleQuotedClose(s, p, end);
        if (close < 0) {
            throw new StoredYamlReader.StepAside();
        }
        return close;
    }

    /** {@link #singleQuotedEnd}, or -1 when the scalar does not close before {@code end}. */
    static int singleQuotedClose(String s, int p, int end) {
        for (int j = p + 1; j < end; j++) {
            if (s.charAt(j) == '\'') {
                if (j + 1 < end && s.charAt(j + 1) == '\'') {
                    j++;
                } else {
                    return j;
                }
            }
        }
        return -1;
    }

    static String singleQuoted(String s, int open, int close) {
        StringBuilder b = new StringBuilder(close - open);
        for (int j = open + 1; j < close; j++) {
            char c = s.charAt(j);
            if (!printable(c)) {
                throw new StoredYamlReader.StepAside();
            }
            b.append(c);
            if (c == '\'') {
                j++;
            }
        }
        return b.toString();
    }

    /** The index of the quote that closes the double-quoted scalar opened at {@code p}, on its line. */
    static int doubleQuotedEnd(String s, int p, int end) {
        for (int j = p + 1; j < end; j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '"') {
                return j;
            }
        }
        throw new StoredYamlReader.StepAside();
    }

    static String doubleQuoted(String s, int open, int close) {
        StringBuilder b = new StringBuilder(close - open);
        for (int j = open + 1; j < close; j++) {
            char c = s.charAt(j);
            if (c != '\\') {
                if (!printable(c)) {
                    throw new StoredYamlReader.StepAside();
                }
                b.append(c);
                continue;
            }
            char e = s.charAt(++j);
            switch (e) {
                case '0' -> b.append('\0');
                case 'a' -> b.append('\u0007');
                case 'b' -> b.append('\b');
                case 't' -> b.append('\t');
                case 'n' -> b.append('\n');
                case 'v' -> b.append('\u000B');
                case 'f' -> b.append('\f');
                case 'r' -> b.append('\r');
                case 'e' -> b.append('\u001B');
                case ' ', '"', '/', '\\' -> b.append(e);
                case 'N' -> b.append('\u0085');
                case '_' -> b.append('\u00A0');
                case 'L' -> b.append('\u2028');
                case 'P' -> b.append('\u2029');
                case 'x' -> j = hex(s, b, j, 2, close);
                case 'u' -> j = hex(s, b, j, 4, close);
                case 'U' -> j = hex(s, b, j, 8, close);
                default -> throw new StoredYamlReader.StepAside();
            }
        }
        return b.toString();
    }

    /** Appends the code point of the {@code digits} hex digits after {@code at}; returns the last digit's index. */
    private static int hex(String s, StringBuilder b, int at, int digits, int close) {
        if (at + digits >= close) {
            throw new StoredYamlReader.StepAside();
        }
        int v = 0;
        for (int j = at + 1; j <= at + digits; j++) {
            int d = Character.digit(s.charAt(j), 16);
            if (d < 0) {
                throw new StoredYamlReader.StepAside();
            }
            v = v * 16 + d;
        }
        if (!Character.isValidCodePoint(v) || Character.isSurrogate((char) v) && v <= 0xFFFF) {
            throw new StoredYamlReader.StepAside();
        }
        b.appendCodePoint(v);
        return at + digits;
    }

    /** A character YAML takes as it is in a scalar (no control, line-separator, surrogate or BOM character). */
    static boolean printable(char c) {
        return c >= 0x20 && c < 0x7F || c >= 0xA0 && c != 0x2028 && c != 0x2029 && !Character.isSurrogate(c)
                && c != 0xFEFF && c < 0xFFFE;
    }
}
