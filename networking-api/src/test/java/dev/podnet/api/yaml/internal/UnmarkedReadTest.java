package dev.podnet.api.yaml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The reader without marks (fact tables) takes the texts the marked reader takes and reads the same nodes,
 * only without their marks: the character check of one is the other's.
 */
class UnmarkedReadTest {

    @Test
    void everyCharIsInTheSubsetForBothOrForNeither() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String text = "a" + (char) c + "b";
            assertThat(InlineScalars.isPlainText(text)).as("U+%04X", c)
                    .isEqualTo(InlineScalars.plainChars(text) != null);
        }
    }

    @Test
    void seededTextsReadTheSameNodesWithoutMarks() {
        YamlTextGenerator generator = new YamlTextGenerator(20262005L);
        int read = 0;
        for (int i = 0; i < 400; i++) {
            String text = generator.next();
            List<Node> marked = BlockYamlReader.read(text, 64, JsonScalarTags.INSTANCE, true, "t");
            List<Node> unmarked = BlockYamlReader.readUnmarked(text, 64, JsonScalarTags.INSTANCE, true);
            assertThat(unmarked == null).as(text).isEqualTo(marked == null);
            if (marked != null) {
                assertThat(describe(unmarked)).as(text).isEqualTo(describe(marked));
                assertThat(unmarked).allMatch(n -> n.getStartMark().isEmpty() && n.getEndMark().isEmpty());
                read++;
            }
        }
        assertThat(read).as("texts the reader takes").isGreaterThan(100);
    }

    private static String describe(List<Node> nodes) {
        StringBuilder b = new StringBuilder();
        for (Node n : nodes) describe(n, b);
        return b.toString();
    }

    /** A node as its class, tag, anchor, style and value, children nested: everything but its marks. */
    private static void describe(Node n, StringBuilder b) {
        b.append('(').append(n.getClass().getSimpleName()).append(' ').append(n.getTag()).append(' ')
                .append(n.getAnchor());
        if (n instanceof ScalarNode s) {
            b.append(' ').append(s.getScalarStyle()).append(" [").append(s.getValue()).append(']');
        } else if (n instanceof MappingNode m) {
            b.append(' ').append(m.getFlowStyle());
            for (NodeTuple t : m.getValue()) {
                describe(t.getKeyNode(), b);
                describe(t.getValueNode(), b);
            }
        } else if (n instanceof SequenceNode q) {
            b.append(' ').append(q.getFlowStyle());
            for (Node c : q.getValue()) describe(c, b);
        }
        b.append(')');
    }
}
