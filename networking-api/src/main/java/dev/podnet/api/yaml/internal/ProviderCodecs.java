package dev.podnet.api.yaml.internal;

import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.provider.ProviderSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** The codec of every provider, keyed by kind. Field lists follow kops' Go types field for field. */
public final class ProviderCodecs {
    private ProviderCodecs() {
    }

    /**
     * The codec for a provider kind. Each codec is built on first use (a holder class per provider):
     * declaring its fields runs each of them once, and a run should pay only for the providers its
     * documents name.
     */
    private static ObjectCodec<? extends ProviderSpec, ?> lookup(ProviderKind kind) {
        return switch (kind) {
            case CALICO -> CalicoCodec.CODEC;
            case CANAL -> CanalCodec.CODEC;
            case FLANNEL -> FlannelCodec.CODEC;
            case KUBE_ROUTER -> KubeRouterCodec.CODEC;
            case KUBENET -> KubenetCodec.CODEC;
            case CNI -> CniCodec.CODEC;
            case EXTERNAL -> ExternalCodec.CODEC;
            case CILIUM -> CiliumCodec.CODEC;
            case AMAZON_VPC -> AmazonVpcCodec.CODEC;
            case LYFT_VPC -> LyftVpcCodec.CODEC;
            case GCP -> GcpCodec.CODEC;
            case WEAVE -> WeaveCodec.CODEC;
            case ROMANA -> RomanaCodec.CODEC;
            case KOPEIO -> KopeioCodec.CODEC;
            case KINDNET -> KindnetCodec.CODEC;
            case CLASSIC -> ClassicCodec.CODEC;
        };
    }

    /** The codec for a provider kind. */
    public static Optional<ObjectCodec<? extends ProviderSpec, ?>> codec(ProviderKind kind) {
        return Optional.of(lookup(kind));
    }

    /** Reads a provider's mapping; problems go to {@code ctx}. */
    public static ProviderSpec read(ProviderKind kind, Node node, String path, ReadContext ctx) {
        return lookup(kind).read(node, path, ctx);
    }

    /**
     * Reads a provider's mapping as a Cluster document of {@code apiVersion} holds it: a key spelled
     * for the other apiVersion is kept as an extra, not read, with a warning in {@code findings}; so is a
     * key the release being read for does not decode ({@link ReadContext#undecodedKeys}), without one.
     */
    static ProviderSpec read(ProviderKind kind, Node node, String path, String apiVersion, ReadContext ctx,
            List<Diagnostic> findings) {
        Set<String> foreign = VersionSpellings.foreignKeys(kind, apiVersion);
        if (!foreign.isEmpty() && node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                String key = Nodes.key(t);
                if (foreign.contains(key)) VersionSpellings.ignored(kind, path, key, apiVersion).ifPresent(findings::add);
            }
        }
        Set<String> undecoded = ctx.undecodedKeys(kind, path);
        if (undecoded.isEmpty()) return lookup(kind).read(node, path, ctx, foreign);
        Set<String> unread = new java.util.HashSet<>(foreign);
        unread.addAll(undecoded); // kops drops them unread at this release, whatever their value
        return lookup(kind).read(node, path, ctx, unread);
    }

    /** Writes any provider spec as its plain YAML map. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> write(ProviderSpec spec) {
        return ((ObjectCodec<ProviderSpec, ?>) lookup(spec.kind())).write(spec);
    }
}
