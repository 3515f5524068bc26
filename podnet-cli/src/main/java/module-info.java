/** The {@code podnet} command line. */
module dev.podnet.cli {
    requires dev.podnet.api;
    requires dev.podnet.insight;
    requires org.snakeyaml.engine;

    exports dev.podnet.cli;
}
