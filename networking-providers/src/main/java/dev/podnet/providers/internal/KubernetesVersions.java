package dev.podnet.providers.internal;

import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.internal.facts.ReleaseFacts;
import dev.podnet.api.version.KopsVersion;
import java.util.Optional;

/**
 * The oldest Kubernetes version each kops release accepts, from
 * {@code dev/podnet/providers/cluster/kubernetes-versions.yaml} read through the facts loader.
 */
public final class KubernetesVersions {
    private static final ReleaseFacts<String> OLDEST = FactDocument
            .load(KubernetesVersions.class.getClassLoader(), "dev/podnet/providers/cluster/kubernetes-versions.yaml")
            .root().byRelease("oldestSupported", FactNode::version);

    private KubernetesVersions() {
    }

    /** The oldest Kubernetes version {@code release} accepts, if the table covers the release. */
    public static Optional<String> oldestSupported(KopsVersion release) {
        return OLDEST.at(release);
    }
}
