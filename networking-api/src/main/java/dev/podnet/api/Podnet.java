package dev.podnet.api;

import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.spi.NetworkingEngine;
import dev.podnet.api.version.KopsVersion;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * One kops release's networking rules: complete a spec with the release's defaults, validate it,
 * generate what {@code kops create cluster} would, list the providers. Immutable and thread-safe.
 *
 * <pre>{@code
 * Podnet kops130 = Podnet.forRelease(KopsVersion.of("1.30"));
 * Completion done = kops130.complete(cluster);
 * Diagnostics findings = kops130.validate(done.cluster());
 * }</pre>
 */
public final class Podnet {
    private final KopsVersion release;
    private final NetworkingEngine engine;

    private Podnet(KopsVersion release, NetworkingEngine engine) {
        this.release = release;
        this.engine = engine;
    }

    /** The rules of a release, from 1.18 to the 1.37 development line. */
    public static Podnet forRelease(KopsVersion release) {
        Objects.requireNonNull(release, "release");
        if (release.compareTo(KopsVersion.OLDEST) < 0 || release.line().compareTo(KopsVersion.NEWEST.line()) > 0) {
            throw new IllegalArgumentException("kops " + release + " is outside the releases podnet knows ("
                    + KopsVersion.OLDEST + " to " + KopsVersion.NEWEST + ")");
        }
        return new Podnet(release, Engines.ENGINE.orElseThrow(() -> new IllegalStateException(
                "no podnet NetworkingEngine found: add dev.podnet:networking-providers to the classpath")));
    }

    public static Podnet forRelease(String release) { return forRelease(KopsVersion.of(release)); }

    /** The newest release podnet knows. */
    public static Podnet newest() { return forRelease(KopsVersion.NEWEST); }

    public KopsVersion release() { return release; }

    /** The spec completed as this release would, with every default explained. Pure function. */
    public Completion complete(Cluster cluster) { return engine.complete(cluster, release); }

    /** Strict validation (as kops validates the completed spec). */
    public Diagnostics validate(Cluster cluster) { return engine.validate(cluster, release, ValidationMode.STRICT); }

    public Diagnostics validate(Cluster cluster, ValidationMode mode) { return engine.validate(cluster, release, mode); }

    /** What {@code kops create cluster} generates for these options. */
    public Cluster create(CreateOptions options) { return engine.create(options, release); }

    public List<ProviderInfo> providers() { return engine.providers(release); }

    /** The engine is found once; it is stateless, so sharing it is safe. */
    private static final class Engines {
        static final java.util.Optional<NetworkingEngine> ENGINE =
                ServiceLoader.load(NetworkingEngine.class, Podnet.class.getClassLoader()).findFirst();
    }
}
