package dev.podnet.api.internal.decode;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text forms kops' decoder parses inside a JSON string: a Go duration ({@code metav1.Duration},
 * {@code time.ParseDuration}) and a Kubernetes quantity ({@code resource.Quantity}). A value outside
 * these forms makes kops refuse the whole document at decode ({@code time: invalid duration "abc"},
 * {@code quantities must match the regular expression ...}; kops-oracle 1.19-1.36).
 */
final class KopsValueSyntax {
    /** {@code time.ParseDuration}'s units; {@code µs} is written with the micro sign or the Greek mu. */
    private static final Set<String> DURATION_UNITS = Set.of("ns", "us", "\u00b5s", "\u03bcs", "ms", "s", "m", "h");

    /** A number, then nothing, an SI or binary suffix, or a decimal exponent ({@code resource.ParseQuantity}). */
    private static final Pattern QUANTITY = Pattern.compile(
            "[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:|[numkMGTPE]|[KMGTPE]i|[eE][+-]?[0-9]+)");

    private KopsValueSyntax() {
    }

    /**
     * Whether Go's {@code time.ParseDuration} reads {@code s}: an optional sign, then {@code 0} alone or
     * one or more decimal numbers each with a unit ({@code 40s}, {@code 1h30m}, {@code 1.5h}).
     */
    static boolean isDuration(String s) {
        int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        if (s.substring(i).equals("0")) return true;
        if (i == s.length()) return false;
        while (i < s.length()) {
            boolean digits = false;
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
                digits = true;
            }
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
                while (i < s.length() && isDigit(s.charAt(i))) {
                    i++;
                    digits = true;
                }
            }
            if (!digits) return false;
            int unit = i;
            while (i < s.length() && s.charAt(i) != '.' && !isDigit(s.charAt(i))) i++;
            if (!DURATION_UNITS.contains(s.substring(unit, i))) return false;
        }
        return true;
    }

    /** Whether {@code resource.ParseQuantity} reads {@code s} once surrounding spaces are trimmed. */
    static boolean isQuantity(String s) {
        return QUANTITY.matcher(s.strip()).matches();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
