package dev.podnet.providers.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.podnet.api.internal.allowed.AllowedValueTable;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;

/**
 * A string that must be one of the values of its row in the table of allowed values
 * ({@code allowed-values.yaml}, {@link AllowedValueTable}), reported as kops' {@code Unsupported value}. Null
 * (unset) is valid. The row {@link #gate()} gives the values and the kops releases the check belongs to: the
 * row gates the check and labels its finding.
 */
@Target({FIELD, METHOD, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = OneOf.Check.class)
public @interface OneOf {
    /**
     * The id of the row of allowed values (and gate) whose values and releases this check belongs to, e.g.
     * {@code calico.bpfLogLevel}; it is also the finding's rule id.
     */
    String gate();

    String message() default "Unsupported value";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * The check a Bean Validation provider runs: the values of the row, whatever the release (the provider
     * knows none; {@link FieldConstraints} gates by release).
     */
    final class Check implements ConstraintValidator<OneOf, String> {
        private final AllowedValueTable table;
        private List<String> allowed;

        /** A check against podnet's table (read when the provider creates the check). */
        public Check() {
            this(AllowedValueTable.load());
        }

        /** A check against {@code table}. */
        public Check(AllowedValueTable table) {
            this.table = table;
        }

        @Override
        public void initialize(OneOf a) {
            allowed = table.find(a.gate()).orElseThrow(() -> new IllegalStateException(
                    AllowedValueTable.RESOURCE + ": no row " + a.gate())).values();
        }

        @Override
        public boolean isValid(String v, ConstraintValidatorContext ctx) {
            return v == null || allowed.contains(v);
        }
    }
}
