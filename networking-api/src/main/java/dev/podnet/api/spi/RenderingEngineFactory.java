package dev.podnet.api.spi;

/**
 * Opens {@link RenderingEngine}s. Implemented by {@code networking-manifests} and found through
 * {@link java.util.ServiceLoader}. The factory itself holds no state.
 */
public interface RenderingEngineFactory {
    /**
     * A new engine whose memoised values (rendered objects and texts) are bounded by
     * {@code cacheEntries}; 0 disables memoisation.
     *
     * @param cacheEntries the memo bound; 0 disables memoisation
     * @return a new engine with memo tables of its own
     * @throws IllegalArgumentException if {@code cacheEntries} is negative
     */
    RenderingEngine open(int cacheEntries);
}
