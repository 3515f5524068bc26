package dev.podnet.manifests.internal;

import dev.podnet.manifests.yaml.internal.FrozenMap;
import dev.podnet.manifests.yaml.internal.GoYamlEmitter;
import dev.podnet.manifests.yaml.internal.StoredYamlReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * The text of a stored object as its pool holds it: the neutral object as {@link GoYamlEmitter} writes it at
 * go-yaml's default width (the pools' form, written by {@code StoredPoolForm}). kops' packaging changes an
 * object that has no pod template only in its {@code metadata} (labels, {@code creationTimestamp}), and the
 * emitter writes a top-level key's block from the same state whatever precedes it, so the packaged form's text is
 * this text with the {@code metadata} block written again: a render does not write the rest of the objects no
 * edit touches (most of Calico's ~300 KB are CRDs), and reads of them only their header ({@link #header()}).
 * The text is kept as the pool's UTF-8 bytes and copied as bytes into the addon's ({@link Utf8Texts}): a render
 * decodes only the header's lines and the documents whose trees something reads. Immutable.
 */
final class StoredText {

    private static final byte[] METADATA = ascii("metadata:\n");
    private static final byte[] TEMPLATE = ascii("\n  template:");

    /** The document's UTF-8 bytes: kept as they are to be copied into the addon's bytes, decoded for its tree. */
    private final byte[] document;
    private final int body;
    private final boolean folded;
    /** Where the {@code metadata} block starts and ends; -1 when the text has none. */
    private final int metadataStart;
    private final int metadataEnd;
    private final FrozenMap header;
    private final boolean podTemplate;

    /**
     * @param pool   the pool's bytes (UTF-8)
     * @param from   where the document starts in them, at its marker line
     * @param to     where it ends
     * @param folded whether some line of the text is folded at go-yaml's width (kops 1.19-1.20 write it whole,
     *               so their text is written again)
     */
    StoredText(byte[] pool, int from, int to, boolean folded) {
        this.document = Arrays.copyOfRange(pool, from, to);
        this.body = indexOf(document, (byte) '\n', 0) + 1;
        this.folded = folded;
        int start = topLevel(METADATA);
        int end = -1;
        if (start >= 0) {
            // the block ends at the next line at column 0 that is not empty (a top-level key: the lines of block
            // scalars and folded scalars are indented)
            end = start + METADATA.length;
            while (end < document.length && (document[end] == ' ' || document[end] == '\n')) {
                int eol = indexOf(document, (byte) '\n', end);
                end = eol < 0 ? document.length : eol + 1;
            }
        }
        this.metadataStart = start;
        this.metadataEnd = end;
        this.header = start < 0 ? null : readHeader();
        // a spec.template key (a pod template, which kops' packaging labels too), or anything indented alike
        this.podTemplate = indexOf(document, TEMPLATE, body) >= 0;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** The document's text, marker line included, decoded: what its tree is read from. */
    String text() {
        return new String(document, StandardCharsets.UTF_8);
    }

    /** Where the line {@code key} (at column 0) starts, or -1. */
    private int topLevel(byte[] key) {
        if (startsWith(document, key, body)) {
            return body;
        }
        for (int at = indexOf(document, (byte) '\n', body); at >= 0; at = indexOf(document, (byte) '\n', at + 1)) {
            if (startsWith(document, key, at + 1)) {
                return at + 1;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] text, byte[] prefix, int at) {
        if (at < 0 || at + prefix.length > text.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (text[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] text, byte b, int from) {
        for (int i = from; i < text.length; i++) {
            if (text[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] text, byte[] part, int from) {
        for (int at = indexOf(text, part[0], from); at >= 0; at = indexOf(text, part[0], at + 1)) {
            if (startsWith(text, part, at)) {
                return at;
            }
        }
        return -1;
    }

    /** apiVersion, kind and metadata, read from their lines alone; null where they are not plain one-line values. */
    private FrozenMap readHeader() {
        int api = topLevel(ascii("apiVersion: "));
        int kind = topLevel(ascii("kind: "));
        if (api < 0 || kind < 0) {
            return null;
        }
        String text = line(api) + line(kind)
                + new String(document, metadataStart, metadataEnd - metadataStart, StandardCharsets.UTF_8);
        return StoredYamlReader.read(text);
    }

    /** The line at {@code at}, its line break included. */
    private String line(int at) {
        int end = indexOf(document, (byte) '\n', at) + 1;
        return new String(document, at, end - at, StandardCharsets.UTF_8);
    }

    /** {@return the object's apiVersion, kind and metadata as the whole tree has them; null when not read alone} */
    FrozenMap header() {
        return header;
    }

    /** {@return whether the object may have a pod template (a {@code template} key under a top-level key)} */
    boolean podTemplate() {
        return podTemplate;
    }

    /**
     * The text (UTF-8) with the metadata block written as {@code metadata} at {@code width}: the text of the
     * packaged form whose only change is its metadata; null where the text has no metadata block or is folded and
     * {@code width} is not go-yaml's default.
     */
    byte[] withMetadata(Map<?, ?> metadata, int width) {
        if (folded && width != GoYamlEmitter.DEFAULT_WIDTH || metadataStart < 0 || metadata.isEmpty()) {
            return null;
        }
        byte[] written = GoYamlEmitter.emit(Map.of("metadata", metadata), width).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[metadataStart - body + written.length + document.length - metadataEnd];
        System.arraycopy(document, body, out, 0, metadataStart - body);
        System.arraycopy(written, 0, out, metadataStart - body, written.length);
        System.arraycopy(document, metadataEnd, out, metadataStart - body + written.length, document.length - metadataEnd);
        return out;
    }

    /**
     * The text (UTF-8) of {@code packaged}, the packaged form of the stored object {@code neutral} (whose text this is),
     * written at {@code width}; null where it is not this text with its metadata written again (the packaging
     * changed more than the metadata, see also {@link #withMetadata}).
     */
    byte[] packaged(Map<String, Object> neutral, Map<String, Object> packaged, int width) {
        if (packaged.size() != neutral.size() || !(packaged.get("metadata") instanceof Map<?, ?> metadata)) {
            return null;
        }
        for (Map.Entry<String, Object> e : neutral.entrySet()) {
            // the packaged form shares every subtree its packaging left alone
            if (!e.getKey().equals("metadata") && packaged.get(e.getKey()) != e.getValue()) {
                return null;
            }
        }
        return withMetadata(metadata, width);
    }
}
