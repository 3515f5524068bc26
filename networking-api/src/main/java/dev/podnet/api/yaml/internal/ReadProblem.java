package dev.podnet.api.yaml.internal;

import java.util.Objects;

/**
 * One thing the reader found wrong, where it was found: field path and, when known, 1-based line
 * and column. The public {@code YamlProblem} is made from it at the facade, so that this package
 * depends on nothing of the public YAML API.
 */
public record ReadProblem(String path, int line, int column, String message) {
    public ReadProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }
}
