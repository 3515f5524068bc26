package dev.podnet.cli;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/** Block-style YAML for the CLI's own outputs (channel entries, node config). */
final class Yaml {
    private static final DumpSettings SETTINGS = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2).setWidth(4096).setSplitLines(false)
            .setDereferenceAliases(true).build();

    private Yaml() {
    }

    static String write(Object value) { return new Dump(SETTINGS).dumpToString(value); }
}
