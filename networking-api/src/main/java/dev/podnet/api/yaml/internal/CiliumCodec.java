package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.CiliumGatewayApiSpec;
import dev.podnet.api.provider.CiliumIngressSpec;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.api.provider.HubbleSpec;

/** The YAML codec of {@code spec.networking.cilium}, following kops' Go type field for field. */
final class CiliumCodec {
    private CiliumCodec() {
    }

    static final ObjectCodec<HubbleSpec, HubbleSpec.Builder> HUBBLE =
            ObjectCodec.of(HubbleSpec::builder, HubbleSpec.Builder::build, HubbleSpec::extraFields,
                            HubbleSpec.Builder::extraFields)
                    .bool("enabled", HubbleSpec::enabled, HubbleSpec.Builder::enabled)
                    .strings("metrics", HubbleSpec::metrics, HubbleSpec.Builder::metrics)
                    .build();
    static final ObjectCodec<CiliumIngressSpec, CiliumIngressSpec.Builder> CILIUM_INGRESS =
            ObjectCodec.of(CiliumIngressSpec::builder, CiliumIngressSpec.Builder::build, CiliumIngressSpec::extraFields,
                            CiliumIngressSpec.Builder::extraFields)
                    .bool("enabled", CiliumIngressSpec::enabled, CiliumIngressSpec.Builder::enabled)
                    .bool("enforceHttps", CiliumIngressSpec::enforceHttps, CiliumIngressSpec.Builder::enforceHttps)
                    .bool("enableSecretsSync", CiliumIngressSpec::enableSecretsSync,
                            CiliumIngressSpec.Builder::enableSecretsSync)
                    .str("loadBalancerAnnotationPrefixes", CiliumIngressSpec::loadBalancerAnnotationPrefixes,
                            CiliumIngressSpec.Builder::loadBalancerAnnotationPrefixes)
                    .str("defaultLoadBalancerMode", CiliumIngressSpec::defaultLoadBalancerMode,
                            CiliumIngressSpec.Builder::defaultLoadBalancerMode)
                    .str("sharedLoadBalancerServiceName", CiliumIngressSpec::sharedLoadBalancerServiceName,
                            CiliumIngressSpec.Builder::sharedLoadBalancerServiceName)
                    .build();
    static final ObjectCodec<CiliumGatewayApiSpec, CiliumGatewayApiSpec.Builder> CILIUM_GATEWAY_API =
            ObjectCodec.of(CiliumGatewayApiSpec::builder, CiliumGatewayApiSpec.Builder::build,
                            CiliumGatewayApiSpec::extraFields, CiliumGatewayApiSpec.Builder::extraFields)
                    .bool("enabled", CiliumGatewayApiSpec::enabled, CiliumGatewayApiSpec.Builder::enabled)
                    .bool("enableSecretsSync", CiliumGatewayApiSpec::enableSecretsSync,
                            CiliumGatewayApiSpec.Builder::enableSecretsSync)
                    .build();
    static final ObjectCodec<CiliumSpec, CiliumSpec.Builder> CODEC =
            ObjectCodec.of(CiliumSpec::builder, CiliumSpec.Builder::build, CiliumSpec::extraFields,
                            CiliumSpec.Builder::extraFields)
                    .str("registry", CiliumSpec::registry, CiliumSpec.Builder::registry)
                    .str("version", CiliumSpec::version, CiliumSpec.Builder::version)
                    .quantity("memoryRequest", CiliumSpec::memoryRequest, CiliumSpec.Builder::memoryRequest)
                    .quantity("cpuRequest", CiliumSpec::cpuRequest, CiliumSpec.Builder::cpuRequest)
                    .str("accessLog", CiliumSpec::accessLog, CiliumSpec.Builder::accessLog)
                    .strings("agentLabels", CiliumSpec::agentLabels, CiliumSpec.Builder::agentLabels)
                    .int64("agentPrometheusPort", CiliumSpec::agentPrometheusPort,
                            CiliumSpec.Builder::agentPrometheusPort)
                    .strings("metrics", CiliumSpec::metrics, CiliumSpec.Builder::metrics)
                    .str("allowLocalhost", CiliumSpec::allowLocalhost, CiliumSpec.Builder::allowLocalhost)
                    .bool("autoIpv6NodeRoutes", CiliumSpec::autoIpv6NodeRoutes, CiliumSpec.Builder::autoIpv6NodeRoutes)
                    .str("bpfRoot", CiliumSpec::bpfRoot, CiliumSpec.Builder::bpfRoot)
                    .str("chainingMode", CiliumSpec::chainingMode, CiliumSpec.Builder::chainingMode)
                    .strings("containerRuntime", CiliumSpec::containerRuntime, CiliumSpec.Builder::containerRuntime)
                    .stringMap("containerRuntimeEndpoint", CiliumSpec::containerRuntimeEndpoint,
                            CiliumSpec.Builder::containerRuntimeEndpoint)
                    .bool("debug", CiliumSpec::debug, CiliumSpec.Builder::debug)
                    .strings("debugVerbose", CiliumSpec::debugVerbose, CiliumSpec.Builder::debugVerbose)
                    .str("device", CiliumSpec::device, CiliumSpec.Builder::device)
                    .bool("disableConntrack", CiliumSpec::disableConntrack, CiliumSpec.Builder::disableConntrack)
                    .bool("disableEndpointCRD", CiliumSpec::disableEndpointCRD, CiliumSpec.Builder::disableEndpointCRD)
                    .bool("disableIpv4", CiliumSpec::disableIpv4, CiliumSpec.Builder::disableIpv4)
                    .bool("disableK8sServices", CiliumSpec::disableK8sServices, CiliumSpec.Builder::disableK8sServices)
                    .str("enablePolicy", CiliumSpec::enablePolicy, CiliumSpec.Builder::enablePolicy)
                    .bool("enableL7Proxy", CiliumSpec::enableL7Proxy, CiliumSpec.Builder::enableL7Proxy)
                    .bool("enableLocalRedirectPolicy", CiliumSpec::enableLocalRedirectPolicy,
                            CiliumSpec.Builder::enableLocalRedirectPolicy)
                    .bool("enableBPFMasquerade", CiliumSpec::enableBPFMasquerade,
                            CiliumSpec.Builder::enableBPFMasquerade)
                    .bool("enableEndpointHealthChecking", CiliumSpec::enableEndpointHealthChecking,
                            CiliumSpec.Builder::enableEndpointHealthChecking)
                    .bool("enableHostFirewall", CiliumSpec::enableHostFirewall, CiliumSpec.Builder::enableHostFirewall)
                    .bool("enableTracing", CiliumSpec::enableTracing, CiliumSpec.Builder::enableTracing)
                    .bool("enablePrometheusMetrics", CiliumSpec::enablePrometheusMetrics,
                            CiliumSpec.Builder::enablePrometheusMetrics)
                    .bool("enableEncryption", CiliumSpec::enableEncryption, CiliumSpec.Builder::enableEncryption)
                    .str("encryptionType", CiliumSpec::encryptionType, CiliumSpec.Builder::encryptionType)
                    .bool("nodeEncryption", CiliumSpec::nodeEncryption, CiliumSpec.Builder::nodeEncryption)
                    .str("envoyLog", CiliumSpec::envoyLog, CiliumSpec.Builder::envoyLog)
                    .str("identityAllocationMode", CiliumSpec::identityAllocationMode,
                            CiliumSpec.Builder::identityAllocationMode)
                    .str("identityChangeGracePeriod", CiliumSpec::identityChangeGracePeriod,
                            CiliumSpec.Builder::identityChangeGracePeriod)
                    .int64("ipv4ClusterCidrMaskSize", CiliumSpec::ipv4ClusterCidrMaskSize,
                            CiliumSpec.Builder::ipv4ClusterCidrMaskSize)
                    .str("ipv4Node", CiliumSpec::ipv4Node, CiliumSpec.Builder::ipv4Node)
                    .str("ipv4Range", CiliumSpec::ipv4Range, CiliumSpec.Builder::ipv4Range)
                    .str("ipv4ServiceRange", CiliumSpec::ipv4ServiceRange, CiliumSpec.Builder::ipv4ServiceRange)
                    .str("ipv6ClusterAllocCidr", CiliumSpec::ipv6ClusterAllocCidr,
                            CiliumSpec.Builder::ipv6ClusterAllocCidr)
                    .str("ipv6Node", CiliumSpec::ipv6Node, CiliumSpec.Builder::ipv6Node)
                    .str("ipv6Range", CiliumSpec::ipv6Range, CiliumSpec.Builder::ipv6Range)
                    .str("ipv6ServiceRange", CiliumSpec::ipv6ServiceRange, CiliumSpec.Builder::ipv6ServiceRange)
                    .str("k8sApiServer", CiliumSpec::k8sApiServer, CiliumSpec.Builder::k8sApiServer)
                    .str("k8sKubeconfigPath", CiliumSpec::k8sKubeconfigPath, CiliumSpec.Builder::k8sKubeconfigPath)
                    .bool("keepBpfTemplates", CiliumSpec::keepBpfTemplates, CiliumSpec.Builder::keepBpfTemplates)
                    .bool("keepConfig", CiliumSpec::keepConfig, CiliumSpec.Builder::keepConfig)
                    .str("labelPrefixFile", CiliumSpec::labelPrefixFile, CiliumSpec.Builder::labelPrefixFile)
                    .strings("labels", CiliumSpec::labels, CiliumSpec.Builder::labels)
                    .str("lb", CiliumSpec::lb, CiliumSpec.Builder::lb)
                    .str("libDir", CiliumSpec::libDir, CiliumSpec.Builder::libDir)
                    .strings("logDriver", CiliumSpec::logDriver, CiliumSpec.Builder::logDriver)
                    .stringMap("logOpt", CiliumSpec::logOpt, CiliumSpec.Builder::logOpt)
                    .bool("logstash", CiliumSpec::logstash, CiliumSpec.Builder::logstash)
                    .str("logstashAgent", CiliumSpec::logstashAgent, CiliumSpec.Builder::logstashAgent)
                    .int64("logstashProbeTimer", CiliumSpec::logstashProbeTimer, CiliumSpec.Builder::logstashProbeTimer)
                    .bool("disableMasquerade", CiliumSpec::disableMasquerade, CiliumSpec.Builder::disableMasquerade)
                    .bool("masquerade", CiliumSpec::masquerade, CiliumSpec.Builder::masquerade)
                    .str("nat46Range", CiliumSpec::nat46Range, CiliumSpec.Builder::nat46Range)
                    .stringMap("agentPodAnnotations", CiliumSpec::agentPodAnnotations,
                            CiliumSpec.Builder::agentPodAnnotations)
                    .stringMap("operatorPodAnnotations", CiliumSpec::operatorPodAnnotations,
                            CiliumSpec.Builder::operatorPodAnnotations)
                    .bool("pprof", CiliumSpec::pprof, CiliumSpec.Builder::pprof)
                    .str("prefilterDevice", CiliumSpec::prefilterDevice, CiliumSpec.Builder::prefilterDevice)
                    .str("prometheusServeAddr", CiliumSpec::prometheusServeAddr,
                            CiliumSpec.Builder::prometheusServeAddr)
                    .bool("restore", CiliumSpec::restore, CiliumSpec.Builder::restore)
                    .bool("singleClusterRoute", CiliumSpec::singleClusterRoute, CiliumSpec.Builder::singleClusterRoute)
                    .str("socketPath", CiliumSpec::socketPath, CiliumSpec.Builder::socketPath)
                    .str("stateDir", CiliumSpec::stateDir, CiliumSpec.Builder::stateDir)
                    .int64("tracePayloadlen", CiliumSpec::tracePayloadlen, CiliumSpec.Builder::tracePayloadlen)
                    .str("tunnel", CiliumSpec::tunnel, CiliumSpec.Builder::tunnel)
                    .bool("enableipv6", CiliumSpec::enableipv6, CiliumSpec.Builder::enableipv6)
                    .bool("enableipv4", CiliumSpec::enableipv4, CiliumSpec.Builder::enableipv4)
                    .str("monitorAggregation", CiliumSpec::monitorAggregation, CiliumSpec.Builder::monitorAggregation)
                    .int64("bpfCTGlobalTCPMax", CiliumSpec::bpfCTGlobalTCPMax, CiliumSpec.Builder::bpfCTGlobalTCPMax)
                    .int64("bpfCTGlobalAnyMax", CiliumSpec::bpfCTGlobalAnyMax, CiliumSpec.Builder::bpfCTGlobalAnyMax)
                    .str("bpfLBAlgorithm", CiliumSpec::bpfLBAlgorithm, CiliumSpec.Builder::bpfLBAlgorithm)
                    .str("bpfLBMaglevTableSize", CiliumSpec::bpfLBMaglevTableSize,
                            CiliumSpec.Builder::bpfLBMaglevTableSize)
                    .int64("bpfNATGlobalMax", CiliumSpec::bpfNATGlobalMax, CiliumSpec.Builder::bpfNATGlobalMax)
                    .int64("bpfNeighGlobalMax", CiliumSpec::bpfNeighGlobalMax, CiliumSpec.Builder::bpfNeighGlobalMax)
                    .int64("bpfPolicyMapMax", CiliumSpec::bpfPolicyMapMax, CiliumSpec.Builder::bpfPolicyMapMax)
                    .int64("bpfLBMapMax", CiliumSpec::bpfLBMapMax, CiliumSpec.Builder::bpfLBMapMax)
                    .bool("bpfLBSock", CiliumSpec::bpfLBSock, CiliumSpec.Builder::bpfLBSock)
                    .bool("bpfLBSockHostNSOnly", CiliumSpec::bpfLBSockHostNSOnly,
                            CiliumSpec.Builder::bpfLBSockHostNSOnly)
                    .bool("preallocateBPFMaps", CiliumSpec::preallocateBPFMaps, CiliumSpec.Builder::preallocateBPFMaps)
                    .str("sidecarIstioProxyImage", CiliumSpec::sidecarIstioProxyImage,
                            CiliumSpec.Builder::sidecarIstioProxyImage)
                    .str("clusterName", CiliumSpec::clusterName, CiliumSpec.Builder::clusterName)
                    .integer("clusterID", CiliumSpec::clusterID, CiliumSpec.Builder::clusterID)
                    .str("toFqdnsDnsRejectResponseCode", CiliumSpec::toFqdnsDnsRejectResponseCode,
                            CiliumSpec.Builder::toFqdnsDnsRejectResponseCode)
                    .str("toFQDNsDNSRejectResponseCode", CiliumSpec::toFQDNsDNSRejectResponseCode,
                            CiliumSpec.Builder::toFQDNsDNSRejectResponseCode)
                    .bool("toFqdnsEnablePoller", CiliumSpec::toFqdnsEnablePoller,
                            CiliumSpec.Builder::toFqdnsEnablePoller)
                    .bool("toFQDNsEnablePoller", CiliumSpec::toFQDNsEnablePoller,
                            CiliumSpec.Builder::toFQDNsEnablePoller)
                    .str("containerRuntimeLabels", CiliumSpec::containerRuntimeLabels,
                            CiliumSpec.Builder::containerRuntimeLabels)
                    .str("ipam", CiliumSpec::ipam, CiliumSpec.Builder::ipam)
                    .bool("IPTablesRulesNoinstall", CiliumSpec::iptablesRulesNoinstall,
                            CiliumSpec.Builder::iptablesRulesNoinstall)
                    .bool("installIptablesRules", CiliumSpec::installIptablesRules,
                            CiliumSpec.Builder::installIptablesRules)
                    .bool("autoDirectNodeRoutes", CiliumSpec::autoDirectNodeRoutes,
                            CiliumSpec.Builder::autoDirectNodeRoutes)
                    .bool("enableHostReachableServices", CiliumSpec::enableHostReachableServices,
                            CiliumSpec.Builder::enableHostReachableServices)
                    .bool("enableNodePort", CiliumSpec::enableNodePort, CiliumSpec.Builder::enableNodePort)
                    .bool("etcdManaged", CiliumSpec::etcdManaged, CiliumSpec.Builder::etcdManaged)
                    .bool("enableRemoteNodeIdentity", CiliumSpec::enableRemoteNodeIdentity,
                            CiliumSpec.Builder::enableRemoteNodeIdentity)
                    .bool("enableUnreachableRoutes", CiliumSpec::enableUnreachableRoutes,
                            CiliumSpec.Builder::enableUnreachableRoutes)
                    .bool("cniExclusive", CiliumSpec::cniExclusive, CiliumSpec.Builder::cniExclusive)
                    .object("hubble", HUBBLE, CiliumSpec::hubble, CiliumSpec.Builder::hubble)
                    .bool("disableCNPStatusUpdates", CiliumSpec::disableCNPStatusUpdates,
                            CiliumSpec.Builder::disableCNPStatusUpdates)
                    .bool("enableServiceTopology", CiliumSpec::enableServiceTopology,
                            CiliumSpec.Builder::enableServiceTopology)
                    .object("ingress", CILIUM_INGRESS, CiliumSpec::ingress, CiliumSpec.Builder::ingress)
                    .object("gatewayAPI", CILIUM_GATEWAY_API, CiliumSpec::gatewayAPI, CiliumSpec.Builder::gatewayAPI)
                    .stringMap("extraConfig", CiliumSpec::extraConfig, CiliumSpec.Builder::extraConfig)
                    .bool("removeCbrBridge", CiliumSpec::removeCbrBridge, CiliumSpec.Builder::removeCbrBridge)
                    .bool("restartPods", CiliumSpec::restartPods, CiliumSpec.Builder::restartPods)
                    .bool("reconfigureKubelet", CiliumSpec::reconfigureKubelet, CiliumSpec.Builder::reconfigureKubelet)
                    .str("nodeInitBootstrapFile", CiliumSpec::nodeInitBootstrapFile,
                            CiliumSpec.Builder::nodeInitBootstrapFile)
                    .str("cniBinPath", CiliumSpec::cniBinPath, CiliumSpec.Builder::cniBinPath)
                    .build();
}
