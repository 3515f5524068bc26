package dev.podnet.cli;

import dev.podnet.insight.schema.SchemaGenerator;
import picocli.CommandLine.Command;

@Command(name = "schema", description = "Print the JSON Schema (2020-12) of a Cluster document's networking part at the release.")
final class SchemaCommand extends BaseCommand {
    @Override
    public Integer call() {
        podnet(); // refuses an unknown --kops-version as a usage error before any work
        out.print(SchemaGenerator.create().generate(release()).json());
        return PodnetCli.OK;
    }
}
