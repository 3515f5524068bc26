package dev.podnet.api.diag;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One finding: a field path as kops prints it ({@code spec.networking.cilium.ipam}), the error
 * type, the rejected value where kops shows one, the allowed values for Unsupported, kops' detail
 * text, the severity, the kops releases the rule belongs to, and a hint that says the fix.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface Diagnostic {
    /** {@return the field path as kops prints it, e.g. {@code spec.networking.cilium.ipam}} */
    String path();

    /** {@return the error type, as kops' {@code field.ErrorType}} */
    ErrorType type();

    /**
     * The rejected value as kops prints it (strings quoted), if kops shows one.
     *
     * @return the rejected value in kops' form (strings quoted), e.g. {@code "bpf"}; empty when kops shows none
     */
    Optional<String> value();

    /**
     * For {@link ErrorType#UNSUPPORTED}: the values kops accepts.
     *
     * @return the accepted values in kops' order; empty for other error types
     */
    List<String> allowedValues();

    /**
     * kops' detail text.
     *
     * @return the detail; the empty string by default
     */
    @Value.Default
    default String detail() { return ""; }

    /** {@return the severity; {@link Severity#ERROR} by default} */
    @Value.Default
    default Severity severity() { return Severity.ERROR; }

    /**
     * The kops releases the rule applies to, e.g. {@code >=1.27}.
     *
     * @return the release range in kops-version notation, e.g. {@code >=1.27 <1.34}; empty when the finding states
     *         none
     */
    Optional<String> releases();

    /**
     * What to do about it, in podnet's words.
     *
     * @return one sentence saying how to fix the spec; empty when podnet has no advice
     */
    Optional<String> hint();

    /**
     * A stable id of the rule that produced the finding, e.g. {@code calico.encapsulation-mode}.
     *
     * @return the rule id; empty for a finding no named rule produced
     */
    Optional<String> rule();

    /** {@return true if the severity is {@link Severity#ERROR}} */
    default boolean isError() { return severity() == Severity.ERROR; }

    /**
     * The finding as kops prints a field error: {@code <path>: <Type>: <value>: <detail>}
     * (value only where kops shows one; Unsupported lists the supported values).
     *
     * @return the one-line form
     */
    default String line() {
        StringBuilder b = new StringBuilder(path()).append(": ").append(type().text());
        value().ifPresent(v -> b.append(": ").append(v));
        if (type() == ErrorType.UNSUPPORTED && !allowedValues().isEmpty() && detail().isEmpty()) {
            b.append(": supported values: ")
                    .append(allowedValues().stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(", ")));
        } else if (!detail().isEmpty()) {
            b.append(": ").append(detail());
        }
        return b.toString();
    }

    /**
     * An error without value.
     *
     * @param path the field path as kops prints it
     * @param type the error type
     * @param detail kops' detail text
     * @return the finding
     */
    static Diagnostic of(String path, ErrorType type, String detail) {
        return builder().path(path).type(type).detail(detail).build();
    }

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** The builder Immutables generates, under a stable name, with {@link #quotedValue(String)}. */
    final class Builder extends ImmutableDiagnostic.Builder {
        Builder() {
        }

        /**
         * A string value, quoted as kops quotes it.
         *
         * @param v the value, unquoted
         * @return this builder
         */
        public Builder quotedValue(String v) { return value("\"" + v + "\""); }
    }
}
