package dev.podnet.api.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * A read-only, typed view of a rendered manifest: its objects in order, found by kind and name,
 * with read accessors for what the renderers edit (containers, images, env, volumes, config data).
 * Built from {@link RenderedAddon#documents()}; immutable and thread-safe.
 *
 * <pre>{@code
 * ObjectView node = addon.manifest().get("DaemonSet", "calico-node");
 * Optional<String> pool = node.container("calico-node").flatMap(c -> c.env("CALICO_IPV4POOL_CIDR"));
 * }</pre>
 */
public final class ManifestView {
    private final List<ObjectView> objects;

    private ManifestView(List<ObjectView> objects) {
        this.objects = objects;
    }

    /**
     * The view of {@code documents} (each a Kubernetes object as plain YAML values); null documents
     * (empty YAML documents) are skipped.
     *
     * @param documents the objects, in order
     * @return the view
     */
    public static ManifestView of(List<? extends Map<String, ?>> documents) {
        List<ObjectView> out = new ArrayList<>();
        for (Map<String, ?> d : documents) {
            if (d != null) out.add(ObjectView.of(d));
        }
        return new ManifestView(List.copyOf(out));
    }

    /** @return every object, in manifest order */
    public List<ObjectView> objects() {
        return objects;
    }

    /**
     * @param kind a Kubernetes kind, e.g. {@code DaemonSet}
     * @return the objects of that kind, in manifest order
     */
    public List<ObjectView> ofKind(String kind) {
        return objects.stream().filter(o -> o.kind().equals(kind)).toList();
    }

    /**
     * @param kind a Kubernetes kind, e.g. {@code ConfigMap}
     * @param name the object's {@code metadata.name}
     * @return the first object of that kind and name, if any
     */
    public Optional<ObjectView> find(String kind, String name) {
        return objects.stream().filter(o -> o.kind().equals(kind) && o.name().equals(name)).findFirst();
    }

    /**
     * @param kind a Kubernetes kind, e.g. {@code DaemonSet}
     * @param name the object's {@code metadata.name}
     * @return the first object of that kind and name
     * @throws NoSuchElementException if there is none; the message lists the objects there are
     */
    public ObjectView get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new NoSuchElementException("no " + kind + " " + name + " in the manifest; it has "
                + objects.stream().map(o -> o.kind() + " " + o.name()).toList()));
    }

    /** @return every container and init container image of every object, each once, in manifest order */
    public List<String> images() {
        Set<String> out = new LinkedHashSet<>();
        objects.forEach(o -> out.addAll(o.images()));
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "ManifestView" + objects.stream().map(o -> o.kind() + "/" + o.name()).toList();
    }
}
