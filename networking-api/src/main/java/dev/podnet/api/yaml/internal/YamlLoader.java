package dev.podnet.api.yaml.internal;

import dev.podnet.api.yaml.ClusterYamlException;
import dev.podnet.api.yaml.YamlLimits;
import dev.podnet.api.yaml.YamlProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/** Composes a YAML stream into nodes under {@link YamlLimits}; every failure becomes a {@link ClusterYamlException}. */
public final class YamlLoader {
    private YamlLoader() {
    }

    public static List<Node> compose(String text, YamlLimits limits) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel("kops document")
                .setMaxAliasesForCollections(limits.maxAliases())
                .setAllowRecursiveKeys(false)
                .setAllowDuplicateKeys(false)
                .setCodePointLimit(limits.maxCodePoints())
                .setUseMarks(true)
                .build();
        if (text.codePointCount(0, text.length()) > limits.maxCodePoints()) {
            throw new ClusterYamlException(List.of(new YamlProblem("", 0, 0,
                    "document too large: more than " + limits.maxCodePoints() + " characters")));
        }
        try {
            Parser parser = new DepthLimitingParser(new ParserImpl(settings, new StreamReader(settings, text)),
                    limits.maxDepth());
            Composer composer = new Composer(settings, parser);
            List<Node> docs = new ArrayList<>();
            while (composer.hasNext()) {
                Node n = composer.next();
                rejectDuplicateKeys(n);
                docs.add(n);
                if (docs.size() > limits.maxDocuments()) {
                    throw new ClusterYamlException(List.of(new YamlProblem("", 0, 0,
                            "too many documents: more than " + limits.maxDocuments())));
                }
            }
            return docs;
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> m = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
            int line = m.map(x -> x.getLine() + 1).orElse(0);
            int col = m.map(x -> x.getColumn() + 1).orElse(0);
            String what = (e.getContext() == null ? "" : e.getContext() + ": ") + e.getProblem();
            throw new ClusterYamlException(List.of(new YamlProblem("", line, col, "malformed YAML: " + what)));
        } catch (YamlEngineException e) {
            throw new ClusterYamlException(List.of(new YamlProblem("", 0, 0, "malformed YAML: " + e.getMessage())));
        }
    }

    /**
     * The composer keeps duplicate keys (only the constructor checks them); kops' JSON decoding
     * would silently take the last one, which hides mistakes, so they are an error here.
     */
    private static void rejectDuplicateKeys(Node root) {
        java.util.Set<Node> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (!seen.add(n)) continue;
            if (n instanceof org.snakeyaml.engine.v2.nodes.MappingNode m) {
                java.util.Set<String> keys = new java.util.HashSet<>();
                for (org.snakeyaml.engine.v2.nodes.NodeTuple t : m.getValue()) {
                    Node k = t.getKeyNode();
                    if (k instanceof org.snakeyaml.engine.v2.nodes.ScalarNode sk && !keys.add(sk.getValue())) {
                        int line = k.getStartMark().map(x -> x.getLine() + 1).orElse(0);
                        int col = k.getStartMark().map(x -> x.getColumn() + 1).orElse(0);
                        throw new ClusterYamlException(List.of(new YamlProblem("", line, col,
                                "malformed YAML: duplicate key \"" + sk.getValue() + "\"")));
                    }
                    todo.push(t.getValueNode());
                }
            } else if (n instanceof org.snakeyaml.engine.v2.nodes.SequenceNode sq) {
                sq.getValue().forEach(todo::push);
            }
        }
    }

    /** Stops at the event that opens a collection deeper than allowed, before the composer recurses into it. */
    private static final class DepthLimitingParser implements Parser {
        private final Parser delegate;
        private final int maxDepth;
        private int depth;

        DepthLimitingParser(Parser delegate, int maxDepth) {
            this.delegate = delegate;
            this.maxDepth = maxDepth;
        }

        @Override
        public boolean checkEvent(Event.ID id) { return delegate.checkEvent(id); }

        @Override
        public Event peekEvent() { return delegate.peekEvent(); }

        @Override
        public boolean hasNext() { return delegate.hasNext(); }

        @Override
        public Event next() {
            Event e = delegate.next();
            Event.ID id = e.getEventId();
            if (id == Event.ID.MappingStart || id == Event.ID.SequenceStart) {
                if (++depth > maxDepth) {
                    int line = e.getStartMark().map(x -> x.getLine() + 1).orElse(0);
                    int col = e.getStartMark().map(x -> x.getColumn() + 1).orElse(0);
                    throw new ClusterYamlException(List.of(new YamlProblem("", line, col,
                            "nesting deeper than " + maxDepth + " levels")));
                }
            } else if (id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) {
                depth--;
            }
            return e;
        }
    }
}
