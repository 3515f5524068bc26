package dev.podnet.manifests;

import dev.podnet.api.Cluster;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * One release's renderers. {@code render} takes a completed cluster (see
 * {@link dev.podnet.api.Podnet#complete}) and returns its addons, node configuration and guidance.
 *
 * <pre>{@code
 * RenderResult r = Manifests.forRelease(KopsVersion.of("1.30")).render(completed);
 * String yaml = r.addons().get(0).yaml();
 * }</pre>
 */
public final class Manifests {
    private final KopsVersion release;

    private Manifests(KopsVersion release) {
        this.release = Objects.requireNonNull(release, "release");
    }

    public static Manifests forRelease(KopsVersion release) { return new Manifests(release); }

    public KopsVersion release() { return release; }

    /** Renders in {@link RenderStyle#KOPS} style. */
    public RenderResult render(Cluster completed) { return render(completed, RenderStyle.KOPS); }

    public RenderResult render(Cluster completed, RenderStyle style) {
        ProviderKind kind = completed.networking().providerKind().orElseThrow(() -> new IllegalArgumentException(
                "cluster " + completed.name() + " has no networking provider: complete it first"));
        ManifestRenderer renderer = Registry.RENDERERS.get(kind);
        RenderResult.Builder out = RenderResult.builder();
        if (renderer != null) out.from(renderer.render(completed, release, style));
        NodeConfigProvider node = Registry.NODE.get(kind);
        if (node != null && !out.build().nodeConfig().isPresent()) {
            out.nodeConfig(node.nodeConfig(completed, release));
        }
        return out.build();
    }

    /** Whether a renderer is registered for the kind. */
    public static boolean hasRenderer(ProviderKind kind) { return Registry.RENDERERS.containsKey(kind); }

    /** Loaded once: renderers are stateless, so sharing them is safe. */
    private static final class Registry {
        static final Map<ProviderKind, ManifestRenderer> RENDERERS = load(ManifestRenderer.class);
        static final Map<ProviderKind, NodeConfigProvider> NODE = load(NodeConfigProvider.class);

        private static <T> Map<ProviderKind, T> load(Class<T> type) {
            Map<ProviderKind, T> m = new EnumMap<>(ProviderKind.class);
            for (T t : ServiceLoader.load(type, Manifests.class.getClassLoader())) {
                ProviderKind k = t instanceof ManifestRenderer r ? r.kind() : ((NodeConfigProvider) t).kind();
                if (m.putIfAbsent(k, t) != null) {
                    throw new IllegalStateException("two " + type.getSimpleName() + "s for " + k + ": "
                            + m.get(k).getClass().getName() + " and " + t.getClass().getName());
                }
            }
            return Map.copyOf(m);
        }
    }
}
