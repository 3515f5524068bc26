package dev.podnet.manifests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Sha256} against FIPS 180-4's examples and the JDK's SHA-256 on seeded random input. */
class Sha256Test {

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    private static byte[] jdk(byte[] bytes) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }

    @Test
    void fipsExamples() {
        Sha256 abc = new Sha256();
        abc.update("abc".getBytes(StandardCharsets.US_ASCII));
        assertThat(hex(abc.digest())).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        Sha256 two = new Sha256();
        two.update("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".getBytes(StandardCharsets.US_ASCII));
        assertThat(hex(two.digest())).isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        assertThat(hex(new Sha256().digest())).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    /** Every length around the block and padding boundaries, fed whole and in seeded random pieces. */
    @Test
    void sameAsTheJdkForEveryLengthAndSplit() throws NoSuchAlgorithmException {
        Random random = new Random(20261205L);
        for (int length = 0; length <= 300; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            String expected = hex(jdk(bytes));
            Sha256 whole = new Sha256();
            whole.update(bytes);
            assertThat(hex(whole.digest())).as("length %d whole", length).isEqualTo(expected);
            Sha256 pieces = new Sha256();
            int at = 0;
            while (at < length) {
                int n = Math.min(length - at, random.nextInt(70));
                pieces.update(bytes, at, n);
                at += n;
            }
            assertThat(hex(pieces.digest())).as("length %d in pieces", length).isEqualTo(expected);
        }
    }

    @Test
    void aCopyContinuesIndependently() throws NoSuchAlgorithmException {
        Random random = new Random(7L);
        byte[] prefix = new byte[100_003];
        byte[] a = new byte[517];
        byte[] b = new byte[64];
        random.nextBytes(prefix);
        random.nextBytes(a);
        random.nextBytes(b);
        Sha256 state = new Sha256();
        state.update(prefix);
        Sha256 first = state.copy();
        first.update(a);
        Sha256 second = state.copy();
        second.update(b);
        assertThat(hex(first.digest())).isEqualTo(hex(jdk(concat(prefix, a))));
        assertThat(hex(second.digest())).isEqualTo(hex(jdk(concat(prefix, b))));
        assertThat(hex(state.digest())).isEqualTo(hex(jdk(prefix)));
    }

    @Test
    void manifestHashDigestsPickTheAlgorithm() throws NoSuchAlgorithmException {
        byte[] text = "kind: ConfigMap\n".getBytes(StandardCharsets.UTF_8);
        for (String algorithm : ManifestHash.ALGORITHMS) {
            ManifestHash.Digest d = ManifestHash.Digest.of(algorithm);
            d.update(text);
            assertThat(hex(d.digest())).as(algorithm)
                    .isEqualTo(hex(MessageDigest.getInstance(algorithm).digest(text)));
        }
        assertThat(ManifestHash.Digest.of("SHA-256")).isInstanceOf(Sha256.class);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
