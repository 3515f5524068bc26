package dev.podnet.api.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every podnet value type: the generated {@code Immutable*} classes are
 * package-private, and callers use {@code X.builder()} and the abstract type only. The generated
 * code carries no annotation found on the build's class path ({@code allowedClasspathAnnotations}
 * lists only {@link Override}): a consumer compiling against podnet without Immutables on its class
 * path would otherwise get a warning for each {@code org.immutables.value.Generated} it meets.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        defaults = @Value.Immutable(copy = true),
        get = {"is*", "get*", "*"},
        allowedClasspathAnnotations = {Override.class})
public @interface PodnetStyle {
}
