package dev.podnet.providers.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The kops releases a standard constraint on the same field belongs to (e.g. {@code @Min}). */
@Target({FIELD, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Since {
    /** A {@link dev.podnet.api.version.VersionRange}, e.g. {@code >=1.28}. */
    String value();
}
