package dev.podnet.insight.diff;

/** How an object differs between the two releases. */
public enum ChangeType {
    /** Only the newer release renders it. */
    ADDED,
    /** Only the older release renders it (kops leaves it in the cluster; see the object's addon). */
    REMOVED,
    /** Both render it, with different fields. */
    CHANGED
}
