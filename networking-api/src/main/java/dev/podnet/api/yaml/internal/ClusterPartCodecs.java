package dev.podnet.api.yaml.internal;

import dev.podnet.api.EtcdCluster;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.KubeDns;
import dev.podnet.api.KubeProxy;
import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;

/** The codecs of the Cluster's parts with plain fields: subnets, kube-proxy, controller manager, DNS, etcd, network fields. */
final class ClusterPartCodecs {
    private ClusterPartCodecs() {
    }

    static final ObjectCodec<Subnet, Subnet.Builder> SUBNET =
            ObjectCodec.of(Subnet::builder, Subnet.Builder::build, Subnet::extraFields, Subnet.Builder::extraFields)
                    .str("name", Subnet::name, Subnet.Builder::name)
                    .str("cidr", Subnet::cidr, Subnet.Builder::cidr)
                    .str("ipv6CIDR", Subnet::ipv6CIDR, Subnet.Builder::ipv6CIDR)
                    .str("zone", Subnet::zone, Subnet.Builder::zone)
                    .str("region", Subnet::region, Subnet.Builder::region)
                    .str("id", Subnet::id, Subnet.Builder::id)
                    .str("egress", Subnet::egress, Subnet.Builder::egress)
                    .str("type", Subnet::type, Subnet.Builder::type)
                    .str("publicIP", Subnet::publicIP, Subnet.Builder::publicIP)
                    .build();

    static final ObjectCodec<KubeProxy, KubeProxy.Builder> KUBE_PROXY =
            ObjectCodec.of(KubeProxy::builder, KubeProxy.Builder::build, KubeProxy::extraFields,
                            KubeProxy.Builder::extraFields)
                    .bool("enabled", KubeProxy::enabled, KubeProxy.Builder::enabled)
                    .str("clusterCIDR", KubeProxy::clusterCIDR, KubeProxy.Builder::clusterCIDR)
                    .str("proxyMode", KubeProxy::proxyMode, KubeProxy.Builder::proxyMode)
                    .build();

    static final ObjectCodec<KubeControllerManager, KubeControllerManager.Builder> KCM =
            ObjectCodec.of(KubeControllerManager::builder, KubeControllerManager.Builder::build,
                            KubeControllerManager::extraFields, KubeControllerManager.Builder::extraFields)
                    .str("clusterCIDR", KubeControllerManager::clusterCIDR, KubeControllerManager.Builder::clusterCIDR)
                    .bool("allocateNodeCIDRs", KubeControllerManager::allocateNodeCIDRs,
                            KubeControllerManager.Builder::allocateNodeCIDRs)
                    .bool("configureCloudRoutes", KubeControllerManager::configureCloudRoutes,
                            KubeControllerManager.Builder::configureCloudRoutes)
                    .build();

    static final ObjectCodec<KubeDns, KubeDns.Builder> KUBE_DNS =
            ObjectCodec.of(KubeDns::builder, KubeDns.Builder::build, KubeDns::extraFields, KubeDns.Builder::extraFields)
                    .str("serverIP", KubeDns::serverIP, KubeDns.Builder::serverIP)
                    .build();

    static final ObjectCodec<EtcdCluster, EtcdCluster.Builder> ETCD =
            ObjectCodec.of(EtcdCluster::builder, EtcdCluster.Builder::build, EtcdCluster::extraFields,
                            EtcdCluster.Builder::extraFields)
                    .str("name", EtcdCluster::name, EtcdCluster.Builder::name)
                    .build();

    /** Network fields with plain types, under their v1alpha3 names. */
    static final ObjectCodec<Networking, Networking.Builder> NETWORK_FIELDS =
            ObjectCodec.of(Networking::builder, Networking.Builder::build, Networking::extraFields,
                            Networking.Builder::extraFields)
                    .str("networkID", Networking::networkID, Networking.Builder::networkID)
                    .str("networkCIDR", Networking::networkCIDR, Networking.Builder::networkCIDR)
                    .strings("additionalNetworkCIDRs", Networking::additionalNetworkCIDRs,
                            Networking.Builder::additionalNetworkCIDRs)
                    .str("nonMasqueradeCIDR", Networking::nonMasqueradeCIDR, Networking.Builder::nonMasqueradeCIDR)
                    .str("podCIDR", Networking::podCIDR, Networking.Builder::podCIDR)
                    .str("serviceClusterIPRange", Networking::serviceClusterIPRange,
                            Networking.Builder::serviceClusterIPRange)
                    .objects("subnets", SUBNET, Networking::subnets, Networking.Builder::subnets)
                    .bool("tagSubnets", Networking::tagSubnets, Networking.Builder::tagSubnets)
                    .bool("isolateControlPlane", Networking::isolateControlPlane,
                            Networking.Builder::isolateControlPlane)
                    .build();
}
