package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.AmazonVpcSpec;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.provider.CanalSpec;
import dev.podnet.api.provider.CiliumGatewayApiSpec;
import dev.podnet.api.provider.CiliumIngressSpec;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.api.provider.ClassicSpec;
import dev.podnet.api.provider.CniSpec;
import dev.podnet.api.provider.EnvVar;
import dev.podnet.api.provider.ExternalSpec;
import dev.podnet.api.provider.FlannelSpec;
import dev.podnet.api.provider.GcpSpec;
import dev.podnet.api.provider.HubbleSpec;
import dev.podnet.api.provider.KindnetMasqueradeSpec;
import dev.podnet.api.provider.KindnetSpec;
import dev.podnet.api.provider.KopeioSpec;
import dev.podnet.api.provider.KubeRouterSpec;
import dev.podnet.api.provider.KubenetSpec;
import dev.podnet.api.provider.LyftVpcSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.provider.ProviderSpec;
import dev.podnet.api.provider.RomanaSpec;
import dev.podnet.api.provider.WeaveSpec;
import java.util.Map;
import java.util.Optional;

/** The codec of every provider, keyed by kind. Field lists follow kops' Go types field for field. */
public final class ProviderCodecs {
    private ProviderCodecs() {
    }


    private static final class Calico {
        static final ObjectCodec<CalicoSpec, CalicoSpec.Builder> CODEC =
                ObjectCodec.of(CalicoSpec::builder, CalicoSpec.Builder::build, CalicoSpec::extraFields,
                                CalicoSpec.Builder::extraFields)
                        .str("registry", CalicoSpec::registry, CalicoSpec.Builder::registry)
                        .str("version", CalicoSpec::version, CalicoSpec.Builder::version)
                        .bool("allowIPForwarding", CalicoSpec::allowIPForwarding, CalicoSpec.Builder::allowIPForwarding)
                        .str("awsSrcDstCheck", CalicoSpec::awsSrcDstCheck, CalicoSpec.Builder::awsSrcDstCheck)
                        .bool("bpfEnabled", CalicoSpec::bpfEnabled, CalicoSpec.Builder::bpfEnabled)
                        .str("bpfExternalServiceMode", CalicoSpec::bpfExternalServiceMode,
                                CalicoSpec.Builder::bpfExternalServiceMode)
                        .bool("bpfKubeProxyIptablesCleanupEnabled", CalicoSpec::bpfKubeProxyIptablesCleanupEnabled,
                                CalicoSpec.Builder::bpfKubeProxyIptablesCleanupEnabled)
                        .str("bpfLogLevel", CalicoSpec::bpfLogLevel, CalicoSpec.Builder::bpfLogLevel)
                        .str("chainInsertMode", CalicoSpec::chainInsertMode, CalicoSpec.Builder::chainInsertMode)
                        .quantity("cpuRequest", CalicoSpec::cpuRequest, CalicoSpec.Builder::cpuRequest)
                        .bool("crossSubnet", CalicoSpec::crossSubnet, CalicoSpec.Builder::crossSubnet)
                        .str("encapsulationMode", CalicoSpec::encapsulationMode, CalicoSpec.Builder::encapsulationMode)
                        .str("ipipMode", CalicoSpec::ipipMode, CalicoSpec.Builder::ipipMode)
                        .str("vxlanMode", CalicoSpec::vxlanMode, CalicoSpec.Builder::vxlanMode)
                        .str("ipv4AutoDetectionMethod", CalicoSpec::ipv4AutoDetectionMethod,
                                CalicoSpec.Builder::ipv4AutoDetectionMethod)
                        .str("ipv6AutoDetectionMethod", CalicoSpec::ipv6AutoDetectionMethod,
                                CalicoSpec.Builder::ipv6AutoDetectionMethod)
                        .str("iptablesBackend", CalicoSpec::iptablesBackend, CalicoSpec.Builder::iptablesBackend)
                        .str("logSeverityScreen", CalicoSpec::logSeverityScreen, CalicoSpec.Builder::logSeverityScreen)
                        .integer("mtu", CalicoSpec::mtu, CalicoSpec.Builder::mtu)
                        .str("nftablesMode", CalicoSpec::nftablesMode, CalicoSpec.Builder::nftablesMode)
                        .bool("prometheusMetricsEnabled", CalicoSpec::prometheusMetricsEnabled,
                                CalicoSpec.Builder::prometheusMetricsEnabled)
                        .integer("prometheusMetricsPort", CalicoSpec::prometheusMetricsPort,
                                CalicoSpec.Builder::prometheusMetricsPort)
                        .bool("prometheusGoMetricsEnabled", CalicoSpec::prometheusGoMetricsEnabled,
                                CalicoSpec.Builder::prometheusGoMetricsEnabled)
                        .bool("prometheusProcessMetricsEnabled", CalicoSpec::prometheusProcessMetricsEnabled,
                                CalicoSpec.Builder::prometheusProcessMetricsEnabled)
                        .str("majorVersion", CalicoSpec::majorVersion, CalicoSpec.Builder::majorVersion)
                        .bool("typhaPrometheusMetricsEnabled", CalicoSpec::typhaPrometheusMetricsEnabled,
                                CalicoSpec.Builder::typhaPrometheusMetricsEnabled)
                        .integer("typhaPrometheusMetricsPort", CalicoSpec::typhaPrometheusMetricsPort,
                                CalicoSpec.Builder::typhaPrometheusMetricsPort)
                        .integer("typhaReplicas", CalicoSpec::typhaReplicas, CalicoSpec.Builder::typhaReplicas)
                        .bool("wireguardEnabled", CalicoSpec::wireguardEnabled, CalicoSpec.Builder::wireguardEnabled)
                        .build();
    }

    private static final class Canal {
        static final ObjectCodec<CanalSpec, CanalSpec.Builder> CODEC =
                ObjectCodec.of(CanalSpec::builder, CanalSpec.Builder::build, CanalSpec::extraFields,
                                CanalSpec.Builder::extraFields)
                        .str("chainInsertMode", CanalSpec::chainInsertMode, CanalSpec.Builder::chainInsertMode)
                        .quantity("cpuRequest", CanalSpec::cpuRequest, CanalSpec.Builder::cpuRequest)
                        .str("defaultEndpointToHostAction", CanalSpec::defaultEndpointToHostAction,
                                CanalSpec.Builder::defaultEndpointToHostAction)
                        .bool("disableFlannelForwardRules", CanalSpec::disableFlannelForwardRules,
                                CanalSpec.Builder::disableFlannelForwardRules)
                        .bool("flanneldIptablesForwardRules", CanalSpec::flanneldIptablesForwardRules,
                                CanalSpec.Builder::flanneldIptablesForwardRules)
                        .bool("disableTxChecksumOffloading", CanalSpec::disableTxChecksumOffloading,
                                CanalSpec.Builder::disableTxChecksumOffloading)
                        .str("iptablesBackend", CanalSpec::iptablesBackend, CanalSpec.Builder::iptablesBackend)
                        .str("logSeveritySys", CanalSpec::logSeveritySys, CanalSpec.Builder::logSeveritySys)
                        .integer("mtu", CanalSpec::mtu, CanalSpec.Builder::mtu)
                        .bool("prometheusGoMetricsEnabled", CanalSpec::prometheusGoMetricsEnabled,
                                CanalSpec.Builder::prometheusGoMetricsEnabled)
                        .bool("prometheusMetricsEnabled", CanalSpec::prometheusMetricsEnabled,
                                CanalSpec.Builder::prometheusMetricsEnabled)
                        .integer("prometheusMetricsPort", CanalSpec::prometheusMetricsPort,
                                CanalSpec.Builder::prometheusMetricsPort)
                        .bool("prometheusProcessMetricsEnabled", CanalSpec::prometheusProcessMetricsEnabled,
                                CanalSpec.Builder::prometheusProcessMetricsEnabled)
                        .bool("typhaPrometheusMetricsEnabled", CanalSpec::typhaPrometheusMetricsEnabled,
                                CanalSpec.Builder::typhaPrometheusMetricsEnabled)
                        .integer("typhaPrometheusMetricsPort", CanalSpec::typhaPrometheusMetricsPort,
                                CanalSpec.Builder::typhaPrometheusMetricsPort)
                        .integer("typhaReplicas", CanalSpec::typhaReplicas, CanalSpec.Builder::typhaReplicas)
                        .build();
    }

    private static final class Flannel {
        static final ObjectCodec<FlannelSpec, FlannelSpec.Builder> CODEC =
                ObjectCodec.of(FlannelSpec::builder, FlannelSpec.Builder::build, FlannelSpec::extraFields,
                                FlannelSpec.Builder::extraFields)
                        .str("backend", FlannelSpec::backend, FlannelSpec.Builder::backend)
                        .bool("disableTxChecksumOffloading", FlannelSpec::disableTxChecksumOffloading,
                                FlannelSpec.Builder::disableTxChecksumOffloading)
                        .integer("iptablesResyncSeconds", FlannelSpec::iptablesResyncSeconds,
                                FlannelSpec.Builder::iptablesResyncSeconds)
                        .build();
    }

    private static final class KubeRouter {
        static final ObjectCodec<KubeRouterSpec, KubeRouterSpec.Builder> CODEC =
                ObjectCodec.of(KubeRouterSpec::builder, KubeRouterSpec.Builder::build, KubeRouterSpec::extraFields,
                                KubeRouterSpec.Builder::extraFields)
                        .bool("useNFTablesForNetpol", KubeRouterSpec::useNFTablesForNetpol,
                                KubeRouterSpec.Builder::useNFTablesForNetpol)
                        .build();
    }

    private static final class Kubenet {
        static final ObjectCodec<KubenetSpec, KubenetSpec.Builder> CODEC =
                ObjectCodec.of(KubenetSpec::builder, KubenetSpec.Builder::build, KubenetSpec::extraFields,
                                KubenetSpec.Builder::extraFields)
                        .build();
    }

    private static final class Cni {
        static final ObjectCodec<CniSpec, CniSpec.Builder> CODEC =
                ObjectCodec.of(CniSpec::builder, CniSpec.Builder::build, CniSpec::extraFields,
                                CniSpec.Builder::extraFields)
                        .bool("usesSecondaryIP", CniSpec::usesSecondaryIP, CniSpec.Builder::usesSecondaryIP)
                        .build();
    }

    private static final class External {
        static final ObjectCodec<ExternalSpec, ExternalSpec.Builder> CODEC =
                ObjectCodec.of(ExternalSpec::builder, ExternalSpec.Builder::build, ExternalSpec::extraFields,
                                ExternalSpec.Builder::extraFields)
                        .build();
    }

    private static final class Cilium {
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

    private static final class AmazonVpc {
        static final ObjectCodec<EnvVar, EnvVar.Builder> ENV_VAR =
                ObjectCodec.of(EnvVar::builder, EnvVar.Builder::build, EnvVar::extraFields,
                                EnvVar.Builder::extraFields)
                        .str("name", EnvVar::name, EnvVar.Builder::name)
                        .str("value", EnvVar::value, EnvVar.Builder::value)
                        .build();
        static final ObjectCodec<AmazonVpcSpec, AmazonVpcSpec.Builder> CODEC =
                ObjectCodec.of(AmazonVpcSpec::builder, AmazonVpcSpec.Builder::build, AmazonVpcSpec::extraFields,
                                AmazonVpcSpec.Builder::extraFields)
                        .str("imageName", AmazonVpcSpec::imageName, AmazonVpcSpec.Builder::imageName)
                        .str("image", AmazonVpcSpec::image, AmazonVpcSpec.Builder::image)
                        .str("initImageName", AmazonVpcSpec::initImageName, AmazonVpcSpec.Builder::initImageName)
                        .str("initImage", AmazonVpcSpec::initImage, AmazonVpcSpec.Builder::initImage)
                        .str("networkPolicyAgentImage", AmazonVpcSpec::networkPolicyAgentImage,
                                AmazonVpcSpec.Builder::networkPolicyAgentImage)
                        .objects("env", ENV_VAR, AmazonVpcSpec::env, AmazonVpcSpec.Builder::env)
                        .build();
    }

    private static final class LyftVpc {
        static final ObjectCodec<LyftVpcSpec, LyftVpcSpec.Builder> CODEC =
                ObjectCodec.of(LyftVpcSpec::builder, LyftVpcSpec.Builder::build, LyftVpcSpec::extraFields,
                                LyftVpcSpec.Builder::extraFields)
                        .stringMap("subnetTags", LyftVpcSpec::subnetTags, LyftVpcSpec.Builder::subnetTags)
                        .build();
    }

    private static final class Gcp {
        static final ObjectCodec<GcpSpec, GcpSpec.Builder> CODEC =
                ObjectCodec.of(GcpSpec::builder, GcpSpec.Builder::build, GcpSpec::extraFields,
                                GcpSpec.Builder::extraFields)
                        .build();
    }

    private static final class Weave {
        static final ObjectCodec<WeaveSpec, WeaveSpec.Builder> CODEC =
                ObjectCodec.of(WeaveSpec::builder, WeaveSpec.Builder::build, WeaveSpec::extraFields,
                                WeaveSpec.Builder::extraFields)
                        .integer("mtu", WeaveSpec::mtu, WeaveSpec.Builder::mtu)
                        .integer("connLimit", WeaveSpec::connLimit, WeaveSpec.Builder::connLimit)
                        .integer("noMasqLocal", WeaveSpec::noMasqLocal, WeaveSpec.Builder::noMasqLocal)
                        .quantity("memoryRequest", WeaveSpec::memoryRequest, WeaveSpec.Builder::memoryRequest)
                        .quantity("cpuRequest", WeaveSpec::cpuRequest, WeaveSpec.Builder::cpuRequest)
                        .quantity("memoryLimit", WeaveSpec::memoryLimit, WeaveSpec.Builder::memoryLimit)
                        .quantity("cpuLimit", WeaveSpec::cpuLimit, WeaveSpec.Builder::cpuLimit)
                        .str("netExtraArgs", WeaveSpec::netExtraArgs, WeaveSpec.Builder::netExtraArgs)
                        .quantity("npcMemoryRequest", WeaveSpec::npcMemoryRequest, WeaveSpec.Builder::npcMemoryRequest)
                        .quantity("npcCPURequest", WeaveSpec::npcCPURequest, WeaveSpec.Builder::npcCPURequest)
                        .quantity("npcMemoryLimit", WeaveSpec::npcMemoryLimit, WeaveSpec.Builder::npcMemoryLimit)
                        .quantity("npcCPULimit", WeaveSpec::npcCPULimit, WeaveSpec.Builder::npcCPULimit)
                        .str("npcExtraArgs", WeaveSpec::npcExtraArgs, WeaveSpec.Builder::npcExtraArgs)
                        .str("version", WeaveSpec::version, WeaveSpec.Builder::version)
                        .build();
    }

    private static final class Romana {
        static final ObjectCodec<RomanaSpec, RomanaSpec.Builder> CODEC =
                ObjectCodec.of(RomanaSpec::builder, RomanaSpec.Builder::build, RomanaSpec::extraFields,
                                RomanaSpec.Builder::extraFields)
                        .str("daemonServiceIP", RomanaSpec::daemonServiceIP, RomanaSpec.Builder::daemonServiceIP)
                        .str("etcdServiceIP", RomanaSpec::etcdServiceIP, RomanaSpec.Builder::etcdServiceIP)
                        .build();
    }

    private static final class Kopeio {
        static final ObjectCodec<KopeioSpec, KopeioSpec.Builder> CODEC =
                ObjectCodec.of(KopeioSpec::builder, KopeioSpec.Builder::build, KopeioSpec::extraFields,
                                KopeioSpec.Builder::extraFields)
                        .build();
    }

    private static final class Kindnet {
        static final ObjectCodec<KindnetMasqueradeSpec, KindnetMasqueradeSpec.Builder> KINDNET_MASQUERADE =
                ObjectCodec.of(KindnetMasqueradeSpec::builder, KindnetMasqueradeSpec.Builder::build,
                                KindnetMasqueradeSpec::extraFields, KindnetMasqueradeSpec.Builder::extraFields)
                        .bool("enabled", KindnetMasqueradeSpec::enabled, KindnetMasqueradeSpec.Builder::enabled)
                        .strings("nonMasqueradeCIDRs", KindnetMasqueradeSpec::nonMasqueradeCIDRs,
                                KindnetMasqueradeSpec.Builder::nonMasqueradeCIDRs)
                        .build();
        static final ObjectCodec<KindnetSpec, KindnetSpec.Builder> CODEC =
                ObjectCodec.of(KindnetSpec::builder, KindnetSpec.Builder::build, KindnetSpec::extraFields,
                                KindnetSpec.Builder::extraFields)
                        .str("version", KindnetSpec::version, KindnetSpec.Builder::version)
                        .bool("networkPolicies", KindnetSpec::networkPolicies, KindnetSpec.Builder::networkPolicies)
                        .bool("adminNetworkPolicies", KindnetSpec::adminNetworkPolicies,
                                KindnetSpec.Builder::adminNetworkPolicies)
                        .bool("baselineAdminNetworkPolicies", KindnetSpec::baselineAdminNetworkPolicies,
                                KindnetSpec.Builder::baselineAdminNetworkPolicies)
                        .bool("dnsCaching", KindnetSpec::dnsCaching, KindnetSpec.Builder::dnsCaching)
                        .bool("nat64", KindnetSpec::nat64, KindnetSpec.Builder::nat64)
                        .integer("fastPathThreshold", KindnetSpec::fastPathThreshold,
                                KindnetSpec.Builder::fastPathThreshold)
                        .object("masquerade", KINDNET_MASQUERADE, KindnetSpec::masquerade, KindnetSpec.Builder::masquerade)
                        .integer("logLevel", KindnetSpec::logLevel, KindnetSpec.Builder::logLevel)
                        .build();
    }

    private static final class Classic {
        static final ObjectCodec<ClassicSpec, ClassicSpec.Builder> CODEC =
                ObjectCodec.of(ClassicSpec::builder, ClassicSpec.Builder::build, ClassicSpec::extraFields,
                                ClassicSpec.Builder::extraFields)
                        .build();
    }
    /**
     * The codec for a provider kind. Each codec is built on first use (a holder class per provider):
     * the field descriptors are hundreds of method references, and a run should pay only for the
     * providers its documents name.
     */
    private static ObjectCodec<? extends ProviderSpec, ?> lookup(ProviderKind kind) {
        return switch (kind) {
            case CALICO -> Calico.CODEC;
            case CANAL -> Canal.CODEC;
            case FLANNEL -> Flannel.CODEC;
            case KUBE_ROUTER -> KubeRouter.CODEC;
            case KUBENET -> Kubenet.CODEC;
            case CNI -> Cni.CODEC;
            case EXTERNAL -> External.CODEC;
            case CILIUM -> Cilium.CODEC;
            case AMAZON_VPC -> AmazonVpc.CODEC;
            case LYFT_VPC -> LyftVpc.CODEC;
            case GCP -> Gcp.CODEC;
            case WEAVE -> Weave.CODEC;
            case ROMANA -> Romana.CODEC;
            case KOPEIO -> Kopeio.CODEC;
            case KINDNET -> Kindnet.CODEC;
            case CLASSIC -> Classic.CODEC;
        };
    }

    /** The codec for a provider kind. */
    public static Optional<ObjectCodec<? extends ProviderSpec, ?>> codec(ProviderKind kind) {
        return Optional.of(lookup(kind));
    }

    /** Writes any provider spec as its plain YAML map. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> write(ProviderSpec spec) {
        return ((ObjectCodec<ProviderSpec, ?>) lookup(spec.kind())).write(spec);
    }
}
