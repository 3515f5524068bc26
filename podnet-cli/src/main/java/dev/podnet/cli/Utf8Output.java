package dev.podnet.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-8 {@link PrintWriter} over a byte stream that writes a long string's bytes at once
 * ({@link String#getBytes}, a copy for ASCII text) instead of through the writer's encoder in 8 KB
 * chunks: a rendered manifest is ~300 KB, written once per cold {@code ./podnet render}
 * (networking-benchmarks README, ninth round (cold start)). The bytes are the same either way.
 */
final class Utf8Output extends PrintWriter {
    /** Shorter strings go through the encoder, which buffers them. */
    private static final int DIRECT = 8192;

    private final OutputStream to;

    Utf8Output(OutputStream to) {
        super(new OutputStreamWriter(to, StandardCharsets.UTF_8), true);
        this.to = to;
    }

    /** Writes {@code utf8}, text already encoded in UTF-8, after what the writer holds. */
    void writeUtf8(byte[] utf8) {
        synchronized (lock) {
            super.flush();
            try {
                to.write(utf8);
            } catch (IOException e) {
                setError();
            }
        }
    }

    @Override
    public void write(String s, int off, int len) {
        if (len < DIRECT) {
            super.write(s, off, len);
            return;
        }
        synchronized (lock) {
            // what the encoder holds goes first, so the order of the output is kept
            super.flush();
            try {
                to.write((off == 0 && len == s.length() ? s : s.substring(off, off + len)).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                setError();
            }
        }
    }
}
