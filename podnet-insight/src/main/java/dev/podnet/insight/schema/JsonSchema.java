package dev.podnet.insight.schema;

import dev.podnet.api.version.KopsVersion;
import dev.podnet.insight.internal.Json;
import java.util.Map;
import org.immutables.value.Value;

/** A JSON Schema (draft 2020-12) of a kops Cluster document's networking part at one release. */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface JsonSchema {
    /** {@return the kops release the schema describes} */
    KopsVersion release();

    /**
     * The schema as plain values (maps, lists, strings, numbers, booleans), keys in output order.
     *
     * @return the schema as nested maps and lists, keys in output order
     */
    Map<String, Object> tree();

    /**
     * The schema as JSON text (ASCII, two-space indented, ending with a newline).
     *
     * @return the JSON text
     */
    default String json() { return Json.write(tree()); }

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** Builds a {@link JsonSchema}. */
    final class Builder extends ImmutableJsonSchema.Builder {
        Builder() {
        }
    }
}
