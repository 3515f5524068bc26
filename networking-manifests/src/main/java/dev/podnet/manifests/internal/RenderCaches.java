package dev.podnet.manifests.internal;

import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Everything rendering memoises, owned by one rendering engine (and so by one
 * {@link dev.podnet.Podnet} facade). Two kinds of memo ({@link Memo}): a memo keyed by what specs
 * contain (packaged objects, addon hashes, edited manifests) is a least-recently-used table of at
 * most {@link #capacity()} entries, 0 memoising nothing, so it cannot grow with the number of
 * distinct specs a process renders; a {@linkplain Memo#data data} memo holds what is loaded from
 * podnet's own resources (a provider's stored objects, a release's prepared templates), whose keys
 * are bounded by those resources, and is kept whatever the capacity: it is loaded once per engine,
 * as release facts are once per facade. Every render gives the same output whatever is held.
 * Dropping the engine releases it all. Thread-safe.
 */
public final class RenderCaches {

    /**
     * A kind of memo: its name and, through its type parameters, its key and value types. Memos are
     * constants of the classes that use them; they hold no entries (those live in a
     * {@link RenderCaches}).
     */
    public static final class Memo<K, V> {
        private final String name;
        private final boolean data;

        private Memo(String name, boolean data) {
            this.name = Objects.requireNonNull(name, "name");
            this.data = data;
        }

        /** A memo keyed by what specs contain: at most {@link #capacity()} entries. */
        public static <K, V> Memo<K, V> named(String name) {
            return new Memo<>(name, false);
        }

        /**
         * A memo of what is loaded from podnet's resources, keyed by resource names, releases and
         * template ids (never by what a spec contains): kept for the engine's life at any capacity.
         */
        public static <K, V> Memo<K, V> data(String name) {
            return new Memo<>(name, true);
        }

        /** Whether this memo holds resource data (kept at any capacity). */
        public boolean isData() {
            return data;
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
    /** The objects of the data memos' manifests, by identity (see {@link #holdAsData}). */
    private final Set<KubeObject> dataObjects = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    /** The pool text of each stored object read in the pools' copied form, by identity. */
    private final Map<KubeObject, StoredText> storedTexts = Collections.synchronizedMap(new IdentityHashMap<>());

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
        if (capacity == 0 && !memo.isData()) {
            return Objects.requireNonNull(compute.apply(key), "computed value");
        }
        return table(memo).get(key, compute);
    }

    /**
     * Records the objects of {@code manifest}, loaded from podnet's resources (and edited only as
     * the resources say, e.g. a release's images), as data: {@link #isData} is then true for these
     * instances, so what is derived from them alone (their packaged form and its text) can be kept
     * in a data memo, as they are, at any capacity. Call it only from a data memo's computation.
     *
     * @return {@code manifest}
     */
    public Manifest holdAsData(Manifest manifest) {
        dataObjects.addAll(manifest.objects());
        return manifest;
    }

    /** Whether {@code object} is one of the instances {@link #holdAsData} recorded. */
    public boolean isData(KubeObject object) {
        return dataObjects.contains(object);
    }

    /** Keeps {@code text}, the pool text {@code object} was read from, for {@link #storedText}. */
    void holdText(KubeObject object, StoredText text) {
        storedTexts.put(object, text);
    }

    /** The pool text the stored object was read from, or null (an edited object, a pool document not in the copied form). */
    StoredText storedText(KubeObject object) {
        return storedTexts.get(object);
    }

    /** The number of entries each memo table keyed by specs' contents holds now, by memo name. */
    public Map<String, Integer> sizes() {
        Map<String, Integer> out = new TreeMap<>();
        tables.forEach((memo, table) -> {
            if (!memo.isData()) out.put(memo.name(), table.size());
        });
        return out;
    }

    /** The number of entries each data memo table holds now, by memo name. */
    public Map<String, Integer> dataSizes() {
        Map<String, Integer> out = new TreeMap<>();
        tables.forEach((memo, table) -> {
            if (memo.isData()) out.put(memo.name(), table.size());
        });
        return out;
    }

    @SuppressWarnings("unchecked") // a table is only ever stored under its own memo, whose types it has
    private <K, V> BoundedCache<K, V> table(Memo<K, V> memo) {
        BoundedCache<?, ?> table = tables.get(memo);
        if (table == null) {
            // putIfAbsent: another thread may have added it meanwhile, and its table is the one kept
            BoundedCache<?, ?> made = new BoundedCache<>(memo.isData() ? Integer.MAX_VALUE : capacity);
            table = tables.putIfAbsent(memo, made);
            if (table == null) table = made;
        }
        return (BoundedCache<K, V>) table;
    }
}
