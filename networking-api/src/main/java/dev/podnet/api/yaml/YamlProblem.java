package dev.podnet.api.yaml;

import java.util.Objects;

/**
 * One thing wrong with a YAML document: where (field path and, when known, 1-based line and
 * column) and what.
 */
public record YamlProblem(String path, int line, int column, String message) {
    /**
     * Checks the fields.
     *
     * @param path the field path; empty when not known
     * @param line the 1-based line; 0 when not known
     * @param column the 1-based column
     * @param message what is wrong
     * @throws NullPointerException if {@code path} or {@code message} is null
     */
    public YamlProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@code line 12, column 7: spec.networking.calico.mtu: expected an integer, got "abc"}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (line > 0) b.append("line ").append(line).append(", column ").append(column).append(": ");
        if (!path.isEmpty()) b.append(path).append(": ");
        return b.append(message).toString();
    }
}
