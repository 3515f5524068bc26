package dev.podnet.manifests.internal;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Everything rendering memoises, owned by one rendering engine (and so by one
 * {@link dev.podnet.Podnet} facade): parsed stored objects, prepared release objects, packaged
 * objects, addon texts and hashes, edited manifests. Each kind of memo ({@link Memo}) is a
 * least-recently-used table of at most {@link #capacity()} entries; a capacity of 0 memoises
 * nothing, so every render recomputes (and gives the same output). Dropping the engine releases
 * it all. Thread-safe.
 */
public final class RenderCaches {

    /**
     * A kind of memo: its name and, through its type parameters, its key and value types. Memos are
     * constants of the classes that use them; they hold no entries (those live in a
     * {@link RenderCaches}).
     */
    public static final class Memo<K, V> {
        private final String name;

        private Memo(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        public static <K, V> Memo<K, V> named(String name) {
            return new Memo<>(name);
        }

        public String name() {
            return name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final int capacity;
    private final Map<Memo<?, ?>, BoundedCache<?, ?>> tables = new ConcurrentHashMap<>();

    private RenderCaches(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("cacheEntries must be >= 0, got " + capacity);
        }
        this.capacity = capacity;
    }

    /** Caches whose every table holds at most {@code capacity} entries (0: none). */
    public static RenderCaches withCapacity(int capacity) {
        return new RenderCaches(capacity);
    }

    /** The most entries one memo table holds. */
    public int capacity() {
        return capacity;
    }

    /** The value of {@code key} in {@code memo}, computed by {@code compute} (never null) when not held. */
    public <K, V> V get(Memo<K, V> memo, K key, Function<? super K, ? extends V> compute) {
        if (capacity == 0) {
            return Objects.requireNonNull(compute.apply(key), "computed value");
        }
        return table(memo).get(key, compute);
    }

    /** The number of entries each memo table holds now, by memo name. */
    public Map<String, Integer> sizes() {
        Map<String, Integer> out = new TreeMap<>();
        tables.forEach((memo, table) -> out.put(memo.name(), table.size()));
        return out;
    }

    @SuppressWarnings("unchecked") // a table is only ever stored under its own memo, whose types it has
    private <K, V> BoundedCache<K, V> table(Memo<K, V> memo) {
        return (BoundedCache<K, V>) tables.computeIfAbsent(memo, m -> new BoundedCache<>(capacity));
    }
}
