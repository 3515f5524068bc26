package dev.podnet.corpus.gen;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/** The seeded draws of one generated case, all from the case's own {@link Random}, in the order they are asked for. */
final class Draws {
    private final Random r;

    Draws(Random r) {
        this.r = r;
    }

    double nextDouble() {
        return r.nextDouble();
    }

    int nextInt(int bound) {
        return r.nextInt(bound);
    }

    boolean nextBoolean() {
        return r.nextBoolean();
    }

    /** A boolean as a YAML value. */
    Object bool() {
        return r.nextBoolean();
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[r.nextInt(options.length)];
    }

    @SafeVarargs
    final Map<String, Object> oneOf(Supplier<Map<String, Object>>... options) {
        return options[r.nextInt(options.length)].get();
    }

    /**
     * One of {@code valid} (with probability {@code validShare}) or of {@code invalid}: the profiles that mix values kops
     * accepts with values some release refuses.
     */
    Object mixed(double validShare, Object[] valid, Object[] invalid) {
        Object[] from = r.nextDouble() < validShare ? valid : invalid;
        return from[r.nextInt(from.length)];
    }

    /** The values, for {@link #mixed}. */
    static Object[] a(Object... values) {
        return values;
    }

    /** A mapping of the given keys and values, in order. */
    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
