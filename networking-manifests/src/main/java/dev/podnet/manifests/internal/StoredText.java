package dev.podnet.manifests.internal;

import dev.podnet.manifests.yaml.internal.FrozenMap;
import dev.podnet.manifests.yaml.internal.GoYamlEmitter;
import dev.podnet.manifests.yaml.internal.StoredYamlReader;
import java.util.Map;

/**
 * The text of a stored object as its pool holds it: the neutral object as {@link GoYamlEmitter} writes it at
 * go-yaml's default width (the pools' form, written by {@code StoredPoolForm}). kops' packaging changes an
 * object that has no pod template only in its {@code metadata} (labels, {@code creationTimestamp}), and the
 * emitter writes a top-level key's block from the same state whatever precedes it, so the packaged form's text is
 * this text with the {@code metadata} block written again: a render does not write the rest of the objects no
 * edit touches (most of Calico's ~300 KB are CRDs), and reads of them only their header ({@link #header()}).
 * Immutable.
 */
final class StoredText {

    private static final String METADATA = "metadata:\n";

    private final String document;
    private final int body;
    private final boolean folded;
    /** Where the {@code metadata} block starts and ends; -1 when the text has none. */
    private final int metadataStart;
    private final int metadataEnd;
    private final FrozenMap header;
    private final boolean podTemplate;

    /**
     * @param document the document's text in its pool, marker line included
     * @param folded   whether some line of the text is folded at go-yaml's width (kops 1.19-1.20 write it whole,
     *                 so their text is written again)
     */
    StoredText(String document, boolean folded) {
        this.document = document;
        this.body = document.indexOf('\n') + 1;
        this.folded = folded;
        int start = topLevel(METADATA);
        int end = -1;
        if (start >= 0) {
            // the block ends at the next line at column 0 that is not empty (a top-level key: the lines of block
            // scalars and folded scalars are indented)
            end = start + METADATA.length();
            while (end < document.length() && (document.charAt(end) == ' ' || document.charAt(end) == '\n')) {
                int eol = document.indexOf('\n', end);
                end = eol < 0 ? document.length() : eol + 1;
            }
        }
        this.metadataStart = start;
        this.metadataEnd = end;
        this.header = start < 0 ? null : readHeader();
        // a spec.template key (a pod template, which kops' packaging labels too), or anything indented alike
        this.podTemplate = document.indexOf("\n  template:", body) >= 0;
    }

    /** Where the line {@code key} (at column 0) starts, or -1. */
    private int topLevel(String key) {
        if (document.startsWith(key, body)) {
            return body;
        }
        int at = document.indexOf("\n" + key, body);
        return at < 0 ? -1 : at + 1;
    }

    /** apiVersion, kind and metadata, read from their lines alone; null where they are not plain one-line values. */
    private FrozenMap readHeader() {
        int api = topLevel("apiVersion: ");
        int kind = topLevel("kind: ");
        if (api < 0 || kind < 0) {
            return null;
        }
        String text = document.substring(api, document.indexOf('\n', api) + 1)
                + document.substring(kind, document.indexOf('\n', kind) + 1)
                + document.substring(metadataStart, metadataEnd);
        return StoredYamlReader.read(text);
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
     * The text with the metadata block written as {@code metadata} at {@code width}: the text of the packaged
     * form whose only change is its metadata; null where the text has no metadata block or is folded and
     * {@code width} is not go-yaml's default.
     */
    String withMetadata(Map<?, ?> metadata, int width) {
        if (folded && width != GoYamlEmitter.DEFAULT_WIDTH || metadataStart < 0 || metadata.isEmpty()) {
            return null;
        }
        String written = GoYamlEmitter.emit(Map.of("metadata", metadata), width);
        return new StringBuilder(document.length() - body + 64).append(document, body, metadataStart)
                .append(written).append(document, metadataEnd, document.length()).toString();
    }

    /**
     * The text of {@code packaged}, the packaged form of the stored object {@code neutral} (whose text this is),
     * written at {@code width}; null where it is not this text with its metadata written again (the packaging
     * changed more than the metadata, see also {@link #withMetadata}).
     */
    String packaged(Map<String, Object> neutral, Map<String, Object> packaged, int width) {
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
