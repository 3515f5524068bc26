package dev.podnet.insight.diff;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One field that differs: its path (dots for keys, {@code [name=x]} for an entry of a named list
 * such as containers or env, {@code [i]} for other list entries) and its values as text; a side is
 * empty when the field is absent there.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface FieldChange {
    /**
     * The field's path, e.g. {@code spec.template.spec.containers[name=cilium-agent].image}.
     *
     * @return the field path
     */
    String path();

    /**
     * The value at the older release; empty when absent.
     *
     * @return the older release's value; empty when the field is absent there
     */
    Optional<String> before();

    /**
     * The value at the newer release; empty when absent.
     *
     * @return the newer release's value; empty when the field is absent there
     */
    Optional<String> after();

    /**
     * @param path the field path
     * @param before the old value, or null when absent
     * @param after the new value, or null when absent
     * @return a change of {@code path} from {@code before} to {@code after} (null: absent)
     */
    static FieldChange of(String path, String before, String after) {
        return builder().path(path).before(Optional.ofNullable(before)).after(Optional.ofNullable(after)).build();
    }

    /** @return a new builder */
    static Builder builder() { return new Builder(); }

    /** Builds a {@link FieldChange}. */
    final class Builder extends ImmutableFieldChange.Builder {
        Builder() {
        }
    }
}
