package dev.podnet.cli;

import dev.podnet.Podnet;
import dev.podnet.api.version.KopsVersion;
import java.util.List;

/** {@code podnet releases}: the kops releases podnet knows. */
final class ReleasesCommand extends BaseCommand {
    static final CommandSpec SPEC = new CommandSpec("releases", List.of(
                "List the kops releases podnet knows and the Kubernetes versions each accepts."),
            null, List.of());

    @Override
    CommandSpec spec() { return SPEC; }

    @Override
    int call() {
        out.printf(java.util.Locale.ROOT, "%-16s %s%n", "KOPS", "KUBERNETES");
        KopsVersion newest = KopsVersion.NEWEST;
        for (int minor = KopsVersion.OLDEST.minor(); minor <= newest.minor(); minor++) {
            KopsVersion release = minor == newest.minor() ? newest : KopsVersion.of(newest.major() + "." + minor);
            out.printf(java.util.Locale.ROOT, "%-16s %s%n", release, Podnet.forRelease(release).kubernetesVersions());
        }
        return PodnetCli.OK;
    }
}
