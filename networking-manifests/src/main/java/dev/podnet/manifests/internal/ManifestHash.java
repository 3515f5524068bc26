package dev.podnet.manifests.internal;

import dev.podnet.manifests.yaml.KopsYaml;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntFunction;

/**
 * kops' manifestHash of an addon: the digest (the release's algorithm, {@code PackagingFacts.manifestHash}) of
 * the addon's text with leading and trailing whitespace stripped, computed from the objects' texts without
 * joining or copying them where that gives the same digest. Stateless; {@link AddonPackager} keeps the digest
 * states it reuses in the caller's {@link RenderCaches}.
 */
final class ManifestHash {
    /** The algorithms of kops' manifestHash: SHA-1 up to kops 1.21, SHA-256 from 1.22 ({@code packaging.yaml}). */
    static final List<String> ALGORITHMS = List.of("SHA-1", Sha256.ALGORITHM);

    private ManifestHash() {
    }

    /**
     * {@code strippedHash(yaml, algorithm)} of {@code yaml}, the {@code texts} joined: {@link #joinedHashUtf8}
     * of their UTF-8 bytes.
     */
    static String joinedHash(List<String> texts, String yaml, String algorithm) {
        List<byte[]> utf8 = utf8(texts);
        return joinedHashUtf8(utf8, yaml.getBytes(StandardCharsets.UTF_8), algorithm,
                prefix -> DigestPrefix.ofUtf8(algorithm, utf8.subList(0, prefix)), 0);
    }

    /**
     * {@link #joinedHash(List, String, String)}, starting from {@code prefixes}' digest state after
     * the first {@code constant} texts (at most all but the last; 0 digests every text here).
     */
    static String joinedHash(List<String> texts, String yaml, String algorithm,
            IntFunction<DigestPrefix> prefixes, int constant) {
        return joinedHashUtf8(utf8(texts), yaml.getBytes(StandardCharsets.UTF_8), algorithm, prefixes, constant);
    }

    private static List<byte[]> utf8(List<String> texts) {
        List<byte[]> out = new java.util.ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(t.getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    /**
     * {@code strippedHash(yaml, algorithm)} of {@code yaml}, the UTF-8 bytes of the texts joined by
     * {@link KopsYaml#SEPARATOR}, digesting the texts one by one from {@code prefixes}' state after the first
     * {@code constant} of them (at most all but the last; 0 digests every text here), so that the texts the
     * stored objects always give are digested once. Whitespace the strip removes can only be at the end of the
     * last text when the first text does not start with whitespace and the last holds more than whitespace;
     * otherwise the joined bytes are digested as a whole.
     */
    static String joinedHashUtf8(List<byte[]> texts, byte[] yaml, String algorithm,
            IntFunction<DigestPrefix> prefixes, int constant) {
        if (texts.isEmpty() || texts.get(0).length == 0 || !isAsciiNonWhitespace(texts.get(0)[0])) {
            return strippedHash(yaml, algorithm);
        }
        byte[] last = texts.get(texts.size() - 1);
        int end = last.length;
        while (end > 0 && isAsciiWhitespace(last[end - 1])) {
            end--;
        }
        if (end == 0 || last[end - 1] < 0) {
            // only whitespace, or a non-ASCII character that may be whitespace: the String's strip decides
            return strippedHash(yaml, algorithm);
        }
        int first = Math.min(constant, texts.size() - 1);
        Digest md = first > 0 ? prefixes.apply(first).digest() : Digest.of(algorithm);
        DigestPrefix.update(md, texts.subList(first, texts.size() - 1));
        md.update(last, 0, end);
        return HexFormat.of().formatHex(md.digest());
    }

    /** {@link Character#isWhitespace} of an ASCII byte (the UTF-8 bytes of characters above it are negative). */
    private static boolean isAsciiWhitespace(byte b) {
        return b >= 0 && Character.isWhitespace((char) b);
    }

    private static boolean isAsciiNonWhitespace(byte b) {
        return b >= 0 && !Character.isWhitespace((char) b);
    }

    /**
     * The digest state after some texts, each followed by {@link KopsYaml#SEPARATOR}; immutable:
     * {@link #digest()} hands out a copy to continue from.
     */
    static final class DigestPrefix {
        private static final byte[] SEPARATOR = KopsYaml.SEPARATOR.getBytes(StandardCharsets.UTF_8);
        private final Digest state;

        private DigestPrefix(Digest state) {
            this.state = state;
        }

        static DigestPrefix of(String algorithm, List<String> texts) {
            return ofUtf8(algorithm, utf8(texts));
        }

        /** The state after {@code texts}, each the UTF-8 bytes of a text. */
        static DigestPrefix ofUtf8(String algorithm, List<byte[]> texts) {
            Digest md = Digest.of(algorithm);
            update(md, texts);
            return new DigestPrefix(md);
        }

        /** A copy of the state, to digest what follows the texts. */
        Digest digest() {
            return state.copy();
        }

        static void update(Digest md, List<byte[]> texts) {
            for (byte[] t : texts) {
                md.update(t);
                md.update(SEPARATOR);
            }
        }
    }

    /**
     * A digest in progress: SHA-256 (kops 1.22 and later) by {@link Sha256}, which a cold run computes without
     * initialising the JDK's security providers; any other algorithm (SHA-1 up to kops 1.21) by the JDK.
     */
    interface Digest {
        void update(byte[] bytes, int offset, int count);

        default void update(byte[] bytes) {
            update(bytes, 0, bytes.length);
        }

        /** {@return the digest of every byte given}; the digest takes no more bytes afterwards */
        byte[] digest();

        /** {@return a digest in the same state, continuing independently} */
        Digest copy();

        static Digest of(String algorithm) {
            if (algorithm.equals(Sha256.ALGORITHM)) {
                return new Sha256();
            }
            try {
                return new Jdk(MessageDigest.getInstance(algorithm));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A digest of the JDK's providers. */
    private record Jdk(MessageDigest md) implements Digest {
        @Override
        public void update(byte[] bytes, int offset, int count) {
            md.update(bytes, offset, count);
        }

        @Override
        public byte[] digest() {
            return md.digest();
        }

        @Override
        public Digest copy() {
            try {
                return new Jdk((MessageDigest) md.clone());
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("the JDK's " + md.getAlgorithm() + " digest cannot be copied", e);
            }
        }
    }

    /**
     * {@code hash(text.strip(), algorithm)} without copying the text: the digest of the UTF-8
     * bytes between the leading and the trailing whitespace (an addon's text ends with a line break).
     */
    static String strippedHash(String text, String algorithm) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = 0;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start == end) {
            return hash("", algorithm);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int from = utf8Length(text.substring(0, start));
        int to = bytes.length - utf8Length(text.substring(end));
        Digest md = Digest.of(algorithm);
        md.update(bytes, from, to - from);
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * {@code hash(text.strip(), algorithm)} of the text whose UTF-8 bytes are {@code utf8}, without decoding it
     * where the whitespace the strip removes is ASCII.
     */
    static String strippedHash(byte[] utf8, String algorithm) {
        int end = utf8.length;
        while (end > 0 && isAsciiWhitespace(utf8[end - 1])) {
            end--;
        }
        int start = 0;
        while (start < end && isAsciiWhitespace(utf8[start])) {
            start++;
        }
        if (start < end && (utf8[start] < 0 || utf8[end - 1] < 0)) {
            // a non-ASCII character at either end may be whitespace: the String's strip decides
            return strippedHash(new String(utf8, StandardCharsets.UTF_8), algorithm);
        }
        Digest md = Digest.of(algorithm);
        md.update(utf8, start, end - start);
        return HexFormat.of().formatHex(md.digest());
    }

    private static int utf8Length(String s) {
        return s.isEmpty() ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }

    static String hash(String text, String algorithm) {
        Digest md = Digest.of(algorithm);
        md.update(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }
}
