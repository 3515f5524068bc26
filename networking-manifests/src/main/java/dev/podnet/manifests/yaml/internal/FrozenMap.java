package dev.podnet.manifests.yaml.internal;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An unmodifiable, insertion-ordered map of a frozen tree. Values are themselves frozen
 * ({@link FrozenMap}, {@link FrozenList}, String, Boolean, Integer, Long, BigInteger, Double or
 * null), so a {@code FrozenMap} can be shared between threads and between objects: an edit copies
 * the maps on the path it changes and shares everything else.
 *
 * <p>Only {@link Frozen} and the parser create instances, which is what makes "already frozen"
 * a type check instead of a deep walk.
 *
 * <p>The entries are two arrays in insertion order: the keys ({@link Keys}, with their hash index and
 * go-yaml order) and the values. Replacing a value copies the value array and shares the keys, their
 * index and their go-yaml order, so an edit copies one array per map on its path instead of rehashing
 * every entry into a new {@code LinkedHashMap}.
 */
public final class FrozenMap extends AbstractMap<String, Object> {

    static final FrozenMap EMPTY = new FrozenMap(Keys.of(new String[0]), new Object[0]);

    // Shared by every map made from this one by replacing values (and by a map rebuilt with the same
    // keys in the same order, adoptOrder); never changed.
    private volatile Keys keys;
    // Parallel to keys.names; owned, never changed after construction.
    private final Object[] values;
    // Hash of the (immutable) tree, computed on first use; 0 means not yet. Racy single-check:
    // every thread computes the same int, and an int is written atomically.
    private int hash;

    FrozenMap(LinkedHashMap<String, Object> owned) {
        String[] names = new String[owned.size()];
        Object[] vals = new Object[owned.size()];
        int next = 0;
        for (java.util.Map.Entry<String, Object> e : owned.entrySet()) {
            names[next] = e.getKey();
            vals[next++] = e.getValue();
        }
        this.keys = Keys.of(names);
        this.values = vals;
    }

    private FrozenMap(Keys keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** The empty map. */
    public static FrozenMap empty() {
        return EMPTY;
    }

    /** This map with {@code key} set to {@code value} (frozen first; in place if present, else last). */
    public FrozenMap with(String key, Object value) {
        Object frozen = Frozen.freeze(value);
        Keys k = keys;
        int i = k.indexOf(key);
        if (i >= 0) {
            Object previous = values[i];
            if (Objects.equals(previous, frozen)) {
                return this;
            }
            if (frozen instanceof FrozenMap fresh && previous instanceof FrozenMap old) {
                fresh.adoptOrder(old);
            }
            Object[] copy = values.clone();
            copy[i] = frozen;
            return new FrozenMap(k, copy);
        }
        int n = values.length;
        String[] names = Arrays.copyOf(k.names, n + 1);
        names[n] = key;
        Object[] copy = Arrays.copyOf(values, n + 1);
        copy[n] = frozen;
        return new FrozenMap(Keys.of(names), copy);
    }

    /**
     * Takes the keys (with their sorted order) of {@code other} when this map has the same keys in the
     * same iteration order (a map rebuilt from another with only values changed), so it is not sorted
     * again; the order of the sort's fallback depends on the iteration order, hence the same order, not
     * only the same keys.
     */
    private void adoptOrder(FrozenMap other) {
        Keys mine = keys;
        Keys theirs = other.keys;
        if (mine == theirs || mine.order != null || theirs.order == null || mine.names.length != theirs.names.length) {
            return;
        }
        if (Arrays.equals(mine.names, theirs.names)) {
            keys = theirs;
        }
    }

    /** This map without {@code key}. */
    public FrozenMap without(String key) {
        int i = keys.indexOf(key);
        if (i < 0) {
            return this;
        }
        int n = values.length;
        String[] names = new String[n - 1];
        Object[] copy = new Object[n - 1];
        System.arraycopy(keys.names, 0, names, 0, i);
        System.arraycopy(keys.names, i + 1, names, i, n - 1 - i);
        System.arraycopy(values, 0, copy, 0, i);
        System.arraycopy(values, i + 1, copy, i, n - 1 - i);
        return n == 1 ? EMPTY : new FrozenMap(Keys.of(names), copy);
    }

    /**
     * The indexes of the entries ({@link #keyAt}, {@link #valueAt}) in the order go-yaml writes the keys
     * ({@link GoKeyOrder#sortedKeys}), sorted once per key set: the subtrees an edit leaves alone are
     * shared, and the maps on its path share their keys with the maps they were edited from, so writing
     * an edited object sorts only maps whose keys changed, and looks no key up. The caller must not
     * change the array.
     */
    int[] sortedOrder() {
        return keys.order();
    }

    /** The key of entry {@code i} (insertion order). */
    String keyAt(int i) {
        return keys.names[i];
    }

    /** The value of entry {@code i} (insertion order). */
    Object valueAt(int i) {
        return values[i];
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                String[] names = keys.names;
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= names.length) throw new NoSuchElementException();
                        int i = next++;
                        return new SimpleImmutableEntry<>(names[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    @Override
    public Set<String> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                return new ArrayIterator<>(keys.names);
            }

            @Override
            public boolean contains(Object o) {
                return containsKey(o);
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    @Override
    public Collection<Object> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<Object> iterator() {
                return new ArrayIterator<>(values);
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        String[] names = keys.names;
        for (int i = 0; i < names.length; i++) {
            action.accept(names[i], values[i]);
        }
    }

    @Override
    public Object get(Object key) {
        int i = keys.indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return keys.indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean isEmpty() {
        return values.length == 0;
    }

    /** As {@link AbstractMap#hashCode()}, computed once: the tree below is immutable. */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            // AbstractMap's sum of the entries' hashes, without an entry-set view
            String[] names = keys.names;
            for (int i = 0; i < names.length; i++) {
                h += names[i].hashCode() ^ Objects.hashCode(values[i]);
            }
            hash = h;
        }
        return h;
    }

    /**
     * As {@link AbstractMap#equals(Object)}; two frozen maps of different hashes differ without a
     * walk, and subtrees they share are equal by identity.
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof FrozenMap other) {
            if (other.values.length != values.length || other.hashCode() != hashCode()) {
                return false;
            }
            Keys mine = keys;
            Keys theirs = other.keys;
            for (int i = 0; i < values.length; i++) {
                // maps sharing their keys hold each key at the same index
                int j = mine == theirs ? i : theirs.indexOf(mine.names[i]);
                if (j < 0 || !Objects.equals(values[i], other.values[j])) {
                    return false;
                }
            }
            return true;
        }
        return super.equals(o);
    }

    /** An iterator over an array that the map never changes. */
    private static final class ArrayIterator<T> implements Iterator<T> {
        private final T[] items;
        private int next;

        ArrayIterator(T[] items) {
            this.items = items;
        }

        @Override
        public boolean hasNext() {
            return next < items.length;
        }

        @Override
        public T next() {
            if (next >= items.length) throw new NoSuchElementException();
            return items[next++];
        }
    }

    /**
     * The keys of a map in insertion order, with an open-addressing index when there are more than a
     * few (a short map is searched in order: Kubernetes objects' maps mostly have a handful of keys)
     * and their go-yaml order, sorted on first write. Immutable but for that order, which a thread
     * that sees it unset computes again.
     */
    private static final class Keys {
        /** Up to this many keys, a lookup compares them in order instead of hashing. */
        private static final int LINEAR = 8;

        final String[] names;
        // Slot → index + 1 (0 empty); its length a power of two at least twice the keys; null when short.
        private final int[] table;
        // The indexes of names in go-yaml's order. Volatile, as an array's elements are not safely
        // published through a data race.
        private volatile int[] order;

        private Keys(String[] names, int[] table) {
            this.names = names;
            this.table = table;
        }

        static Keys of(String[] names) {
            if (names.length <= LINEAR) {
                return new Keys(names, null);
            }
            int[] table = new int[Integer.highestOneBit(names.length * 2 - 1) << 1];
            int mask = table.length - 1;
            for (int i = 0; i < names.length; i++) {
                int slot = spread(names[i].hashCode()) & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = i + 1;
            }
            return new Keys(names, table);
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }

        int indexOf(Object key) {
            if (!(key instanceof String k)) {
                return -1;
            }
            String[] n = names;
            int[] t = table;
            if (t == null) {
                for (int i = 0; i < n.length; i++) {
                    String name = n[i];
                    if (name == k || name.equals(k)) {
                        return i;
                    }
                }
                return -1;
            }
            int mask = t.length - 1;
            int slot = spread(k.hashCode()) & mask;
            for (int e = t[slot]; e != 0; e = t[slot]) {
                String name = n[e - 1];
                if (name == k || name.equals(k)) {
                    return e - 1;
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        int[] order() {
            int[] o = order;
            if (o == null) {
                String[] sorted = GoKeyOrder.sortedKeys(Arrays.asList(names));
                o = new int[sorted.length];
                for (int i = 0; i < o.length; i++) {
                    o[i] = indexOf(sorted[i]);
                }
                order = o;
            }
            return o;
        }
    }
}
