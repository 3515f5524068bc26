package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.ProviderSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * What kops' decoder keeps of a provider block: kops reads a Cluster through JSON into Go structs
 * without strict field checking, so a key its type has no field for (a misspelling, a key in another
 * letter case, since the decoder matches field names case-sensitively, a field of another apiVersion) is
 * dropped silently at every release kops-oracle has (1.19-1.36, checked with the surface probe set).
 * podnet keeps such keys when reading, so that a document is written back as written; the completed spec
 * is kops' and holds none of them.
 */
public final class UnknownFields {
    private UnknownFields() {
    }

    /**
     * A provider block without the keys kops' Go type has no field for, nested blocks included.
     *
     * @param spec the provider block as read
     * @param path the block's path, e.g. {@code spec.networking.calico}
     * @return the block kops decodes and the paths of the keys dropped; {@code spec} itself when none
     */
    @SuppressWarnings("unchecked")
    public static Dropped dropFrom(ProviderSpec spec, String path) {
        ObjectCodec<ProviderSpec, ?> codec = (ObjectCodec<ProviderSpec, ?>) ProviderCodecs.codec(spec.kind()).orElseThrow();
        List<String> dropped = new ArrayList<>();
        codec.unknownKeys(spec, path, dropped);
        if (dropped.isEmpty()) return new Dropped(spec, List.of());
        ReadContext ctx = new ReadContext();
        ProviderSpec read = ProviderCodecs.read(spec.kind(), ValueNodes.of(codec.writeModelled(spec)),
                path, ctx);
        // every modelled value was written by the same codec from a block it read
        if (ctx.hasProblems()) throw new IllegalStateException("cannot read back " + path + ": " + ctx.problems());
        return new Dropped(read, List.copyOf(dropped));
    }

    /**
     * The result of {@link #dropFrom}.
     *
     * @param spec    the block kops decodes
     * @param dropped the paths of the keys dropped, a block's own keys before those of its nested blocks
     */
    public record Dropped(ProviderSpec spec, List<String> dropped) {
    }
}
