package dev.podnet.api.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The patch-file format: post-render patches ({@link ManifestPatch}) as one YAML (1.2, core schema)
 * or JSON document, a non-empty list whose items each have a {@code target} ({@code kind},
 * {@code namespace} unless cluster-scoped, {@code name}) and either a {@code mergePatch} (RFC 7386,
 * a map) or a {@code jsonPatch} (RFC 6902, a non-empty list of operations with {@code op},
 * {@code path}, and {@code from} for move and copy, {@code value} for add, replace and test).
 *
 * <pre>{@code
 * - target: {kind: Deployment, namespace: kube-system, name: calico-kube-controllers}
 *   jsonPatch:
 *   - {op: replace, path: /spec/replicas, value: 2}
 * - target: {kind: ClusterRole, name: calico-node}
 *   mergePatch: {metadata: {labels: {team: net}}}
 * }</pre>
 *
 * <p>Reading refuses every fault with a {@link PatchFileException} whose message is
 * {@code SOURCE: line L, column C: REASON}; nothing is guessed. Hostile input is bounded before
 * the YAML reader sees it: size ({@link #MAX_BYTES}), strict UTF-8, nesting depth
 * ({@link #MAX_DEPTH}); anchors, aliases and tags other than the plain ones are refused (a patch
 * file needs none, so no alias can expand). Bytes are always read as UTF-8, whatever the platform's
 * default. {@link #write(List)} writes patches in the same format (as JSON, which every YAML 1.2
 * reader reads the same). {@code podnet render --patch FILE} reads its files here.
 *
 * <pre>{@code
 * List<ManifestPatch> patches = PatchFile.read(Path.of("patches.yaml"));
 * RenderResult r = podnet.render(completion, RenderOptions.builder().patches(patches).build());
 * }</pre>
 */
public final class PatchFile {
    /** Bytes (or, for text, characters) of one patch file: patches are small edits; a megabyte reads in milliseconds. */
    public static final int MAX_BYTES = 1024 * 1024;
    /** Nesting of maps and lists: a Kubernetes object is rarely deeper than 15. */
    public static final int MAX_DEPTH = 64;

    private PatchFile() {
    }

    /**
     * Reads a patch file as UTF-8, reporting faults under the file's path.
     *
     * @param file the file
     * @return the patches, in file order
     * @throws PatchFileException for the first fault of the content
     * @throws IOException if the file cannot be read (a {@link java.nio.file.NoSuchFileException} when it does not exist)
     */
    public static List<ManifestPatch> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads a patch file from bytes in UTF-8 (an invalid byte is a fault, never replaced); at most
     * {@link #MAX_BYTES} plus one are read. The stream is not closed.
     *
     * @param in the bytes
     * @param source the name to report faults under, e.g. a file name
     * @return the patches, in file order
     * @throws PatchFileException for the first fault of the content
     * @throws IOException if the stream cannot be read
     */
    public static List<ManifestPatch> read(InputStream in, String source) throws IOException {
        Objects.requireNonNull(source, "source");
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) throw fault(source, "patch file too large: more than " + MAX_BYTES + " bytes");
        return parse(utf8(source, bytes), source);
    }

    /**
     * Reads a patch file from characters; at most {@link #MAX_BYTES} plus one are read. The reader is not closed.
     *
     * @param in the characters
     * @param source the name to report faults under
     * @return the patches, in file order
     * @throws PatchFileException for the first fault of the content
     * @throws IOException if the reader cannot be read
     */
    public static List<ManifestPatch> read(Reader in, String source) throws IOException {
        Objects.requireNonNull(source, "source");
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = in.read(buffer, 0, Math.min(buffer.length, MAX_BYTES + 1 - text.length()))) > 0; ) {
            text.append(buffer, 0, n);
            if (text.length() > MAX_BYTES) throw fault(source, "patch file too large: more than " + MAX_BYTES + " characters");
        }
        return parse(text.toString(), source);
    }

    /**
     * Reads a patch file's text (a leading byte-order mark is ignored).
     *
     * @param text the file's content
     * @param source the name to report faults under
     * @return the patches, in file order
     * @throws PatchFileException for the first fault
     */
    public static List<ManifestPatch> parse(String text, String source) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        if (text.length() > MAX_BYTES) throw fault(source, "patch file too large: more than " + MAX_BYTES + " characters");
        return new PatchFileParser(source).read(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /**
     * Writes patches in the patch-file format, as JSON: {@link #parse} gives back equal patches
     * (numbers read back as the smallest of {@code Integer}, {@code Long} and {@code BigInteger}
     * that holds them, as {@link PatchOperation} stores them). Write it as UTF-8.
     *
     * @param patches the patches, at least one
     * @return the file's text, ending with a newline
     * @throws IllegalArgumentException if {@code patches} is empty (a patch file has at least one)
     */
    public static String write(List<ManifestPatch> patches) {
        if (patches.isEmpty()) throw new IllegalArgumentException("a patch file has at least one patch");
        return PatchFileWriter.write(patches);
    }

    /** Strict UTF-8: an invalid byte is a fault with its offset, never replaced. */
    private static String utf8(String source, byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = d.decode(in, out, true);
        if (!r.isError()) r = d.flush(out);
        if (r.isError()) throw fault(source, "invalid UTF-8 at byte offset " + in.position());
        return out.flip().toString();
    }

    private static PatchFileException fault(String source, String reason) {
        return new PatchFileException(source, 0, 0, reason);
    }
}
