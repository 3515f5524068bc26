package dev.podnet.api.provider;

import dev.podnet.api.internal.AllowNulls;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * AWS VPC CNI: {@code spec.networking.amazonvpc} (v1alpha2, and v1alpha3 1.23–1.25) or
 * {@code spec.networking.amazonVPC} (v1alpha3, kops 1.26+). AWS only. The image fields are spelled
 * differently in v1alpha2 ({@code imageName}, {@code initImageName}) and v1alpha3 ({@code image},
 * {@code initImage}); both spellings are modelled so that each is written back as it was read.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface AmazonVpcSpec extends ProviderSpec {

    @Override
    default ProviderKind kind() { return ProviderKind.AMAZON_VPC; }

    /**
     * v1alpha2 spelling: the {@code aws-node} container image. The default depends on the release.
     *
     * @return the {@code aws-node} image reference; empty when not set, and the release's default image is used
     */
    Optional<String> imageName();

    /**
     * v1alpha3 spelling of {@link #imageName()}.
     *
     * @return the {@code aws-node} image reference; empty when not set
     */
    Optional<String> image();

    /**
     * v1alpha2 spelling (kops 1.21+): the {@code aws-vpc-cni-init} init container image.
     *
     * @return the {@code aws-vpc-cni-init} image reference; empty when not set, and the release's default image is
     *         used
     */
    Optional<String> initImageName();

    /**
     * v1alpha3 spelling of {@link #initImageName()}.
     *
     * @return the {@code aws-vpc-cni-init} image reference; empty when not set
     */
    Optional<String> initImage();

    /**
     * The {@code aws-eks-nodeagent} container image (kops 1.30+; same key in both API versions).
     *
     * @return the {@code aws-eks-nodeagent} image reference; empty when not set, and the release's default image
     *         is used
     */
    Optional<String> networkPolicyAgentImage();

    /**
     * Extra {@code aws-node} env. kops 1.18–1.21 append it after the fixed list; 1.22+ merge it by name
     * over kops' defaults, except {@code ENABLE_IPv4}/{@code ENABLE_IPv6} (1.23+) and
     * {@code ADDITIONAL_ENI_TAGS} (1.24+), which users cannot override.
     *
     * @return the extra variables in the order written; empty when none is given
     */
    List<EnvVar> env();

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

    /** Builds an {@link AmazonVpcSpec}. */
    final class Builder extends ImmutableAmazonVpcSpec.Builder {
        Builder() {
        }

        /**
         * Adds the env entry {@code name=value}.
         *
         * @param name the variable's name
         * @param value the variable's value
         * @return this builder
         */
        public Builder addEnv(String name, String value) { return addEnv(EnvVar.of(name, value)); }
    }
}
