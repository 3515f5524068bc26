package dev.podnet.api.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical form of a Kubernetes {@code resource.Quantity}, as kops writes one (in the completed
 * spec and in its templates): a decimal quantity takes the largest SI suffix (n, u, m, none, k, M, G,
 * T, P, E) that leaves an integer, so {@code 0.5} is {@code 500m} and {@code 1000m} is {@code 1}; a
 * binary one the largest binary suffix (Ki … Ei) that leaves an integer, so {@code 1024Mi} is
 * {@code 1Gi}. Values finer than nano round up, as Kubernetes does. Other forms (exponents) are kept.
 */
public final class Quantities {
    private static final Pattern DECIMAL = Pattern.compile("([+-]?[0-9]*\\.?[0-9]+)(n|u|m|k|M|G|T|P|E)?");
    private static final Pattern BINARY = Pattern.compile("([+-]?[0-9]*\\.?[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei)");
    private static final Map<String, Integer> EXPONENT = Map.of("n", -9, "u", -6, "m", -3, "", 0, "k", 3, "M", 6,
            "G", 9, "T", 12, "P", 15, "E", 18);
    private static final String[] SUFFIXES = {"E", "P", "T", "G", "M", "k", "", "m", "u", "n"};
    private static final String[] BINARY_SUFFIXES = {"Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};

    private Quantities() {
    }

    /** The canonical form of a quantity, e.g. {@code 0.5} → {@code 500m}; a text that is no quantity is kept. */
    public static String canonical(String quantity) {
        String q = quantity.trim();
        Matcher b = BINARY.matcher(q);
        if (b.matches()) return binary(new BigDecimal(b.group(1)), b.group(2));
        Matcher m = DECIMAL.matcher(q);
        if (!m.matches()) return quantity;
        return decimal(new BigDecimal(m.group(1)).scaleByPowerOfTen(EXPONENT.get(m.group(2) == null ? "" : m.group(2))));
    }

    private static String decimal(BigDecimal value) {
        if (value.signum() == 0) return "0";
        for (String suffix : SUFFIXES) {
            BigDecimal mantissa = value.scaleByPowerOfTen(-EXPONENT.get(suffix));
            if (mantissa.stripTrailingZeros().scale() <= 0) return mantissa.toBigInteger() + suffix;
        }
        return value.scaleByPowerOfTen(9).setScale(0, RoundingMode.CEILING).toBigInteger() + "n";
    }

    private static String binary(BigDecimal mantissa, String suffix) {
        int power = java.util.Arrays.asList(BINARY_SUFFIXES).indexOf(suffix) + 1;
        BigDecimal bytes = mantissa.multiply(new BigDecimal(BigInteger.valueOf(1024).pow(power)));
        if (bytes.signum() == 0) return "0";
        if (bytes.stripTrailingZeros().scale() > 0) return decimal(bytes);
        BigInteger n = bytes.toBigIntegerExact();
        BigInteger k = BigInteger.valueOf(1024);
        int p = 0;
        while (p < BINARY_SUFFIXES.length && n.mod(k).signum() == 0) {
            n = n.divide(k);
            p++;
        }
        return p == 0 ? n.toString() : n + BINARY_SUFFIXES[p - 1];
    }
}
