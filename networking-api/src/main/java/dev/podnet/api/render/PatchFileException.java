package dev.podnet.api.render;

import dev.podnet.api.PodnetException;

/**
 * A patch file ({@link PatchFile}) that cannot be read: malformed YAML or JSON, a key or value the
 * format does not have, input beyond the reader's bounds, or a byte that is not UTF-8. The message
 * is {@code SOURCE: line L, column C: REASON} (or {@code SOURCE: REASON} when the fault has no
 * position, such as a file too large); {@link #line()}, {@link #column()} and {@link #reason()}
 * give the parts.
 */
public final class PatchFileException extends PodnetException {
    private static final long serialVersionUID = 1L;
    /** The name the file was read under. */
    private final String source;
    /** The 1-based line, 0 without a position. */
    private final int line;
    /** The 1-based column, 0 without a position. */
    private final int column;
    /** What is wrong. */
    private final String reason;

    PatchFileException(String source, int line, int column, String reason) {
        super(source + ": " + (line > 0 ? "line " + line + ", column " + column + ": " : "") + reason);
        this.source = source;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /**
     * The name the file was read under.
     *
     * @return the source given to {@link PatchFile}'s reader, e.g. the file's path
     */
    public String source() {
        return source;
    }

    /**
     * The 1-based line of the fault.
     *
     * @return the line, or 0 when the fault has no position (size, encoding, an empty file)
     */
    public int line() {
        return line;
    }

    /**
     * The 1-based column of the fault, counted in characters.
     *
     * @return the column, or 0 when the fault has no position
     */
    public int column() {
        return column;
    }

    /**
     * What is wrong, without source and position.
     *
     * @return the reason, e.g. {@code op is one of add, remove, replace, move, copy, test; got "frob"}
     */
    public String reason() {
        return reason;
    }
}
