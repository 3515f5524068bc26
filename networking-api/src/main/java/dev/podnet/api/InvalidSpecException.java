package dev.podnet.api;

import dev.podnet.api.diag.Diagnostics;

/** The cluster has validation errors; {@link #diagnostics()} lists every finding. */
public final class InvalidSpecException extends PodnetException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception carrying the findings.
     *
     * @param message what failed
     * @param diagnostics the findings
     */
    public InvalidSpecException(String message, Diagnostics diagnostics) { super(message, diagnostics); }
}
