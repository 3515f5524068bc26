package dev.podnet.insight.diff;

/** How an object differs between the two releases. */
public enum ChangeType {
    /** Only the newer release renders it. */
    ADDED,
    /** Only the older release renders it; whether kops removes it from the cluster depends on the prune entries of the addon in its channel. */
    REMOVED,
    /** Both render it, with different fields. */
    CHANGED
}
