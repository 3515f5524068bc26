package dev.podnet.api;

import org.immutables.value.Value;

/**
 * One default the completion applied: the field path as kops names it, the value, the rule that
 * set it and why ({@code spec.networking.calico.encapsulationMode = ipip — Calico default
 * encapsulation (kops ≥1.22; none on IPv6-only clusters)}).
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface AppliedDefault {
    /** {@return the field path as kops names it, e.g. {@code spec.networking.calico.encapsulationMode}} */
    String path();

    /**
     * The value as YAML would print it.
     *
     * @return the value, e.g. {@code ipip}
     */
    String value();

    /**
     * A stable rule id, e.g. {@code calico.encapsulation-mode}.
     *
     * @return the rule id
     */
    String rule();

    /**
     * Why, with the releases and conditions the rule belongs to.
     *
     * @return the reason, with releases and conditions
     */
    String reason();

    /**
     * The kops releases the applied rule belongs to, where the rule is a row of a release table.
     *
     * @return the releases; empty when the rule is not a row of a release table
     */
    java.util.Optional<dev.podnet.api.version.VersionRange> releases();

    /**
     * {@code path = value — reason}.
     *
     * @return the one-line form
     */
    default String line() { return path() + " = " + value() + " — " + reason(); }

    /**
     * An applied default without release range.
     *
     * @param path the field path as kops names it
     * @param value the value as YAML would print it
     * @param rule a stable rule id
     * @param reason why the default applies
     * @return the applied default
     */
    static AppliedDefault of(String path, String value, String rule, String reason) {
        return builder().path(path).value(value).rule(rule).reason(reason).build();
    }

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** The builder Immutables generates, under a stable name. */
    final class Builder extends ImmutableAppliedDefault.Builder {
        Builder() {
        }
    }
}
