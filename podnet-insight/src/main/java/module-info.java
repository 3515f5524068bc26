/**
 * Beyond kops, built on the {@link dev.podnet.Podnet} facade: what changes for a spec between two
 * releases ({@code dev.podnet.insight.diff}) and how to switch a cluster to another provider
 * ({@code dev.podnet.insight.migrate}).
 */
module dev.podnet.insight {
    requires transitive dev.podnet.api;
    // Immutables' annotations are read by its annotation processor at build time only
    requires static org.immutables.value;

    exports dev.podnet.insight.diff;
    exports dev.podnet.insight.migrate;
}
