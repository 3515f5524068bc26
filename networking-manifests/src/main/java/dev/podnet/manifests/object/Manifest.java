package dev.podnet.manifests.object;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An ordered list of {@link KubeObject}s: what one addon manifest holds, in the order it is
 * applied. Immutable; every change returns a new manifest that shares the objects it did not
 * change, so their rendered text is reused when the manifest is written.
 *
 * <p>Lookups go by kind and name because that is how a renderer knows the upstream objects it
 * edits ("the ConfigMap calico-config"); a name that two namespaces share is reported as
 * ambiguous instead of silently picking one.
 */
public final class Manifest {

    private static final Manifest EMPTY = new Manifest(List.of());

    private final List<KubeObject> objects;

    private Manifest(List<KubeObject> objects) {
        this.objects = objects;
    }

    /**
     * A manifest of {@code objects}, in that order.
     *
     * @param objects the objects in apply order; copied
     * @return the manifest
     * @throws NullPointerException if the list or one of its objects is null
     */
    public static Manifest of(List<KubeObject> objects) {
        return objects.isEmpty() ? EMPTY : new Manifest(List.copyOf(objects));
    }

    /**
     * A manifest of {@code objects}, in that order.
     *
     * @param objects the objects in apply order
     * @return the manifest
     * @throws NullPointerException if one of the objects is null
     */
    public static Manifest of(KubeObject... objects) {
        return of(List.of(objects));
    }

    /** {@return the objects in apply order, unmodifiable} */
    public List<KubeObject> objects() {
        return objects;
    }

    /**
     * The object of this kind and name.
     *
     * @param kind the object's {@code kind}, e.g. {@code ConfigMap}
     * @param name its {@code metadata.name}, in any namespace
     * @return the object; empty when the manifest has none
     * @throws IllegalArgumentException if several objects match (same name in several namespaces)
     */
    public Optional<KubeObject> find(String kind, String name) {
        int i = indexOf(kind, name);
        return i < 0 ? Optional.empty() : Optional.of(objects.get(i));
    }

    /**
     * The object of this kind and name, which must be there.
     *
     * @param kind the object's {@code kind}, e.g. {@code DaemonSet}
     * @param name its {@code metadata.name}, in any namespace
     * @return the one object of that kind and name
     * @throws IllegalArgumentException if there is none, or several
     */
    public KubeObject get(String kind, String name) {
        return objects.get(required(kind, name));
    }

    /**
     * Every object of this kind, in order.
     *
     * @param kind the {@code kind} to select, e.g. {@code CustomResourceDefinition}
     * @return the objects of that kind in apply order; empty when there is none
     */
    public List<KubeObject> findAll(String kind) {
        return objects.stream().filter(o -> o.kind().equals(kind)).toList();
    }

    /**
     * This manifest with {@code object}: it replaces, in place, the object of the same kind,
     * namespace and name; otherwise it is appended.
     *
     * @param object the object to put in
     * @return the new manifest; this manifest when {@code object} is already in it
     * @throws NullPointerException if {@code object} is null
     */
    public Manifest with(KubeObject object) {
        Objects.requireNonNull(object, "object");
        List<KubeObject> copy = new ArrayList<>(objects);
        for (int i = 0; i < copy.size(); i++) {
            KubeObject o = copy.get(i);
            if (o.kind().equals(object.kind()) && o.name().equals(object.name())
                    && o.namespace().equals(object.namespace())) {
                if (o == object) {
                    return this;
                }
                copy.set(i, object);
                return new Manifest(List.copyOf(copy));
            }
        }
        copy.add(object);
        return new Manifest(List.copyOf(copy));
    }

    /**
     * This manifest without the object of this kind and name.
     *
     * @param kind the object's {@code kind}
     * @param name its {@code metadata.name}
     * @return the manifest with the other objects, in their order
     * @throws IllegalArgumentException if there is none, or several
     */
    public Manifest without(String kind, String name) {
        int i = required(kind, name);
        List<KubeObject> copy = new ArrayList<>(objects);
        copy.remove(i);
        return of(copy);
    }

    /**
     * This manifest with the object of this kind and name replaced by {@code edit} applied to it,
     * e.g. {@code m.edit("DaemonSet", "calico-node", ds -> ds.withImage("calico-node", image))}.
     *
     * @param kind the object's {@code kind}
     * @param name its {@code metadata.name}
     * @param edit the change to make; it gets the object and returns the edited one (or the same)
     * @return the new manifest, the edited object at the same place; this manifest when the edit
     *     returned the same object
     * @throws IllegalArgumentException if there is no such object, or several
     * @throws NullPointerException if {@code edit} returns null
     */
    public Manifest edit(String kind, String name, UnaryOperator<KubeObject> edit) {
        int i = required(kind, name);
        KubeObject before = objects.get(i);
        KubeObject after = Objects.requireNonNull(edit.apply(before), "edit returned null");
        if (after == before) {
            return this;
        }
        List<KubeObject> copy = new ArrayList<>(objects);
        copy.set(i, after);
        return new Manifest(List.copyOf(copy));
    }

    private int required(String kind, String name) {
        int i = indexOf(kind, name);
        if (i < 0) {
            throw new IllegalArgumentException("the manifest has no " + kind + " named \"" + name + "\"");
        }
        return i;
    }

    private int indexOf(String kind, String name) {
        int found = -1;
        for (int i = 0; i < objects.size(); i++) {
            KubeObject o = objects.get(i);
            if (o.kind().equals(kind) && o.name().equals(name)) {
                if (found >= 0) {
                    throw new IllegalArgumentException("the manifest has several " + kind + " objects named \""
                            + name + "\": " + objects.get(found) + " and " + o);
                }
                found = i;
            }
        }
        return found;
    }

    /** Manifests are equal when they hold equal objects in the same order. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Manifest other && objects.equals(other.objects));
    }

    @Override
    public int hashCode() {
        return objects.hashCode();
    }

    @Override
    public String toString() {
        return "Manifest" + objects;
    }
}
