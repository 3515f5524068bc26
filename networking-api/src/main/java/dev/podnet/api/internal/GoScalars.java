package dev.podnet.api.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The scalar rules of go-yaml v2, the YAML library under kops' manifest writer.
 *
 * <p>Two questions are answered here: what a plain (unquoted) scalar means when kops reads it
 * ({@link #resolvePlain}), and how kops writes a number ({@link #formatDouble}). Both must follow
 * go-yaml v2 and not YAML 1.2, because kops reads every manifest template with go-yaml v2
 * (YAML 1.1 booleans such as {@code yes}/{@code off}, base-prefixed integers, timestamps) and a
 * string that go-yaml would read as something else is written quoted.
 */
public final class GoScalars {

    /** What a plain scalar resolves to. */
    public enum Kind { STRING, NULL, BOOL, INT, FLOAT, TIMESTAMP }

    /** A resolved plain scalar: its kind and its Java value (a timestamp keeps its text, as go-yaml v2 does). */
    public record Resolved(Kind kind, Object value) { }

    private static final Map<String, Resolved> WORDS = words();

    // go-yaml v2: yamlStyleFloat = ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$
    private static final Pattern YAML_STYLE_FLOAT =
            Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    // strconv.ParseFloat on a value that starts with '.': only plain decimal forms can succeed.
    private static final Pattern DOT_FLOAT = Pattern.compile("\\.[0-9]+([eE][-+]?[0-9]+)?");
    // go-yaml v2 quotes YAML 1.1 base-60 floats on output although it does not read them.
    private static final Pattern BASE60_FLOAT =
            Pattern.compile("[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?");
    // The layouts go-yaml v2 tries with time.Parse, as patterns (range checks follow).
    private static final Pattern TS_DATE = Pattern.compile("([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})");
    private static final Pattern TS_DATE_TIME = Pattern.compile(
            "([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[Tt]([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:\\.[0-9]+)?"
                    + "(?:Z|[-+][0-9]{2}:[0-9]{2})"
                    + "| ([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:\\.[0-9]+)?)");

    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private GoScalars() {
    }

    private static Map<String, Resolved> words() {
        Map<String, Resolved> m = new java.util.HashMap<>();
        Resolved yes = new Resolved(Kind.BOOL, Boolean.TRUE);
        Resolved no = new Resolved(Kind.BOOL, Boolean.FALSE);
        for (String s : new String[] {"y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"}) {
            m.put(s, yes);
        }
        for (String s : new String[] {"n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"}) {
            m.put(s, no);
        }
        for (String s : new String[] {"", "~", "null", "Null", "NULL"}) {
            m.put(s, new Resolved(Kind.NULL, null));
        }
        for (String s : new String[] {".nan", ".NaN", ".NAN"}) {
            m.put(s, new Resolved(Kind.FLOAT, Double.NaN));
        }
        for (String s : new String[] {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"}) {
            m.put(s, new Resolved(Kind.FLOAT, Double.POSITIVE_INFINITY));
        }
        for (String s : new String[] {"-.inf", "-.Inf", "-.INF"}) {
            m.put(s, new Resolved(Kind.FLOAT, Double.NEGATIVE_INFINITY));
        }
        return Map.copyOf(m);
    }

    /**
     * Resolves a plain scalar as go-yaml v2's {@code resolve("", text)} does: the first character
     * decides which interpretations are tried, then words (booleans, nulls, special floats),
     * timestamps, integers (with {@code 0x}, {@code 0o}, {@code 0b} and leading-zero octal prefixes,
     * underscores ignored) and floats.
     */
    public static Resolved resolvePlain(String text) {
        char hint = text.isEmpty() ? 'N' : hint(text.charAt(0));
        if (hint == 0) {
            return new Resolved(Kind.STRING, text);
        }
        Resolved word = WORDS.get(text);
        if (word != null) {
            return word;
        }
        switch (hint) {
            case '.':
                if (DOT_FLOAT.matcher(text).matches()) {
                    double d = Double.parseDouble(text);
                    if (!Double.isInfinite(d)) {
                        return new Resolved(Kind.FLOAT, d);
                    }
                }
                break;
            case 'D':
            case 'S':
                if (isTimestamp(text)) {
                    return new Resolved(Kind.TIMESTAMP, text);
                }
                String plain = text.replace("_", "");
                BigInteger i = parseGoInt(plain);
                if (i != null) {
                    return new Resolved(Kind.INT, narrow(i));
                }
                if (YAML_STYLE_FLOAT.matcher(plain).matches()) {
                    double d = Double.parseDouble(plain);
                    if (!Double.isInfinite(d)) {
                        return new Resolved(Kind.FLOAT, d);
                    }
                }
                if (plain.startsWith("-0b")) {
                    BigInteger b = parseDigits(plain.substring(3), 2);
                    if (b != null && b.negate().compareTo(INT64_MIN) >= 0) {
                        return new Resolved(Kind.INT, narrow(b.negate()));
                    }
                }
                break;
            default:
                break;
        }
        return new Resolved(Kind.STRING, text);
    }

    private static char hint(char c) {
        if (c == '+' || c == '-') {
            return 'S';
        }
        if (c >= '0' && c <= '9') {
            return 'D';
        }
        if ("yYnNtTfFoO~".indexOf(c) >= 0) {
            return 'M';
        }
        if (c == '.') {
            return '.';
        }
        return 0;
    }

    /**
     * Whether go-yaml v2 writes this string plain: only if reading it back plain gives the same
     * string (and it is not a YAML 1.1 base-60 number, which go-yaml quotes for other readers).
     */
    public static boolean canBePlain(String s) {
        return resolvePlain(s).kind() == Kind.STRING && !isBase60Float(s);
    }

    private static boolean isBase60Float(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        if (!(c == '+' || c == '-' || (c >= '0' && c <= '9')) || s.indexOf(':') < 0) {
            return false;
        }
        return BASE60_FLOAT.matcher(s).matches();
    }

    private static boolean isTimestamp(String s) {
        // go-yaml's quick check: every accepted layout starts with four digits and a dash.
        if (s.length() < 5 || s.charAt(4) != '-') {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        java.util.regex.Matcher m = TS_DATE.matcher(s);
        if (m.matches()) {
            return validDate(m.group(1), m.group(2), m.group(3));
        }
        m = TS_DATE_TIME.matcher(s);
        if (!m.matches() || !validDate(m.group(1), m.group(2), m.group(3))) {
            return false;
        }
        int base = m.group(4) != null ? 4 : 7;
        return Integer.parseInt(m.group(base)) < 24 && Integer.parseInt(m.group(base + 1)) < 60
                && Integer.parseInt(m.group(base + 2)) < 60;
    }

    private static boolean validDate(String y, String mo, String d) {
        int year = Integer.parseInt(y);
        int month = Integer.parseInt(mo);
        int day = Integer.parseInt(d);
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    /** strconv.ParseInt(s, 0, 64), falling back to ParseUint: null when neither accepts it. */
    private static BigInteger parseGoInt(String s) {
        if (s.isEmpty()) {
            return null;
        }
        boolean negative = false;
        String body = s;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            negative = s.charAt(0) == '-';
            body = s.substring(1);
        }
        BigInteger v = parseGoUint(body);
        if (v == null) {
            return null;
        }
        if (negative) {
            v = v.negate();
            return v.compareTo(INT64_MIN) >= 0 ? v : null;
        }
        if (v.compareTo(INT64_MAX) <= 0) {
            return v;
        }
        // ParseInt overflowed; ParseUint only accepts it without a sign.
        return body.equals(s) && v.compareTo(UINT64_MAX) <= 0 ? v : null;
    }

    private static BigInteger parseGoUint(String s) {
        if (s.isEmpty()) {
            return null;
        }
        int base = 10;
        String digits = s;
        if (s.charAt(0) == '0') {
            char p = s.length() >= 3 ? Character.toLowerCase(s.charAt(1)) : 0;
            if (p == 'b') {
                base = 2;
                digits = s.substring(2);
            } else if (p == 'o') {
                base = 8;
                digits = s.substring(2);
            } else if (p == 'x') {
                base = 16;
                digits = s.substring(2);
            } else {
                base = 8;
                digits = s.substring(1);
            }
        }
        if (digits.isEmpty()) {
            return base == 8 && s.equals("0") ? BigInteger.ZERO : null;
        }
        return parseDigits(digits, base);
    }

    private static BigInteger parseDigits(String digits, int base) {
        if (digits.isEmpty()) {
            return null;
        }
        for (int k = 0; k < digits.length(); k++) {
            if (Character.digit(digits.charAt(k), base) < 0 || digits.charAt(k) > 'z') {
                return null;
            }
        }
        return new BigInteger(digits, base);
    }

    /** Integer when it fits, else Long, else BigInteger: the same narrowing as {@code Frozen}. */
    public static Number narrow(BigInteger v) {
        if (v.bitLength() < 32) {
            return v.intValue();
        }
        if (v.bitLength() < 64) {
            return v.longValue();
        }
        return v;
    }

    /**
     * Writes a double as kops does. kops passes every object through JSON before go-yaml writes
     * it, so an integral value below 1e21 comes back as an integer ({@code 2.0} is written
     * {@code 2}); any other value is written with Go's {@code strconv.FormatFloat(f, 'g', -1, 64)}:
     * the shortest digits that read back as the same double, in exponent form when the exponent
     * is below -4 or at least 6 ({@code 1.5e+06}, {@code 1e-07}).
     */
    public static String formatDouble(double d) {
        if (Double.isNaN(d)) {
            return ".nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? ".inf" : "-.inf";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e21) {
            return new BigDecimal(d).toBigInteger().toString();
        }
        BigDecimal shortest = shortest(d);
        String digits = shortest.unscaledValue().abs().toString();
        int nd = digits.length();
        int dp = nd - shortest.scale(); // decimal point position: value = 0.digits * 10^dp
        int exp = dp - 1;
        StringBuilder sb = new StringBuilder();
        if (d < 0) {
            sb.append('-');
        }
        if (exp < -4 || exp >= 6) {
            sb.append(digits.charAt(0));
            if (nd > 1) {
                sb.append('.').append(digits, 1, nd);
            }
            sb.append('e').append(exp < 0 ? '-' : '+');
            int e = Math.abs(exp);
            if (e < 10) {
                sb.append('0');
            }
            sb.append(e);
            return sb.toString();
        }
        if (dp > 0) {
            if (dp >= nd) {
                sb.append(digits).append("0".repeat(dp - nd));
            } else {
                sb.append(digits, 0, dp).append('.').append(digits, dp, nd);
            }
        } else {
            sb.append("0.").append("0".repeat(-dp)).append(digits);
        }
        return sb.toString();
    }

    // The fewest significant digits that read back as d, closest to d (what Go's shortest mode
    // prints). JDK 17's Double.toString is not always shortest, so this searches explicitly.
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                return r.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }
}
