package dev.podnet.providers.internal;

import dev.podnet.api.internal.IpNetwork;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Optional;

/**
 * CIDR syntax as kops checks it, reported as {@code Invalid value}. Null or empty (unset) is valid, unless
 * {@link #emptyChecked()}.
 * <ul>
 * <li>{@code strict = false} (kops ≤1.26, {@code net.ParseCIDR}): host bits are allowed; a value
 *     that does not parse gets {@link #message()} (e.g. {@code Cluster had an invalid networkCIDR}).
 * <li>{@code strict = true} (kops 1.27+, {@code validateCIDR}): the detail is
 *     {@code Could not be parsed as a CIDR} (with {@code (did you mean "<ip>/32")}, or {@code /64}
 *     for a bare IPv6 address) or {@code Network contains bits outside prefix (did you mean "<net>")}.
 * </ul>
 * The kops releases each check belongs to are a row of the record's rule-gate table, named by
 * {@link #gate()}: the row gates the check and labels its finding. Repeat the annotation with different
 * gates to give each release line its own behaviour.
 */
@Target({FIELD, METHOD, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(Cidr.List.class)
@Constraint(validatedBy = Cidr.Check.class)
public @interface Cidr {
    boolean strict() default true;

    /**
     * The id of the rule-gate row ({@code rule-gates.yaml}) whose releases this check belongs to, e.g.
     * {@code cluster.cidr-syntax#strict}; the finding's rule id is the gate's rule ({@code cluster.cidr-syntax}).
     */
    String gate();

    /** What to do about it. */
    String hint() default "write a CIDR with the host bits cleared, such as 10.0.0.0/16";

    /** The detail of a lenient parse failure; strict checks compute kops' detail. */
    String message() default "Could not be parsed as a CIDR";

    /**
     * Whether a list element's finding names its index ({@code additionalNetworkCIDRs[1]}) or only the list
     * ({@code additionalNetworkCIDRs}, as kops ≤1.26's lenient parse of additionalNetworkCIDRs reports each element).
     */
    boolean indexed() default true;

    /**
     * Whether an empty string is checked as a value (a list element: kops parses each entry, {@code ""} too) rather than
     * passed as unset (a plain Go string field, where {@code ""} is no value).
     */
    boolean emptyChecked() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @Target({FIELD, METHOD, RECORD_COMPONENT, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {
        Cidr[] value();
    }

    final class Check implements ConstraintValidator<Cidr, String> {
        private boolean strict;
        private boolean emptyChecked;

        @Override
        public void initialize(Cidr a) {
            strict = a.strict();
            emptyChecked = a.emptyChecked();
        }

        @Override
        public boolean isValid(String v, ConstraintValidatorContext ctx) {
            if (v == null || v.isEmpty() && !emptyChecked) return true;
            if (!strict) return IpNetwork.parse(v).isPresent();
            Optional<String> detail = strictDetail(v);
            if (detail.isEmpty()) return true;
            ctx.disableDefaultConstraintViolation();
            ctx.buildConstraintViolationWithTemplate(escape(detail.get())).addConstraintViolation();
            return false;
        }

        /** kops' {@code validateCIDR} (1.27+): the detail of the finding, or empty when {@code v} is a network CIDR. */
        public static Optional<String> strictDetail(String v) {
            Optional<IpNetwork> parsed = IpNetwork.parse(v);
            if (parsed.isEmpty()) {
                String detail = "Could not be parsed as a CIDR";
                if (v.indexOf('/') < 0) {
                    Optional<byte[]> ip = IpNetwork.parseIp(v);
                    if (ip.isPresent()) detail += " (did you mean \"" + v + (ip.get().length == 4 ? "/32" : "/64") + "\")";
                }
                return Optional.of(detail);
            }
            if (parsed.get().hasHostBits()) {
                return Optional.of("Network contains bits outside prefix (did you mean \"" + parsed.get().masked() + "\")");
            }
            return Optional.empty();
        }

        /** The detail becomes a message template: nothing in it may be read as a parameter or an expression. */
        private static String escape(String s) {
            return s.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        }
    }

}
