package dev.podnet.manifests.internal;

import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.internal.facts.ReleaseFacts;
import java.util.function.Function;

/**
 * Reads a renderer's cumulative release table ({@code releases.yaml}: rows with {@code since} and the facts
 * that change at that release, {@code null} removing one) through the facts loader into one typed record
 * per release, checked at load ({@link FactNode#cumulativeReleases}).
 */
public final class FactTables {
    private FactTables() {
    }

    /**
     * The table at {@code resource} (relative to {@code anchor}'s package, or from the class-path root when it
     * starts with {@code /}), each release's facts read by {@code reader}.
     */
    public static <T> ReleaseFacts<T> cumulative(Class<?> anchor, String resource, Function<FactNode, T> reader) {
        String path = resource.startsWith("/") ? resource.substring(1)
                : anchor.getPackageName().replace('.', '/') + "/" + resource;
        return document(anchor, resource, path).root().cumulativeReleases(reader);
    }

    /**
     * The fact table at {@code resource} (resolved as by {@link Resources#text}), from its binary form when the build
     * wrote one; {@code path} names it in messages. Read here, in this module: a named module's resources are found for
     * that module only.
     */
    static FactDocument document(Class<?> anchor, String resource, String path) {
        return FactDocument.read(path, Resources.bytes(anchor, resource),
                Resources.optionalBytes(anchor, resource + FactDocument.BINARY));
    }
}
