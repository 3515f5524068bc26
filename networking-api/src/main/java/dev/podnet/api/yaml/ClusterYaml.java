package dev.podnet.api.yaml;

import dev.podnet.api.Cluster;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.yaml.internal.ClusterCodec;
import dev.podnet.api.yaml.internal.Nodes;
import dev.podnet.api.yaml.internal.ReadContext;
import dev.podnet.api.yaml.internal.YamlLoader;
import dev.podnet.api.yaml.internal.YamlText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Reads kops documents ({@code kops.k8s.io/v1alpha2} and {@code v1alpha3}) into the model and
 * writes them back as kops does (v1alpha2, keys sorted). Lossless: every field the model does not
 * know is kept and written back.
 *
 * <pre>{@code
 * Cluster cluster = ClusterYaml.read(Path.of("cluster.yaml"));
 * String yaml = ClusterYaml.write(cluster);
 * }</pre>
 */
public final class ClusterYaml {
    private ClusterYaml() {
    }

    /** Reads the Cluster of a document stream. @throws ClusterYamlException on malformed input */
    public static Cluster read(String yaml) {
        return load(yaml).cluster();
    }

    public static Cluster read(Path file) {
        return load(file).cluster();
    }

    public static ClusterDocuments load(Path file) {
        try {
            return load(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static ClusterDocuments load(String yaml) {
        return load(yaml, YamlLimits.DEFAULT);
    }

    /**
     * Reads a whole stream: exactly one Cluster and any other documents.
     *
     * @throws ClusterYamlException with every problem found (line, column, field path)
     */
    public static ClusterDocuments load(String yaml, YamlLimits limits) {
        try {
            return loadWithin(yaml, limits);
        } catch (StackOverflowError e) {
            // The limits (depth, expansion, recursion) rule this out; should a walk still recurse too
            // deep, the caller gets a finding, never an Error.
            throw new ClusterYamlException(List.of(new YamlProblem("", 0, 0,
                    "document nested too deeply to read (more than " + limits.maxDepth() + " levels?)")));
        }
    }

    private static ClusterDocuments loadWithin(String yaml, YamlLimits limits) {
        List<Node> docs = YamlLoader.compose(yaml, limits);
        ReadContext ctx = new ReadContext();
        ClusterCodec.Read read = null;
        int clusterIndex = -1;
        List<Map<String, Object>> others = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Node d = docs.get(i);
            if (Nodes.isNull(d)) continue;
            if ("Cluster".equals(kindOf(d))) {
                if (read != null) {
                    ctx.problem("", d, "more than one Cluster document in the stream");
                    continue;
                }
                read = ClusterCodec.read(d, ctx);
                clusterIndex = others.size();
            } else if (d instanceof MappingNode) {
                @SuppressWarnings("unchecked")
                Map<String, Object> v = (Map<String, Object>) Nodes.toValue(d);
                others.add(v);
            } else {
                ctx.problem("", d, "expected a kops document (a mapping), got " + Nodes.describe(d));
            }
        }
        if (read == null && !ctx.hasProblems()) {
            ctx.problem("kind", null, "no document with kind: Cluster found");
        }
        if (ctx.hasProblems()) throw new ClusterYamlException(ctx.problems());
        return new ClusterDocuments(read.cluster(), read.apiVersion(), clusterIndex, others,
                Diagnostics.of(read.findings()));
    }

    private static String kindOf(Node d) {
        if (d instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (Nodes.key(t).equals("kind")) {
                    Object v = Nodes.toValue(t.getValueNode());
                    return v == null ? null : v.toString();
                }
            }
        }
        return null;
    }

    /** The Cluster as kops writes it: {@code kops.k8s.io/v1alpha2}, keys sorted at every level. */
    public static String write(Cluster cluster) {
        return YamlText.write(ClusterCodec.write(cluster));
    }

    /** The Cluster as a plain YAML value tree (ordered maps, lists, scalars), v1alpha2 layout. */
    public static Map<String, Object> toMap(Cluster cluster) {
        return ClusterCodec.write(cluster);
    }

    /** The whole stream, the Cluster in its place among the other documents. */
    public static String write(ClusterDocuments docs) {
        List<Object> all = new ArrayList<>(docs.otherDocuments());
        all.add(docs.clusterIndex(), ClusterCodec.write(docs.cluster()));
        return YamlText.writeAll(all);
    }
}
