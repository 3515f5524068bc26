package dev.podnet.api.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a map of YAML values that may hold {@code null} (a key written as {@code key: null} or
 * {@code key:} must survive a round trip). Immutables recognises the simple name.
 */
@Target({ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.CLASS)
public @interface AllowNulls {
}
