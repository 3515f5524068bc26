package dev.podnet.insight.internal;

import dev.podnet.Podnet;
import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.CreateOptions;
import dev.podnet.api.ProviderInfo;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The kops release lines podnet knows, and the reference cluster a release creates for a provider. */
public final class Releases {
    private Releases() {
    }

    /** One release per minor line, {@link KopsVersion#OLDEST} to {@link KopsVersion#NEWEST}. */
    public static List<KopsVersion> known() {
        List<KopsVersion> out = new ArrayList<>();
        for (int minor = KopsVersion.OLDEST.minor(); minor < KopsVersion.NEWEST.minor(); minor++) {
            out.add(KopsVersion.of(KopsVersion.OLDEST.major() + "." + minor + ".0"));
        }
        out.add(KopsVersion.NEWEST);
        return List.copyOf(out);
    }

    /**
     * The cluster {@code kops create cluster} makes at this release with the provider (AWS, one zone;
     * GCE for GCE networking), or with the release's default provider when {@code kind} is empty;
     * empty when the release does not offer the provider or refuses the request.
     */
    public static Optional<Cluster> reference(Podnet podnet, Optional<ProviderKind> kind) {
        CreateOptions.Builder o = CreateOptions.builder();
        boolean gce = kind.filter(k -> k == ProviderKind.GCP).isPresent();
        o.cloud(gce ? Cloud.GCE : Cloud.AWS).addZones(gce ? "us-test1-a" : "us-test-1a");
        if (kind.isPresent()) {
            Optional<String> name = podnet.providers().stream().filter(p -> p.kind() == kind.get())
                    .map(ProviderInfo::networkingNames).filter(n -> !n.isEmpty()).map(n -> n.get(0)).findFirst();
            if (name.isEmpty()) return Optional.empty();
            o.networking(name.get());
        }
        try {
            return Optional.of(podnet.create(o.build()));
        } catch (RuntimeException refused) {
            // a release that refuses the request (provider not offered, cloud not supported) has no reference
            return Optional.empty();
        }
    }
}
