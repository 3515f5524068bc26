package dev.podnet.insight.lint;

import dev.podnet.api.Cluster;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.internal.IpNetwork;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.insight.internal.LintFacts;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code pod-service-overlap}, {@code service-range-in-network}, {@code pod-range-in-network} and
 * {@code pod-range-too-small}: the cluster's address ranges against each other, the cloud network
 * and the number of nodes its subnets can hold.
 */
final class RangeLints {
    private RangeLints() {
    }

    static List<Diagnostic> overlaps(Cluster c, LintFacts facts) {
        Networking n = c.networking();
        Optional<IpNetwork> pods = n.podCIDR().flatMap(IpNetwork::parse);
        Optional<IpNetwork> services = n.serviceClusterIPRange().flatMap(IpNetwork::parse);
        List<String> network = new ArrayList<>();
        n.networkCIDR().ifPresent(network::add);
        network.addAll(n.additionalNetworkCIDRs());
        List<Diagnostic> out = new ArrayList<>();
        if (pods.isPresent() && services.isPresent() && pods.get().overlaps(services.get())) {
            out.add(Linter.advisory("spec.serviceClusterIPRange", "pod-service-overlap", "service range "
                    + services.get() + " overlaps pod range " + pods.get(), "choose disjoint pod and service ranges"));
        }
        for (String cidr : network) {
            Optional<IpNetwork> vpc = IpNetwork.parse(cidr);
            if (vpc.isEmpty()) continue;
            if (services.isPresent() && vpc.get().overlaps(services.get())) {
                out.add(Linter.advisory("spec.serviceClusterIPRange", "service-range-in-network", "service range "
                        + services.get() + " overlaps the cloud network's " + vpc.get(),
                        "choose a service range outside the network's ranges"));
            }
            if (pods.isPresent() && vpc.get().overlaps(pods.get()) && !podsInNetwork(n, facts)) {
                out.add(Linter.advisory("spec.podCIDR", "pod-range-in-network", "pod range " + pods.get()
                        + " overlaps the cloud network's " + vpc.get(), "choose a pod range outside the network's ranges"));
            }
        }
        return out;
    }

    private static boolean podsInNetwork(Networking n, LintFacts facts) {
        boolean ciliumEni = n.provider(CiliumSpec.class).flatMap(CiliumSpec::ipam).filter("eni"::equals).isPresent();
        return ciliumEni || n.providerKind().map(k -> facts.podsInNetwork(k.key())).orElse(false);
    }

    static Optional<Diagnostic> podRangeSize(Cluster c, LintFacts facts) {
        boolean allocates = c.kubeControllerManager().flatMap(KubeControllerManager::allocateNodeCIDRs).orElse(false);
        Optional<IpNetwork> pods = c.kubeControllerManager().flatMap(KubeControllerManager::clusterCIDR)
                .or(() -> c.networking().podCIDR()).flatMap(IpNetwork::parse);
        if (!allocates || pods.isEmpty() || !pods.get().isIPv4()) return Optional.empty();
        int mask = facts.nodeMask().value();
        BigInteger ranges = pods.get().prefix() > mask ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(mask - pods.get().prefix());
        LintFacts.Fact reserved = facts.reserved(c.cloud().map(x -> x.id()).orElse("other"));
        BigInteger nodes = BigInteger.ZERO;
        for (Subnet s : c.networking().subnets()) {
            if (s.type().filter("Utility"::equalsIgnoreCase).isPresent()) continue; // load balancers and bastions only
            Optional<IpNetwork> cidr = s.cidr().flatMap(IpNetwork::parse).filter(IpNetwork::isIPv4);
            if (cidr.isEmpty()) continue;
            BigInteger size = BigInteger.ONE.shiftLeft(32 - cidr.get().prefix()).subtract(BigInteger.valueOf(reserved.value()));
            nodes = nodes.add(size.max(BigInteger.ZERO));
        }
        if (nodes.compareTo(ranges) <= 0) return Optional.empty();
        return Optional.of(Linter.advisory("spec.podCIDR", "pod-range-too-small", "pod range " + pods.get() + " holds "
                + ranges + " node ranges of /" + mask + " (" + facts.nodeMask().source() + "), but the subnets have room for "
                + nodes + " nodes (" + reserved.source() + " reserved per subnet)",
                "use a larger pod range (a shorter prefix) or smaller subnets"));
    }
}
