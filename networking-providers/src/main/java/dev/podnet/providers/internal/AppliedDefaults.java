package dev.podnet.providers.internal;

import dev.podnet.api.AppliedDefault;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects the defaults a completion step applies, in order. A class rather than a list's {@code add} method
 * reference: each method reference is linked when first run, which costs a cold start more than a plain class.
 */
public final class AppliedDefaults implements Consumer<AppliedDefault> {
    private final List<AppliedDefault> all = new ArrayList<>();

    @Override
    public void accept(AppliedDefault d) {
        all.add(d);
    }

    /** Every default received so far, in order (a live view, not a copy). */
    public List<AppliedDefault> list() {
        return all;
    }
}
