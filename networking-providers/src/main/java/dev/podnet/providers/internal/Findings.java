package dev.podnet.providers.internal;

import dev.podnet.api.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** Collects every finding of a run (never only the first). Not thread-safe: one per run. */
public final class Findings {
    private final List<Diagnostic> all = new ArrayList<>();

    public Findings add(Diagnostic.Builder b) {
        all.add(b.build());
        return this;
    }

    public Findings add(Diagnostic d) {
        all.add(d);
        return this;
    }

    public Findings addAll(List<Diagnostic> ds) {
        all.addAll(ds);
        return this;
    }

    /** Unsupported unless {@code value} is one of {@code allowed}; nothing when the value is absent. */
    public Findings oneOf(String path, java.util.Optional<String> value, List<String> allowed, String rule,
            String releases) {
        value.filter(v -> !allowed.contains(v)).ifPresent(v -> add(Finding.unsupported(path, v, allowed).rule(rule)
                .releases(releases).hint("use one of " + String.join(", ", allowed))));
        return this;
    }

    public List<Diagnostic> list() { return List.copyOf(all); }
}
