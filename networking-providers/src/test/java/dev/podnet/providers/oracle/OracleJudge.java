package dev.podnet.providers.oracle;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.podnet.api.Cluster;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.providers.KopsNetworkingEngine;

/**
 * Runs podnet on an {@link OracleCase} as kops' {@code PopulateClusterSpec} does (lenient validation of
 * the input, completion, strict validation of the result) and says how it differs from kops' answer.
 */
final class OracleJudge {
    /** The networking part compared: spec keys, and the networking fields of two component blocks. */
    static final List<String> SPEC_FIELDS = List.of("networking", "networkCIDR", "additionalNetworkCIDRs",
            "nonMasqueradeCIDR", "podCIDR", "serviceClusterIPRange", "topology", "subnets", "isolateMasters");
    static final Map<String, List<String>> COMPONENT_FIELDS = Map.of(
            "kubeProxy", List.of("clusterCIDR", "enabled"),
            "kubeControllerManager", List.of("clusterCIDR", "allocateNodeCIDRs", "configureCloudRoutes"));

    private final KopsNetworkingEngine engine = new KopsNetworkingEngine();

    /** podnet's outcome: the completed cluster, or why it refused. */
    record Outcome(Cluster completed, String refusal) {
        boolean rejected() {
            return refusal != null;
        }
    }

    Outcome run(OracleCase c) {
        KopsVersion release = KopsVersion.of(c.release());
        Cluster in = ClusterYaml.read(c.input());
        try {
            Diagnostics lenient = engine.validate(in, release, ValidationMode.LENIENT);
            if (lenient.hasErrors()) return new Outcome(null, lenient.toString());
            Cluster done = engine.complete(in, release).cluster();
            Diagnostics strict = engine.validate(done, release, ValidationMode.STRICT);
            if (strict.hasErrors()) return new Outcome(null, strict.toString());
            return new Outcome(done, null);
        } catch (IllegalArgumentException | dev.podnet.api.PodnetException e) {
            // a spec completion cannot place (e.g. no room for a subnet's CIDR) is a refusal
            return new Outcome(null, e.getMessage());
        }
    }

    /** Null when podnet gives kops' verdict and, on an accepted spec, kops' networking part; else the difference. */
    String problem(OracleCase c) {
        Outcome got = run(c);
        if (c.rejected() != got.rejected()) {
            return c.rejected() ? "kops refuses (" + c.error().orElseThrow() + "), podnet accepts"
                    : "kops accepts, podnet refuses: " + got.refusal();
        }
        if (c.rejected()) return null;
        Map<String, Object> want = slice(ClusterYaml.read(c.completed().orElseThrow()));
        Map<String, Object> have = slice(got.completed());
        if (want.equals(have)) return null;
        Map<String, String> diff = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>(want.keySet());
        keys.addAll(have.keySet());
        for (String k : keys) {
            if (!Objects.equals(want.get(k), have.get(k))) diff.put(k, "kops=" + want.get(k) + " podnet=" + have.get(k));
        }
        return diff.toString();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> slice(Cluster c) {
        Map<String, Object> spec = (Map<String, Object>) ClusterYaml.toMap(c).get("spec");
        Map<String, Object> out = new LinkedHashMap<>();
        for (String k : SPEC_FIELDS) if (spec.get(k) != null) out.put(k, spec.get(k));
        COMPONENT_FIELDS.forEach((block, fields) -> {
            Map<String, Object> m = (Map<String, Object>) spec.getOrDefault(block, Map.of());
            for (String f : fields) if (m.get(f) != null) out.put(block + "." + f, m.get(f));
        });
        return out;
    }
}
