package dev.podnet.api.render;

import java.util.Objects;
import java.util.Optional;

/**
 * One operation of a JSON patch (RFC 6902): {@code add}, {@code remove}, {@code replace},
 * {@code move}, {@code copy} or {@code test}, with its JSON pointer path (RFC 6901, e.g.
 * {@code /spec/template/spec/containers/0/env/-}), its {@code from} pointer (move, copy) and its
 * value (add, replace, test; maps, lists, strings, numbers, booleans or null). Immutable: the
 * value is copied.
 */
public final class PatchOperation {
    /** The operations of RFC 6902, section 4. */
    public enum Op {
        /** Adds a value (a list index inserts; {@code -} appends). */
        ADD,
        /** Removes the value at the path, which must exist. */
        REMOVE,
        /** Replaces the value at the path, which must exist. */
        REPLACE,
        /** Removes the value at {@code from} and adds it at the path. */
        MOVE,
        /** Copies the value at {@code from} to the path. */
        COPY,
        /** Fails the patch unless the value at the path equals the value. */
        TEST;

        /** @return the name RFC 6902 gives it, e.g. {@code add} */
        public String text() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Op op;
    private final String path;
    private final Optional<String> from;
    private final Object value;

    private PatchOperation(Op op, String path, Optional<String> from, Object value) {
        this.op = op;
        this.path = pointer(path, "path");
        this.from = from.map(f -> pointer(f, "from"));
        this.value = PatchValues.copy(value);
    }

    /**
     * An {@code add}: inserts {@code value} at {@code path} (into a list at that index, or {@code -} for its end).
     *
     * @param path where to add, a JSON pointer such as {@code /spec/template/spec/tolerations/-}
     * @param value what to add, as plain YAML values
     * @return the {@code add} operation
     * @throws IllegalArgumentException if a path is neither empty nor starts with {@code /}, or the value
     *     holds something JSON cannot
     */
    public static PatchOperation add(String path, Object value) {
        return new PatchOperation(Op.ADD, path, Optional.empty(), value);
    }

    /**
     * A {@code remove}: deletes the value at {@code path}, which must exist when the patch applies.
     *
     * @param path what to remove, a JSON pointer
     * @return the {@code remove} operation
     * @throws IllegalArgumentException if a path is neither empty nor starts with {@code /}
     */
    public static PatchOperation remove(String path) {
        return new PatchOperation(Op.REMOVE, path, Optional.empty(), null);
    }

    /**
     * A {@code replace}: sets the value at {@code path}, which must exist when the patch applies.
     *
     * @param path what to replace, a JSON pointer
     * @param value the new value, as plain YAML values
     * @return the {@code replace} operation
     * @throws IllegalArgumentException if a path is neither empty nor starts with {@code /}, or the value
     *     holds something JSON cannot
     */
    public static PatchOperation replace(String path, Object value) {
        return new PatchOperation(Op.REPLACE, path, Optional.empty(), value);
    }

    /**
     * A {@code move}: removes the value at {@code from} and adds it at {@code path}.
     *
     * @param from what to move, a JSON pointer
     * @param path where to put it, a JSON pointer
     * @return the {@code move} operation
     * @throws IllegalArgumentException if a path is neither empty nor starts with {@code /}
     */
    public static PatchOperation move(String from, String path) {
        return new PatchOperation(Op.MOVE, path, Optional.of(Objects.requireNonNull(from, "from")), null);
    }

    /**
     * A {@code copy}: adds the value at {@code from} also at {@code path}.
     *
     * @param from what to copy, a JSON pointer
     * @param path where to put the copy, a JSON pointer
     * @return the {@code copy} operation
     * @throws IllegalArgumentException if a path is neither empty nor starts with {@code /}
     */
    public static PatchOperation copy(String from, String path) {
        return new PatchOperation(Op.COPY, path, Optional.of(Objects.requireNonNull(from, "from")), null);
    }

    /**
     * A {@code test}: the patch fails unless the value at {@code path} equals {@code value}.
     *
     * @param path what to test, a JSON pointer
     * @param value the value it must have, as plain YAML values
     * @return the {@code test} operation
     * @throws IllegalArgumentException if a path is neither empty nor starts with {@code /}, or the value
     *     holds something JSON cannot
     */
    public static PatchOperation test(String path, Object value) {
        return new PatchOperation(Op.TEST, path, Optional.empty(), value);
    }

    /** @return which of the six RFC 6902 operations this is */
    public Op op() {
        return op;
    }

    /** @return the JSON pointer it applies at */
    public String path() {
        return path;
    }

    /** @return the JSON pointer {@code move} and {@code copy} read from */
    public Optional<String> from() {
        return from;
    }

    /** @return the value of {@code add}, {@code replace} and {@code test} (may be null, JSON's null); an unmodifiable copy */
    public Object value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PatchOperation p && p.op == op && p.path.equals(path) && p.from.equals(from)
                && Objects.equals(p.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(op, path, from, value);
    }

    /** @return e.g. {@code replace /spec/replicas 3} or {@code move /a from /b} */
    @Override
    public String toString() {
        return switch (op) {
            case REMOVE -> op.text() + " " + path;
            case MOVE, COPY -> op.text() + " " + path + " from " + from.orElse("");
            default -> op.text() + " " + path + " " + value;
        };
    }

    private static String pointer(String p, String what) {
        Objects.requireNonNull(p, what);
        if (!p.isEmpty() && !p.startsWith("/")) {
            throw new IllegalArgumentException("a JSON pointer (" + what + ") is empty or starts with '/', got \"" + p + "\"");
        }
        return p;
    }
}
