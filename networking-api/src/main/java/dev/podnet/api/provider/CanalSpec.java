package dev.podnet.api.provider;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code spec.networking.canal}: Canal (Calico policy + Flannel VXLAN). Supported in kops 1.18–1.33
 * (Forbidden for Kubernetes 1.22+ in kops 1.22 only, and for Kubernetes 1.28+ in 1.28–1.33); removed
 * in 1.34. Every field kops ever had for Canal, in v1alpha2 and v1alpha3 spelling; enumerated values
 * are kept as the strings the user wrote.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface CanalSpec extends ProviderSpec {

    /** {@code chainInsertMode} values. */
    enum ChainInsertMode {
        /** {@code insert}. */
        INSERT("insert"),
        /** {@code append}. */
        APPEND("append");

        private final String value;

        ChainInsertMode(String value) { this.value = value; }

        /** {@return the value as written in YAML} */
        public String value() { return value; }
    }

    /** {@code defaultEndpointToHostAction} values. */
    enum EndpointToHostAction {
        /** {@code ACCEPT}. */
        ACCEPT("ACCEPT"),
        /** {@code DROP}. */
        DROP("DROP"),
        /** {@code RETURN}. */
        RETURN("RETURN");

        private final String value;

        EndpointToHostAction(String value) { this.value = value; }

        /** {@return the value as written in YAML} */
        public String value() { return value; }
    }

    /** {@code iptablesBackend} values. */
    enum IptablesBackend {
        /** {@code Auto}. */
        AUTO("Auto"),
        /** {@code Legacy}. */
        LEGACY("Legacy"),
        /** {@code NFT}. */
        NFT("NFT");

        private final String value;

        IptablesBackend(String value) { this.value = value; }

        /** {@return the value as written in YAML} */
        public String value() { return value; }
    }

    /** {@code logSeveritySys} values (the ones kops validates). */
    enum LogSeverity {
        /** {@code INFO}. */
        INFO("INFO"),
        /** {@code DEBUG}. */
        DEBUG("DEBUG"),
        /** {@code WARNING}. */
        WARNING("WARNING"),
        /** {@code ERROR}. */
        ERROR("ERROR"),
        /** {@code CRITICAL}. */
        CRITICAL("CRITICAL"),
        /** {@code NONE}. */
        NONE("NONE");

        private final String value;

        LogSeverity(String value) { this.value = value; }

        /** {@return the value as written in YAML} */
        public String value() { return value; }
    }

    @Override
    default ProviderKind kind() { return ProviderKind.CANAL; }

    /**
     * {@code insert} (default) or {@code append}; see {@link ChainInsertMode}.
     *
     * @return the Felix chain insert mode; empty when not set
     */
    Optional<String> chainInsertMode();

    /**
     * A Kubernetes quantity; calico-node CPU request. Default {@code 100m}.
     *
     * @return the calico-node CPU request; empty when not set
     */
    Optional<String> cpuRequest();

    /**
     * {@code ACCEPT} (default), {@code DROP} or {@code RETURN}; see {@link EndpointToHostAction}.
     *
     * @return the Felix endpoint-to-host action; empty when not set
     */
    Optional<String> defaultEndpointToHostAction();

    /**
     * v1alpha2 spelling: when true, flannel gets {@code FLANNELD_IPTABLES_FORWARD_RULES="false"}.
     * kops 1.23+ converts it to the inverted {@link #flanneldIptablesForwardRules()}.
     *
     * @return whether flannel's forward rules are disabled; empty when not set
     */
    Optional<Boolean> disableFlannelForwardRules();

    /**
     * v1alpha3 spelling (kops 1.23+) of the inverse of {@link #disableFlannelForwardRules()}; default
     * true.
     *
     * @return whether flanneld installs its iptables forward rules; empty when not set
     */
    Optional<Boolean> flanneldIptablesForwardRules();

    /**
     * Deprecated in kops 1.19 and without effect (v1alpha2).
     *
     * @return whether TX checksum offloading is to be disabled (no effect); empty when not set
     */
    Optional<Boolean> disableTxChecksumOffloading();

    /**
     * {@code Auto} (default), {@code Legacy} or {@code NFT}; see {@link IptablesBackend}.
     *
     * @return the Felix iptables backend; empty when not set
     */
    Optional<String> iptablesBackend();

    /**
     * {@code INFO}, {@code DEBUG}, {@code WARNING}, {@code ERROR}, {@code CRITICAL} or {@code NONE}; see
     * {@link LogSeverity}. Despite its name, kops renders it as calico-node env
     * {@code FELIX_LOGSEVERITYSCREEN} (Felix's log level for stdout), not {@code FELIX_LOGSEVERITYSYS}
     * (kops-oracle, kops 1.19, 1.24 and 1.30). Unset, the template's own level applies: {@code INFO} in
     * the k8s-1.9, k8s-1.12 and k8s-1.15 templates, {@code info} from k8s-1.16.
     *
     * @return the level Felix logs to stdout at; empty when not set
     */
    Optional<String> logSeveritySys();

    /**
     * {@code veth_mtu}: 1440 (OpenStack 1430) in the k8s-1.16 template, 0 (auto) in later ones.
     *
     * @return the veth MTU; empty when not set, and the template's value applies
     */
    Optional<Integer> mtu();

    /** {@return {@code prometheusGoMetricsEnabled}: env {@code FELIX_PROMETHEUSGOMETRICSENABLED}; the k8s-1.16 template renders {@code true} whatever the value, later templates default to false} */
    Optional<Boolean> prometheusGoMetricsEnabled();

    /** {@return {@code prometheusMetricsEnabled}: env {@code FELIX_PROMETHEUSMETRICSENABLED}; default false} */
    Optional<Boolean> prometheusMetricsEnabled();

    /**
     * Default 9091.
     *
     * @return the Felix metrics port; empty when not set
     */
    Optional<Integer> prometheusMetricsPort();

    /** {@return {@code prometheusProcessMetricsEnabled}: env {@code FELIX_PROMETHEUSPROCESSMETRICSENABLED}; the k8s-1.16 template renders {@code true} whatever the value, later templates default to false} */
    Optional<Boolean> prometheusProcessMetricsEnabled();

    /** {@return {@code typhaPrometheusMetricsEnabled}: Typha env {@code TYPHA_PROMETHEUSMETRICSENABLED}; default false} */
    Optional<Boolean> typhaPrometheusMetricsEnabled();

    /**
     * Default 9093.
     *
     * @return the port Typha serves Prometheus metrics on; empty when not set
     */
    Optional<Integer> typhaPrometheusMetricsPort();

    /**
     * Greater than 0 enables the Typha objects. Default 0.
     *
     * @return the number of Typha replicas; empty when not set
     */
    Optional<Integer> typhaReplicas();

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

    /** Builds a {@link CanalSpec}; the enum overloads write the value kops expects. */
    final class Builder extends ImmutableCanalSpec.Builder {
        Builder() {
        }

        /**
         * Sets {@code chainInsertMode} to the value of a {@link ChainInsertMode}.
         *
         * @param mode the value
         * @return this builder
         */
        public Builder chainInsertMode(ChainInsertMode mode) { return chainInsertMode(mode.value()); }

        /**
         * Sets {@code defaultEndpointToHostAction} to the value of a {@link EndpointToHostAction}.
         *
         * @param action the value
         * @return this builder
         */
        public Builder defaultEndpointToHostAction(EndpointToHostAction action) {
            return defaultEndpointToHostAction(action.value());
        }

        /**
         * Sets {@code iptablesBackend} to the value of a {@link IptablesBackend}.
         *
         * @param backend the value
         * @return this builder
         */
        public Builder iptablesBackend(IptablesBackend backend) { return iptablesBackend(backend.value()); }

        /**
         * Sets {@code logSeveritySys} to the value of a {@link LogSeverity}.
         *
         * @param severity the value
         * @return this builder
         */
        public Builder logSeveritySys(LogSeverity severity) { return logSeveritySys(severity.value()); }
    }
}
