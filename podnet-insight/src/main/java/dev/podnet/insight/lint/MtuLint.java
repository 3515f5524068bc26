package dev.podnet.insight.lint;

import dev.podnet.api.Cluster;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.provider.ProviderSpec;
import dev.podnet.api.yaml.ProviderYaml;
import dev.podnet.insight.internal.LintFacts;
import java.util.Map;
import java.util.Optional;

/** {@code mtu-above-network}: the provider's MTU plus its encapsulation overhead exceeds the cloud network's MTU. */
final class MtuLint {
    private MtuLint() {
    }

    static Optional<Diagnostic> check(Cluster c, LintFacts facts) {
        Optional<ProviderSpec> provider = c.networking().provider();
        Optional<String> cloud = c.cloud().map(x -> x.id());
        if (provider.isEmpty() || cloud.isEmpty()) return Optional.empty();
        String key = provider.get().kind().key();
        Optional<String> encapsulationOf = facts.mtuEncapsulation(key);
        Optional<LintFacts.Fact> network = facts.cloudMtu(cloud.get());
        Map<String, Object> spec = ProviderYaml.toMap(provider.get());
        if (encapsulationOf.isEmpty() || network.isEmpty() || !(spec.get("mtu") instanceof Number mtu)) return Optional.empty();
        String encapsulation = encapsulationOf.get().equals("from-spec") ? calico(spec) : encapsulationOf.get();
        int overhead = facts.overhead(encapsulation).map(LintFacts.Fact::value).orElse(0);
        // Calico sends WireGuard traffic over its own interface: the larger overhead applies, not the sum.
        if (encapsulationOf.get().equals("from-spec") && Boolean.TRUE.equals(spec.get("wireguardEnabled"))) {
            int wireguard = facts.overhead("wireguard").map(LintFacts.Fact::value).orElse(0);
            if (wireguard > overhead) {
                overhead = wireguard;
                encapsulation = "wireguard";
            }
        }
        int limit = network.get().value() - overhead;
        if (mtu.longValue() <= limit) return Optional.empty();
        return Optional.of(Linter.advisory("spec.networking." + key + ".mtu", "mtu-above-network",
                "MTU " + mtu + " is larger than " + limit + ": the " + cloud.get() + " network's MTU " + network.get().value()
                        + " (" + network.get().source() + ") minus " + overhead + " bytes of " + encapsulation
                        + " encapsulation",
                "set mtu to " + limit + " or less"));
    }

    /** Calico's encapsulation as completed: {@code encapsulationMode}, else the IP-in-IP/VXLAN modes kops 1.19-1.21 wrote. */
    private static String calico(Map<String, Object> spec) {
        Object mode = spec.get("encapsulationMode");
        if (mode != null) return mode.toString();
        if (spec.get("vxlanMode") != null && !"Never".equals(spec.get("vxlanMode"))) return "vxlan";
        if (spec.get("ipipMode") != null && !"Never".equals(spec.get("ipipMode"))) return "ipip";
        return "none";
    }
}
