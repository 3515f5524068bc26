/** The {@code podnet} command line. */
module dev.podnet.cli {
    requires dev.podnet.api;
    requires dev.podnet.insight;
    requires info.picocli;
    requires org.snakeyaml.engine;

    exports dev.podnet.cli;
    // picocli reads the command classes reflectively
    opens dev.podnet.cli to info.picocli;
}
