package dev.podnet.api;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The {@code kops create cluster} options networking depends on. */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface CreateOptions {
    /**
     * {@code --name}.
     *
     * @return the cluster name; {@code example.k8s.local} by default
     */
    @Value.Default
    default String name() { return "example.k8s.local"; }

    /**
     * {@code --networking}; empty means the release's default.
     *
     * @return the provider name given, e.g. {@code calico} or {@code cilium-eni}; empty when the flag was not
     *         given
     */
    Optional<String> networking();

    /**
     * {@code --kubernetes-version}; empty means the release's recommended version.
     *
     * @return the version given, e.g. {@code 1.30.2}; empty when the flag was not given
     */
    Optional<String> kubernetesVersion();

    /**
     * {@code --cloud}.
     *
     * @return the cloud; {@link Cloud#AWS} by default
     */
    @Value.Default
    default Cloud cloud() { return Cloud.AWS; }

    /**
     * {@code --zones}.
     *
     * @return the zones in the order given; empty when the flag was not given
     */
    List<String> zones();

    /**
     * {@code --topology}: {@code public} or {@code private}.
     *
     * @return the topology; {@code public} by default
     */
    @Value.Default
    default String topology() { return "public"; }

    /**
     * {@code --topology} exactly as given; empty means not given, and the release's default applies
     * (public; private for {@code --ipv6} clusters from kops 1.26). When empty, {@link #topology()} is used
     * if it is {@code private} (it defaults to {@code public}, which cannot tell "not given" apart).
     *
     * @return {@code public} or {@code private} as given; empty when the flag was not given
     */
    Optional<String> requestedTopology();

    /**
     * {@code --ipv6}.
     *
     * @return whether the cluster is IPv6; false by default
     */
    @Value.Default
    default boolean ipv6() { return false; }

    /**
     * {@code --control-plane-zones} ({@code --master-zones} before 1.26): subnets are made for these zones too.
     *
     * @return the control-plane zones in the order given; empty when the flag was not given
     */
    List<String> controlPlaneZones();

    /**
     * {@code --network-cidr} (repeatable from kops 1.28): the first is {@code networkCIDR}, the others {@code additionalNetworkCIDRs}.
     *
     * @return the CIDRs in the order given; empty when the flag was not given
     */
    List<String> networkCIDRs();

    /**
     * {@code --network-id} ({@code --vpc} before 1.19): a shared network.
     *
     * @return the id of the shared network (VPC) given; empty when the flag was not given
     */
    Optional<String> networkID();

    /**
     * {@code --subnets}: ids of shared subnets, one per zone in zone order.
     *
     * @return the shared subnet ids in zone order; empty when the flag was not given
     */
    List<String> subnetIDs();

    /**
     * {@code --utility-subnets}: ids of shared utility subnets, one per zone in zone order.
     *
     * @return the shared utility subnet ids in zone order; empty when the flag was not given
     */
    List<String> utilitySubnetIDs();

    /**
     * {@code --bastion} (private topology only).
     *
     * @return whether a bastion is created; false by default
     */
    @Value.Default
    default boolean bastion() { return false; }

    /**
     * {@code --egress}: the NAT gateway or instance private subnets route through.
     *
     * @return the NAT gateway or instance id given; empty when the flag was not given
     */
    Optional<String> egress();

    /**
     * {@code --dns}: {@code public}, {@code private} or {@code none}; empty means the release's default.
     *
     * @return {@code public}, {@code private} or {@code none} as given; empty when the flag was not given
     */
    Optional<String> dnsType();

    /**
     * {@code --set}: {@code path=value} overrides applied after the spec is built, e.g.
     * {@code spec.networking.calico.bpfEnabled=true} (a leading {@code cluster.} is accepted).
     * podnet applies the ones under {@code spec.networking.<provider>} and {@code spec.kubeProxy}.
     *
     * @return the {@code path=value} overrides in the order given; empty when the flag was not given
     */
    List<String> sets();

    /**
     * {@code --project}: the GCE project, written as {@code spec.project} of a GCE cluster (other clouds have none).
     * kops builds its GCE cloud in it before it validates; without one (kops would ask gcloud's configuration, which
     * podnet does not read) validation refuses the spec from kops 1.33 as kops refuses it
     * ({@code project is required for GCE}).
     *
     * @return the project; empty when the flag was not given
     */
    Optional<String> project();

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** The builder Immutables generates, under a stable name. */
    final class Builder extends ImmutableCreateOptions.Builder {
        Builder() {
        }
    }
}
