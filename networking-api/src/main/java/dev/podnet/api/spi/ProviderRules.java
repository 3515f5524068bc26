package dev.podnet.api.spi;

import dev.podnet.api.Cluster;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import java.util.List;

/**
 * One provider's validation rules (cross-field, cloud, Kubernetes-version and release rules). The
 * engine calls them only for clusters whose provider is {@link #kind()}. Stateless and thread-safe.
 */
public interface ProviderRules {
    ProviderKind kind();

    List<Diagnostic> validate(Cluster cluster, KopsVersion release, ValidationMode mode);
}
