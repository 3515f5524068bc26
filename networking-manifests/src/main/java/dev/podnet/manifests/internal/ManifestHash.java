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
     * {@code strippedHash(yaml, algorithm)} of {@code yaml}, the {@code texts} joined, digesting
     * the texts one by one: encoding each object's text (most of them Latin-1 and quick to encode)
     * costs about half of encoding the joined text, whose one non-Latin-1 character makes all of
     * it UTF-16. Whitespace the strip removes can only be at the end of the last text when the
     * first text does not start with whitespace and the last holds more than whitespace; otherwise
     * the joined text is digested as a whole.
     */
    static String joinedHash(List<String> texts, String yaml, String algorithm) {
        return joinedHash(texts, yaml, algorithm, prefix -> DigestPrefix.of(algorithm, texts.subList(0, prefix)), 0);
    }

    /**
     * {@link #joinedHash(List, String, String)}, starting from {@code prefixes}' digest state after
     * the first {@code constant} texts (at most all but the last; 0 digests every text here).
     */
    static String joinedHash(List<String> texts, String yaml, String algorithm,
            IntFunction<DigestPrefix> prefixes, int constant) {
        if (texts.isEmpty() || texts.get(0).isEmpty() || Character.isWhitespace(texts.get(0).charAt(0))) {
            return strippedHash(yaml, algorithm);
        }
        String last = texts.get(texts.size() - 1);
        int end = last.length();
        while (end > 0 && Character.isWhitespace(last.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return strippedHash(yaml, algorithm);
        }
        int first = Math.min(constant, texts.size() - 1);
        Digest md = first > 0 ? prefixes.apply(first).digest() : Digest.of(algorithm);
        DigestPrefix.update(md, texts.subList(first, texts.size() - 1));
        md.update(last.substring(0, end).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
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
            Digest md = Digest.of(algorithm);
            update(md, texts);
            return new DigestPrefix(md);
        }

        /** A copy of the state, to digest what follows the texts. */
        Digest digest() {
            return state.copy();
        }

        static void update(Digest md, List<String> texts) {
            for (String t : texts) {
                md.update(t.getBytes(StandardCharsets.UTF_8));
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

    private static int utf8Length(String s) {
        return s.isEmpty() ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }

    static String hash(String text, String algorithm) {
        Digest md = Digest.of(algorithm);
        md.update(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }
}
