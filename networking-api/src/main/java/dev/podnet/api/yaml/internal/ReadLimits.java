package dev.podnet.api.yaml.internal;

/** The reader's bounds, as the public {@code YamlLimits} gives them (see there). */
public record ReadLimits(int maxAliases, int maxDepth, int maxCodePoints, int maxDocuments, int maxScalarLength,
        int maxExpandedSize) {
}
