package dev.podnet.api.yaml.internal;

import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads podnet's fact resources (release tables, rule gates: block YAML with comments and flow
 * collections) through {@link BlockYamlReader} instead of snakeyaml-engine's scanner and parser: a
 * cold command line reads a dozen of them, and the reader is several times cheaper on first use.
 * The nodes are those snakeyaml-engine's composer makes (YAML 1.2's JSON schema, as its
 * {@code Load} resolves scalars by default), constructed by its own {@link StandardConstructor}, so
 * the values are those {@code Load.loadFromString} gives; FactYamlTest (networking-providers) holds
 * the two to the same values on every fact resource.
 */
public final class FactYaml {
    /** Deeper documents are left to snakeyaml-engine (fact tables nest a few levels). */
    private static final int MAX_DEPTH = 64;

    private FactYaml() {
    }

    /**
     * The value of the one document of {@code text} as {@code new Load(settings).loadFromString(text)}
     * constructs it, or empty when the text is outside the reader's subset (or not one document): the
     * caller then loads it with snakeyaml-engine, which words any error.
     *
     * @param text a YAML text
     * @param settings the settings the caller would load it with (their schema resolves the scalars)
     */
    public static Optional<Value> read(String text, LoadSettings settings) {
        List<Node> documents = BlockYamlReader.read(text, MAX_DEPTH, settings.getSchema().getScalarResolver(), true,
                settings.getLabel());
        if (documents == null || documents.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(new Value(new StandardConstructor(settings).constructSingleDocument(Optional.of(documents.get(0)))));
    }

    /** A loaded document's value (null for an empty document). */
    public record Value(Object value) {
    }
}
