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
}
