package dev.podnet.api;

/** kops validates the user's spec leniently and the completed spec strictly. */
public enum ValidationMode {
    /** The spec as the user wrote it: defaults may still be missing. */
    LENIENT,
    /** The completed spec: every required value must be present. */
    STRICT
}
