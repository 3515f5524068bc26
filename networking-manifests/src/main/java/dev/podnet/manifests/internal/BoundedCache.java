package dev.podnet.manifests.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A small thread-safe least-recently-used cache of immutable values under immutable keys. It
 * holds at most {@code capacity} entries, so a cache keyed by spec-dependent inputs cannot grow
 * with the number of distinct specs a long-lived process renders; a capacity of 0 keeps nothing
 * (every lookup computes). A value is computed outside the lock; when two threads compute the
 * same key at once, the first stored value wins and both get it (the values of one key are
 * equal, so either would do).
 */
public final class BoundedCache<K, V> {

    private final int capacity;
    private final Map<K, V> entries;

    public BoundedCache(int capacity) {
        this.capacity = capacity;
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value of {@code key}, computed by {@code compute} (which must not return null) when absent. */
    public V get(K key, Function<? super K, ? extends V> compute) {
        if (capacity == 0) {
            return Objects.requireNonNull(compute.apply(key), "computed value");
        }
        V v;
        synchronized (entries) {
            v = entries.get(key);
        }
        if (v != null) {
            return v;
        }
        V computed = Objects.requireNonNull(compute.apply(key), "computed value");
        synchronized (entries) {
            V raced = entries.putIfAbsent(key, computed);
            return raced != null ? raced : computed;
        }
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
