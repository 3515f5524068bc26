package dev.podnet.providers.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The hint (what to do) for the constraints of a field of a layer-1 record. */
@Target({FIELD, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Fix {
    String value();
}
