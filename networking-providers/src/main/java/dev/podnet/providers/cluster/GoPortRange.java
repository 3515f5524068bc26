package dev.podnet.providers.cluster;

import java.math.BigInteger;
import java.util.Optional;

/**
 * Why kops refuses a port range such as {@code kubeAPIServer.serviceNodePortRange}: the error of Kubernetes'
 * {@code utilnet.PortRange.Set} (k8s.io/apimachinery util/net), which kops prints as the finding's detail. Forms:
 * {@code ""}, {@code N}, {@code LOW-HIGH} and {@code BASE+OFFSET}, each number read as Go's {@code strconv.Atoi} reads it
 * (kops-oracle 1.19 and 1.36 on {@code abc}, {@code 1-2-3}, {@code -5}, {@code 1+2-3}, {@code 70000}, {@code 5--3}, a
 * 20-digit number).
 */
final class GoPortRange {
    private static final BigInteger MAX_UINT64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final BigInteger MIN_INT64 = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX_INT64 = BigInteger.valueOf(Long.MAX_VALUE);
    private static final long MAX_PORT = 65535;

    private GoPortRange() {
    }

    /** The error Go's PortRange.Set returns for this value, empty when it parses. */
    static Optional<String> error(String raw) {
        String value = raw.strip();
        if (value.isEmpty()) return Optional.empty();
        int hyphen = value.indexOf('-');
        int plus = value.indexOf('+');
        long low;
        long high;
        try {
            if (hyphen >= 0 && plus >= 0) {
                return Optional.of("unable to parse port range: " + value);
            } else if (hyphen >= 0) {
                low = atoi(value.substring(0, hyphen));
                high = atoi(value.substring(hyphen + 1));
            } else if (plus >= 0) {
                low = atoi(value.substring(0, plus));
                high = low + atoi(value.substring(plus + 1));
            } else {
                low = atoi(value);
                high = low;
            }
        } catch (AtoiException e) {
            return Optional.of(e.getMessage());
        }
        if (low > MAX_PORT || high > MAX_PORT) return Optional.of("the port range cannot be greater than 65535: " + value);
        if (high < low) return Optional.of("end port cannot be less than start port: " + value);
        return Optional.empty();
    }

    /** Go's strconv.Atoi on a 64-bit int: an optional sign, decimal digits; a syntax error, or a range error once the digits pass uint64. */
    private static long atoi(String s) throws AtoiException {
        int i = 0;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        if (i == s.length()) throw new AtoiException(s, "invalid syntax");
        BigInteger n = BigInteger.ZERO;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') throw new AtoiException(s, "invalid syntax");
            n = n.multiply(BigInteger.TEN).add(BigInteger.valueOf(c - '0'));
            if (n.compareTo(MAX_UINT64) > 0) throw new AtoiException(s, "value out of range");
        }
        if (negative) n = n.negate();
        if (n.compareTo(MIN_INT64) < 0 || n.compareTo(MAX_INT64) > 0) throw new AtoiException(s, "value out of range");
        return n.longValueExact();
    }

    private static final class AtoiException extends Exception {
        private static final long serialVersionUID = 1L;

        AtoiException(String input, String reason) {
            super("strconv.Atoi: parsing \"" + input + "\": " + reason, null, false, false);
        }
    }
}
