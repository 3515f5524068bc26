package dev.podnet.corpus.gen;

/**
 * One generated kops Cluster document.
 *
 * @param id       {@code <release>-<provider>-<index>}, e.g. {@code v1.33.1-calico-007}
 * @param release  kops release tag the spec is judged at, e.g. {@code v1.33.1}
 * @param provider generator bucket (a {@code spec.networking} key, {@code cilium-eni} for Cilium with ENI IPAM)
 * @param index    number of the case within its (release, provider) bucket
 * @param mutation name of the invalidating mutation applied, or {@code null}
 * @param yaml     the document (v1alpha2)
 */
public record GeneratedSpec(String id, String release, String provider, int index, String mutation, String yaml) {
    /** The deterministic split: {@code index % 10 < 3} is HOLDOUT, the rest DEV. */
    public String part() {
        return index % 10 < 3 ? "HOLDOUT" : "DEV";
    }
}
