package dev.podnet.api.provider;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code spec.networking.calico}: Project Calico (kops 1.18 onwards). Every field kops ever had
 * for Calico; enumerated values are kept as the strings the user wrote, so that validation can
 * report an unsupported value the way kops does.
 */
@Value.Immutable
public interface CalicoSpec extends ProviderSpec {

    /** {@code encapsulationMode} values (kops 1.19+; {@code none} from 1.23). */
    enum EncapsulationMode {
        IPIP("ipip"), VXLAN("vxlan"), NONE("none");

        private final String value;

        EncapsulationMode(String value) { this.value = value; }

        public String value() { return value; }
    }

    /** {@code ipipMode} / {@code vxlanMode} values. */
    enum PoolMode {
        ALWAYS("Always"), CROSS_SUBNET("CrossSubnet"), NEVER("Never");

        private final String value;

        PoolMode(String value) { this.value = value; }

        public String value() { return value; }
    }

    @Override
    default ProviderKind kind() { return ProviderKind.CALICO; }

    Optional<String> registry();

    Optional<String> version();

    Optional<Boolean> allowIPForwarding();

    /** {@code Enable}, {@code Disable} or {@code DoNothing}. */
    Optional<String> awsSrcDstCheck();

    Optional<Boolean> bpfEnabled();

    /** {@code Tunnel} or {@code DSR}. */
    Optional<String> bpfExternalServiceMode();

    Optional<Boolean> bpfKubeProxyIptablesCleanupEnabled();

    /** {@code Off}, {@code Info} or {@code Debug}. */
    Optional<String> bpfLogLevel();

    /** {@code insert} or {@code append}. */
    Optional<String> chainInsertMode();

    /** A Kubernetes quantity such as {@code 100m}. */
    Optional<String> cpuRequest();

    /** v1alpha2 only; no effect from kops 1.22. */
    Optional<Boolean> crossSubnet();

    /** {@code ipip}, {@code vxlan} or {@code none}; see {@link EncapsulationMode}. */
    Optional<String> encapsulationMode();

    /** {@code Always}, {@code CrossSubnet} or {@code Never}; see {@link PoolMode}. */
    Optional<String> ipipMode();

    /** {@code Always}, {@code CrossSubnet} or {@code Never}; see {@link PoolMode}. */
    Optional<String> vxlanMode();

    Optional<String> ipv4AutoDetectionMethod();

    Optional<String> ipv6AutoDetectionMethod();

    /** {@code Auto}, {@code Legacy} or {@code NFT}. */
    Optional<String> iptablesBackend();

    Optional<String> logSeverityScreen();

    Optional<Integer> mtu();

    /** {@code Disabled}, {@code Enabled} or {@code Auto} (kops 1.36+). */
    Optional<String> nftablesMode();

    Optional<Boolean> prometheusMetricsEnabled();

    Optional<Integer> prometheusMetricsPort();

    Optional<Boolean> prometheusGoMetricsEnabled();

    Optional<Boolean> prometheusProcessMetricsEnabled();

    /** {@code v3}; kops 1.18–1.22 only. */
    Optional<String> majorVersion();

    Optional<Boolean> typhaPrometheusMetricsEnabled();

    Optional<Integer> typhaPrometheusMetricsPort();

    Optional<Integer> typhaReplicas();

    Optional<Boolean> wireguardEnabled();

    @Override
    @AllowNulls
    Map<String, Object> extraFields();

    static Builder builder() { return new Builder(); }

    /** A builder that starts from this value. */
    default Builder toBuilder() { return builder().from(this); }

    /** Builds a {@link CalicoSpec}; the enum overloads write the value kops expects. */
    final class Builder extends ImmutableCalicoSpec.Builder {
        public Builder encapsulationMode(EncapsulationMode mode) { return encapsulationMode(mode.value()); }

        public Builder ipipMode(PoolMode mode) { return ipipMode(mode.value()); }

        public Builder vxlanMode(PoolMode mode) { return vxlanMode(mode.value()); }
    }
}
