package dev.podnet;

import dev.podnet.api.Cluster;
import dev.podnet.api.CreateOptions;
import dev.podnet.api.InvalidSpecException;
import dev.podnet.api.PodnetException;
import dev.podnet.api.ProviderInfo;
import dev.podnet.api.ReleaseMismatchException;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.diag.ErrorType;
import dev.podnet.api.render.RenderOptions;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.internal.ManifestPatcher;
import dev.podnet.api.spi.NetworkingEngine;
import dev.podnet.api.spi.RenderingEngine;
import dev.podnet.api.spi.RenderingEngineFactory;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.version.VersionRange;
import dev.podnet.api.yaml.ClusterDocuments;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.api.yaml.internal.NetworkingCodec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * One kops release's networking, the single entry point: complete a spec with the release's
 * defaults, validate it, render its manifests, generate what {@code kops create cluster} would,
 * list the providers. Thread-safe; what rendering memoises belongs to this instance (bounded by
 * {@link Builder#cacheEntries}) and is released with it.
 *
 * <pre>{@code
 * Podnet kops130 = Podnet.forRelease("1.30");
 * Completion done = kops130.complete(cluster);     // carries its release
 * Diagnostics findings = kops130.validate(done);
 * RenderResult out = kops130.render(done);         // validates first; refuses an invalid spec
 * }</pre>
 */
public final class Podnet {
    /** Memoised rendered objects and texts kept by default (a few MB at most). */
    public static final int DEFAULT_CACHE_ENTRIES = 1024;

    private final KopsVersion release;
    private final NetworkingEngine engine;
    private final RenderingEngine renderer;

    private Podnet(KopsVersion release, NetworkingEngine engine, RenderingEngine renderer) {
        this.release = release;
        this.engine = engine;
        this.renderer = renderer;
    }

    /**
     * The rules of a release, from 1.18 to the 1.37 development line, with the default cache.
     *
     * @param release the release
     * @return the facade
     * @throws PodnetException if the release is outside what podnet knows, or networking-providers is missing
     */
    public static Podnet forRelease(KopsVersion release) { return builder().release(release).build(); }

    /**
     * {@link #forRelease(KopsVersion)} for a release written as {@code "1.30"} or {@code "1.30.2"}.
     *
     * @param release the release, e.g. {@code "1.30"}
     * @return the facade
     * @throws PodnetException if it is no version (a finding on {@code release} with a hint attached)
     */
    public static Podnet forRelease(String release) { return builder().release(release).build(); }

    /**
     * The newest release podnet knows.
     *
     * @return the facade of {@link KopsVersion#NEWEST}
     */
    public static Podnet newest() { return forRelease(KopsVersion.NEWEST); }

    /** {@return a new builder; a release must be set before {@link Builder#build()}} */
    public static Builder builder() { return new Builder(); }

    /** {@return the release whose rules this facade applies} */
    public KopsVersion release() { return release; }

    /**
     * Reads a document stream as this release's kops decodes it (see
     * {@link ClusterYaml#load(String, KopsVersion)}): the apiVersion must be one this release registers,
     * and every field of the Cluster spec kops decodes into typed structs must hold a value of its type;
     * a provider field the release has no Go field for is kept unread, as kops drops it.
     *
     * @param yaml the YAML text
     * @return the documents
     * @throws dev.podnet.api.yaml.ClusterYamlException with every problem found (field path, line, column)
     */
    public ClusterDocuments load(String yaml) {
        return ClusterYaml.load(yaml, release, kind -> engine.undecodedFields(release, kind));
    }

    /**
     * The Cluster of {@link #load(String)}.
     *
     * @param yaml the YAML text
     * @return the Cluster
     * @throws dev.podnet.api.yaml.ClusterYamlException with every problem found (field path, line, column)
     */
    public Cluster read(String yaml) { return load(yaml).cluster(); }

    /**
     * The spec completed as this release would, with every default explained. Pure function.
     *
     * @param cluster the cluster as written
     * @return the completed cluster and every default applied
     */
    public Completion complete(Cluster cluster) {
        dev.podnet.api.spi.DefaultsApplied done = engine.complete(cluster, release);
        return new Completion(release, done.cluster(), done.applied());
    }

    /**
     * Strict validation (as kops validates the completed spec).
     *
     * @param cluster the cluster, normally completed
     * @return the findings; empty when valid
     */
    public Diagnostics validate(Cluster cluster) { return validate(cluster, ValidationMode.STRICT); }

    /**
     * Validation in either mode: the release's rules, and a warning for each key under
     * {@code spec.networking} that names no provider (kops ignores it; see {@link dev.podnet.api.yaml.ClusterYaml}).
     *
     * @param cluster the cluster
     * @param mode what to validate
     * @return the findings; empty when valid
     */
    public Diagnostics validate(Cluster cluster, ValidationMode mode) {
        Diagnostics found = engine.validate(cluster, release, mode);
        if (cluster.networking().extraFields().isEmpty()) return found; // no key that could name no provider
        List<Diagnostic> unknown = NetworkingCodec.unknownProviders(cluster.networking());
        return unknown.isEmpty() ? found : Diagnostics.of(unknown).plus(found);
    }

    /**
     * Strict validation of a completion made by this release.
     *
     * @param completion a completion made by this facade's release
     * @return the findings; empty when valid
     * @throws ReleaseMismatchException if another release completed it
     */
    public Diagnostics validate(Completion completion) {
        return validate(sameRelease(completion).cluster(), ValidationMode.STRICT);
    }

    /**
     * {@link #render(Completion, RenderStyle)} in {@link RenderStyle#KOPS} style.
     *
     * @param completion a completion made by this facade's release
     * @return the rendered addons and node configuration
     * @throws ReleaseMismatchException if another release completed it
     * @throws InvalidSpecException if strict validation finds errors
     */
    public RenderResult render(Completion completion) { return render(completion, RenderOptions.of(RenderStyle.KOPS)); }

    /**
     * The networking addons, node configuration and guidance of a completion made by this release.
     *
     * @param completion a completion made by this facade's release
     * @param style how the manifests are written
     * @return the rendered addons and node configuration
     * @throws ReleaseMismatchException if another release completed it
     * @throws InvalidSpecException if strict validation finds errors (all findings attached)
     */
    public RenderResult render(Completion completion, RenderStyle style) {
        Objects.requireNonNull(style, "style");
        return render(completion, RenderOptions.of(style));
    }

    /**
     * The networking addons, node configuration and guidance of a completion made by this release,
     * in the options' style, with the options' patches applied to the rendered objects afterwards (in
     * order; each patched addon's text, manifestHash and channel entry are of the patched objects, and
     * {@link dev.podnet.api.render.RenderedAddon#appliedPatches()} lists what it received).
     *
     * @param completion a completion made by this facade's release
     * @param options the style and the patches
     * @return the rendered, patched addons and node configuration
     * @throws ReleaseMismatchException if another release completed it
     * @throws InvalidSpecException if strict validation finds errors (all findings attached)
     * @throws dev.podnet.api.render.MissingRenderOptionException if the render needs an input the options lack (the
     *         {@linkplain RenderOptions#awsAccount() AWS account})
     * @throws PodnetException if a patch's target is not in the rendered manifest or one of its operations fails
     */
    public RenderResult render(Completion completion, RenderOptions options) {
        Objects.requireNonNull(options, "options");
        Diagnostics findings = validate(completion);
        if (findings.hasErrors()) {
            List<String> errors = findings.errors().stream().map(d -> d.line()).toList();
            throw new InvalidSpecException("cluster " + completion.cluster().name() + " is not valid at kops " + release
                    + " (" + errors.size() + " error" + (errors.size() == 1 ? "" : "s") + "); fix these first:\n  "
                    + errors.stream().collect(Collectors.joining("\n  ")), findings);
        }
        RenderingEngine engine = renderer();
        RenderResult rendered = engine.render(completion.cluster(), release, options);
        if (options.patches().isEmpty()) return rendered; // the repackaging lambda below is then not linked at all
        return ManifestPatcher.apply(rendered, options.patches(), (addon, documents) -> engine.repackage(addon, documents, release));
    }

    /**
     * Completes, validates and renders in {@link RenderStyle#KOPS} style.
     *
     * @param cluster the cluster as written
     * @return the rendered addons and node configuration
     * @throws InvalidSpecException if strict validation of the completed cluster finds errors
     */
    public RenderResult render(Cluster cluster) { return render(complete(cluster), RenderStyle.KOPS); }

    /**
     * Completes, validates and renders.
     *
     * @param cluster the cluster as written
     * @param style how the manifests are written
     * @return the rendered addons and node configuration
     * @throws InvalidSpecException if strict validation of the completed cluster finds errors
     */
    public RenderResult render(Cluster cluster, RenderStyle style) { return render(complete(cluster), style); }

    /**
     * Completes, validates, renders and patches (see {@link #render(Completion, RenderOptions)}).
     *
     * @param cluster the cluster as written
     * @param options the style and the patches
     * @return the rendered, patched addons and node configuration
     * @throws InvalidSpecException if strict validation of the completed cluster finds errors
     */
    public RenderResult render(Cluster cluster, RenderOptions options) { return render(complete(cluster), options); }

    /**
     * What {@code kops create cluster} generates for these options.
     *
     * @param options the command-line options
     * @return the generated cluster, networking part
     */
    public Cluster create(CreateOptions options) { return engine.create(options, release); }

    /** {@return the providers this release knows, with their status} */
    public List<ProviderInfo> providers() { return engine.providers(release); }

    /**
     * The Kubernetes versions this release accepts, e.g. {@code >=1.25.0 <1.31.0} for kops 1.30: from
     * the oldest it supports up to its own minor line; kops refuses to apply a cluster outside them.
     *
     * @return the accepted range
     */
    public VersionRange kubernetesVersions() { return engine.kubernetesVersions(release); }

    private Completion sameRelease(Completion completion) {
        Objects.requireNonNull(completion, "completion");
        if (!completion.release().equals(release)) throw new ReleaseMismatchException(completion.release(), release);
        return completion;
    }

    private RenderingEngine renderer() {
        if (renderer == null) {
            throw new PodnetException("no podnet renderer found: add dev.podnet:networking-manifests to the classpath");
        }
        return renderer;
    }

    /** Options of a {@link Podnet}: the release (required) and the rendering cache size. */
    public static final class Builder {
        private KopsVersion release;
        private int cacheEntries = DEFAULT_CACHE_ENTRIES;

        private Builder() {
        }

        /**
         * Sets the release.
         *
         * @param release the release
         * @return this builder
         */
        public Builder release(KopsVersion release) {
            this.release = Objects.requireNonNull(release, "release");
            return this;
        }

        /**
         * @param release the release, e.g. {@code "1.30"}
         * @return this builder
         * @throws PodnetException if {@code release} is no version, e.g. {@code "banana"}
         */
        public Builder release(String release) { return release(parseRelease(release)); }

        /**
         * Entries each memo table keyed by what specs contain (packaged objects, hashes, edited
         * manifests) keeps at most; 0 memoises none of them. The provider data the facade loads
         * (stored upstream objects, prepared templates) is kept for the facade's life whatever the
         * setting, as release facts are.
         *
         * @param cacheEntries entries per memo table; {@link Podnet#DEFAULT_CACHE_ENTRIES} by default
         * @return this builder
         * @throws IllegalArgumentException if {@code cacheEntries} is negative
         */
        public Builder cacheEntries(int cacheEntries) {
            if (cacheEntries < 0) throw new IllegalArgumentException("cacheEntries must be >= 0, got " + cacheEntries);
            this.cacheEntries = cacheEntries;
            return this;
        }

        /**
         * @return the facade
         * @throws PodnetException if the release is outside what podnet knows (see {@link KopsVersion#isKnown}),
         *     or networking-providers is missing
         */
        public Podnet build() {
            if (release == null) throw new PodnetException("no release: call release(\"1.30\") first");
            if (!release.isKnown()) {
                throw new PodnetException("kops " + release + " is outside the releases podnet knows: "
                        + KopsVersion.KNOWN_RANGE + "; pick a release in it");
            }
            if (Services.ENGINE.isEmpty()) {
                throw new PodnetException("no podnet NetworkingEngine found: add dev.podnet:networking-providers to the classpath");
            }
            NetworkingEngine engine = Services.ENGINE.get().get();
            RenderingEngine renderer = Services.RENDERING.isPresent() ? Services.RENDERING.get().open(cacheEntries) : null;
            return new Podnet(release, engine, renderer);
        }
    }

    private static KopsVersion parseRelease(String release) {
        Objects.requireNonNull(release, "release");
        try {
            return KopsVersion.of(release);
        } catch (IllegalArgumentException e) {
            String hint = "write a kops release such as 1.30 or 1.30.2 (podnet knows " + KopsVersion.KNOWN_RANGE + ")";
            Diagnostic finding = Diagnostic.builder().path("release").type(ErrorType.INVALID).quotedValue(release)
                    .detail("not a kops release").hint(hint).rule("podnet.release").build();
            throw new PodnetException("kops release \"" + release + "\" is not a version: " + hint,
                    Diagnostics.of(List.of(finding)));
        }
    }

    /**
     * Found once. The networking engine is made anew for each facade (its providers' tables load as the
     * facade meets them and belong to it); the rendering factory is stateless and opens one engine per facade.
     */
    private static final class Services {
        static final Optional<ServiceLoader.Provider<NetworkingEngine>> ENGINE =
                ServiceLoader.load(NetworkingEngine.class, Podnet.class.getClassLoader()).stream().findFirst();
        static final Optional<RenderingEngineFactory> RENDERING =
                ServiceLoader.load(RenderingEngineFactory.class, Podnet.class.getClassLoader()).findFirst();
    }
}
