package dev.podnet.providers.cluster;

import java.math.BigInteger;

/**
 * Go's {@code strconv.Atoi} on a 64-bit int, as kops' dependencies call it: an optional sign, then decimal digits;
 * otherwise a syntax error, or a range error once the number leaves int64. The error text is Go's
 * ({@code strconv.Atoi: parsing "<input>": invalid syntax}, the input quoted by {@code strconv.Quote}).
 */
final class GoAtoi {
    private static final BigInteger MAX_UINT64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final BigInteger MIN_INT64 = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX_INT64 = BigInteger.valueOf(Long.MAX_VALUE);

    private GoAtoi() {
    }

    /** The number {@code s} denotes, or a {@link SyntaxException} carrying Go's error text. */
    static long parse(String s) throws SyntaxException {
        int i = 0;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        if (i == s.length()) throw new SyntaxException(s, "invalid syntax");
        BigInteger n = BigInteger.ZERO;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') throw new SyntaxException(s, "invalid syntax");
            n = n.multiply(BigInteger.TEN).add(BigInteger.valueOf(c - '0'));
            if (n.compareTo(MAX_UINT64) > 0) throw new SyntaxException(s, "value out of range");
        }
        if (negative) n = n.negate();
        if (n.compareTo(MIN_INT64) < 0 || n.compareTo(MAX_INT64) > 0) throw new SyntaxException(s, "value out of range");
        return n.longValueExact();
    }

    /** Go's {@code *strconv.NumError} from Atoi; its message is Go's {@code Error()} text. */
    static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxException(String input, String reason) {
            super("strconv.Atoi: parsing " + GoText.quote(input) + ": " + reason, null, false, false);
        }
    }
}
