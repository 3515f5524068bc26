package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.CiliumGatewayApiSpec;
import dev.podnet.api.provider.CiliumIngressSpec;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.api.provider.HubbleSpec;
import java.util.Map;

/** The YAML codec of {@code spec.networking.cilium}, following kops' Go type field for field. */
final class CiliumCodec {
    private CiliumCodec() {
    }

    static final ObjectCodec<HubbleSpec, HubbleSpec.Builder> HUBBLE = ObjectCodec.of(new HubbleFields());

    /** HubbleSpec's fields: each case names one, with its kind, getter and setter. */
    private static final class HubbleFields extends ObjectCodec.Fields<HubbleSpec, HubbleSpec.Builder> {
        @Override
        HubbleSpec.Builder builder() { return HubbleSpec.builder(); }

        @Override
        HubbleSpec build(HubbleSpec.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(HubbleSpec v) { return v.extraFields(); }

        @Override
        void extras(HubbleSpec.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, HubbleSpec v, HubbleSpec.Builder b) {
            switch (i) {
                case 0 -> { if (s.bool("enabled", v.enabled())) b.enabled(s.bool()); }
                case 1 -> { if (s.strings("metrics", v.metrics())) b.metrics(s.strings()); }
                default -> s.end();
            }
        }
    }

    static final ObjectCodec<CiliumIngressSpec, CiliumIngressSpec.Builder> CILIUM_INGRESS =
            ObjectCodec.of(new CiliumIngressFields());

    /** CiliumIngressSpec's fields: each case names one, with its kind, getter and setter. */
    private static final class CiliumIngressFields
            extends ObjectCodec.Fields<CiliumIngressSpec, CiliumIngressSpec.Builder> {
        @Override
        CiliumIngressSpec.Builder builder() { return CiliumIngressSpec.builder(); }

        @Override
        CiliumIngressSpec build(CiliumIngressSpec.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(CiliumIngressSpec v) { return v.extraFields(); }

        @Override
        void extras(CiliumIngressSpec.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, CiliumIngressSpec v, CiliumIngressSpec.Builder b) {
            switch (i) {
                case 0 -> { if (s.bool("enabled", v.enabled())) b.enabled(s.bool()); }
                case 1 -> { if (s.bool("enforceHttps", v.enforceHttps())) b.enforceHttps(s.bool()); }
                case 2 -> { if (s.bool("enableSecretsSync", v.enableSecretsSync())) b.enableSecretsSync(s.bool()); }
                case 3 -> { if (s.str("loadBalancerAnnotationPrefixes", v.loadBalancerAnnotationPrefixes()))
                        b.loadBalancerAnnotationPrefixes(s.string()); }
                case 4 -> { if (s.str("defaultLoadBalancerMode", v.defaultLoadBalancerMode()))
                        b.defaultLoadBalancerMode(s.string()); }
                case 5 -> { if (s.str("sharedLoadBalancerServiceName", v.sharedLoadBalancerServiceName()))
                        b.sharedLoadBalancerServiceName(s.string()); }
                default -> s.end();
            }
        }
    }

    static final ObjectCodec<CiliumGatewayApiSpec, CiliumGatewayApiSpec.Builder> CILIUM_GATEWAY_API =
            ObjectCodec.of(new CiliumGatewayApiFields());

    /** CiliumGatewayApiSpec's fields: each case names one, with its kind, getter and setter. */
    private static final class CiliumGatewayApiFields
            extends ObjectCodec.Fields<CiliumGatewayApiSpec, CiliumGatewayApiSpec.Builder> {
        @Override
        CiliumGatewayApiSpec.Builder builder() { return CiliumGatewayApiSpec.builder(); }

        @Override
        CiliumGatewayApiSpec build(CiliumGatewayApiSpec.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(CiliumGatewayApiSpec v) { return v.extraFields(); }

        @Override
        void extras(CiliumGatewayApiSpec.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, CiliumGatewayApiSpec v, CiliumGatewayApiSpec.Builder b) {
            switch (i) {
                case 0 -> { if (s.bool("enabled", v.enabled())) b.enabled(s.bool()); }
                case 1 -> { if (s.bool("enableSecretsSync", v.enableSecretsSync())) b.enableSecretsSync(s.bool()); }
                default -> s.end();
            }
        }
    }

    static final ObjectCodec<CiliumSpec, CiliumSpec.Builder> CODEC = ObjectCodec.of(new CodecFields());

    /** CiliumSpec's fields: each case names one, with its kind, getter and setter. */
    private static final class CodecFields extends ObjectCodec.Fields<CiliumSpec, CiliumSpec.Builder> {
        @Override
        CiliumSpec.Builder builder() { return CiliumSpec.builder(); }

        @Override
        CiliumSpec build(CiliumSpec.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(CiliumSpec v) { return v.extraFields(); }

        @Override
        void extras(CiliumSpec.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, CiliumSpec v, CiliumSpec.Builder b) {
            switch (i) {
                case 0 -> { if (s.str("registry", v.registry())) b.registry(s.string()); }
                case 1 -> { if (s.str("version", v.version())) b.version(s.string()); }
                case 2 -> { if (s.quantity("memoryRequest", v.memoryRequest())) b.memoryRequest(s.string()); }
                case 3 -> { if (s.quantity("cpuRequest", v.cpuRequest())) b.cpuRequest(s.string()); }
                case 4 -> { if (s.str("accessLog", v.accessLog())) b.accessLog(s.string()); }
                case 5 -> { if (s.strings("agentLabels", v.agentLabels())) b.agentLabels(s.strings()); }
                case 6 -> { if (s.int64("agentPrometheusPort", v.agentPrometheusPort()))
                        b.agentPrometheusPort(s.int64()); }
                case 7 -> { if (s.strings("metrics", v.metrics())) b.metrics(s.strings()); }
                case 8 -> { if (s.str("allowLocalhost", v.allowLocalhost())) b.allowLocalhost(s.string()); }
                case 9 -> { if (s.bool("autoIpv6NodeRoutes", v.autoIpv6NodeRoutes())) b.autoIpv6NodeRoutes(s.bool()); }
                case 10 -> { if (s.str("bpfRoot", v.bpfRoot())) b.bpfRoot(s.string()); }
                case 11 -> { if (s.str("chainingMode", v.chainingMode())) b.chainingMode(s.string()); }
                case 12 -> { if (s.strings("containerRuntime", v.containerRuntime())) b.containerRuntime(s.strings()); }
                case 13 -> { if (s.stringMap("containerRuntimeEndpoint", v.containerRuntimeEndpoint()))
                        b.containerRuntimeEndpoint(s.stringMap()); }
                case 14 -> { if (s.bool("debug", v.debug())) b.debug(s.bool()); }
                case 15 -> { if (s.strings("debugVerbose", v.debugVerbose())) b.debugVerbose(s.strings()); }
                case 16 -> { if (s.str("device", v.device())) b.device(s.string()); }
                case 17 -> { if (s.bool("disableConntrack", v.disableConntrack())) b.disableConntrack(s.bool()); }
                case 18 -> { if (s.bool("disableEndpointCRD", v.disableEndpointCRD())) b.disableEndpointCRD(s.bool()); }
                case 19 -> { if (s.bool("disableIpv4", v.disableIpv4())) b.disableIpv4(s.bool()); }
                case 20 -> { if (s.bool("disableK8sServices", v.disableK8sServices())) b.disableK8sServices(s.bool()); }
                case 21 -> { if (s.str("enablePolicy", v.enablePolicy())) b.enablePolicy(s.string()); }
                case 22 -> { if (s.bool("enableL7Proxy", v.enableL7Proxy())) b.enableL7Proxy(s.bool()); }
                case 23 -> { if (s.bool("enableLocalRedirectPolicy", v.enableLocalRedirectPolicy()))
                        b.enableLocalRedirectPolicy(s.bool()); }
                case 24 -> { if (s.bool("enableBPFMasquerade", v.enableBPFMasquerade()))
                        b.enableBPFMasquerade(s.bool()); }
                case 25 -> { if (s.bool("enableEndpointHealthChecking", v.enableEndpointHealthChecking()))
                        b.enableEndpointHealthChecking(s.bool()); }
                case 26 -> { if (s.bool("enableHostFirewall", v.enableHostFirewall())) b.enableHostFirewall(s.bool()); }
                case 27 -> { if (s.bool("enableTracing", v.enableTracing())) b.enableTracing(s.bool()); }
                case 28 -> { if (s.bool("enablePrometheusMetrics", v.enablePrometheusMetrics()))
                        b.enablePrometheusMetrics(s.bool()); }
                case 29 -> { if (s.bool("enableEncryption", v.enableEncryption())) b.enableEncryption(s.bool()); }
                case 30 -> { if (s.str("encryptionType", v.encryptionType())) b.encryptionType(s.string()); }
                case 31 -> { if (s.bool("nodeEncryption", v.nodeEncryption())) b.nodeEncryption(s.bool()); }
                case 32 -> { if (s.str("envoyLog", v.envoyLog())) b.envoyLog(s.string()); }
                case 33 -> { if (s.str("identityAllocationMode", v.identityAllocationMode()))
                        b.identityAllocationMode(s.string()); }
                case 34 -> { if (s.str("identityChangeGracePeriod", v.identityChangeGracePeriod()))
                        b.identityChangeGracePeriod(s.string()); }
                case 35 -> { if (s.int64("ipv4ClusterCidrMaskSize", v.ipv4ClusterCidrMaskSize()))
                        b.ipv4ClusterCidrMaskSize(s.int64()); }
                case 36 -> { if (s.str("ipv4Node", v.ipv4Node())) b.ipv4Node(s.string()); }
                case 37 -> { if (s.str("ipv4Range", v.ipv4Range())) b.ipv4Range(s.string()); }
                case 38 -> { if (s.str("ipv4ServiceRange", v.ipv4ServiceRange())) b.ipv4ServiceRange(s.string()); }
                case 39 -> { if (s.str("ipv6ClusterAllocCidr", v.ipv6ClusterAllocCidr()))
                        b.ipv6ClusterAllocCidr(s.string()); }
                case 40 -> { if (s.str("ipv6Node", v.ipv6Node())) b.ipv6Node(s.string()); }
                case 41 -> { if (s.str("ipv6Range", v.ipv6Range())) b.ipv6Range(s.string()); }
                case 42 -> { if (s.str("ipv6ServiceRange", v.ipv6ServiceRange())) b.ipv6ServiceRange(s.string()); }
                case 43 -> { if (s.str("k8sApiServer", v.k8sApiServer())) b.k8sApiServer(s.string()); }
                case 44 -> { if (s.str("k8sKubeconfigPath", v.k8sKubeconfigPath())) b.k8sKubeconfigPath(s.string()); }
                case 45 -> { if (s.bool("keepBpfTemplates", v.keepBpfTemplates())) b.keepBpfTemplates(s.bool()); }
                case 46 -> { if (s.bool("keepConfig", v.keepConfig())) b.keepConfig(s.bool()); }
                case 47 -> { if (s.str("labelPrefixFile", v.labelPrefixFile())) b.labelPrefixFile(s.string()); }
                case 48 -> { if (s.strings("labels", v.labels())) b.labels(s.strings()); }
                case 49 -> { if (s.str("lb", v.lb())) b.lb(s.string()); }
                case 50 -> { if (s.str("libDir", v.libDir())) b.libDir(s.string()); }
                case 51 -> { if (s.strings("logDriver", v.logDriver())) b.logDriver(s.strings()); }
                case 52 -> { if (s.stringMap("logOpt", v.logOpt())) b.logOpt(s.stringMap()); }
                case 53 -> { if (s.bool("logstash", v.logstash())) b.logstash(s.bool()); }
                case 54 -> { if (s.str("logstashAgent", v.logstashAgent())) b.logstashAgent(s.string()); }
                case 55 -> { if (s.int64("logstashProbeTimer", v.logstashProbeTimer()))
                        b.logstashProbeTimer(s.int64()); }
                case 56 -> { if (s.bool("disableMasquerade", v.disableMasquerade())) b.disableMasquerade(s.bool()); }
                case 57 -> { if (s.bool("masquerade", v.masquerade())) b.masquerade(s.bool()); }
                case 58 -> { if (s.str("nat46Range", v.nat46Range())) b.nat46Range(s.string()); }
                case 59 -> { if (s.stringMap("agentPodAnnotations", v.agentPodAnnotations()))
                        b.agentPodAnnotations(s.stringMap()); }
                case 60 -> { if (s.stringMap("operatorPodAnnotations", v.operatorPodAnnotations()))
                        b.operatorPodAnnotations(s.stringMap()); }
                case 61 -> { if (s.bool("pprof", v.pprof())) b.pprof(s.bool()); }
                case 62 -> { if (s.str("prefilterDevice", v.prefilterDevice())) b.prefilterDevice(s.string()); }
                case 63 -> { if (s.str("prometheusServeAddr", v.prometheusServeAddr()))
                        b.prometheusServeAddr(s.string()); }
                case 64 -> { if (s.bool("restore", v.restore())) b.restore(s.bool()); }
                case 65 -> { if (s.bool("singleClusterRoute", v.singleClusterRoute())) b.singleClusterRoute(s.bool()); }
                case 66 -> { if (s.str("socketPath", v.socketPath())) b.socketPath(s.string()); }
                case 67 -> { if (s.str("stateDir", v.stateDir())) b.stateDir(s.string()); }
                case 68 -> { if (s.int64("tracePayloadlen", v.tracePayloadlen())) b.tracePayloadlen(s.int64()); }
                case 69 -> { if (s.str("tunnel", v.tunnel())) b.tunnel(s.string()); }
                case 70 -> { if (s.bool("enableipv6", v.enableipv6())) b.enableipv6(s.bool()); }
                case 71 -> { if (s.bool("enableipv4", v.enableipv4())) b.enableipv4(s.bool()); }
                case 72 -> { if (s.str("monitorAggregation", v.monitorAggregation()))
                        b.monitorAggregation(s.string()); }
                case 73 -> { if (s.int64("bpfCTGlobalTCPMax", v.bpfCTGlobalTCPMax())) b.bpfCTGlobalTCPMax(s.int64()); }
                case 74 -> { if (s.int64("bpfCTGlobalAnyMax", v.bpfCTGlobalAnyMax())) b.bpfCTGlobalAnyMax(s.int64()); }
                case 75 -> { if (s.str("bpfLBAlgorithm", v.bpfLBAlgorithm())) b.bpfLBAlgorithm(s.string()); }
                case 76 -> { if (s.str("bpfLBMaglevTableSize", v.bpfLBMaglevTableSize()))
                        b.bpfLBMaglevTableSize(s.string()); }
                case 77 -> { if (s.int64("bpfNATGlobalMax", v.bpfNATGlobalMax())) b.bpfNATGlobalMax(s.int64()); }
                case 78 -> { if (s.int64("bpfNeighGlobalMax", v.bpfNeighGlobalMax())) b.bpfNeighGlobalMax(s.int64()); }
                case 79 -> { if (s.int64("bpfPolicyMapMax", v.bpfPolicyMapMax())) b.bpfPolicyMapMax(s.int64()); }
                case 80 -> { if (s.int64("bpfLBMapMax", v.bpfLBMapMax())) b.bpfLBMapMax(s.int64()); }
                case 81 -> { if (s.bool("bpfLBSock", v.bpfLBSock())) b.bpfLBSock(s.bool()); }
                case 82 -> { if (s.bool("bpfLBSockHostNSOnly", v.bpfLBSockHostNSOnly()))
                        b.bpfLBSockHostNSOnly(s.bool()); }
                case 83 -> { if (s.bool("preallocateBPFMaps", v.preallocateBPFMaps())) b.preallocateBPFMaps(s.bool()); }
                case 84 -> { if (s.str("sidecarIstioProxyImage", v.sidecarIstioProxyImage()))
                        b.sidecarIstioProxyImage(s.string()); }
                case 85 -> { if (s.str("clusterName", v.clusterName())) b.clusterName(s.string()); }
                case 86 -> { if (s.int32("clusterID", v.clusterID())) b.clusterID(s.int32()); }
                case 87 -> { if (s.str("toFqdnsDnsRejectResponseCode", v.toFqdnsDnsRejectResponseCode()))
                        b.toFqdnsDnsRejectResponseCode(s.string()); }
                case 88 -> { if (s.str("toFQDNsDNSRejectResponseCode", v.toFQDNsDNSRejectResponseCode()))
                        b.toFQDNsDNSRejectResponseCode(s.string()); }
                case 89 -> { if (s.bool("toFqdnsEnablePoller", v.toFqdnsEnablePoller()))
                        b.toFqdnsEnablePoller(s.bool()); }
                case 90 -> { if (s.bool("toFQDNsEnablePoller", v.toFQDNsEnablePoller()))
                        b.toFQDNsEnablePoller(s.bool()); }
                case 91 -> { if (s.str("containerRuntimeLabels", v.containerRuntimeLabels()))
                        b.containerRuntimeLabels(s.string()); }
                case 92 -> { if (s.str("ipam", v.ipam())) b.ipam(s.string()); }
                case 93 -> { if (s.bool("IPTablesRulesNoinstall", v.iptablesRulesNoinstall()))
                        b.iptablesRulesNoinstall(s.bool()); }
                case 94 -> { if (s.bool("installIptablesRules", v.installIptablesRules()))
                        b.installIptablesRules(s.bool()); }
                case 95 -> { if (s.bool("autoDirectNodeRoutes", v.autoDirectNodeRoutes()))
                        b.autoDirectNodeRoutes(s.bool()); }
                case 96 -> { if (s.bool("enableHostReachableServices", v.enableHostReachableServices()))
                        b.enableHostReachableServices(s.bool()); }
                case 97 -> { if (s.bool("enableNodePort", v.enableNodePort())) b.enableNodePort(s.bool()); }
                case 98 -> { if (s.bool("etcdManaged", v.etcdManaged())) b.etcdManaged(s.bool()); }
                case 99 -> { if (s.bool("enableRemoteNodeIdentity", v.enableRemoteNodeIdentity()))
                        b.enableRemoteNodeIdentity(s.bool()); }
                case 100 -> { if (s.bool("enableUnreachableRoutes", v.enableUnreachableRoutes()))
                        b.enableUnreachableRoutes(s.bool()); }
                case 101 -> { if (s.bool("cniExclusive", v.cniExclusive())) b.cniExclusive(s.bool()); }
                case 102 -> { if (s.object("hubble", HUBBLE, v.hubble())) b.hubble(s.object(HUBBLE)); }
                case 103 -> { if (s.bool("disableCNPStatusUpdates", v.disableCNPStatusUpdates()))
                        b.disableCNPStatusUpdates(s.bool()); }
                case 104 -> { if (s.bool("enableServiceTopology", v.enableServiceTopology()))
                        b.enableServiceTopology(s.bool()); }
                case 105 -> { if (s.object("ingress", CILIUM_INGRESS, v.ingress()))
                        b.ingress(s.object(CILIUM_INGRESS)); }
                case 106 -> { if (s.object("gatewayAPI", CILIUM_GATEWAY_API, v.gatewayAPI()))
                        b.gatewayAPI(s.object(CILIUM_GATEWAY_API)); }
                case 107 -> { if (s.stringMap("extraConfig", v.extraConfig())) b.extraConfig(s.stringMap()); }
                case 108 -> { if (s.bool("removeCbrBridge", v.removeCbrBridge())) b.removeCbrBridge(s.bool()); }
                case 109 -> { if (s.bool("restartPods", v.restartPods())) b.restartPods(s.bool()); }
                case 110 -> { if (s.bool("reconfigureKubelet", v.reconfigureKubelet()))
                        b.reconfigureKubelet(s.bool()); }
                case 111 -> { if (s.str("nodeInitBootstrapFile", v.nodeInitBootstrapFile()))
                        b.nodeInitBootstrapFile(s.string()); }
                case 112 -> { if (s.str("cniBinPath", v.cniBinPath())) b.cniBinPath(s.string()); }
                default -> s.end();
            }
        }
    }
}
