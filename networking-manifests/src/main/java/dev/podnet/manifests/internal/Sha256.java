package dev.podnet.manifests.internal;

import java.util.Arrays;

/**
 * SHA-256 (FIPS 180-4, section 6.2) of a byte stream, for kops' manifestHash from kops 1.22: the same digest as
 * the JDK's {@code MessageDigest.getInstance("SHA-256")}, without the security providers. A command line run hashes
 * one addon, and there the first {@code getInstance} (registering and searching every provider's services) costs
 * about as much as hashing Calico's 316 KB (networking-benchmarks README, fourteenth round). A content hash kops
 * compares, not a security function. Not thread-safe; {@link #copy()} continues from the same state; after
 * {@link #digest()} it takes no more bytes.
 */
final class Sha256 implements ManifestHash.Digest {
    /** The JDK's name of the algorithm, as {@code packaging.yaml} names it. */
    static final String ALGORITHM = "SHA-256";

    private static final int[] K = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    };

    private final int[] state;
    private final byte[] block;
    /** The message schedule, reused by every block. */
    private final int[] w = new int[64];
    /** Bytes digested so far. */
    private long length;

    Sha256() {
        this(new int[] {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
            0x5be0cd19}, new byte[64], 0);
    }

    private Sha256(int[] state, byte[] block, long length) {
        this.state = state;
        this.block = block;
        this.length = length;
    }

    @Override
    public Sha256 copy() {
        return new Sha256(state.clone(), block.clone(), length);
    }

    @Override
    public void update(byte[] bytes, int offset, int count) {
        int end = offset + count;
        int at = offset;
        int filled = (int) (length & 63);
        length += count;
        if (filled > 0) {
            int n = Math.min(64 - filled, count);
            System.arraycopy(bytes, at, block, filled, n);
            at += n;
            if (filled + n < 64) {
                return;
            }
            compress(block, 0);
        }
        while (end - at >= 64) {
            compress(bytes, at);
            at += 64;
        }
        System.arraycopy(bytes, at, block, 0, end - at);
    }

    @Override
    public byte[] digest() {
        long bits = length * 8;
        int filled = (int) (length & 63);
        block[filled] = (byte) 0x80;
        Arrays.fill(block, filled + 1, 64, (byte) 0);
        if (filled >= 56) {
            compress(block, 0);
            Arrays.fill(block, 0, 56, (byte) 0);
        }
        for (int i = 0; i < 8; i++) {
            block[56 + i] = (byte) (bits >>> (56 - 8 * i));
        }
        compress(block, 0);
        byte[] out = new byte[32];
        for (int i = 0; i < 8; i++) {
            out[4 * i] = (byte) (state[i] >>> 24);
            out[4 * i + 1] = (byte) (state[i] >>> 16);
            out[4 * i + 2] = (byte) (state[i] >>> 8);
            out[4 * i + 3] = (byte) state[i];
        }
        return out;
    }

    /** Rotations written out, not {@code Integer.rotateRight}: a cold run interprets this method's first calls, and there a call per rotation is most of the cost. */
    private void compress(byte[] in, int at) {
        for (int t = 0; t < 16; t++) {
            int i = at + 4 * t;
            w[t] = (in[i] << 24) | ((in[i + 1] & 0xff) << 16) | ((in[i + 2] & 0xff) << 8) | (in[i + 3] & 0xff);
        }
        for (int t = 16; t < 64; t++) {
            int x = w[t - 2];
            int y = w[t - 15];
            int s1 = (x >>> 17 | x << 15) ^ (x >>> 19 | x << 13) ^ (x >>> 10);
            int s0 = (y >>> 7 | y << 25) ^ (y >>> 18 | y << 14) ^ (y >>> 3);
            w[t] = s1 + w[t - 7] + s0 + w[t - 16];
        }
        int a = state[0];
        int b = state[1];
        int c = state[2];
        int d = state[3];
        int e = state[4];
        int f = state[5];
        int g = state[6];
        int h = state[7];
        for (int t = 0; t < 64; t++) {
            int t1 = h + ((e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7))
                    + ((e & f) ^ (~e & g)) + K[t] + w[t];
            int t2 = ((a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10))
                    + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}
