package dev.podnet.providers.cluster;

import java.util.Optional;

/**
 * A value of Kubernetes' {@code intstr.IntOrString} as kops reads {@code rollingUpdate.maxUnavailable} and
 * {@code maxSurge}: an int32 from a YAML number, or a string, scaled by {@code intstr.GetValueFromIntOrPercent}. Up
 * to kops 1.22 apimachinery drops every {@code %} of a string and reads the rest as a percentage (so {@code "1"} is
 * 1%); from 1.24 a string must end in {@code %} ("string is not a percentage"), only that one is dropped
 * (kops-oracle 1.19-1.22 and 1.24-1.36).
 *
 * @param number the int form, when the YAML value was a number
 * @param text the string form, when it was a string
 */
record IntOrPercent(Optional<Integer> number, Optional<String> text) {

    /** The value as kops decodes it; empty for what kops' decoder refuses (a fraction, a bool, a number past int32) or null. */
    static Optional<IntOrPercent> of(Object yaml) {
        if (yaml instanceof String s) return Optional.of(new IntOrPercent(Optional.empty(), Optional.of(s)));
        return wholeNumber(yaml).filter(n -> n == n.intValue()).map(n -> new IntOrPercent(Optional.of(n.intValue()), Optional.empty()));
    }

    /**
     * A YAML number kops decodes into an integer field: a whole number, {@code 2.0} included (kops' YAML-to-JSON step
     * writes it as {@code 2}; kops-oracle 1.19-1.36 take {@code maxSurge: 0.0} and {@code warmPool.minSize: -1.0} as 0
     * and -1); empty for anything else.
     */
    static Optional<Long> wholeNumber(Object yaml) {
        if (yaml instanceof Integer || yaml instanceof Long) return Optional.of(((Number) yaml).longValue());
        if (yaml instanceof Double d && d == Math.rint(d) && Math.abs(d) < 0x1p62) return Optional.of(d.longValue());
        return Optional.empty();
    }

    /** The outcome of {@code GetValueFromIntOrPercent}: the scaled value (0 on error, as Go returns it) and the error text. */
    record Scaled(long value, Optional<String> error) {
    }

    /**
     * {@code GetValueFromIntOrPercent(v, total, roundUp)}.
     *
     * @param percentOnly whether a string must end in {@code %} (apimachinery of kops 1.24 on)
     */
    Scaled scaled(int total, boolean roundUp, boolean percentOnly) {
        if (number.isPresent()) return new Scaled(number.get(), Optional.empty());
        String s = text.orElseThrow();
        String digits;
        if (!percentOnly) {
            digits = s.replace("%", "");
        } else if (s.endsWith("%")) {
            digits = s.substring(0, s.length() - 1);
        } else {
            return failed("invalid type: string is not a percentage");
        }
        long percent;
        try {
            percent = GoAtoi.parse(digits);
        } catch (GoAtoi.SyntaxException e) {
            return failed("invalid value " + GoText.quote(s) + ": " + e.getMessage());
        }
        // Go's float64 arithmetic, then int()
        double scaled = (double) percent * (double) total / 100;
        return new Scaled((long) (roundUp ? Math.ceil(scaled) : Math.floor(scaled)), Optional.empty());
    }

    private static Scaled failed(String why) {
        return new Scaled(0, Optional.of("invalid value for IntOrString: " + why));
    }

    /**
     * The value as kops prints it in an {@code Invalid value} finding: Go's {@code %#v} of the struct up to kops 1.33
     * ({@code intstr.IntOrString{Type:1, IntVal:0, StrVal:"abc"}}), its JSON from 1.36 ({@code -1}, {@code "abc"}).
     */
    String printed(boolean json) {
        if (json) return number.map(String::valueOf).orElseGet(() -> GoText.json(text.orElseThrow()));
        return number.map(n -> "intstr.IntOrString{Type:0, IntVal:" + n + ", StrVal:\"\"}")
                .orElseGet(() -> "intstr.IntOrString{Type:1, IntVal:0, StrVal:" + GoText.quote(text.orElseThrow()) + "}");
    }
}
