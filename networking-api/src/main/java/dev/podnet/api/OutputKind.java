package dev.podnet.api;

/** What rendering produces for a provider. */
public enum OutputKind {
    /** An addon manifest (DaemonSets, RBAC, ...). */
    MANIFEST,
    /** Node configuration only (kubelet flags, CNI config files). */
    NODE_CONFIG,
    /** Nothing: the operator applies their own CNI. */
    NOTHING
}
