package dev.podnet.insight.explain;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The documentation of one model field, as data: its type, what it means, where rendering uses
 * it, kops' documented default, the values kops' validation accepts and the rules that involve it.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface FieldDoc {
    /**
     * The v1alpha2 place, e.g. {@code spec.networking.calico.mtu}; {@code []} marks a list element.
     *
     * @return the field path
     */
    String path();

    /**
     * The codec's kind of value: {@code string}, {@code quantity}, {@code int32}, {@code int64},
     * {@code boolean}, {@code strings}, {@code stringMap}, {@code raw}, {@code object} or {@code objects}.
     *
     * @return the kind of value
     */
    String type();

    /**
     * What the field does.
     *
     * @return one sentence on what the field does
     */
    String meaning();

    /**
     * Where rendering uses the value (manifest objects, flags, environment), when it does.
     *
     * @return one line per place the value is rendered; empty when rendering does not use it
     */
    List<String> manifest();

    /**
     * kops' documented default, in words (the computed defaults by release come from completion).
     *
     * @return the default in words; empty when kops documents none
     */
    Optional<String> kopsDefault();

    /**
     * The kops releases with the field, in words.
     *
     * @return the release range in words; empty when the documentation states none
     */
    Optional<String> releases();

    /**
     * The values kops' validation accepts, by release; no row for a release means any value of the type.
     *
     * @return one row per release range with restricted values; empty when any value of the type is accepted
     */
    List<AllowedValues> allowed();

    /**
     * Ids of the validation rules that involve the field.
     *
     * @return the rule ids; empty when no validation rule involves the field
     */
    List<String> rules();

    /**
     * Why the field no longer matters, when it does not.
     *
     * @return why the field has no effect any more; empty while it still matters
     */
    Optional<String> deprecated();

    /**
     * Where the facts come from (kops' files).
     *
     * @return the kops files the facts come from
     */
    String source();

    /**
     * The allowed values that apply at {@code release} (none when validation does not check them there).
     *
     * @param release the kops release
     * @return the allowed values; empty when validation does not check them there
     */
    default List<String> allowedAt(dev.podnet.api.version.KopsVersion release) {
        return allowed().stream().filter(a -> a.releases().contains(release)).findFirst()
                .map(AllowedValues::values).orElse(List.of());
    }

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** Builds a {@link FieldDoc}. */
    final class Builder extends ImmutableFieldDoc.Builder {
        Builder() {
        }
    }
}
