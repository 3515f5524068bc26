package dev.podnet.providers.cluster;

import java.util.Optional;

/**
 * Why kops refuses a port range such as {@code kubeAPIServer.serviceNodePortRange}: the error of Kubernetes'
 * {@code utilnet.PortRange.Set} (k8s.io/apimachinery util/net), which kops prints as the finding's detail. Forms:
 * {@code ""}, {@code N}, {@code LOW-HIGH} and {@code BASE+OFFSET}, each number read as Go's {@code strconv.Atoi} reads it ({@link GoAtoi})
 * (kops-oracle 1.19 and 1.36 on {@code abc}, {@code 1-2-3}, {@code -5}, {@code 1+2-3}, {@code 70000}, {@code 5--3}, a
 * 20-digit number).
 */
final class GoPortRange {
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
                low = GoAtoi.parse(value.substring(0, hyphen));
                high = GoAtoi.parse(value.substring(hyphen + 1));
            } else if (plus >= 0) {
                low = GoAtoi.parse(value.substring(0, plus));
                high = low + GoAtoi.parse(value.substring(plus + 1));
            } else {
                low = GoAtoi.parse(value);
                high = low;
            }
        } catch (GoAtoi.SyntaxException e) {
            return Optional.of(e.getMessage());
        }
        if (low > MAX_PORT || high > MAX_PORT) return Optional.of("the port range cannot be greater than 65535: " + value);
        if (high < low) return Optional.of("end port cannot be less than start port: " + value);
        return Optional.empty();
    }
}
