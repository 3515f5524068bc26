package dev.podnet.api.provider;

import dev.podnet.api.internal.AllowNulls;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code spec.networking.cilium}: Cilium (every kops release; the default provider from 1.26), including
 * {@code cilium-etcd} ({@link #etcdManaged()}) and Cilium ENI ({@code ipam: eni}). Every field any kops
 * release had, in v1alpha2 and, where the key differs, v1alpha3 spelling (both are modelled so that each
 * key is written back as it was read): {@code disableMasquerade}/{@code masquerade},
 * {@code IPTablesRulesNoinstall}/{@code installIptablesRules}, {@code toFqdns...}/{@code toFQDNs...}. The
 * fields marked "Unused" were never implemented by kops and are dropped at conversion from 1.23.
 * Enumerated values are kept as the strings the user wrote.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface CiliumSpec extends ProviderSpec {

    /** {@code ipam} values; {@code eni} is Cilium ENI (AWS only). */
    enum Ipam {
        /** {@code kubernetes}. */
        KUBERNETES("kubernetes"),
        /** {@code crd}. */
        CRD("crd"),
        /** {@code eni}. */
        ENI("eni"),
        /** {@code hostscope}. */
        HOSTSCOPE("hostscope");

        private final String value;

        Ipam(String value) { this.value = value; }

        /** {@return the value as written in YAML} */
        public String value() { return value; }
    }

    /** {@code tunnel} values. */
    enum Tunnel {
        /** {@code vxlan}. */
        VXLAN("vxlan"),
        /** {@code geneve}. */
        GENEVE("geneve"),
        /** {@code disabled}. */
        DISABLED("disabled");

        private final String value;

        Tunnel(String value) { this.value = value; }

        /** {@return the value as written in YAML} */
        public String value() { return value; }
    }

    /** {@code encryptionType} values. */
    enum EncryptionType {
        /** {@code ipsec}. */
        IPSEC("ipsec"),
        /** {@code wireguard}. */
        WIREGUARD("wireguard");

        private final String value;

        EncryptionType(String value) { this.value = value; }

        /** {@return the value as written in YAML} */
        public String value() { return value; }
    }

    /** {@code identityAllocationMode} values. */
    enum IdentityAllocationMode {
        /** {@code crd}. */
        CRD("crd"),
        /** {@code kvstore}. */
        KVSTORE("kvstore");

        private final String value;

        IdentityAllocationMode(String value) { this.value = value; }

        /** {@return the value as written in YAML} */
        public String value() { return value; }
    }

    /** {@code monitorAggregation} values. */
    enum MonitorAggregation {
        /** {@code low}. */
        LOW("low"),
        /** {@code medium}. */
        MEDIUM("medium"),
        /** {@code maximum}. */
        MAXIMUM("maximum");

        private final String value;

        MonitorAggregation(String value) { this.value = value; }

        /** {@return the value as written in YAML} */
        public String value() { return value; }
    }

    /** {@code enablePolicy} values. */
    enum EnablePolicy {
        /** {@code default}. */
        DEFAULT("default"),
        /** {@code always}. */
        ALWAYS("always"),
        /** {@code never}. */
        NEVER("never");

        private final String value;

        EnablePolicy(String value) { this.value = value; }

        /** {@return the value as written in YAML} */
        public String value() { return value; }
    }

    /** {@code bpfLBAlgorithm} values. */
    enum BpfLbAlgorithm {
        /** {@code random}. */
        RANDOM("random"),
        /** {@code maglev}. */
        MAGLEV("maglev");

        private final String value;

        BpfLbAlgorithm(String value) { this.value = value; }

        /** {@return the value as written in YAML} */
        public String value() { return value; }
    }

    /** {@code toFqdnsDnsRejectResponseCode} values. */
    enum DnsRejectResponseCode {
        /** {@code refused}. */
        REFUSED("refused"),
        /** {@code nameError}. */
        NAME_ERROR("nameError");

        private final String value;

        DnsRejectResponseCode(String value) { this.value = value; }

        /** {@return the value as written in YAML} */
        public String value() { return value; }
    }

    /** {@code containerRuntimeLabels} values (kops 1.18–1.22). */
    enum ContainerRuntimeLabels {
        /** {@code none}. */
        NONE("none"),
        /** {@code containerd}. */
        CONTAINERD("containerd"),
        /** {@code crio}. */
        CRIO("crio"),
        /** {@code docker}. */
        DOCKER("docker"),
        /** {@code auto}. */
        AUTO("auto");

        private final String value;

        ContainerRuntimeLabels(String value) { this.value = value; }

        /** {@return the value as written in YAML} */
        public String value() { return value; }
    }

    @Override
    default ProviderKind kind() { return ProviderKind.CILIUM; }

    /**
     * Image registry of the Cilium images (kops 1.28+); the template uses {@code quay.io}.
     *
     * @return the registry host, e.g. {@code quay.io}; empty when not set
     */
    Optional<String> registry();

    /**
     * Image tag of every Cilium image, e.g. {@code v1.16.7}; must start with {@code v}. The default depends on the
     * kops release; it also chose the template in kops 1.19–1.24.
     *
     * @return the image tag, e.g. {@code v1.16.7}; empty when not set
     */
    Optional<String> version();

    /**
     * A Kubernetes quantity; agent and operator memory request (kops 1.21+). Default {@code 128Mi}.
     *
     * @return the memory each agent and operator pod requests; empty when not set
     */
    Optional<String> memoryRequest();

    /**
     * A Kubernetes quantity; agent and operator CPU request (kops 1.21+). Default {@code 25m}.
     *
     * @return the CPU each agent and operator pod requests; empty when not set
     */
    Optional<String> cpuRequest();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<String> accessLog();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the values as read, in order, kept only to be written back (kops never uses it); empty when not set
     */
    List<String> agentLabels();

    /**
     * Agent Prometheus port (Go {@code int}). Default 9090.
     *
     * @return the agent metrics port; empty when not set
     */
    Optional<Long> agentPrometheusPort();

    /**
     * Metrics to add ({@code +x}) or remove ({@code -x}) from the agent's default list (kops 1.24+).
     *
     * @return the {@code +name}/{@code -name} entries in the order written; empty when none is given
     */
    List<String> metrics();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<String> allowLocalhost();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<Boolean> autoIpv6NodeRoutes();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<String> bpfRoot();

    /**
     * {@code cni-chaining-mode} (kops 1.23+), e.g. {@code portmap}.
     *
     * @return the CNI plugin Cilium is chained behind; empty when not set
     */
    Optional<String> chainingMode();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the values as read, in order, kept only to be written back (kops never uses it); empty when not set
     */
    List<String> containerRuntime();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the entries as read, kept only to be written back (kops never uses it); empty when not set
     */
    Map<String, String> containerRuntimeEndpoint();

    /**
     * Runs Cilium in debug mode.
     *
     * @return whether debug mode is on; empty when not set
     */
    Optional<Boolean> debug();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the values as read, in order, kept only to be written back (kops never uses it); empty when not set
     */
    List<String> debugVerbose();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<String> device();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<Boolean> disableConntrack();

    /**
     * {@code disable-endpoint-crd} (kops 1.22+). Default false.
     *
     * @return whether the CiliumEndpoint CRD is disabled; empty when not set
     */
    Optional<Boolean> disableEndpointCRD();

    /**
     * Unused: deprecated, no effect; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<Boolean> disableIpv4();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<Boolean> disableK8sServices();

    /**
     * {@code default}, {@code always} or {@code never}; see {@link EnablePolicy}. Agent env {@code
     * CILIUM_ENABLE_POLICY} through kops 1.33; ignored from 1.34.
     *
     * @return the policy enforcement mode; empty when not set
     */
    Optional<String> enablePolicy();

    /**
     * {@code enable-l7-proxy} (kops 1.22+). Default true.
     *
     * @return whether the L7 proxy is on; empty when not set
     */
    Optional<Boolean> enableL7Proxy();

    /**
     * {@code enable-local-redirect-policy} (kops 1.31+). Default false.
     *
     * @return whether local redirect policies are on; empty when not set
     */
    Optional<Boolean> enableLocalRedirectPolicy();

    /**
     * {@code enable-bpf-masquerade} (kops 1.22+). Default false; from kops 1.26 true when {@code ipam} is {@code
     * eni}.
     *
     * @return whether masquerading is done in BPF; empty when not set
     */
    Optional<Boolean> enableBPFMasquerade();

    /**
     * {@code enable-endpoint-health-checking} (kops 1.22+). Default true.
     *
     * @return whether endpoint health checking is on; empty when not set
     */
    Optional<Boolean> enableEndpointHealthChecking();

    /**
     * {@code enable-host-firewall} (kops 1.36+). Default false.
     *
     * @return whether the host firewall is on; empty when not set
     */
    Optional<Boolean> enableHostFirewall();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<Boolean> enableTracing();

    /**
     * Turns on the agent and operator metrics endpoints, ports and Service.
     *
     * @return whether the metrics endpoints are on; empty when not set
     */
    Optional<Boolean> enablePrometheusMetrics();

    /**
     * IPsec or WireGuard encryption (kops 1.19+); see {@link #encryptionType()}.
     *
     * @return whether encryption is on; empty when not set
     */
    Optional<Boolean> enableEncryption();

    /**
     * {@code ipsec} or {@code wireguard} (kops 1.22+); see {@link EncryptionType}. Defaulted to {@code ipsec} when
     * encryption is enabled.
     *
     * @return the encryption Cilium uses between pods; empty when not set
     */
    Optional<String> encryptionType();

    /**
     * {@code encrypt-node} (kops 1.29+). Default false.
     *
     * @return whether node-to-node traffic is encrypted too; empty when not set
     */
    Optional<Boolean> nodeEncryption();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<String> envoyLog();

    /**
     * {@code crd} (default) or {@code kvstore} (kops 1.22+; {@code kvstore} needs {@code etcdManaged}); see {@link
     * IdentityAllocationMode}.
     *
     * @return where Cilium keeps security identities; empty when not set
     */
    Optional<String> identityAllocationMode();

    /**
     * A Go duration string such as {@code 5s} (kops 1.22+; the Go type is string). Default {@code 5s}.
     *
     * @return the grace period, e.g. {@code 5s}; empty when not set
     */
    Optional<String> identityChangeGracePeriod();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<Long> ipv4ClusterCidrMaskSize();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<String> ipv4Node();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<String> ipv4Range();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<String> ipv4ServiceRange();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<String> ipv6ClusterAllocCidr();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<String> ipv6Node();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<String> ipv6Range();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<String> ipv6ServiceRange();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<String> k8sApiServer();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<String> k8sKubeconfigPath();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<Boolean> keepBpfTemplates();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<Boolean> keepConfig();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<String> labelPrefixFile();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the values as read, in order, kept only to be written back (kops never uses it); empty when not set
     */
    List<String> labels();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<String> lb();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<String> libDir();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23 (Go field {@code LogDrivers}).
     *
     * @return the values as read, in order, kept only to be written back (kops never uses it); empty when not set
     */
    List<String> logDriver();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the entries as read, kept only to be written back (kops never uses it); empty when not set
     */
    Map<String, String> logOpt();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<Boolean> logstash();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<String> logstashAgent();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23 (Go {@code uint32}).
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<Long> logstashProbeTimer();

    /**
     * v1alpha2 spelling: disables masquerading behind the node IP. kops 1.23+ converts it to the inverted {@link
     * #masquerade()}. With {@code ipam: eni} it had to be true through kops 1.22.
     *
     * @return whether masquerading is disabled; empty when not set
     */
    Optional<Boolean> disableMasquerade();

    /**
     * v1alpha3 spelling (kops 1.23+) of the inverse of {@link #disableMasquerade()}. Defaulted from the IP family
     * and IPAM mode.
     *
     * @return whether masquerading is on; empty when not set
     */
    Optional<Boolean> masquerade();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<String> nat46Range();

    /**
     * Extra annotations on the agent pods (kops 1.23+).
     *
     * @return the annotations in the order written; empty when none is given
     */
    Map<String, String> agentPodAnnotations();

    /**
     * Extra annotations on the operator pods (kops 1.27+).
     *
     * @return the annotations in the order written; empty when none is given
     */
    Map<String, String> operatorPodAnnotations();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<Boolean> pprof();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<String> prefilterDevice();

    /**
     * Unused: deprecated, no effect (use enablePrometheusMetrics and agentPrometheusPort); dropped at conversion
     * from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<String> prometheusServeAddr();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<Boolean> restore();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<Boolean> singleClusterRoute();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<String> socketPath();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<String> stateDir();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23 (Go field {@code TracePayloadLen}).
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<Long> tracePayloadlen();

    /**
     * {@code vxlan}, {@code geneve} or {@code disabled}; see {@link Tunnel}. Defaulted to {@code disabled} for ENI
     * IPAM (1.21+) and IPv6-only (1.23+), else {@code vxlan}.
     *
     * @return the tunnel mode; empty when not set
     */
    Optional<String> tunnel();

    /**
     * kops 1.18 template only ({@code enable-ipv6}); unused later, dropped at conversion from kops 1.23.
     *
     * @return the {@code enable-ipv6} flag; empty when not set
     */
    Optional<Boolean> enableipv6();

    /**
     * kops 1.18 template only ({@code enable-ipv4}); unused later, dropped at conversion from kops 1.23.
     *
     * @return the {@code enable-ipv4} flag; empty when not set
     */
    Optional<Boolean> enableipv4();

    /**
     * {@code low}, {@code medium} (default) or {@code maximum}; see {@link MonitorAggregation}.
     *
     * @return the monitor aggregation level; empty when not set
     */
    Optional<String> monitorAggregation();

    /**
     * Go {@code int}. Default 524288; ignored from kops 1.34.
     *
     * @return the TCP connection-tracking table size; empty when not set
     */
    Optional<Long> bpfCTGlobalTCPMax();

    /**
     * Go {@code int}. Default 262144; ignored from kops 1.34.
     *
     * @return the non-TCP connection-tracking table size; empty when not set
     */
    Optional<Long> bpfCTGlobalAnyMax();

    /**
     * {@code random} (default) or {@code maglev} (kops 1.22+); see {@link BpfLbAlgorithm}. Ignored from kops 1.34.
     *
     * @return the load-balancing algorithm; empty when not set
     */
    Optional<String> bpfLBAlgorithm();

    /**
     * Maglev table size as a string (kops 1.22+). Default {@code 16381}; ignored from kops 1.34.
     *
     * @return the number of Maglev lookup-table entries per service, as a string; empty when not set
     */
    Optional<String> bpfLBMaglevTableSize();

    /**
     * Go {@code int} (kops 1.22+). Default 524288; ignored from kops 1.34.
     *
     * @return the NAT table size; empty when not set
     */
    Optional<Long> bpfNATGlobalMax();

    /**
     * Go {@code int} (kops 1.22+). Default 524288; ignored from kops 1.34.
     *
     * @return the neighbour table size; empty when not set
     */
    Optional<Long> bpfNeighGlobalMax();

    /**
     * Go {@code int} (kops 1.22+). Default 16384; fixed in the manifest from kops 1.34.
     *
     * @return the policy map size; empty when not set
     */
    Optional<Long> bpfPolicyMapMax();

    /**
     * Go {@code int} (kops 1.22+). Default 65536; fixed in the manifest from kops 1.34.
     *
     * @return the load-balancer map size; empty when not set
     */
    Optional<Long> bpfLBMapMax();

    /**
     * {@code bpf-lb-sock} (kops 1.36+). Default false.
     *
     * @return whether socket load balancing is on; empty when not set
     */
    Optional<Boolean> bpfLBSock();

    /**
     * {@code bpf-lb-sock-hostns-only} (kops 1.23+; not rendered in 1.34–1.35; needs bpfLBSock from 1.36).
     *
     * @return whether socket load balancing is limited to the host namespace; empty when not set
     */
    Optional<Boolean> bpfLBSockHostNSOnly();

    /**
     * {@code preallocate-bpf-maps}. Default false.
     *
     * @return whether BPF maps are preallocated; empty when not set
     */
    Optional<Boolean> preallocateBPFMaps();

    /**
     * Default {@code cilium/istio_proxy}; ignored from kops 1.34.
     *
     * @return the Istio sidecar image name; empty when not set
     */
    Optional<String> sidecarIstioProxyImage();

    /**
     * Cluster mesh name. Default {@code default}.
     *
     * @return the cluster mesh name; empty when not set
     */
    Optional<String> clusterName();

    /**
     * Cluster mesh ID, 1–255 (kops 1.28+; Go {@code uint8}); 0 omits the key.
     *
     * @return the cluster mesh ID; empty when not set
     */
    Optional<Integer> clusterID();

    /**
     * v1alpha2 spelling: {@code refused} (default) or {@code nameError}; see {@link DnsRejectResponseCode}.
     *
     * @return the DNS reject response code; empty when not set
     */
    Optional<String> toFqdnsDnsRejectResponseCode();

    /**
     * v1alpha3 spelling of {@link #toFqdnsDnsRejectResponseCode()}.
     *
     * @return the DNS reject response code; empty when not set
     */
    Optional<String> toFQDNsDNSRejectResponseCode();

    /**
     * v1alpha2 spelling. Default false; ignored from kops 1.34.
     *
     * @return whether the FQDN poller is on; empty when not set
     */
    Optional<Boolean> toFqdnsEnablePoller();

    /**
     * v1alpha3 spelling of {@link #toFqdnsEnablePoller()}.
     *
     * @return whether the FQDN poller is on; empty when not set
     */
    Optional<Boolean> toFQDNsEnablePoller();

    /**
     * {@code none}, {@code containerd}, {@code crio}, {@code docker} or {@code auto}; see {@link
     * ContainerRuntimeLabels}. Used through kops 1.22 (default {@code none} in 1.19–1.22).
     *
     * @return the container runtime label source; empty when not set
     */
    Optional<String> containerRuntimeLabels();

    /**
     * {@code kubernetes}, {@code crd}, {@code eni} (Cilium ENI, AWS only) or {@code hostscope}; see {@link Ipam}.
     * Default {@code kubernetes} (1.22+).
     *
     * @return the IPAM mode; empty when not set
     */
    Optional<String> ipam();

    /**
     * v1alpha2 spelling (YAML key {@code IPTablesRulesNoinstall}): do not install the base iptables rules. kops
     * 1.23+ converts it to the inverted {@link #installIptablesRules()}.
     *
     * @return whether the base iptables rules are left out; empty when not set
     */
    Optional<Boolean> iptablesRulesNoinstall();

    /**
     * v1alpha3 spelling (kops 1.23+) of the inverse of {@link #iptablesRulesNoinstall()}; unset renders true.
     * Ignored from kops 1.34.
     *
     * @return whether the base iptables rules are installed; empty when not set
     */
    Optional<Boolean> installIptablesRules();

    /**
     * {@code auto-direct-node-routes}. Default false.
     *
     * @return whether direct routes to the other nodes are installed; empty when not set
     */
    Optional<Boolean> autoDirectNodeRoutes();

    /**
     * kops 1.21–1.33 (ignored from 1.34). Default false.
     *
     * @return whether services are reachable from the host namespace; empty when not set
     */
    Optional<Boolean> enableHostReachableServices();

    /**
     * Cilium's kube-proxy replacement; requires {@code spec.kubeProxy.enabled: false}. Not defaulted; {@code kops
     * create cluster} sets it.
     *
     * @return whether Cilium replaces kube-proxy; empty when not set
     */
    Optional<Boolean> enableNodePort();

    /**
     * Use a kops-managed etcd cluster named {@code cilium} as the kvstore ({@code --networking cilium-etcd}).
     *
     * @return whether Cilium uses the kops-managed {@code cilium} etcd cluster; empty when not set
     */
    Optional<Boolean> etcdManaged();

    /**
     * kops 1.17+. Default true; ignored from kops 1.34.
     *
     * @return whether remote nodes get their own identity; empty when not set
     */
    Optional<Boolean> enableRemoteNodeIdentity();

    /**
     * kops 1.27+. Default false; ignored from kops 1.34.
     *
     * @return whether unreachable routes are installed for deleted pods; empty when not set
     */
    Optional<Boolean> enableUnreachableRoutes();

    /**
     * {@code cni-exclusive} (kops 1.32+). Default true.
     *
     * @return whether Cilium removes other CNI configurations; empty when not set
     */
    Optional<Boolean> cniExclusive();

    /**
     * Hubble (kops 1.19+); see {@link HubbleSpec}.
     *
     * @return the Hubble settings; empty when there is no {@code hubble} block
     */
    Optional<HubbleSpec> hubble();

    /**
     * kops 1.23+. Default true; ignored from kops 1.34.
     *
     * @return whether CiliumNetworkPolicy status updates are disabled; empty when not set
     */
    Optional<Boolean> disableCNPStatusUpdates();

    /**
     * Topology-aware hints (kops 1.23+). Default false.
     *
     * @return whether topology-aware hints are on; empty when not set
     */
    Optional<Boolean> enableServiceTopology();

    /**
     * Cilium Ingress (kops 1.29+); see {@link CiliumIngressSpec}.
     *
     * @return the ingress settings; empty when there is no {@code ingress} block
     */
    Optional<CiliumIngressSpec> ingress();

    /**
     * Gateway API support (kops 1.32+); see {@link CiliumGatewayApiSpec}.
     *
     * @return the Gateway API settings; empty when there is no {@code gatewayAPI} block
     */
    Optional<CiliumGatewayApiSpec> gatewayAPI();

    /**
     * Extra {@code cilium-config} keys, appended last (kops 1.36+); they may override earlier keys.
     *
     * @return the extra {@code cilium-config} keys and values in the order written; empty when none is given
     */
    Map<String, String> extraConfig();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<Boolean> removeCbrBridge();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<Boolean> restartPods();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<Boolean> reconfigureKubelet();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<String> nodeInitBootstrapFile();

    /**
     * Unused: never implemented; dropped at conversion from kops 1.23.
     *
     * @return the value as read, kept only to be written back (kops never uses it); empty when not set
     */
    Optional<String> cniBinPath();

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

    /** Builds a {@link CiliumSpec}; the enum overloads write the value kops expects. */
    final class Builder extends ImmutableCiliumSpec.Builder {
        Builder() {
        }

        /**
         * Sets {@code ipam} to the value of a {@link Ipam}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder ipam(Ipam value) { return ipam(value.value()); }

        /**
         * Sets {@code tunnel} to the value of a {@link Tunnel}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder tunnel(Tunnel value) { return tunnel(value.value()); }

        /**
         * Sets {@code encryptionType} to the value of a {@link EncryptionType}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder encryptionType(EncryptionType value) { return encryptionType(value.value()); }

        /**
         * Sets {@code identityAllocationMode} to the value of a {@link IdentityAllocationMode}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder identityAllocationMode(IdentityAllocationMode value) {
            return identityAllocationMode(value.value());
        }

        /**
         * Sets {@code monitorAggregation} to the value of a {@link MonitorAggregation}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder monitorAggregation(MonitorAggregation value) { return monitorAggregation(value.value()); }

        /**
         * Sets {@code enablePolicy} to the value of a {@link EnablePolicy}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder enablePolicy(EnablePolicy value) { return enablePolicy(value.value()); }

        /**
         * Sets {@code bpfLBAlgorithm} to the value of a {@link BpfLbAlgorithm}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder bpfLBAlgorithm(BpfLbAlgorithm value) { return bpfLBAlgorithm(value.value()); }

        /**
         * Sets {@code toFqdnsDnsRejectResponseCode} to the value of a {@link DnsRejectResponseCode}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder toFqdnsDnsRejectResponseCode(DnsRejectResponseCode value) {
            return toFqdnsDnsRejectResponseCode(value.value());
        }

        /**
         * Sets {@code toFQDNsDNSRejectResponseCode} to the value of a {@link DnsRejectResponseCode}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder toFQDNsDNSRejectResponseCode(DnsRejectResponseCode value) {
            return toFQDNsDNSRejectResponseCode(value.value());
        }

        /**
         * Sets {@code containerRuntimeLabels} to the value of a {@link ContainerRuntimeLabels}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder containerRuntimeLabels(ContainerRuntimeLabels value) {
            return containerRuntimeLabels(value.value());
        }
    }
}
