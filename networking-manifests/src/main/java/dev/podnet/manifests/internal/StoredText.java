package dev.podnet.manifests.internal;

import dev.podnet.manifests.yaml.internal.GoYamlEmitter;
import java.util.Map;

/**
 * The text of a stored object as its pool holds it: the neutral object as {@link GoYamlEmitter} writes it at
 * go-yaml's default width (the pools' form, written by {@code StoredPoolForm}). kops' packaging changes an
 * object that has no pod template only in its {@code metadata} (labels, {@code creationTimestamp}), and the
 * emitter writes a top-level key's block from the same state whatever precedes it, so the packaged form's text is
 * this text with the {@code metadata} block written again: a render does not write the rest of the objects no
 * edit touches (most of Calico's ~300 KB are CRDs).
 *
 * @param document the document's text in its pool, marker line included
 * @param body     where the object's text starts in {@code document}
 * @param folded   whether some line of the text is folded at go-yaml's width (kops 1.19-1.20 write it whole,
 *                 so their text is written again)
 */
record StoredText(String document, int body, boolean folded) {

    private static final String METADATA = "metadata:\n";

    /**
     * The text of {@code packaged}, the packaged form of the stored object {@code neutral} (whose text this is),
     * written at {@code width}; null where it is not this text with its metadata written again (the packaging
     * changed more than the metadata, a release that does not fold a folded text, no metadata block).
     */
    String packaged(Map<String, Object> neutral, Map<String, Object> packaged, int width) {
        if (folded && width != GoYamlEmitter.DEFAULT_WIDTH || packaged.size() != neutral.size()) {
            return null;
        }
        for (Map.Entry<String, Object> e : neutral.entrySet()) {
            // the packaged form shares every subtree its packaging left alone
            if (!e.getKey().equals("metadata") && packaged.get(e.getKey()) != e.getValue()) {
                return null;
            }
        }
        Object metadata = packaged.get("metadata");
        if (!(metadata instanceof Map<?, ?> m) || m.isEmpty()) {
            return null;
        }
        int start = document.startsWith(METADATA, body) ? body : document.indexOf("\n" + METADATA, body) + 1;
        if (start == 0) {
            return null;
        }
        // the block ends at the next line at column 0 that is not empty (a top-level key: the lines of block
        // scalars and folded scalars are indented)
        int end = start + METADATA.length();
        while (end < document.length() && (document.charAt(end) == ' ' || document.charAt(end) == '\n')) {
            int eol = document.indexOf('\n', end);
            end = eol < 0 ? document.length() : eol + 1;
        }
        String written = GoYamlEmitter.emit(Map.of("metadata", metadata), width);
        return new StringBuilder(document.length() - body + 64).append(document, body, start).append(written)
                .append(document, end, document.length()).toString();
    }
}
