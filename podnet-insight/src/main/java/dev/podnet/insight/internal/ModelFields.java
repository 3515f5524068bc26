package dev.podnet.insight.internal;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.yaml.internal.ClusterCodec;
import dev.podnet.api.yaml.internal.ObjectCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every field of podnet's model of a Cluster's networking part, listed from the codecs (the one
 * place that names the model's YAML fields), with the codec's kind of value. Paths are the v1alpha2
 * places; {@code []} marks an element of a list.
 */
public final class ModelFields {
    private ModelFields() {
    }

    /** One model field: its path and the codec's kind ({@code string}, {@code int32}, {@code object}, …). */
    public record ModelField(String path, String kind) {
    }

    /**
     * {@code topology} and {@code egressProxy} are read by the cluster codec's own readers, not by
     * an {@link ObjectCodec}: their fields are listed here, as {@code ClusterCodec.readTopology} and
     * {@code readEgress} read them.
     */
    private static final List<ModelField> READ_BY_CLUSTER_CODEC = List.of(
            new ModelField("spec.topology", "object"),
            new ModelField("spec.topology.masters", "string"),
            new ModelField("spec.topology.nodes", "string"),
            new ModelField("spec.topology.dns.type", "string"),
            new ModelField("spec.topology.bastion", "raw"),
            new ModelField("spec.egressProxy", "object"),
            new ModelField("spec.egressProxy.httpProxy.host", "string"),
            new ModelField("spec.egressProxy.httpProxy.port", "int32"),
            new ModelField("spec.egressProxy.excludes", "string"));

    /** Every model field: cluster-level fields first, then each provider's in {@link ProviderKind} order. */
    public static List<ModelField> all() {
        List<ModelField> out = new ArrayList<>();
        for (Map.Entry<String, ObjectCodec<?, ?>> e : ClusterCodec.networkingCodecs().entrySet()) {
            walk(e.getKey().isEmpty() ? "spec" : "spec." + e.getKey(), e.getValue(), out);
        }
        out.addAll(READ_BY_CLUSTER_CODEC);
        for (ProviderKind kind : ProviderKind.values()) {
            ObjectCodec<?, ?> codec = dev.podnet.api.yaml.internal.ProviderCodecs.codec(kind).orElseThrow();
            walk("spec.networking." + kind.key(), codec, out);
        }
        return List.copyOf(out);
    }

    /** The fields of one provider, by their path under {@code spec.networking.<key>}. */
    public static List<ModelField> of(ProviderKind kind) {
        List<ModelField> out = new ArrayList<>();
        walk("spec.networking." + kind.key(), dev.podnet.api.yaml.internal.ProviderCodecs.codec(kind).orElseThrow(), out);
        return List.copyOf(out);
    }

    private static void walk(String prefix, ObjectCodec<?, ?> codec, List<ModelField> out) {
        for (Map.Entry<String, String> f : codec.fieldKinds().entrySet()) {
            String path = prefix + "." + f.getKey();
            out.add(new ModelField(path, f.getValue()));
            String inner = f.getValue().equals("objects") ? path + "[]" : path;
            codec.nested(f.getKey()).ifPresent(n -> walk(inner, n, out));
        }
    }
}
