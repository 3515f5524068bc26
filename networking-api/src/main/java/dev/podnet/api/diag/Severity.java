package dev.podnet.api.diag;

/** An error makes the spec invalid; a warning is reported (kops prints it) but does not. */
public enum Severity {
    ERROR, WARNING
}
