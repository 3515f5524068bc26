package dev.podnet.providers.cluster;

import java.math.BigDecimal;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A kops duration field ({@code metav1.Duration}) as Go reads and prints it: {@code time.ParseDuration} to
 * nanoseconds and {@code time.Duration.String()} back ({@code 90s} prints {@code 1m30s}, {@code 3600.5s}
 * {@code 1h0m0.5s}, {@code 1500us} {@code 1.5ms}), for kops' findings that print a duration.
 */
final class GoDuration {
    private static final Map<String, Long> UNITS = Map.of("ns", 1L, "us", 1_000L, "\u00b5s", 1_000L, "\u03bcs", 1_000L,
            "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);
    private static final long SECOND = 1_000_000_000L;

    private GoDuration() {
    }

    /** The nanoseconds Go reads from {@code s}; empty when it is not a Go duration (the decoder refuses it first). */
    static OptionalLong nanos(String s) {
        int i = 0;
        boolean neg = false;
        if (s.startsWith("-") || s.startsWith("+")) {
            neg = s.charAt(0) == '-';
            i = 1;
        }
        if (s.substring(i).equals("0")) return OptionalLong.of(0);
        if (i == s.length()) return OptionalLong.empty();
        BigDecimal total = BigDecimal.ZERO;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) i++;
            String number = s.substring(start, i);
            int unitStart = i;
            while (i < s.length() && s.charAt(i) != '.' && !Character.isDigit(s.charAt(i))) i++;
            Long unit = UNITS.get(s.substring(unitStart, i));
            if (unit == null || number.isEmpty() || number.equals(".") || number.indexOf('.') != number.lastIndexOf('.')) {
                return OptionalLong.empty();
            }
            total = total.add(new BigDecimal(number.startsWith(".") ? "0" + number : number).multiply(BigDecimal.valueOf(unit)));
        }
        try {
            long n = total.toBigInteger().longValueExact();
            return OptionalLong.of(neg ? -n : n);
        } catch (ArithmeticException overflow) {
            return OptionalLong.empty();
        }
    }

    /** Go's {@code time.Duration.String()} of {@code nanos}. */
    static String format(long nanos) {
        if (nanos == 0) return "0s";
        boolean neg = nanos < 0;
        // Long.MIN_VALUE has no positive long; Go prints it through uint64 the same way
        BigDecimal u = BigDecimal.valueOf(nanos).abs();
        String out;
        if (u.compareTo(BigDecimal.valueOf(SECOND)) < 0) {
            long v = u.longValueExact();
            if (v < 1_000) out = v + "ns";
            else if (v < 1_000_000) out = decimal(v, 3) + "\u00b5s";
            else out = decimal(v, 6) + "ms";
        } else {
            long v = u.toBigInteger().divide(java.math.BigInteger.valueOf(SECOND)).longValueExact();
            long frac = u.toBigInteger().mod(java.math.BigInteger.valueOf(SECOND)).longValueExact();
            String seconds = decimal(v % 60 * SECOND + frac, 9) + "s";
            long minutes = v / 60;
            if (minutes == 0) out = seconds;
            else if (minutes / 60 == 0) out = minutes + "m" + seconds;
            else out = minutes / 60 + "h" + minutes % 60 + "m" + seconds;
        }
        return neg ? "-" + out : out;
    }

    /** {@code v / 10^prec} with the fraction's trailing zeros (and a bare point) dropped, as Go's fmtFrac. */
    private static String decimal(long v, int prec) {
        return BigDecimal.valueOf(v).movePointLeft(prec).stripTrailingZeros().toPlainString();
    }
}
