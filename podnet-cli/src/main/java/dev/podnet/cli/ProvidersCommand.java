package dev.podnet.cli;

import dev.podnet.api.ProviderInfo;
import java.util.List;

/** {@code podnet providers}: every provider at a release. */
final class ProvidersCommand extends BaseCommand {
    static final CommandSpec SPEC = new CommandSpec("providers", List.of(
                "List every provider, its --networking names, its status and what render produces, at a release."),
            null, List.of(KOPS_VERSION));

    @Override
    CommandSpec spec() { return SPEC; }

    @Override
    int call() {
        List<ProviderInfo> all = podnet().providers();
        out.printf(java.util.Locale.ROOT, "kops %s%n", release());
        out.printf(java.util.Locale.ROOT, "%-12s %-44s %-12s %-12s %s%n", "PROVIDER", "--networking NAMES", "STATUS", "RENDERS", "NOTE");
        for (ProviderInfo p : all) {
            out.printf(java.util.Locale.ROOT, "%-12s %-44s %-12s %-12s %s%n", p.kind().key(),
                    p.networkingNames().isEmpty() ? "-" : String.join(", ", p.networkingNames()),
                    p.status().name().toLowerCase(java.util.Locale.ROOT),
                    p.output().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    p.note().orElse(""));
        }
        return PodnetCli.OK;
    }
}
