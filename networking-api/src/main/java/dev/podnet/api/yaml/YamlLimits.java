package dev.podnet.api.yaml;

/**
 * Bounds on what the reader accepts, so that hostile input (alias bombs, recursive aliases, deep
 * nesting, huge documents, huge scalars) fails fast with a clear error instead of exhausting time,
 * memory or the stack.
 *
 * @param maxAliases      aliases ({@code *name}) allowed per document stream, to scalars and
 *                        collections alike (kops documents use none)
 * @param maxDepth        nesting depth of mappings and lists, also after aliases are expanded
 * @param maxCodePoints   characters of input
 * @param maxDocuments    documents in one stream
 * @param maxScalarLength characters of one scalar (key or value)
 * @param maxExpandedSize characters of one document once every alias is expanded (each scalar
 *                        counts its length plus one, each collection one): what the reader may
 *                        make of the input, and so a bound on what {@code complete} writes back
 */
public record YamlLimits(int maxAliases, int maxDepth, int maxCodePoints, int maxDocuments, int maxScalarLength,
        int maxExpandedSize) {
    /**
     * 20 aliases, depth 64, 1 Mi characters, 1000 documents, 256 Ki characters per scalar, 1 Mi
     * characters expanded: far above any real kops spec (a full {@code kops get -o yaml} of a large
     * cluster is tens of kilobytes), and small enough that reading, completing and writing the
     * largest accepted input takes well under a second and fits a 128 MB heap.
     */
    public static final YamlLimits DEFAULT = new YamlLimits(20, 64, 1024 * 1024, 1000, 256 * 1024, 1024 * 1024);

    /**
     * Checks the limits.
     *
     * @param maxAliases aliases allowed per stream
     * @param maxDepth nesting depth
     * @param maxCodePoints characters of input
     * @param maxDocuments documents in one stream
     * @param maxScalarLength characters of one scalar
     * @param maxExpandedSize characters of one document once aliases are expanded
     * @throws IllegalArgumentException if {@code maxAliases} is negative or another limit is below 1
     */
    public YamlLimits {
        if (maxAliases < 0 || maxDepth < 1 || maxCodePoints < 1 || maxDocuments < 1 || maxScalarLength < 1
                || maxExpandedSize < 1) {
            throw new IllegalArgumentException("limits must be positive: " + this);
        }
    }

    /**
     * Limits with scalars bounded by the input size (at most the default's) and expansion by the input size.
     *
     * @param maxAliases aliases allowed per stream
     * @param maxDepth nesting depth
     * @param maxCodePoints characters of input
     * @param maxDocuments documents in one stream
     */
    public YamlLimits(int maxAliases, int maxDepth, int maxCodePoints, int maxDocuments) {
        this(maxAliases, maxDepth, maxCodePoints, maxDocuments, Math.min(maxCodePoints, DEFAULT_SCALAR),
                maxCodePoints);
    }

    private static final int DEFAULT_SCALAR = 256 * 1024;
}
