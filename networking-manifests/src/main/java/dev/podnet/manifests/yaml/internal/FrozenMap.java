package dev.podnet.manifests.yaml.internal;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An unmodifiable, insertion-ordered map of a frozen tree. Values are themselves frozen
 * ({@link FrozenMap}, {@link FrozenList}, String, Boolean, Integer, Long, BigInteger, Double or
 * null), so a {@code FrozenMap} can be shared between threads and between objects: an edit copies
 * the maps on the path it changes and shares everything else.
 *
 * <p>Only {@link Frozen} and the parser create instances, which is what makes "already frozen"
 * a type check instead of a deep walk.
 */
public final class FrozenMap extends AbstractMap<String, Object> {

    static final FrozenMap EMPTY = new FrozenMap(new LinkedHashMap<>());

    // No entry-set view is kept: a fleet's renders keep tens of thousands of these maps, and the two
    // view objects per map (~1 MB of a run's retained heap) were rarely used; entrySet() makes one.
    private final LinkedHashMap<String, Object> entries;
    // Hash of the (immutable) tree, computed on first use; 0 means not yet. Racy single-check:
    // every thread computes the same int, and an int is written atomically.
    private int hash;
    // The keys in go-yaml's order (GoKeyOrder), computed on first write. Volatile, as an array's
    // elements are not safely published through a data race; a thread that sees null sorts again.
    private volatile String[] sortedKeys;

    FrozenMap(LinkedHashMap<String, Object> owned) {
        this.entries = owned;
    }

    /** The empty map. */
    public static FrozenMap empty() {
        return EMPTY;
    }

    /** This map with {@code key} set to {@code value} (frozen first; in place if present, else last). */
    public FrozenMap with(String key, Object value) {
        Object frozen = Frozen.freeze(value);
        // one lookup for a key that holds a value; containsKey only tells a null value from no key
        Object previous = entries.get(key);
        boolean replaced = previous != null || entries.containsKey(key);
        if (replaced && java.util.Objects.equals(previous, frozen)) {
            return this;
        }
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>(entries);
        copy.put(key, frozen);
        FrozenMap out = new FrozenMap(copy);
        if (replaced) {
            // the same keys: their go-yaml order, if sorted already, holds for the copy
            out.sortedKeys = sortedKeys;
            if (frozen instanceof FrozenMap fresh && previous instanceof FrozenMap old) {
                fresh.adoptOrder(old);
            }
        }
        return out;
    }

    /**
     * Takes the sorted keys of {@code other} when this map has the same keys in the same iteration
     * order (a map rebuilt from another with only values changed), so it is not sorted again; the
     * order of the sort's fallback depends on the iteration order, hence the same order, not only
     * the same keys.
     */
    private void adoptOrder(FrozenMap other) {
        String[] keys = other.sortedKeys;
        if (sortedKeys != null || keys == null || other == this || other.entries.size() != entries.size()) {
            return;
        }
        if (java.util.Arrays.equals(keyArray(), other.keyArray())) {
            sortedKeys = keys;
        }
    }

    /** This map without {@code key}. */
    public FrozenMap without(String key) {
        if (!entries.containsKey(key)) {
            return this;
        }
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>(entries);
        copy.remove(key);
        return new FrozenMap(copy);
    }

    /**
     * The keys in the order go-yaml writes them ({@link GoKeyOrder#sortedKeys}), sorted once per map:
     * the subtrees an edit leaves alone are shared, so writing an edited object sorts only the maps
     * on the edited paths. The caller must not change the array.
     */
    String[] sortedKeys() {
        String[] keys = sortedKeys;
        if (keys == null) {
            keys = GoKeyOrder.sortedKeys(java.util.Arrays.asList(keyArray()));
            sortedKeys = keys;
        }
        return keys;
    }

    /** The keys in iteration order, read without making (and leaving in the map) a key-set view. */
    private String[] keyArray() {
        String[] keys = new String[entries.size()];
        int[] next = {0};
        entries.forEach((k, v) -> keys[next[0]++] = k);
        return keys;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return Collections.unmodifiableMap(entries).entrySet();
    }

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(entries.keySet());
    }

    @Override
    public java.util.Collection<Object> values() {
        return Collections.unmodifiableCollection(entries.values());
    }

    @Override
    public void forEach(java.util.function.BiConsumer<? super String, ? super Object> action) {
        entries.forEach(action);
    }

    @Override
    public Object get(Object key) {
        return entries.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public int size() {
        return entries.size();
    }

    /** As {@link AbstractMap#hashCode()}, computed once: the tree below is immutable. */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            // AbstractMap's sum of the entries' hashes, without an entry-set view
            int[] sum = {0};
            entries.forEach((k, v) -> sum[0] += k.hashCode() ^ java.util.Objects.hashCode(v));
            h = sum[0];
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
            // the backing maps compared directly: AbstractMap's walk would go through an
            // unmodifiable entry-set view and look every key up through this map's get
            return other.hashCode() == hashCode() && entries.equals(other.entries);
        }
        return super.equals(o);
    }
}
