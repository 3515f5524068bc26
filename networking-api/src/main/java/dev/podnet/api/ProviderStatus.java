package dev.podnet.api;

/** A provider's status at a kops release (and Kubernetes version, where kops gates on it). */
public enum ProviderStatus {
    /** Not yet offered by this release. */
    UNAVAILABLE,
    /** Offered without warning. */
    SUPPORTED,
    /** Accepted with a warning. */
    DEPRECATED,
    /** Rejected by validation. */
    REMOVED
}
