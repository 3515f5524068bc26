package dev.podnet.api.yaml.internal;

import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * A mapping as kops reads it, made by {@link MappingFolder} from one written with duplicate or merge
 * keys: one entry per key. The entries keep the nodes (and so the positions) of the text that gave
 * each value, which may lie in another mapping (a merge source); {@link #written()} is the mapping as
 * it stands in the text, which a writer must use to place anything it adds.
 */
public final class FoldedMapping extends MappingNode {
    private final MappingNode written;

    FoldedMapping(MappingNode written, List<NodeTuple> entries) {
        super(written.getTag(), true, entries, written.getFlowStyle(), written.getStartMark(), written.getEndMark());
        this.written = written;
        setAnchor(written.getAnchor());
        setBlockComments(written.getBlockComments());
        setInLineComments(written.getInLineComments());
        setEndComments(written.getEndComments());
    }

    /** The mapping as written, duplicate and merge keys included. */
    public MappingNode written() { return written; }
}
