package dev.podnet.manifests.yaml.internal;

import java.util.AbstractMap;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The tree of a stored object read on first use: its header ({@code apiVersion}, {@code kind}, {@code metadata})
 * is read at once, the rest when something asks for it. A cold render reads only the objects an edit changes
 * (Calico's CRDs are most of its text and no edit touches them; their text is copied). As a map it is the whole
 * tree (read then), so a {@code KubeObject} made of it, and a rendered addon's documents holding it, read it
 * only where used. Thread-safe: the tree is read once.
 */
public final class StoredDocument extends AbstractMap<String, Object> {

    private final FrozenMap header;
    private final Supplier<FrozenMap> read;
    private volatile FrozenMap tree;

    /**
     * @param header the object's {@code apiVersion}, {@code kind} and {@code metadata}, as the whole tree has them
     * @param read   reads the whole tree (called once)
     */
    public StoredDocument(FrozenMap header, Supplier<FrozenMap> read) {
        this.header = Objects.requireNonNull(header, "header");
        this.read = Objects.requireNonNull(read, "read");
    }

    /** {@return the object's apiVersion, kind and metadata} */
    public FrozenMap header() {
        return header;
    }

    /** {@return the whole tree, read on the first call} */
    public FrozenMap tree() {
        FrozenMap t = tree;
        if (t == null) {
            synchronized (this) {
                t = tree;
                if (t == null) {
                    t = Objects.requireNonNull(read.get(), "read tree");
                    tree = t;
                }
            }
        }
        return t;
    }

    /** {@return whether the whole tree has been read} */
    public boolean isRead() {
        return tree != null;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return tree().entrySet();
    }

    @Override
    public Object get(Object key) {
        return tree().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return tree().containsKey(key);
    }

    @Override
    public int size() {
        return tree().size();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || tree().equals(o instanceof StoredDocument d ? d.tree() : o);
    }

    @Override
    public int hashCode() {
        return tree().hashCode();
    }

}
