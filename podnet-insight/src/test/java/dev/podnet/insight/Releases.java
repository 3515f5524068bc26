package dev.podnet.insight;

import dev.podnet.Podnet;
import dev.podnet.api.version.KopsVersion;
import java.util.ArrayList;
import java.util.List;

/** Every release podnet knows, one per minor line, each with its facade (shared by a test class). */
public final class Releases {
    private Releases() {
    }

    /** 1.18, 1.19, …, the 1.37 development line, as {@code podnet releases} lists them. */
    public static List<Podnet> all() {
        List<Podnet> out = new ArrayList<>();
        KopsVersion newest = KopsVersion.NEWEST;
        for (int minor = KopsVersion.OLDEST.minor(); minor <= newest.minor(); minor++) {
            out.add(Podnet.forRelease(minor == newest.minor() ? newest : KopsVersion.of(newest.major() + "." + minor)));
        }
        return List.copyOf(out);
    }

    /** The newest Kubernetes minor line the release accepts, as {@code 1.N.0}. */
    public static String newestKubernetes(Podnet p) {
        var until = p.kubernetesVersions().until().orElseThrow();
        return until.major() + "." + (until.minor() - 1) + ".0";
    }
}
