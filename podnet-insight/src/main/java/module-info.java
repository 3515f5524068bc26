/**
 * Beyond kops, with kops' own rules: where each networking value of a completed spec came from and
 * what each field means ({@code explain}), a JSON Schema of the networking part per release
 * ({@code schema}), advisory lints that are never errors ({@code lint}), what changes for a spec
 * between two releases ({@code diff}) and how to switch a cluster to another provider
 * ({@code migrate}).
 */
// Immutables is an automatic module, read (requires static) by its annotation processor at build time only
@SuppressWarnings("requires-automatic")
module dev.podnet.insight {
    requires transitive dev.podnet.api;
    requires org.snakeyaml.engine;
    // Immutables' annotations are read by its annotation processor at build time only
    requires static org.immutables.value;

    exports dev.podnet.insight.explain;
    exports dev.podnet.insight.schema;
    exports dev.podnet.insight.lint;
    exports dev.podnet.insight.diff;
    exports dev.podnet.insight.migrate;

    // the data tables (field documentation, lint facts) are resources of this package
    opens dev.podnet.insight.internal;
}
