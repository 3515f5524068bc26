package dev.podnet.api.yaml;

import dev.podnet.api.Cluster;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.version.VersionRange;
import dev.podnet.api.yaml.internal.ClusterCodec;
import dev.podnet.api.internal.decode.DecodeSchema;
import dev.podnet.api.yaml.internal.Nodes;
import dev.podnet.api.yaml.internal.PreservingWriter;
import dev.podnet.api.yaml.internal.ReadFailure;
import dev.podnet.api.yaml.internal.ReadLimits;
import dev.podnet.api.yaml.internal.ReadProblem;
import dev.podnet.api.yaml.internal.ReadContext;
import dev.podnet.api.yaml.internal.YamlLoader;
import dev.podnet.api.yaml.internal.WellFormedText;
import dev.podnet.api.yaml.internal.YamlText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Reads kops documents ({@code kops.k8s.io/v1alpha2} and {@code v1alpha3}) into the model and
 * writes them back, in the apiVersion they were read in, either as kops does (keys sorted) or as
 * the user wrote them ({@link WriteMode}). Lossless: every field the model does not know is kept and
 * written back. Plain scalars are read as kops reads them (go-yaml v2, YAML 1.1: {@code yes} is
 * true, {@code 017} is 15).
 *
 * <pre>{@code
 * Cluster cluster = ClusterYaml.read(Path.of("cluster.yaml"));
 * String yaml = ClusterYaml.write(cluster);
 * }</pre>
 */
public final class ClusterYaml {
    private ClusterYaml() {
    }

    /**
     * Reads the Cluster of a document stream.
     *
     * @param yaml the YAML text
     * @return the Cluster
     * @throws ClusterYamlException on malformed input
     */
    public static Cluster read(String yaml) {
        return load(yaml).cluster();
    }

    /**
     * Reads the Cluster of a UTF-8 file.
     *
     * @param file the file
     * @return the Cluster
     * @throws ClusterYamlException on malformed input or invalid UTF-8
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static Cluster read(Path file) {
        return load(file).cluster();
    }

    /**
     * Reads a file as UTF-8, whatever the platform's default charset.
     *
     * @param file the file
     * @return the documents
     * @throws ClusterYamlException on malformed input, invalid UTF-8 (with its byte offset) or a
     *                              file beyond the default limits
     * @throws UncheckedIOException if the file cannot be read
     */
    public static ClusterDocuments load(Path file) {
        try {
            long size = Files.size(file);
            if (size > maxBytes(YamlLimits.DEFAULT)) throw tooLarge(YamlLimits.DEFAULT);
            return load(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a document stream given as bytes, which must be UTF-8 (a leading byte order mark is
     * allowed). Invalid UTF-8 is refused with its byte offset, never replaced.
     *
     * @param utf8 the UTF-8 bytes
     * @return the documents
     * @throws ClusterYamlException on malformed input or invalid UTF-8
     */
    public static ClusterDocuments load(byte[] utf8) {
        if (utf8.length > maxBytes(YamlLimits.DEFAULT)) throw tooLarge(YamlLimits.DEFAULT);
        return load(decodeUtf8(utf8));
    }

    /**
     * The most bytes a document within {@code limits} can take: four per character.
     *
     * @param limits the limits
     * @return {@code 4 * limits.maxCodePoints()}
     */
    public static long maxBytes(YamlLimits limits) { return 4L * limits.maxCodePoints(); }

    private static ClusterYamlException tooLarge(YamlLimits limits) {
        return new ClusterYamlException(List.of(new YamlProblem("", 0, 0,
                "document too large: more than " + limits.maxCodePoints() + " characters")));
    }

    /**
     * Strict UTF-8: a malformed or unmappable sequence is a {@link ClusterYamlException} that says
     * at which byte (0-based), line and column it starts.
     *
     * @param bytes UTF-8 bytes
     * @return the text
     * @throws ClusterYamlException on malformed UTF-8
     */
    public static String decodeUtf8(byte[] bytes) {
        java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        java.nio.charset.CoderResult r = d.decode(in, out, true);
        if (!r.isError()) r = d.flush(out);
        if (r.isError()) {
            int at = in.position();
            int line = 1;
            int column = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            StringBuilder hex = new StringBuilder();
            for (int i = at; i < Math.min(bytes.length, at + r.length()); i++) {
                hex.append(hex.length() == 0 ? "" : " ").append(String.format(java.util.Locale.ROOT, "0x%02x", bytes[i] & 0xff));
            }
            throw new ClusterYamlException(List.of(new YamlProblem("", line, column,
                    "invalid UTF-8 at byte " + at + " (" + hex + ")")));
        }
        out.flip();
        return out.toString();
    }

    /**
     * Reads a document stream within {@link YamlLimits#DEFAULT}: the Cluster and every other document.
     *
     * @param yaml the YAML text
     * @return the documents
     * @throws ClusterYamlException on malformed input
     */
    public static ClusterDocuments load(String yaml) {
        return load(yaml, YamlLimits.DEFAULT);
    }

    /**
     * Reads a whole stream: exactly one Cluster and any other documents.
     *
     * @param yaml the YAML text
     * @param limits the bounds the input must stay within
     * @return the documents
     * @throws ClusterYamlException with every problem found (line, column, field path)
     */
    public static ClusterDocuments load(String yaml, YamlLimits limits) {
        try {
            return loadWithin(yaml, limits, new ReadContext(ClusterYaml::v1alpha3Cloud));
        } catch (ReadFailure e) {
            throw exception(e.problems());
        } catch (StackOverflowError e) {
            // The limits (depth, expansion, recursion) rule this out; should a walk still recurse too
            // deep, the caller gets a finding, never an Error.
            throw new ClusterYamlException(List.of(new YamlProblem("", 0, 0,
                    "document nested too deeply to read (more than " + limits.maxDepth() + " levels?)")));
        }
    }

    /**
     * Reads a document stream as the given kops release decodes it: {@link #load(String)}, then what
     * that release's decoder refuses before anything else, each with its field path and place: an
     * apiVersion the release has not registered ({@code kops.k8s.io/v1alpha3} before kops 1.30) and a
     * value of the wrong JSON type in a field of the Cluster spec kops decodes into typed structs
     * ({@code kubelet.maxPods: "110"}), including fields podnet does not model. A field the release does
     * not know is dropped unread, as kops does.
     *
     * @param yaml the YAML text
     * @param release the kops release whose decoder is followed
     * @return the documents
     * @throws ClusterYamlException with every problem found
     */
    public static ClusterDocuments load(String yaml, KopsVersion release) {
        return load(yaml, release, Set.of());
    }

    /**
     * {@link #load(String, KopsVersion)}, with the provider fields the release does not decode: kops
     * drops such a field unread whatever its value ({@code cilium.enableL7Proxy: "1"} before kops had the
     * field, 1.19-1.21), so it is kept as an unmodelled key instead of being read.
     *
     * @param yaml the YAML text
     * @param release the kops release whose decoder is followed
     * @param undecodedFields the paths of those fields, e.g. {@code spec.networking.cilium.enableL7Proxy}
     * @return the documents
     * @throws ClusterYamlException with every problem found
     */
    public static ClusterDocuments load(String yaml, KopsVersion release, Set<String> undecodedFields) {
        Set<String> paths = Set.copyOf(undecodedFields);
        return load(yaml, release, kind -> paths);
    }

    /**
     * {@link #load(String, KopsVersion, Set)}, with the provider fields the release does not decode asked
     * per provider block the document holds (so that a provider the document does not name need not be
     * looked up).
     *
     * @param yaml the YAML text
     * @param release the kops release whose decoder is followed
     * @param undecodedFields the paths of those fields under a provider's block, e.g.
     *        {@code spec.networking.cilium.enableL7Proxy} for {@link ProviderKind#CILIUM} (paths under other
     *        blocks are ignored)
     * @return the documents
     * @throws ClusterYamlException with every problem found
     */
    public static ClusterDocuments load(String yaml, KopsVersion release, Function<ProviderKind, Set<String>> undecodedFields) {
        ClusterDocuments docs;
        try {
            docs = loadWithin(yaml, YamlLimits.DEFAULT, new ReadContext(undecodedFields, ClusterYaml::v1alpha3Cloud));
        } catch (ReadFailure e) {
            throw exception(e.problems());
        } catch (StackOverflowError e) {
            return load(yaml); // reports it as the release-free reader does
        }
        DecodeSchema schema = DecodeSchema.shipped();
        List<ReadProblem> problems = new ArrayList<>();
        Optional<VersionRange> registered = schema.releases(docs.apiVersion());
        if (registered.isPresent() && !registered.get().contains(release)) {
            problems.add(new ReadProblem("apiVersion", 0, 0, docs.apiVersion() + " is not registered in kops " + release
                    + " (kops decodes it at " + registered.get() + "; it refuses: no kind \"Cluster\" is registered for"
                    + " version \"" + docs.apiVersion() + "\"): write " + ClusterCodec.V1ALPHA2));
        }
        if (problems.isEmpty()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> spec = (Map<String, Object>) ClusterCodec.write(docs.cluster(), docs.apiVersion()).get("spec");
            problems.addAll(schema.check(spec, docs.apiVersion(), release));
        }
        if (problems.isEmpty()) return docs;
        throw exception(placed(problems, docs.source()));
    }

    /**
     * Whether {@code key} is a cloud of kops' v1alpha3 CloudProviderSpec (the decode schema's struct); the schema is
     * read only when a document holds a cloudProvider block.
     */
    private static boolean v1alpha3Cloud(String key) {
        return DecodeSchema.shipped().fieldNames("cloudProvider-v1alpha3").contains(key);
    }

    /** The problems with the line and column of the value their path names, where the source has it. */
    private static List<ReadProblem> placed(List<ReadProblem> problems, ClusterDocuments.Source source) {
        if (source == null) return problems;
        Node doc;
        try {
            doc = YamlLoader.compose(source.text(), internal(source.limits())).get(source.clusterNode());
        } catch (ReadFailure e) {
            return problems; // the text was read once with these limits: not expected
        }
        List<ReadProblem> out = new ArrayList<>();
        for (ReadProblem p : problems) {
            Node at = doc;
            for (String key : p.path().split("\\.")) {
                Node next = null;
                if (at instanceof MappingNode m) {
                    for (NodeTuple t : m.getValue()) if (Nodes.key(t).equals(key)) next = t.getValueNode();
                }
                at = next;
                if (at == null) break;
            }
            if (at == null || at.getStartMark().isEmpty()) {
                out.add(p);
            } else {
                out.add(new ReadProblem(p.path(), at.getStartMark().get().getLine() + 1,
                        at.getStartMark().get().getColumn() + 1, p.message()));
            }
        }
        return out;
    }

    /** The reader's problems as the public type. */
    static ClusterYamlException exception(List<ReadProblem> problems) {
        return new ClusterYamlException(problems.stream()
                .map(p -> new YamlProblem(p.path(), p.line(), p.column(), p.message())).toList());
    }

    static ReadLimits internal(YamlLimits l) {
        return new ReadLimits(l.maxAliases(), l.maxDepth(), l.maxCodePoints(), l.maxDocuments(), l.maxScalarLength(),
                l.maxExpandedSize());
    }

    private static ClusterDocuments loadWithin(String yaml, YamlLimits limits, ReadContext ctx) {
        List<Node> docs = YamlLoader.compose(yaml, internal(limits));
        ClusterCodec.Read read = null;
        int clusterIndex = -1;
        int clusterNode = -1;
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
                clusterNode = i;
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
        if (ctx.hasProblems()) throw exception(ctx.problems());
        return new ClusterDocuments(read.cluster(), read.apiVersion(), clusterIndex, others,
                Diagnostics.of(read.findings()), new ClusterDocuments.Source(yaml, clusterNode, limits));
    }

    /** Whether {@code text} reads back as the Cluster of {@code docs}, in its apiVersion. */
    private static boolean readsAs(String text, ClusterDocuments docs) {
        try {
            ClusterDocuments back = loadWithin(text, docs.source().limits(), new ReadContext(ClusterYaml::v1alpha3Cloud));
            return back.cluster().equals(docs.cluster()) && back.apiVersion().equals(docs.apiVersion());
        } catch (ReadFailure | ClusterYamlException e) {
            return false;
        }
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

    /**
     * The Cluster as kops writes it: {@code kops.k8s.io/v1alpha2}, keys sorted at every level.
     *
     * @param cluster the cluster
     * @return the YAML text
     * @throws IllegalArgumentException if a string of the cluster holds a lone surrogate (no UTF-8 text can)
     */
    public static String write(Cluster cluster) {
        Map<String, Object> tree = ClusterCodec.write(cluster);
        WellFormedText.require(tree, "");
        return YamlText.write(tree);
    }

    /**
     * The Cluster as a plain YAML value tree (ordered maps, lists, scalars), v1alpha2 layout.
     *
     * @param cluster the cluster
     * @return the value tree
     */
    public static Map<String, Object> toMap(Cluster cluster) {
        return ClusterCodec.write(cluster);
    }

    /**
     * The whole stream in kops' canonical form ({@link WriteMode#KOPS}), the Cluster in its place
     * among the other documents and in the apiVersion it was read in.
     *
     * @param docs the documents
     * @return the YAML text
     * @throws IllegalArgumentException if a string of the cluster holds a lone surrogate (no UTF-8 text can)
     */
    public static String write(ClusterDocuments docs) {
        return write(docs, WriteMode.KOPS);
    }

    /**
     * The whole stream, the Cluster in the apiVersion it was read in: canonical ({@link WriteMode#KOPS})
     * or as the user wrote it, changed only where the Cluster changed ({@link WriteMode#PRESERVE}).
     *
     * @param docs the documents
     * @param mode canonical or preserving
     * @return the YAML text
     * @throws IllegalArgumentException if a string of the cluster holds a lone surrogate (no UTF-8 text can)
     */
    public static String write(ClusterDocuments docs, WriteMode mode) {
        Map<String, Object> cluster = ClusterCodec.write(docs.cluster(), docs.apiVersion());
        WellFormedText.require(cluster, "");
        if (mode == WriteMode.PRESERVE && docs.source() != null) {
            ClusterDocuments.Source s = docs.source();
            try {
                Node node = YamlLoader.compose(s.text(), internal(s.limits())).get(s.clusterNode());
                String out = PreservingWriter.patch(s.text(), node, cluster);
                if (PreservingWriter.readOnce(node) || readsAs(out, docs)) return out;
                // an edit reached text that other values share or that an earlier duplicate or a merge
                // overrides: the Cluster document is written out whole, merge keys expanded, the rest kept
                return PreservingWriter.rewrite(s.text(), node, cluster);
            } catch (ReadFailure e) {
                throw exception(e.problems()); // the text was read once with these limits: not expected
            }
        }
        List<Object> all = new ArrayList<>(docs.otherDocuments());
        all.add(docs.clusterIndex(), cluster);
        return YamlText.writeAll(all);
    }
}
