package dev.podnet.insight.migrate;

import java.util.List;
import org.immutables.value.Value;

/** One step of a migration, in order. */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface Step {
    /** {@return the step's number, from 1} */
    int number();

    /**
     * What it does.
     *
     * @return the step's kind
     */
    StepKind kind();

    /**
     * What and why, for people.
     *
     * @return what the step does and why, in words
     */
    String description();

    /**
     * The commands to run, in order.
     *
     * @return the commands in the order to run them; empty when the step has none
     */
    List<String> commands();

    /** @return a new builder */
    static Builder builder() { return new Builder(); }

    /** Builds a {@link Step}. */
    final class Builder extends ImmutableStep.Builder {
        Builder() {
        }
    }
}
