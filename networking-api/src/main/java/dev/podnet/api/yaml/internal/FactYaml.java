package dev.podnet.api.yaml.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads podnet's fact resources (release tables, rule gates: block YAML with comments and flow
 * collections) through {@link BlockYamlReader} instead of snakeyaml-engine's scanner and parser: a
 * cold command line reads a dozen of them, and the reader is several times cheaper on first use.
 * The nodes are those snakeyaml-engine's composer makes (YAML 1.2's JSON schema, as its
 * {@code Load} resolves scalars by default), and their values those its {@code StandardConstructor}
 * makes of the tags fact tables use (maps, lists, strings, ints, booleans, nulls), built here
 * directly: the constructor's first use (its tag tables, lambdas and streams) cost a cold command
 * line more than reading every table. FactYamlTest (networking-providers) holds the two to the same
 * values on every fact resource.
 */
public final class FactYaml {
    /** Deeper documents are left to snakeyaml-engine (fact tables nest a few levels). */
    private static final int MAX_DEPTH = 64;

    private FactYaml() {
    }

    /**
     * The value of the one document of {@code text} as snakeyaml-engine's
     * {@code new Load(LoadSettings.builder().build()).loadFromString(text)} constructs it, or empty
     * when the text is outside the reader's subset (or not one document): the caller then loads it with
     * snakeyaml-engine, which words any error.
     *
     * @param text a YAML text
     */
    public static Optional<Value> read(String text) {
        // the values only: no marks (an error in a table is worded by snakeyaml-engine, on the step aside)
        List<Node> documents = BlockYamlReader.readUnmarked(text, MAX_DEPTH, JsonScalarTags.INSTANCE, true);
        if (documents == null || documents.size() != 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Value(value(documents.get(0))));
        } catch (StepAside e) {
            return Optional.empty();
        }
    }

    /**
     * The value snakeyaml-engine's JSON-schema constructor makes of {@code node}: mappings as
     * {@link LinkedHashMap}, sequences as {@link ArrayList}, ints as the smallest of Integer, Long and
     * BigInteger, booleans, nulls and strings; other tags (floats, binary, sets) and duplicate keys (which
     * snakeyaml refuses, with its wording) step aside.
     */
    private static Object value(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar);
        }
        if (node instanceof SequenceNode sequence && sequence.getTag().equals(Tag.SEQ)) {
            List<Node> items = sequence.getValue();
            List<Object> out = new ArrayList<>(items.size());
            for (Node item : items) {
                out.add(value(item));
            }
            return out;
        }
        if (node instanceof MappingNode mapping && mapping.getTag().equals(Tag.MAP)) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (NodeTuple t : mapping.getValue()) {
                Object key = value(t.getKeyNode());
                if (out.containsKey(key)) throw new StepAside();
                out.put(key, value(t.getValueNode()));
            }
            return out;
        }
        throw new StepAside();
    }

    private static Object scalar(ScalarNode node) {
        Tag tag = node.getTag();
        String text = node.getValue();
        if (tag.equals(Tag.STR)) return text;
        if (tag.equals(Tag.NULL)) return null;
        if (tag.equals(Tag.BOOL)) return Boolean.valueOf(text);
        if (tag.equals(Tag.INT)) {
            // as snakeyaml-engine's ConstructYamlJsonInt: the first of Integer, Long, BigInteger that holds it
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException notInt) {
                try {
                    return Long.valueOf(text);
                } catch (NumberFormatException notLong) {
                    return new BigInteger(text);
                }
            }
        }
        throw new StepAside();
    }

    /** A node outside what {@link #value} builds: the caller loads the text with snakeyaml-engine instead. */
    private static final class StepAside extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StepAside() {
            super(null, null, false, false);
        }
    }

    /** A loaded document's value (null for an empty document). */
    public record Value(Object value) {
    }
}
