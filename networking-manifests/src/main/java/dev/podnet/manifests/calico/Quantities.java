package dev.podnet.manifests.calico;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kops' templates write {@code cpuRequest} (a Kubernetes {@code resource.Quantity}) in its
 * canonical form: a decimal quantity takes the largest SI suffix (n, u, m, none, k, M, G, T, P, E)
 * that leaves an integer, so {@code 0.5} is written {@code 500m}, {@code 1000m} {@code 1}.
 * Values finer than nano round up, as Kubernetes does. Other forms (binary suffixes, exponents)
 * are written as given.
 */
public final class Quantities {

    private static final Pattern DECIMAL = Pattern.compile("([+-]?[0-9]*\\.?[0-9]+)(n|u|m|k|M|G|T|P|E)?");
    private static final Map<String, Integer> EXPONENT = Map.of("n", -9, "u", -6, "m", -3, "", 0, "k", 3, "M", 6,
            "G", 9, "T", 12, "P", 15, "E", 18);
    private static final String[] SUFFIXES = {"E", "P", "T", "G", "M", "k", "", "m", "u", "n"};

    private Quantities() {
    }

    /**
     * The canonical form as the template writes it, unquoted: a whole number of cores is a YAML
     * integer ({@code cpu: 1}), any other form a string.
     */
    public static Object written(String quantity) {
        String c = canonical(quantity);
        return c.matches("[0-9]{1,9}") ? (Object) Integer.valueOf(c) : c;
    }

    /** The canonical form of a decimal-SI quantity, e.g. {@code 0.5} → {@code 500m}. */
    public static String canonical(String quantity) {
        Matcher m = DECIMAL.matcher(quantity.trim());
        if (!m.matches()) {
            return quantity;
        }
        BigDecimal value = new BigDecimal(m.group(1)).scaleByPowerOfTen(EXPONENT.get(m.group(2) == null ? "" : m.group(2)));
        if (value.signum() == 0) {
            return "0";
        }
        for (String suffix : SUFFIXES) {
            BigDecimal mantissa = value.scaleByPowerOfTen(-EXPONENT.get(suffix));
            if (mantissa.stripTrailingZeros().scale() <= 0) {
                return mantissa.toBigInteger() + suffix;
            }
        }
        return value.scaleByPowerOfTen(9).setScale(0, RoundingMode.CEILING).toBigInteger() + "n";
    }
}
