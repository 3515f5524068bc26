package dev.podnet.corpus.gen;

import java.util.List;
import java.util.Map;

/**
 * One generated spec and kops' answer to it (from kops-oracle), as committed under
 * {@code podnet-generated/}.
 *
 * @param id        e.g. {@code v1.33.1-calico-007}
 * @param release   kops release tag, e.g. {@code v1.33.1}
 * @param provider  generator bucket (a {@code spec.networking} key or {@code cilium-eni})
 * @param part      {@code DEV} or {@code HOLDOUT}
 * @param mutation  the invalidating mutation applied, or {@code null}
 * @param input     the spec as generated (kops Cluster, v1alpha2)
 * @param verdict   {@code accepted}, {@code rejected} or {@code tool-failure} (the oracle itself failed, e.g. kops panicked)
 * @param error     kops' error text ({@code <Stage>: <text>}) when rejected, else {@code null}
 * @param completed the networking part of kops' completed spec ({@code spec} keys, component blocks
 *                  reduced to their networking fields), when accepted
 * @param addons    kops' bootstrap-channel {@code networking.*} entries (name, id, manifest, manifestHash), when accepted
 * @param sample    resource directory (under {@code podnet-generated/}) holding kops' manifests gzip'd, or {@code null}
 */
public record JudgedCase(String id, String release, String provider, String part, String mutation, String input,
        String verdict, String error, Map<String, Object> completed, List<Map<String, Object>> addons, String sample) {

    public boolean accepted() {
        return "accepted".equals(verdict);
    }

    public boolean rejected() {
        return "rejected".equals(verdict);
    }
}
