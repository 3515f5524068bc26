package dev.podnet.cli;

import dev.podnet.insight.schema.SchemaGenerator;
import java.util.List;

/** {@code podnet schema}: the JSON Schema of the networking part at a release. */
final class SchemaCommand extends BaseCommand {
    static final CommandSpec SPEC = new CommandSpec("schema", List.of(
                "Print the JSON Schema (2020-12) of a Cluster document's networking part at the release."),
            null, List.of(KOPS_VERSION));

    @Override
    CommandSpec spec() { return SPEC; }

    @Override
    int call() {
        podnet(); // refuses an unknown --kops-version as a usage error before any work
        out.print(SchemaGenerator.create().generate(release()).json());
        return PodnetCli.OK;
    }
}
