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
     * @param path where to add
     * @param value what to add
     * @return the operation
     */
    public static PatchOperation add(String path, Object value) {
        return new PatchOperation(Op.ADD, path, Optional.empty(), value);
    }

    /**
     * @param path what to remove
     * @return the operation
     */
    public static PatchOperation remove(String path) {
        return new PatchOperation(Op.REMOVE, path, Optional.empty(), null);
    }

    /**
     * @param path what to replace
     * @param value the new value
     * @return the operation
     */
    public static PatchOperation replace(String path, Object value) {
        return new PatchOperation(Op.REPLACE, path, Optional.empty(), value);
    }

    /**
     * @param from what to move
     * @param path where to
     * @return the operation
     */
    public static PatchOperation move(String from, String path) {
        return new PatchOperation(Op.MOVE, path, Optional.of(Objects.requireNonNull(from, "from")), null);
    }

    /**
     * @param from what to copy
     * @param path where to
     * @return the operation
     */
    public static PatchOperation copy(String from, String path) {
        return new PatchOperation(Op.COPY, path, Optional.of(Objects.requireNonNull(from, "from")), null);
    }

    /**
     * @param path what to test
     * @param value the value it must have
     * @return the operation
     */
    public static PatchOperation test(String path, Object value) {
        return new PatchOperation(Op.TEST, path, Optional.empty(), value);
    }

    /** @return the operation */
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
