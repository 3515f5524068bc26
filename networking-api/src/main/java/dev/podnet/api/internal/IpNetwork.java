package dev.podnet.api.internal;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/**
 * An IP network ({@code address/prefix}), the one CIDR type of this module: Go's parsing
 * (net.ParseCIDR, leniently keeping host bits), {@code Overlap} and {@code BelongsTo} of kops
 * pkg/util/subnet for validation, and the block arithmetic kops' defaults use (pod range, service
 * range, subnet and GCE allocation). Address literals are parsed here; no name resolution ever
 * happens. Immutable.
 */
public final class IpNetwork {
    private final byte[] address; // as written (host bits kept)
    private final int prefix;

    private IpNetwork(byte[] address, int prefix) {
        this.address = address;
        this.prefix = prefix;
    }

    public boolean isIPv6() { return address.length == 16; }

    public boolean isIPv4() { return address.length == 4; }

    public int prefix() { return prefix; }

    public int bits() { return address.length * 8; }

    /** The network with host bits cleared and prefix {@code length} (kops {@code net.IPNet{IP, Mask: CIDRMask(n)}}). */
    public IpNetwork withPrefix(int length) { return new IpNetwork(mask(address, length), length); }

    /** The same address (host bits kept) with prefix {@code length}. */
    public IpNetwork withLength(int length) { return new IpNetwork(address.clone(), length); }

    /** kops' pod range: the network with the bit right after the prefix set, one bit longer (the upper half). */
    public IpNetwork upperHalf() {
        byte[] a = mask(address, prefix);
        if (prefix < bits()) a[prefix / 8] |= (byte) (0x80 >> (prefix % 8));
        return new IpNetwork(a, prefix + 1);
    }

    /** The {@code i}-th block of size {@code /length} inside this network. */
    public IpNetwork block(int length, long i) {
        if (address.length == 4 && length >= 0 && length <= 32 && i >= 0 && i <= Integer.MAX_VALUE) {
            // IPv4 in a long (the subnet and pod allocations of every completion): the same block, truncated to
            // 32 bits as the BigInteger form's bytes are
            long v = (network32() + (1L << (32 - length)) * i) & 0xffffffffL;
            return new IpNetwork(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v}, length);
        }
        BigInteger step = BigInteger.ONE.shiftLeft(bits() - length);
        return new IpNetwork(bytes(networkNumber().add(step.multiply(BigInteger.valueOf(i)))), length);
    }

    /** The address {@code offset} after the network address, as Go prints it. */
    public String networkPlus(long offset) {
        return format(bytes(networkNumber().add(BigInteger.valueOf(offset))));
    }

    /** The network address of an IPv4 network as an unsigned 32-bit number. */
    private long network32() {
        long v = 0;
        for (int j = 0; j < 4; j++) v = (v << 8) | (address[j] & maskByte(j, prefix) & 0xff);
        return v;
    }

    private byte[] bytes(BigInteger n) {
        byte[] raw = n.toByteArray();
        byte[] b = new byte[address.length];
        int len = Math.min(raw.length, b.length);
        System.arraycopy(raw, raw.length - len, b, b.length - len, len);
        return b;
    }

    /** The network with host bits cleared. */
    public IpNetwork masked() { return new IpNetwork(mask(address, prefix), prefix); }

    public boolean hasHostBits() {
        for (int j = 0; j < address.length; j++) {
            if ((address[j] & ~maskByte(j, prefix)) != 0) return true;
        }
        return false;
    }

    /** Go's net.ParseCIDR: the address part must be an IP and the length within range; host bits are allowed. */
    public static Optional<IpNetwork> parse(String text) {
        if (text == null) return Optional.empty();
        int slash = text.indexOf('/');
        if (slash < 0 || slash != text.lastIndexOf('/')) return Optional.empty();
        Optional<byte[]> ip = parseIp(text.substring(0, slash));
        if (ip.isEmpty()) return Optional.empty();
        String len = text.substring(slash + 1);
        if (len.isEmpty() || len.length() > 3 || !asciiDigits(len)) return Optional.empty();
        if (len.length() > 1 && len.charAt(0) == '0') return Optional.empty();
        int p = Integer.parseInt(len);
        if (p > ip.get().length * 8) return Optional.empty();
        return Optional.of(new IpNetwork(ip.get(), p));
    }

    /** An IP address (IPv4 dotted quad without leading zeros, or IPv6), as Go's net.ParseIP reads it. */
    public static Optional<byte[]> parseIp(String s) {
        if (s == null || s.isEmpty()) return Optional.empty();
        if (s.indexOf(':') < 0) return parseIPv4(s);
        return parseIPv6(s);
    }

    private static Optional<byte[]> parseIPv4(String s) {
        // four dot-separated parts of 1-3 ASCII digits, no leading zero, each at most 255 (scanned, not split:
        // validation parses every CIDR of a spec)
        byte[] b = new byte[4];
        int part = 0;
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i < s.length() && s.charAt(i) != '.') continue;
            if (part == 4) return Optional.empty();
            int len = i - start;
            if (len == 0 || len > 3 || (len > 1 && s.charAt(start) == '0')) return Optional.empty();
            int v = 0;
            for (int k = start; k < i; k++) {
                char c = s.charAt(k);
                if (c < '0' || c > '9') return Optional.empty();
                v = v * 10 + (c - '0');
            }
            if (v > 255) return Optional.empty();
            b[part++] = (byte) v;
            start = i + 1;
        }
        return part == 4 ? Optional.of(b) : Optional.empty();
    }

    private static Optional<byte[]> parseIPv6(String s) {
        if (s.indexOf('%') >= 0) return Optional.empty();
        byte[] tail = null;
        int lastColon = s.lastIndexOf(':');
        String head = s;
        if (s.indexOf('.', lastColon) >= 0) {
            Optional<byte[]> v4 = parseIPv4(s.substring(lastColon + 1));
            if (v4.isEmpty()) return Optional.empty();
            tail = v4.get();
            head = s.substring(0, lastColon + 1);
            if (head.endsWith("::")) {
                // fine: "::ffff:1.2.3.4" style handled below
            } else if (head.endsWith(":")) {
                head = head.substring(0, head.length() - 1);
            }
        }
        int groupsNeeded = tail == null ? 8 : 6;
        int dbl = head.indexOf("::");
        if (dbl >= 0 && head.indexOf("::", dbl + 1) >= 0) return Optional.empty();
        int[] groups = new int[groupsNeeded];
        if (dbl < 0) {
            String[] g = head.split(":", -1);
            if (g.length != groupsNeeded) return Optional.empty();
            for (int i = 0; i < g.length; i++) {
                Integer v = hex(g[i]);
                if (v == null) return Optional.empty();
                groups[i] = v;
            }
        } else {
            String left = head.substring(0, dbl);
            String right = head.substring(dbl + 2);
            String[] l = left.isEmpty() ? new String[0] : left.split(":", -1);
            String[] r = right.isEmpty() ? new String[0] : right.split(":", -1);
            if (l.length + r.length > groupsNeeded - 1) return Optional.empty();
            for (int i = 0; i < l.length; i++) {
                Integer v = hex(l[i]);
                if (v == null) return Optional.empty();
                groups[i] = v;
            }
            for (int i = 0; i < r.length; i++) {
                Integer v = hex(r[i]);
                if (v == null) return Optional.empty();
                groups[groupsNeeded - r.length + i] = v;
            }
        }
        byte[] b = new byte[16];
        for (int i = 0; i < groupsNeeded; i++) {
            b[2 * i] = (byte) (groups[i] >> 8);
            b[2 * i + 1] = (byte) groups[i];
        }
        if (tail != null) System.arraycopy(tail, 0, b, 12, 4);
        return Optional.of(b);
    }

    private static Integer hex(String g) {
        if (g.isEmpty() || g.length() > 4) return null;
        for (char c : g.toCharArray()) {
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return null;
        }
        return Integer.parseInt(g, 16);
    }

    /**
     * ASCII digits only, as Go's net package reads them: {@code Character.isDigit} would also take
     * full-width or Arabic-Indic digits, which kops refuses.
     */
    public static boolean asciiDigits(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    private static byte[] mask(byte[] a, int prefix) {
        byte[] m = a.clone();
        for (int j = 0; j < m.length; j++) m[j] &= maskByte(j, prefix);
        return m;
    }

    /** The bits of byte {@code j} inside a prefix of {@code prefix} bits. */
    private static byte maskByte(int j, int prefix) {
        int keep = prefix - 8 * j;
        if (keep >= 8) return (byte) 0xff;
        if (keep <= 0) return 0;
        return (byte) (0xff << (8 - keep));
    }

    /** True if {@code a} and {@code b} (same length) agree in the first {@code prefix} bits. */
    private static boolean samePrefix(byte[] a, byte[] b, int prefix) {
        for (int j = 0; j < a.length; j++) {
            byte m = maskByte(j, prefix);
            if ((a[j] & m) != (b[j] & m)) return false;
        }
        return true;
    }

    /** True if {@code ip} (same family) lies in this network. */
    public boolean contains(byte[] ip) {
        if (ip.length != address.length) return false;
        return samePrefix(ip, address, prefix);
    }

    /** kops' subnet.Overlap: either contains the other's network address. */
    public boolean overlaps(IpNetwork o) {
        return contains(o.address) || o.contains(address);
    }

    /** kops' subnet.BelongsTo(parent=this, child). */
    public boolean encloses(IpNetwork child) {
        if (child.address.length != address.length) return false;
        if (prefix > child.prefix) return false;
        return samePrefix(child.address, address, prefix);
    }

    public byte[] address() { return address.clone(); }

    public BigInteger networkNumber() { return new BigInteger(1, mask(address, prefix)); }

    /** The address as Go prints it (dotted quad, or RFC 5952 for IPv6). */
    public static String format(byte[] a) {
        if (a.length == 4) {
            return (a[0] & 0xff) + "." + (a[1] & 0xff) + "." + (a[2] & 0xff) + "." + (a[3] & 0xff);
        }
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) g[i] = ((a[2 * i] & 0xff) << 8) | (a[2 * i + 1] & 0xff);
        int bestStart = -1, bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) { i++; continue; }
            int j = i;
            while (j < 8 && g[j] == 0) j++;
            if (j - i > bestLen && j - i >= 2) { bestStart = i; bestLen = j - i; }
            i = j;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                b.append("::");
                i += bestLen - 1;
                continue;
            }
            if (b.length() > 0 && b.charAt(b.length() - 1) != ':') b.append(':');
            b.append(Integer.toHexString(g[i]));
        }
        return b.toString();
    }

    @Override
    public String toString() { return format(address) + "/" + prefix; }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpNetwork n && n.prefix == prefix && Arrays.equals(n.address, address);
    }

    @Override
    public int hashCode() { return Arrays.hashCode(address) * 31 + prefix; }
}
