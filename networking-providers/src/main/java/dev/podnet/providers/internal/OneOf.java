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
 * (unset) is valid. The kops releases the check belongs to are the row {@link #gate()} of the record's
 * rule-gate table: the row gates the check and labels its finding.
 */
@Target({FIELD, METHOD, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = OneOf.Check.class)
public @interface OneOf {
    String[] value();

    /**
     * The id of the rule-gate row ({@code rule-gates.yaml}) whose releases this check belongs to, e.g.
     * {@code calico.bpfLogLevel}; it is also the finding's rule id.
     */
    String gate();

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
