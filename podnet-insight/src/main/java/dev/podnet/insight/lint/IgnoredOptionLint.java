package dev.podnet.insight.lint;

import dev.podnet.api.Cluster;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.provider.ProviderSpec;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ProviderYaml;
import dev.podnet.insight.internal.LintFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code ignored-option}: a field the user set that the release's manifest does not use. */
final class IgnoredOptionLint {
    private IgnoredOptionLint() {
    }

    /** Looks at the input, not the completion: a default the release sets itself is not the user's doing. */
    static List<Diagnostic> check(Cluster input, KopsVersion release, LintFacts facts) {
        Optional<ProviderSpec> provider = input.networking().provider();
        if (provider.isEmpty()) return List.of();
        String key = provider.get().kind().key();
        Map<String, Object> set = ProviderYaml.toMap(provider.get());
        List<Diagnostic> out = new ArrayList<>();
        for (LintFacts.Ignored row : facts.ignored()) {
            if (!row.provider().equals(key) || !row.releases().contains(release)) continue;
            for (String field : row.keys()) {
                if (set.get(field) == null) continue;
                out.add(Linter.advisory("spec.networking." + key + "." + field, "ignored-option", field
                        + " is accepted by kops " + release + " but has no effect (" + row.source() + ")",
                        "remove " + field + " from the spec"));
            }
        }
        return out;
    }
}
