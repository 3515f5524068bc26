package dev.podnet.api;

import dev.podnet.api.diag.Diagnostics;
import java.util.Objects;

/**
 * A request podnet refuses: the message says what is wrong and how to fix it, and
 * {@link #diagnostics()} holds the findings behind it (empty when there are none).
 */
public class PodnetException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Diagnostics diagnostics;

    /**
     * An exception carrying the findings.
     *
     * @param message what failed
     * @param diagnostics the findings
     */
    public PodnetException(String message, Diagnostics diagnostics) {
        super(message);
        this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
    }

    /**
     * An exception without findings.
     *
     * @param message what failed
     */
    public PodnetException(String message) { this(message, Diagnostics.none()); }

    /**
     * The findings that led to the refusal, in the order found.
     *
     * @return the findings; empty when none is attached
     */
    public Diagnostics diagnostics() { return diagnostics; }
}
