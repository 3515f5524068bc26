package dev.podnet.api.diag;

/**
 * An error makes the spec invalid; a warning is reported (kops prints it) but does not. An advisory
 * is podnet's own lint beyond kops (podnet-insight): never an error, reported only when asked for.
 */
public enum Severity {
    /** Makes the spec invalid. */
    ERROR,
    /** Reported, as kops prints it; the spec stays valid. */
    WARNING,
    /** podnet's own lint beyond kops; reported only when asked for. */
    ADVISORY
}
