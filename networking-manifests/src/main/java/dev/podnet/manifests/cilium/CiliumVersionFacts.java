package dev.podnet.manifests.cilium;

import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.internal.facts.FactNode;
import java.util.List;

/**
 * Facts of Cilium's own versions that kops' templates follow whatever the kops release ({@code cilium-versions.yaml}):
 * the agent's health port, and the versions whose agent installs the CNI plugin itself.
 */
final class CiliumVersionFacts {
    private record PortRow(String since, long port) {}

    private record Range(String since, String below) {
        boolean contains(String version) {
            return atLeast(version, since) && !atLeast(version, below);
        }
    }

    private final List<PortRow> healthPorts;
    private final List<Range> agentInstallsCni;

    private CiliumVersionFacts(FactNode root) {
        root.onlyKeys(java.util.Set.of("agentHealthPort", "agentInstallsCni"));
        this.healthPorts = root.rows("agentHealthPort", r -> new PortRow(r.text("since"), r.integer("port")));
        this.agentInstallsCni = root.rows("agentInstallsCni", r -> new Range(r.text("since"), r.text("below")));
        if (healthPorts.isEmpty() || !healthPorts.get(healthPorts.size() - 1).since().equals("0.0.0")) {
            throw root.get("agentHealthPort").fail("the last agentHealthPort row must be since \"0.0.0\"");
        }
    }

    /** The table, read once when a Cilium render first asks (immutable). */
    private static final class Holder {
        static final CiliumVersionFacts FACTS = new CiliumVersionFacts(FactDocument.load(
                CiliumVersionFacts.class.getClassLoader(), "dev/podnet/manifests/cilium/cilium-versions.yaml").root());
    }

    /** The agent's health port for the Cilium {@code version} (unset: "", the oldest). */
    static long agentHealthPort(String version) {
        for (PortRow row : Holder.FACTS.healthPorts) {
            if (atLeast(version, row.since())) return row.port();
        }
        throw new IllegalStateException("unreachable: the last agentHealthPort row is since 0.0.0");
    }

    /** True if the Cilium {@code version}'s agent installs the CNI plugin itself (no install-cni-binaries). */
    static boolean agentInstallsCni(String version) {
        for (Range r : Holder.FACTS.agentInstallsCni) {
            if (r.contains(version)) return true;
        }
        return false;
    }

    /** {@code version} ≥ {@code bound} by major.minor.patch (lenient as {@link CiliumRenderer#versionPart}). */
    private static boolean atLeast(String version, String bound) {
        for (int i = 0; i < 3; i++) {
            int a = CiliumRenderer.versionPart(version, i);
            int b = CiliumRenderer.versionPart(bound, i);
            if (a != b) return a > b;
        }
        return true;
    }
}
