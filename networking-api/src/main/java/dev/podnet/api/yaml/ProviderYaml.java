package dev.podnet.api.yaml;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.provider.ProviderSpec;
import dev.podnet.api.yaml.internal.ObjectCodec;
import dev.podnet.api.yaml.internal.ProviderCodecs;
import dev.podnet.api.yaml.internal.ReadContext;
import dev.podnet.api.yaml.internal.ValueNodes;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A provider's configuration as the plain YAML tree kops writes under {@code spec.networking.<key>},
 * and back. Useful where facts are keyed by YAML field name (data-driven defaults, diffs).
 */
public final class ProviderYaml {
    private ProviderYaml() {
    }

    /**
     * The provider's YAML tree: ordered, with kops' JSON field names; unknown fields included.
     *
     * @param spec the provider
     * @return the YAML tree
     */
    public static Map<String, Object> toMap(ProviderSpec spec) {
        return ProviderCodecs.write(spec);
    }

    /**
     * Reads a provider from its YAML tree.
     *
     * @param kind the provider kind
     * @param map the YAML tree under {@code spec.networking.<key>}
     * @return the provider
     * @throws ClusterYamlException if a value has the wrong type (paths start at {@code spec.networking.<key>})
     */
    public static ProviderSpec fromMap(ProviderKind kind, Map<String, Object> map) {
        Node node = ValueNodes.of(map);
        ReadContext ctx = new ReadContext();
        Optional<ObjectCodec<? extends ProviderSpec, ?>> codec = ProviderCodecs.codec(kind);
        if (codec.isEmpty()) throw new IllegalStateException("no codec for provider " + kind);
        ProviderSpec spec = codec.get().read(node, "spec.networking." + kind.key(), ctx);
        if (ctx.hasProblems()) throw ClusterYaml.exception(ctx.problems());
        return spec;
    }

    /**
     * The unknown fields of a provider whose names the model has: keys the document's apiVersion spells
     * otherwise (v1alpha3's {@code masquerade} in a v1alpha2 Cluster), which kops drops when decoding and
     * podnet keeps as written without reading them.
     *
     * @param spec a provider block as read
     * @return those keys, in the order they were written; empty when every key was read
     */
    public static Set<String> unreadKeys(ProviderSpec spec) {
        Set<String> modelled = ProviderCodecs.codec(spec.kind()).orElseThrow().fieldNames();
        Set<String> out = new java.util.LinkedHashSet<>(spec.extraFields().keySet());
        out.retainAll(modelled);
        return java.util.Collections.unmodifiableSet(out);
    }
}
