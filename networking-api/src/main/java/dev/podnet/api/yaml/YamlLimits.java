package dev.podnet.api.yaml;

/**
 * Bounds on what the reader accepts, so that hostile input (alias bombs, deep nesting, huge
 * documents) fails fast with a clear error instead of exhausting memory or the stack.
 *
 * @param maxAliases    aliases allowed per document stream (kops documents use none)
 * @param maxDepth      nesting depth of mappings and lists
 * @param maxCodePoints characters of input
 * @param maxDocuments  documents in one stream
 */
public record YamlLimits(int maxAliases, int maxDepth, int maxCodePoints, int maxDocuments) {
    /** 20 aliases, depth 64, 8 Mi code points, 1000 documents: far above any real kops spec. */
    public static final YamlLimits DEFAULT = new YamlLimits(20, 64, 8 * 1024 * 1024, 1000);

    public YamlLimits {
        if (maxAliases < 0 || maxDepth < 1 || maxCodePoints < 1 || maxDocuments < 1) {
            throw new IllegalArgumentException("limits must be positive: " + this);
        }
    }
}
