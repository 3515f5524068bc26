package dev.podnet.providers.internal;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;

import dev.podnet.api.Cluster;

/** CIDR arithmetic for the defaults (pure; literal addresses only, never a name lookup). */
public final class Cidrs {
    private Cidrs() {
    }

    /** A parsed CIDR: network address bits, prefix length and address width (32 or 128). */
    public record Cidr(BigInteger address, int prefix, int bits) {
        public Cidr network() {
            BigInteger mask = mask(prefix, bits);
            return new Cidr(address.and(mask), prefix, bits);
        }

        @Override
        public String toString() { return format(address, bits) + "/" + prefix; }
    }

    /** {@code IsIPv6Only}: the nonMasqueradeCIDR parses as an IPv6 CIDR. */
    public static boolean isIpv6Only(Cluster c) {
        return c.networking().nonMasqueradeCIDR().map(Cidrs::isIpv6).orElse(false);
    }

    public static boolean isIpv6(String cidr) {
        return cidr != null && cidr.contains(":");
    }

    public static Cidr parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) throw new IllegalArgumentException("not a CIDR: " + text);
        String host = text.substring(0, slash).trim();
        int prefix = Integer.parseInt(text.substring(slash + 1).trim());
        if (!host.matches("[0-9a-fA-F:.]+")) throw new IllegalArgumentException("not a CIDR: " + text);
        try {
            byte[] b = InetAddress.getByName(host).getAddress();
            return new Cidr(new BigInteger(1, b), prefix, b.length * 8);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not a CIDR: " + text, e);
        }
    }

    static BigInteger mask(int prefix, int bits) {
        BigInteger all = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        return all.shiftRight(bits - prefix).shiftLeft(bits - prefix);
    }

    /** The network address with a new prefix length (kops {@code net.IPNet{IP, Mask: CIDRMask(n)}}). */
    public static Cidr withPrefix(Cidr c, int prefix) {
        return new Cidr(c.address(), prefix, c.bits()).network();
    }

    /** kops' pod range: set the bit right after the prefix, one bit longer (the upper half). */
    public static Cidr upperHalf(Cidr c) {
        Cidr n = c.network();
        BigInteger bit = BigInteger.ONE.shiftLeft(c.bits() - c.prefix() - 1);
        return new Cidr(n.address().or(bit), c.prefix() + 1, c.bits());
    }

    /** The {@code i}-th block of size {@code /prefix} inside {@code parent}. */
    public static Cidr block(Cidr parent, int prefix, long i) {
        BigInteger step = BigInteger.ONE.shiftLeft(parent.bits() - prefix);
        return new Cidr(parent.network().address().add(step.multiply(BigInteger.valueOf(i))), prefix, parent.bits());
    }

    public static boolean overlap(Cidr a, Cidr b) {
        if (a.bits() != b.bits()) return false;
        return contains(a, b.address()) || contains(b, a.address());
    }

    public static boolean contains(Cidr c, BigInteger ip) {
        BigInteger m = mask(c.prefix(), c.bits());
        return ip.and(m).equals(c.address().and(m));
    }

    public static String format(BigInteger addr, int bits) {
        byte[] raw = addr.toByteArray();
        byte[] b = new byte[bits / 8];
        int n = Math.min(raw.length, b.length);
        System.arraycopy(raw, raw.length - n, b, b.length - n, n);
        if (bits == 32) {
            return (b[0] & 255) + "." + (b[1] & 255) + "." + (b[2] & 255) + "." + (b[3] & 255);
        }
        // RFC 5952 compressed form, as Go prints it.
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) w[i] = ((b[2 * i] & 255) << 8) | (b[2 * i + 1] & 255);
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (w[i] == 0) {
                int j = i;
                while (j < 8 && w[j] == 0) j++;
                if (j - i > bestLen && j - i >= 2) {
                    bestStart = i;
                    bestLen = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') sb.append(':');
            sb.append(Integer.toHexString(w[i]));
        }
        return sb.toString();
    }
}
