package dev.podnet.insight.migrate;

/** What a migration step does. */
public enum StepKind {
    /** Change the cluster spec or apply it with kops. */
    APPLY,
    /** Delete objects of the old provider. */
    DELETE,
    /** Replace nodes. */
    ROLL_NODES,
    /** Check the result. */
    VERIFY
}
