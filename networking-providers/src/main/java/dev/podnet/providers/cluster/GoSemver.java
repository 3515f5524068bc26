package dev.podnet.providers.cluster;

import java.math.BigInteger;
import java.util.Optional;

/**
 * The blang/semver library's parses, as kops reads versions with them: the strict {@link #parse} (an etcd cluster's
 * storage version, after one leading v) and the tolerant one containerd's version is read with ({@code ParseTolerant}):
 * surrounding spaces and one leading v dropped, leading zeros of each part dropped, a missing minor or patch taken as 0,
 * then the strict parse of {@code MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]}. A failure is the library's own text, which kops
 * prints after "unable to parse version string: " (kops-oracle 1.19-1.36, oracle/containerd-version.tsv; the strict parse:
 * oracle/etcd.tsv).
 */
final class GoSemver {
    private static final BigInteger MAX_UINT64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** A parsed version: its numbers and whether it has a pre-release. */
    record Version(BigInteger major, BigInteger minor, BigInteger patch, boolean preRelease) {
    }

    /** A version, or the library's error text. */
    record Parsed(Optional<Version> version, String error) {
        static Parsed failed(String error) {
            return new Parsed(Optional.empty(), error);
        }
    }

    private GoSemver() {
    }

    static Parsed parseTolerant(String text) {
        String s = text.strip();
        if (s.startsWith("v")) s = s.substring(1);
        String[] parts = s.split("\\.", 3);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.length() > 1) {
                int z = 0;
                while (z < p.length() && p.charAt(z) == '0') z++;
                p = p.substring(z);
                if (p.isEmpty() || p.charAt(0) < '0' || p.charAt(0) > '9') p = "0" + p;
                parts[i] = p;
            }
        }
        if (parts.length < 3) {
            String last = parts[parts.length - 1];
            if (last.contains("+") || last.contains("-")) {
                return Parsed.failed("Short version cannot contain PreRelease/Build meta data");
            }
            String[] padded = {parts[0], parts.length > 1 ? parts[1] : "0", "0"};
            parts = padded;
        }
        return parse(String.join(".", parts));
    }

    /** The strict parse: {@code MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]}, numbers without leading zeros and within 64 bits. */
    static Parsed parse(String s) {
        if (s.isEmpty()) return Parsed.failed("Version string empty");
        String[] parts = s.split("\\.", 3);
        if (parts.length != 3) return Parsed.failed("No Major.Minor.Patch elements found");
        Object major = number(parts[0], "Major", "major");
        if (major instanceof String error) return Parsed.failed(error);
        Object minor = number(parts[1], "Minor", "minor");
        if (minor instanceof String error) return Parsed.failed(error);
        String patch = parts[2];
        String build = null;
        String pre = null;
        int plus = patch.indexOf('+');
        if (plus >= 0) {
            build = patch.substring(plus + 1);
            patch = patch.substring(0, plus);
        }
        int dash = patch.indexOf('-');
        if (dash >= 0) {
            pre = patch.substring(dash + 1);
            patch = patch.substring(0, dash);
        }
        Object patchNumber = number(patch, "Patch", "patch");
        if (patchNumber instanceof String error) return Parsed.failed(error);
        if (pre != null) {
            for (String part : pre.split("\\.", -1)) {
                String error = preRelease(part);
                if (error != null) return Parsed.failed(error);
            }
        }
        if (build != null) {
            for (String part : build.split("\\.", -1)) {
                if (part.isEmpty()) return Parsed.failed("Build meta data is empty");
                if (!alphanumeric(part)) return Parsed.failed("Invalid character(s) found in build meta data " + GoText.quote(part));
            }
        }
        return new Parsed(Optional.of(new Version((BigInteger) major, (BigInteger) minor, (BigInteger) patchNumber, pre != null)), "");
    }

    /** The part as a number, or the library's error (its wording names the part). */
    private static Object number(String part, String name, String lower) {
        // the library's character check passes an empty part, which ParseUint then refuses
        if (part.isEmpty()) return "strconv.ParseUint: parsing \"\": invalid syntax";
        if (!digits(part)) return "Invalid character(s) found in " + lower + " number " + GoText.quote(part);
        if (part.length() > 1 && part.charAt(0) == '0') return name + " number must not contain leading zeroes " + GoText.quote(part);
        return uint64(part);
    }

    private static String preRelease(String part) {
        if (part.isEmpty()) return "Prerelease is empty";
        if (digits(part)) {
            if (part.length() > 1 && part.charAt(0) == '0') {
                return "Numeric PreRelease version must not contain leading zeroes " + GoText.quote(part);
            }
            return uint64(part) instanceof String error ? error : null;
        }
        return alphanumeric(part) ? null : "Invalid character(s) found in prerelease " + GoText.quote(part);
    }

    /** Go's strconv.ParseUint(part, 10, 64): the number, or its range error. */
    private static Object uint64(String part) {
        BigInteger n = new BigInteger(part);
        if (n.compareTo(MAX_UINT64) > 0) return "strconv.ParseUint: parsing " + GoText.quote(part) + ": value out of range";
        return n;
    }

    private static boolean digits(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        }
        return true;
    }

    private static boolean alphanumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-')) return false;
        }
        return true;
    }
}
