package dev.podnet.providers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.internal.IpNetwork;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * IPv4 literals are scanned, prefixes compared byte by byte and IPv4 blocks computed in a long (validation
 * parses every CIDR of a spec, completion allocates blocks): the answers equal those of the plain forms they
 * replaced (a split on dots, a bit-by-bit mask, BigInteger arithmetic), kept here
 * as the reference, over seeded random texts and networks.
 */
class IpNetworkScanTest {
    private static final String ALPHABET = "0123456789..../:";

    @Test
    void ipv4LiteralsParseAsTheSplitFormDid() {
        Random random = new Random(20261204L);
        int parsed = 0;
        for (int n = 0; n < 200_000; n++) {
            String text = randomText(random);
            Optional<byte[]> got = IpNetwork.parseIp(text);
            Optional<byte[]> want = text.indexOf(':') < 0 ? referenceIpv4(text) : got;
            assertThat(got.map(Arrays::toString)).as(text).isEqualTo(want.map(Arrays::toString));
            if (got.isPresent()) parsed++;
        }
        assertThat(parsed).as("some texts are addresses").isGreaterThan(1000);
    }

    @Test
    void prefixComparisonsEqualTheMaskedForms() {
        Random random = new Random(20261205L);
        for (int n = 0; n < 50_000; n++) {
            IpNetwork a = randomNetwork(random);
            IpNetwork b = randomNetwork(random);
            byte[] x = a.address();
            byte[] y = b.address();
            assertThat(a.hasHostBits()).as(a.toString()).isEqualTo(!Arrays.equals(x, referenceMask(x, a.prefix())));
            assertThat(a.contains(y)).as(a + " contains " + b)
                    .isEqualTo(Arrays.equals(referenceMask(y, a.prefix()), referenceMask(x, a.prefix())));
            assertThat(a.encloses(b)).as(a + " encloses " + b).isEqualTo(a.prefix() <= b.prefix()
                    && Arrays.equals(referenceMask(y, a.prefix()), referenceMask(x, a.prefix())));
            assertThat(Arrays.equals(a.masked().address(), referenceMask(x, a.prefix()))).isTrue();
        }
    }

    @Test
    void ipv4BlocksEqualTheBigIntegerForm() {
        Random random = new Random(20261206L);
        for (int n = 0; n < 20_000; n++) {
            IpNetwork a = randomNetwork(random);
            int length = random.nextInt(33);
            long i = random.nextInt(4) == 0 ? random.nextInt(Integer.MAX_VALUE) : random.nextInt(300);
            BigInteger step = BigInteger.ONE.shiftLeft(32 - length);
            BigInteger sum = new BigInteger(1, referenceMask(a.address(), a.prefix())).add(step.multiply(BigInteger.valueOf(i)));
            byte[] raw = sum.toByteArray();
            byte[] want = new byte[4];
            int len = Math.min(raw.length, 4);
            System.arraycopy(raw, raw.length - len, want, 4 - len, len);
            IpNetwork got = a.block(length, i);
            assertThat(got.address()).as(a + " block /" + length + " #" + i).isEqualTo(want);
            assertThat(got.prefix()).isEqualTo(length);
        }
    }

    private static IpNetwork randomNetwork(Random random) {
        // few distinct octets, so that networks often share prefixes
        int[] pool = {0, 10, 96, 128, 255, 1};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 4; i++) b.append(i == 0 ? "" : ".").append(pool[random.nextInt(pool.length)]);
        return IpNetwork.parse(b + "/" + random.nextInt(33)).orElseThrow();
    }

    private static String randomText(Random random) {
        if (random.nextInt(3) == 0) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 4; i++) b.append(i == 0 ? "" : ".").append(random.nextInt(300));
            return b.toString();
        }
        int length = random.nextInt(16);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length() - 2)));
        return b.toString();
    }

    /** The form before: split on dots, each part 1-3 ASCII digits without a leading zero, at most 255. */
    private static Optional<byte[]> referenceIpv4(String s) {
        if (s.isEmpty()) return Optional.empty();
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) return Optional.empty();
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !IpNetwork.asciiDigits(p)) return Optional.empty();
            if (p.length() > 1 && p.charAt(0) == '0') return Optional.empty();
            int v = Integer.parseInt(p);
            if (v > 255) return Optional.empty();
            b[i] = (byte) v;
        }
        return Optional.of(b);
    }

    /** The mask before: every bit from {@code prefix} on cleared, one at a time. */
    private static byte[] referenceMask(byte[] a, int prefix) {
        byte[] m = a.clone();
        for (int i = 0; i < m.length * 8; i++) {
            if (i >= prefix) m[i / 8] &= (byte) ~(0x80 >> (i % 8));
        }
        return m;
    }
}
