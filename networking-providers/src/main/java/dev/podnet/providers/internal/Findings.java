package dev.podnet.providers.internal;

import dev.podnet.api.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    public Findings oneOf(String path, Optional<String> value, List<String> allowed, Gate gate) {
        if (value.isPresent() && !allowed.contains(value.get())) {
            add(gate.tag(Finding.unsupported(path, value.get(), allowed)).hint("use one of " + String.join(", ", allowed)));
        }
        return this;
    }

    public List<Diagnostic> list() { return List.copyOf(all); }
}
