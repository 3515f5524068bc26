package dev.podnet.insight.migrate;

/** What a migration risks. */
public enum RiskKind {
    /** Pod networking is interrupted. */
    DISRUPTION,
    /** Pods get addresses from another range. */
    POD_CIDR,
    /** kube-proxy starts or stops running. */
    KUBE_PROXY,
    /** Something the old provider does (or was configured to do) that the new one does not. */
    MISSING_FEATURE,
    /** The target is deprecated at this release. */
    DEPRECATED,
    /** Objects podnet cannot know about (a provider the user installs). */
    UNKNOWN_OBJECTS
}
