package dev.podnet.providers.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Arrays;

/**
 * A string that must be one of {@link #value()}, reported as kops' {@code Unsupported value}. Null
 * (unset) is valid. {@link #releases()} limits the kops releases the check belongs to.
 */
@Target({FIELD, METHOD, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = OneOf.Check.class)
public @interface OneOf {
    String[] value();

    /** A {@link dev.podnet.api.version.VersionRange} of kops releases, e.g. {@code >=1.19}. */
    String releases() default "*";

    String message() default "Unsupported value";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<OneOf, String> {
        private String[] allowed;

        @Override
        public void initialize(OneOf a) { allowed = a.value(); }

        @Override
        public boolean isValid(String v, ConstraintValidatorContext ctx) {
            return v == null || Arrays.asList(allowed).contains(v);
        }
    }
}
