package dev.podnet.cli;

import dev.podnet.api.ProviderInfo;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "providers", description = "List every provider, its --networking names, its status and what render produces, at a release.")
final class ProvidersCommand extends BaseCommand {
    @Override
    public Integer call() {
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
