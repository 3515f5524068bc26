package dev.podnet.manifests.internal;

import dev.podnet.api.Cluster;
import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.internal.facts.ReleaseFacts;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * kops' remapping of addon images by {@code spec.assets} ({@code containerProxy}, {@code containerRegistry}):
 * every container and init-container image of every object of an addon, whatever the provider, after the
 * provider's own edits. The rule and its release facts: {@code dev/podnet/manifests/assets.yaml}.
 *
 * @param containerProxy    {@code spec.assets.containerProxy} as written (an empty string is a value)
 * @param containerRegistry {@code spec.assets.containerRegistry} as written
 * @param strippedPrefixes  the registry prefixes {@code containerRegistry} drops at the release
 */
public record ImageAssets(Optional<String> containerProxy, Optional<String> containerRegistry,
        List<String> strippedPrefixes) {
    private static final ReleaseFacts<List<String>> TABLE = FactTables.cumulative(ImageAssets.class,
            "/dev/podnet/manifests/assets.yaml", ImageAssets::read);
    private static final Set<String> CONTAINER_LISTS = Set.of("containers", "initContainers");

    /** The remapping {@code completed}'s {@code spec.assets} asks for at {@code release}. */
    public static ImageAssets of(Cluster completed, KopsVersion release) {
        Object assets = completed.extraSpec().get("assets");
        Optional<String> proxy = Optional.empty();
        Optional<String> registry = Optional.empty();
        if (assets instanceof Map<?, ?> a) {
            proxy = a.get("containerProxy") instanceof String p ? Optional.of(p) : Optional.empty();
            registry = a.get("containerRegistry") instanceof String r ? Optional.of(r) : Optional.empty();
        }
        if (proxy.isEmpty() && registry.isEmpty()) {
            return new ImageAssets(proxy, registry, List.of());
        }
        return new ImageAssets(proxy, registry, TABLE.at(release).orElseThrow(
                () -> new IllegalStateException("assets.yaml: no facts for kops " + release)));
    }

    private static List<String> read(FactNode n) {
        n.onlyKeys(Set.of("registryStrippedPrefixes"));
        return List.copyOf(n.texts("registryStrippedPrefixes"));
    }

    /** Whether any image changes. */
    public boolean remaps() {
        return containerProxy.isPresent() || containerRegistry.isPresent();
    }

    /** {@code image} as kops writes it: through the proxy, then under the registry. */
    public String image(String image) {
        String out = image;
        if (containerProxy.isPresent()) {
            String proxy = containerProxy.get();
            proxy = proxy.endsWith("/") ? proxy.substring(0, proxy.length() - 1) : proxy;
            out = proxy + "/" + withoutRegistry(out);
        }
        if (containerRegistry.isPresent()) {
            String registry = containerRegistry.get();
            String normalized = out;
            for (String prefix : strippedPrefixes) {
                if (normalized.startsWith(prefix)) {
                    normalized = normalized.substring(prefix.length());
                    break;
                }
            }
            if (!normalized.startsWith(registry + "/")) {
                out = registry + "/" + normalized.replace('/', '-');
            }
        }
        return out;
    }

    /**
     * The image's path after its registry; a Docker Hub image (its first segment names no host: no {@code .} or
     * {@code :}, and at most one {@code /} in all) keeps every segment.
     */
    private static String withoutRegistry(String image) {
        int slash = image.indexOf('/');
        String first = slash < 0 ? image : image.substring(0, slash);
        boolean hub = image.indexOf('/', slash + 1) < 0 && first.indexOf('.') < 0 && first.indexOf(':') < 0;
        if (hub || slash < 0) {
            return image;
        }
        return image.substring(slash + 1);
    }

    /** {@code m} with every container and init-container image remapped; {@code m} itself when none is. */
    public Manifest remap(Manifest m) {
        if (!remaps()) {
            return m;
        }
        List<KubeObject> objects = m.objects();
        List<KubeObject> remapped = new ArrayList<>(objects.size());
        boolean changed = false;
        for (KubeObject o : objects) {
            KubeObject r = remap(o);
            changed |= r != o;
            remapped.add(r);
        }
        return changed ? Manifest.of(remapped) : m;
    }

    /** The object with the images of every {@code containers} / {@code initContainers} item in its tree remapped. */
    KubeObject remap(KubeObject o) {
        List<ImageField> fields = new ArrayList<>();
        imageFields(o.tree(), new ArrayList<>(), false, fields);
        KubeObject out = o;
        for (ImageField f : fields) {
            String after = image(f.image());
            if (!after.equals(f.image())) {
                out = out.with(f.path(), after);
            }
        }
        return out;
    }

    /** A string {@code image} field of an object's tree: its path (keys and list indexes) and value. */
    private record ImageField(List<Object> path, String image) {
    }

    /**
     * Collects the string {@code image} fields of the items of {@code containers} and {@code initContainers}
     * lists at any depth of the tree, as kops' manifest visitor finds them (pkg/kubemanifest/images.go).
     */
    private static void imageFields(Object node, List<Object> at, boolean container, List<ImageField> out) {
        if (node instanceof Map<?, ?> m) {
            if (container && m.get("image") instanceof String image) {
                List<Object> p = new ArrayList<>(at);
                p.add("image");
                out.add(new ImageField(List.copyOf(p), image));
            }
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (e.getValue() instanceof Map<?, ?> || e.getValue() instanceof List<?>) {
                    at.add(e.getKey());
                    imageFields(e.getValue(), at, false, out);
                    at.remove(at.size() - 1);
                }
            }
        } else if (node instanceof List<?> l) {
            boolean items = !at.isEmpty() && CONTAINER_LISTS.contains(at.get(at.size() - 1));
            for (int i = 0; i < l.size(); i++) {
                at.add(i);
                imageFields(l.get(i), at, items, out);
                at.remove(at.size() - 1);
            }
        }
    }
}
