package dev.podnet.providers.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The rule-gate row ({@code rule-gates.yaml}) of a standard constraint on the same field (e.g.
 * {@code @Min}), which has no element to name it: the row gates the check and labels its finding, and
 * its id is the finding's rule id.
 */
@Target({FIELD, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Gated {
    /** The gate id, e.g. {@code calico.typhaReplicas}. */
    String value();
}
