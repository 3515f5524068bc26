package dev.podnet.api.internal.facts;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * A fact table's values in a compact binary form, written at build time beside the table ({@code NAME.yaml.bin},
 * {@code FactBinaryWriter}) and read instead of the YAML when it was written from the same text: a cold command
 * line reads ~160 KB of tables, whose YAML a JVM starting up scans interpreted (~20 ms on JDK 17); decoding these
 * values takes a fraction of that (networking-benchmarks README, eighteenth round). The YAML stays the source: a
 * form whose recorded CRC-32 and length are not the text's is not read, and FactBinaryTest holds every table's
 * decoded values equal to the YAML's.
 *
 * <p>Layout, big-endian: the magic {@code PFB1}, the YAML text's length and CRC-32 (of its UTF-8 bytes), then one
 * value: a tag byte and its content: null, false, true; an int (4 bytes); a long (8); a big integer and a new
 * string (a length and UTF-8 bytes; a string is numbered in the order written); a string written before (its
 * number); a list (a count, then its items); a mapping (a count, then each key and value). The values are those
 * the YAML reader makes: {@link LinkedHashMap}, {@link ArrayList}, strings, the smallest of Integer, Long and
 * BigInteger, booleans and nulls.
 */
public final class FactBinary {
    private static final int MAGIC = 0x50464231; // "PFB1"
    private static final int NULL = 0;
    private static final int FALSE = 1;
    private static final int TRUE = 2;
    private static final int INT = 3;
    private static final int LONG = 4;
    private static final int BIG = 5;
    private static final int STRING = 6;
    private static final int SEEN = 7;
    private static final int LIST = 8;
    private static final int MAP = 9;

    private FactBinary() {
    }

    /**
     * The binary form of {@code value}, the values read from {@code yaml}.
     *
     * @param value what the YAML reader made of the text: maps, lists, strings, integers, booleans and nulls
     * @param yaml the text's UTF-8 bytes, which the form records the length and CRC-32 of
     * @return the form
     * @throws IllegalArgumentException if the value holds anything else
     */
    public static byte[] write(Object value, byte[] yaml) {
        Writer w = new Writer();
        w.int32(MAGIC);
        w.int32(yaml.length);
        w.int32(crc(yaml));
        w.value(value);
        return w.out.toByteArray();
    }

    /**
     * The value {@code form} holds, when it was written from {@code yaml}.
     *
     * @param form a binary form
     * @param yaml the UTF-8 bytes of the YAML text the form should have been written from
     * @return the value, or {@code null} when the form is not this text's (another magic, length or CRC-32)
     * @throws IllegalArgumentException if the form is truncated or holds an unknown tag
     */
    public static Value read(byte[] form, byte[] yaml) {
        Reader r = new Reader(form);
        if (form.length < 12 || r.int32() != MAGIC || r.int32() != yaml.length || r.int32() != crc(yaml)) {
            return null;
        }
        Object value = r.value();
        if (r.at != form.length) throw new IllegalArgumentException("fact binary: " + (form.length - r.at) + " bytes after the value");
        return new Value(value);
    }

    /** A decoded value ({@code null} for an empty document). */
    public record Value(Object value) {
    }

    private static int crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length);
        return (int) crc.getValue();
    }

    private static final class Writer {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final Map<String, Integer> strings = new HashMap<>();

        void int32(int v) {
            out.write(v >>> 24);
            out.write(v >>> 16);
            out.write(v >>> 8);
            out.write(v);
        }

        void bytes(byte[] b) {
            int32(b.length);
            out.write(b, 0, b.length);
        }

        void value(Object v) {
            if (v == null) {
                out.write(NULL);
            } else if (v instanceof Boolean b) {
                out.write(b ? TRUE : FALSE);
            } else if (v instanceof Integer i) {
                out.write(INT);
                int32(i);
            } else if (v instanceof Long l) {
                out.write(LONG);
                int32((int) (l >>> 32));
                int32((int) (long) l);
            } else if (v instanceof BigInteger b) {
                out.write(BIG);
                bytes(b.toString().getBytes(StandardCharsets.UTF_8));
            } else if (v instanceof String s) {
                Integer seen = strings.get(s);
                if (seen != null) {
                    out.write(SEEN);
                    int32(seen);
                } else {
                    strings.put(s, strings.size());
                    out.write(STRING);
                    bytes(s.getBytes(StandardCharsets.UTF_8));
                }
            } else if (v instanceof List<?> list) {
                out.write(LIST);
                int32(list.size());
                for (Object item : list) value(item);
            } else if (v instanceof Map<?, ?> map) {
                out.write(MAP);
                int32(map.size());
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    value(e.getKey());
                    value(e.getValue());
                }
            } else {
                throw new IllegalArgumentException("fact binary: no form for a " + v.getClass().getName());
            }
        }
    }

    private static final class Reader {
        final byte[] in;
        final List<String> strings = new ArrayList<>();
        int at;

        Reader(byte[] in) {
            this.in = in;
        }

        int int32() {
            if (at + 4 > in.length) throw new IllegalArgumentException("fact binary: truncated at byte " + at);
            int v = (in[at] & 0xFF) << 24 | (in[at + 1] & 0xFF) << 16 | (in[at + 2] & 0xFF) << 8 | in[at + 3] & 0xFF;
            at += 4;
            return v;
        }

        String text() {
            int n = int32();
            if (n < 0 || at + n > in.length) throw new IllegalArgumentException("fact binary: truncated at byte " + at);
            String s = new String(in, at, n, StandardCharsets.UTF_8);
            at += n;
            return s;
        }

        Object value() {
            if (at >= in.length) throw new IllegalArgumentException("fact binary: truncated at byte " + at);
            int tag = in[at++];
            switch (tag) {
                case NULL:
                    return null;
                case FALSE:
                    return Boolean.FALSE;
                case TRUE:
                    return Boolean.TRUE;
                case INT:
                    return int32();
                case LONG:
                    return (long) int32() << 32 | int32() & 0xFFFFFFFFL;
                case BIG:
                    return new BigInteger(text());
                case STRING: {
                    String s = text();
                    strings.add(s);
                    return s;
                }
                case SEEN: {
                    int i = int32();
                    if (i < 0 || i >= strings.size()) throw new IllegalArgumentException("fact binary: no string " + i);
                    return strings.get(i);
                }
                case LIST: {
                    int n = count();
                    List<Object> out = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) out.add(value());
                    return out;
                }
                case MAP: {
                    int n = count();
                    Map<Object, Object> out = new LinkedHashMap<>(n * 4 / 3 + 1);
                    for (int i = 0; i < n; i++) {
                        Object key = value();
                        out.put(key, value());
                    }
                    return out;
                }
                default:
                    throw new IllegalArgumentException("fact binary: unknown tag " + tag + " at byte " + (at - 1));
            }
        }

        /** A list's or mapping's count: each item takes a byte at least, so a count beyond the bytes left is corrupt. */
        private int count() {
            int n = int32();
            if (n < 0 || n > in.length - at) throw new IllegalArgumentException("fact binary: bad count " + n + " at byte " + (at - 4));
            return n;
        }
    }
}
