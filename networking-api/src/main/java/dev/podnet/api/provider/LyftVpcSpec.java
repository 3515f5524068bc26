package dev.podnet.api.provider;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code spec.networking.lyftvpc}: Lyft's cni-ipvlan-vpc-k8s (AWS only). Supported in kops 1.18–1.22
 * (deprecated in 1.22), removed in 1.23; the v1alpha2 key stays so that validation can reject it.
 * Not representable in v1alpha3.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface LyftVpcSpec extends ProviderSpec {

    @Override
    default ProviderKind kind() { return ProviderKind.LYFT_VPC; }

    /**
     * Tag filter for the subnets the plugin may allocate pod ENIs from. Empty means the node-time
     * default: {@code {KubernetesCluster: <clusterName>}} for Kubernetes 1.18+, {@code {Type: pod}}
     * before; a non-empty map replaces the default entirely.
     *
     * @return the tag filter, tag name to value; empty when none is given (the node-time default applies)
     */
    Map<String, String> subnetTags();

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

    /** Builds a {@link LyftVpcSpec}. */
    final class Builder extends ImmutableLyftVpcSpec.Builder {
        Builder() {
        }
    }
}
