/**
 * podnet's model, versions, diagnostics, YAML codec, the {@link dev.podnet.Podnet} facade and the
 * engine contracts ({@code dev.podnet.api.spi}). The engines come from other modules through
 * {@link java.util.ServiceLoader} ({@code dev.podnet.providers}, {@code dev.podnet.manifests}).
 * Internal packages are exported only to podnet's own modules.
 */
// "module": the qualified exports name podnet's modules that are compiled after this one, so javac
// cannot see them here. Immutables is an automatic module, read (requires static) by its annotation
// processor at build time only.
@SuppressWarnings({"module", "requires-automatic"})
module dev.podnet.api {
    requires org.snakeyaml.engine;
    // Immutables' annotations are read by its annotation processor at build time only
    requires static org.immutables.value;

    exports dev.podnet;
    exports dev.podnet.api;
    exports dev.podnet.api.diag;
    exports dev.podnet.api.provider;
    exports dev.podnet.api.render;
    exports dev.podnet.api.spi;
    exports dev.podnet.api.version;
    exports dev.podnet.api.yaml;
    exports dev.podnet.api.internal to dev.podnet.providers, dev.podnet.manifests, dev.podnet.insight;
    exports dev.podnet.api.internal.facts to dev.podnet.providers, dev.podnet.manifests, dev.podnet.insight;
    // what kops derives from a cluster spec (its address family), for validation and rendering alike
    exports dev.podnet.api.internal.cluster to dev.podnet.providers, dev.podnet.manifests;
    // the values kops' validation accepts, by release: validation checks them, podnet-insight documents them
    exports dev.podnet.api.internal.allowed to dev.podnet.providers, dev.podnet.insight;
    // the codecs' field lists: podnet-insight documents every model field and derives the JSON Schema;
    // the completion drops the keys kops' decoder drops (UnknownFields)
    exports dev.podnet.api.yaml.internal to dev.podnet.providers, dev.podnet.insight;

    uses dev.podnet.api.spi.NetworkingEngine;
    uses dev.podnet.api.spi.RenderingEngineFactory;
}
