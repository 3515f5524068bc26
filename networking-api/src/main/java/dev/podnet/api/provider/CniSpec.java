package dev.podnet.api.provider;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code spec.networking.cni}: bring your own CNI. kops installs no networking addon; nodes stay
 * NotReady until the user applies a CNI DaemonSet. Present in every kops release.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface CniSpec extends ProviderSpec {

    @Override
    default ProviderKind kind() { return ProviderKind.CNI; }

    /**
     * The CNI attaches secondary interfaces or IPs to the host, so nodeup passes the kubelet
     * {@code --node-ip=<instance local IPv4>}. Default false.
     *
     * @return whether the CNI uses secondary IPs; empty when not set
     */
    Optional<Boolean> usesSecondaryIP();

    @Override
    @AllowNulls
    Map<String, Object> extraFields();

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /**
     * A builder that starts from this value.
     *
     * @return a builder preset with this spec's fields, to change some and build a new one
     */
    default Builder toBuilder() { return builder().from(this); }

    /** Builds a {@link CniSpec}. */
    final class Builder extends ImmutableCniSpec.Builder {
        Builder() {
        }
    }
}
