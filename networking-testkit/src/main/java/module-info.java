/**
 * podnet's test kit for users' own tooling: AssertJ assertions over rendered addons, objects,
 * containers, diagnostics and completions ({@link dev.podnet.testkit.PodnetAssertions}) and cluster
 * fixtures ({@link dev.podnet.testkit.Clusters}). Meant for test scope; it needs podnet's engines
 * (networking-providers, networking-manifests) on the path only where the test renders.
 */
// Immutables is an automatic module, read (requires static) by its annotation processor at build time only
@SuppressWarnings("requires-automatic")
module dev.podnet.testkit {
    requires transitive dev.podnet.api;
    requires transitive org.assertj.core;
    requires static org.immutables.value;

    exports dev.podnet.testkit;
}
