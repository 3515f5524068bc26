package dev.podnet.manifests.yaml.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * An unmodifiable list of a frozen tree (see {@link FrozenMap}). Unlike {@code List.copyOf} it
 * may hold nulls, which YAML and JSON sequences can contain.
 */
public final class FrozenList extends AbstractList<Object> implements RandomAccess {

    static final FrozenList EMPTY = new FrozenList(new Object[0]);

    private final Object[] items;
    // Hash of the (immutable) list, computed on first use; 0 means not yet (racy single-check).
    private int hash;

    FrozenList(Object[] owned) {
        this.items = owned;
    }

    /** This list with the element at {@code index} replaced by {@code value} (frozen first). */
    public FrozenList with(int index, Object value) {
        Object frozen = Frozen.freeze(value);
        if (java.util.Objects.equals(items[index], frozen)) {
            return this;
        }
        Object[] copy = items.clone();
        copy[index] = frozen;
        return new FrozenList(copy);
    }

    /** This list with {@code value} (frozen first) appended. */
    public FrozenList plus(Object value) {
        Object[] copy = Arrays.copyOf(items, items.length + 1);
        copy[items.length] = Frozen.freeze(value);
        return new FrozenList(copy);
    }

    /** This list without the element at {@code index}. */
    public FrozenList minus(int index) {
        Object[] copy = new Object[items.length - 1];
        System.arraycopy(items, 0, copy, 0, index);
        System.arraycopy(items, index + 1, copy, index, items.length - index - 1);
        return new FrozenList(copy);
    }

    @Override
    public Object get(int index) {
        return items[index];
    }

    @Override
    public int size() {
        return items.length;
    }

    /** As {@link AbstractList#hashCode()}, computed once: the elements are immutable. */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = super.hashCode();
            hash = h;
        }
        return h;
    }

    /** As {@link AbstractList#equals(Object)}; frozen lists of different hashes differ without a walk. */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof FrozenList other) {
            if (other.items.length != items.length || other.hashCode() != hashCode()) {
                return false;
            }
            for (int i = 0; i < items.length; i++) {
                if (!java.util.Objects.equals(items[i], other.items[i])) {
                    return false;
                }
            }
            return true;
        }
        return super.equals(o);
    }
}
