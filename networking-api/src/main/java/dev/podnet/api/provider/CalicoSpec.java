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
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface CalicoSpec extends ProviderSpec {

    /** {@code encapsulationMode} values (kops 1.19+; {@code none} from 1.23). */
    enum EncapsulationMode {
        /** {@code ipip}. */
        IPIP("ipip"),
        /** {@code vxlan}. */
        VXLAN("vxlan"),
        /** {@code none}. */
        NONE("none");

        private final String value;

        EncapsulationMode(String value) { this.value = value; }

        /** {@return the value as written in YAML} */
        public String value() { return value; }
    }

    /** {@code ipipMode} / {@code vxlanMode} values. */
    enum PoolMode {
        /** {@code Always}. */
        ALWAYS("Always"),
        /** {@code CrossSubnet}. */
        CROSS_SUBNET("CrossSubnet"),
        /** {@code Never}. */
        NEVER("Never");

        private final String value;

        PoolMode(String value) { this.value = value; }

        /** {@return the value as written in YAML} */
        public String value() { return value; }
    }

    @Override
    default ProviderKind kind() { return ProviderKind.CALICO; }

    /** {@return {@code registry}: the image registry of every Calico image (kops 1.19+); the template uses {@code docker.io}} */
    Optional<String> registry();

    /** {@return {@code version}: the image tag of every Calico image (kops 1.19+); the default depends on the kops release} */
    Optional<String> version();

    /** {@return {@code allowIPForwarding} (kops 1.23+): when true the CNI config gets {@code container_settings.allow_ip_forwarding: true}; default false} */
    Optional<Boolean> allowIPForwarding();

    /**
     * {@code Enable}, {@code Disable} or {@code DoNothing}.
     *
     * @return the source/destination-check action; empty when not set
     */
    Optional<String> awsSrcDstCheck();

    /** {@return {@code bpfEnabled} (kops 1.19+): env {@code FELIX_BPFENABLED}, and when true the ConfigMap {@code kubernetes-services-endpoint}; default false} */
    Optional<Boolean> bpfEnabled();

    /**
     * {@code Tunnel} or {@code DSR}.
     *
     * @return how BPF mode forwards traffic to services from outside the cluster; empty when not set
     */
    Optional<String> bpfExternalServiceMode();

    /** {@return {@code bpfKubeProxyIptablesCleanupEnabled} (kops 1.19+): env {@code FELIX_BPFKUBEPROXYIPTABLESCLEANUPENABLED}; default false} */
    Optional<Boolean> bpfKubeProxyIptablesCleanupEnabled();

    /**
     * {@code Off}, {@code Info} or {@code Debug}.
     *
     * @return Felix's log level for its BPF programs; empty when not set
     */
    Optional<String> bpfLogLevel();

    /**
     * {@code insert} or {@code append}.
     *
     * @return the Felix chain insert mode; empty when not set
     */
    Optional<String> chainInsertMode();

    /**
     * A Kubernetes quantity such as {@code 100m}.
     *
     * @return the calico-node CPU request; empty when not set
     */
    Optional<String> cpuRequest();

    /**
     * v1alpha2 only; no effect from kops 1.22.
     *
     * @return the v1alpha2 {@code crossSubnet} flag; empty when not set
     */
    Optional<Boolean> crossSubnet();

    /**
     * {@code ipip}, {@code vxlan} or {@code none}; see {@link EncapsulationMode}.
     *
     * @return how pod traffic between nodes is encapsulated; empty when not set
     */
    Optional<String> encapsulationMode();

    /**
     * {@code Always}, {@code CrossSubnet} or {@code Never}; see {@link PoolMode}.
     *
     * @return the IP-in-IP mode of the default IP pool; empty when not set
     */
    Optional<String> ipipMode();

    /**
     * {@code Always}, {@code CrossSubnet} or {@code Never}; see {@link PoolMode}.
     *
     * @return the VXLAN mode of the default IP pool; empty when not set
     */
    Optional<String> vxlanMode();

    /** {@return {@code ipv4AutoDetectionMethod} (kops 1.19+): env {@code IP_AUTODETECTION_METHOD}, e.g. {@code first-found} or {@code can-reach=8.8.8.8}; default {@code first-found} ({@code none} on IPv6-only clusters, 1.23+)} */
    Optional<String> ipv4AutoDetectionMethod();

    /** {@return {@code ipv6AutoDetectionMethod} (kops 1.19+): env {@code IP6_AUTODETECTION_METHOD}; default {@code first-found} through 1.22, from 1.23 {@code none} ({@code first-found} on IPv6-only clusters)} */
    Optional<String> ipv6AutoDetectionMethod();

    /**
     * {@code Auto}, {@code Legacy} or {@code NFT}.
     *
     * @return the Felix iptables backend; empty when not set
     */
    Optional<String> iptablesBackend();

    /** {@return {@code logSeverityScreen}: env {@code FELIX_LOGSEVERITYSCREEN}; default {@code info}} */
    Optional<String> logSeverityScreen();

    /** {@return {@code mtu}: the veth MTU in bytes (ConfigMap {@code veth_mtu}); default 1440 in kops 1.18 (1430 on OpenStack), 0 (auto) from 1.19} */
    Optional<Integer> mtu();

    /**
     * {@code Disabled}, {@code Enabled} or {@code Auto} (kops 1.36+).
     *
     * @return the Felix nftables mode; empty when not set
     */
    Optional<String> nftablesMode();

    /** {@return {@code prometheusMetricsEnabled}: env {@code FELIX_PROMETHEUSMETRICSENABLED}, and when true a {@code metrics} container port; default false} */
    Optional<Boolean> prometheusMetricsEnabled();

    /** {@return {@code prometheusMetricsPort}: Felix's metrics port; default 9091} */
    Optional<Integer> prometheusMetricsPort();

    /** {@return {@code prometheusGoMetricsEnabled}: env {@code FELIX_PROMETHEUSGOMETRICSENABLED}; rendered {@code true} whatever the value in kops 1.18–1.19, default false from 1.20} */
    Optional<Boolean> prometheusGoMetricsEnabled();

    /** {@return {@code prometheusProcessMetricsEnabled}: env {@code FELIX_PROMETHEUSPROCESSMETRICSENABLED}; rendered {@code true} whatever the value in kops 1.18–1.19, default false from 1.20} */
    Optional<Boolean> prometheusProcessMetricsEnabled();

    /**
     * {@code v3}; kops 1.18–1.22 only.
     *
     * @return the Calico major version; empty when not set
     */
    Optional<String> majorVersion();

    /** {@return {@code typhaPrometheusMetricsEnabled}: Typha env {@code TYPHA_PROMETHEUSMETRICSENABLED}; default false} */
    Optional<Boolean> typhaPrometheusMetricsEnabled();

    /** {@return {@code typhaPrometheusMetricsPort}: Typha's metrics port; default 9093} */
    Optional<Integer> typhaPrometheusMetricsPort();

    /** {@return {@code typhaReplicas}: replicas of the Typha Deployment; above 0 renders the Typha objects, below 0 is invalid; default 0 (no Typha)} */
    Optional<Integer> typhaReplicas();

    /** {@return {@code wireguardEnabled} (kops 1.19+): env {@code FELIX_WIREGUARDENABLED}; forbidden on IPv6-only clusters from 1.26; default false} */
    Optional<Boolean> wireguardEnabled();

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

    /** Builds a {@link CalicoSpec}; the enum overloads write the value kops expects. */
    final class Builder extends ImmutableCalicoSpec.Builder {
        Builder() {
        }

        /**
         * Sets {@code encapsulationMode} to the value of a {@link EncapsulationMode}.
         *
         * @param mode the value
         * @return this builder
         */
        public Builder encapsulationMode(EncapsulationMode mode) { return encapsulationMode(mode.value()); }

        /**
         * Sets {@code ipipMode} to the value of a {@link PoolMode}.
         *
         * @param mode the value
         * @return this builder
         */
        public Builder ipipMode(PoolMode mode) { return ipipMode(mode.value()); }

        /**
         * Sets {@code vxlanMode} to the value of a {@link PoolMode}.
         *
         * @param mode the value
         * @return this builder
         */
        public Builder vxlanMode(PoolMode mode) { return vxlanMode(mode.value()); }
    }
}
