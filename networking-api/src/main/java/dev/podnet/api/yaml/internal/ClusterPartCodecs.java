package dev.podnet.api.yaml.internal;

import dev.podnet.api.EtcdCluster;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.KubeDns;
import dev.podnet.api.KubeProxy;
import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;
import java.util.Map;

/** The codecs of the Cluster's parts with plain fields: subnets, kube-proxy, controller manager, DNS, etcd, network fields. */
final class ClusterPartCodecs {
    private ClusterPartCodecs() {
    }

    static final ObjectCodec<Subnet, Subnet.Builder> SUBNET = ObjectCodec.of(new SubnetFields());

    /** Subnet's fields: each case names one, with its kind, getter and setter. */
    private static final class SubnetFields extends ObjectCodec.Fields<Subnet, Subnet.Builder> {
        @Override
        Subnet.Builder builder() { return Subnet.builder(); }

        @Override
        Subnet build(Subnet.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(Subnet v) { return v.extraFields(); }

        @Override
        void extras(Subnet.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, Subnet v, Subnet.Builder b) {
            switch (i) {
                case 0 -> { if (s.str("name", v.name())) b.name(s.string()); }
                case 1 -> { if (s.str("cidr", v.cidr())) b.cidr(s.string()); }
                case 2 -> { if (s.str("ipv6CIDR", v.ipv6CIDR())) b.ipv6CIDR(s.string()); }
                case 3 -> { if (s.str("zone", v.zone())) b.zone(s.string()); }
                case 4 -> { if (s.str("region", v.region())) b.region(s.string()); }
                case 5 -> { if (s.str("id", v.id())) b.id(s.string()); }
                case 6 -> { if (s.str("egress", v.egress())) b.egress(s.string()); }
                case 7 -> { if (s.str("type", v.type())) b.type(s.string()); }
                case 8 -> { if (s.str("publicIP", v.publicIP())) b.publicIP(s.string()); }
                default -> s.end();
            }
        }
    }

    static final ObjectCodec<KubeProxy, KubeProxy.Builder> KUBE_PROXY = ObjectCodec.of(new KubeProxyFields());

    /** KubeProxy's fields: each case names one, with its kind, getter and setter. */
    private static final class KubeProxyFields extends ObjectCodec.Fields<KubeProxy, KubeProxy.Builder> {
        @Override
        KubeProxy.Builder builder() { return KubeProxy.builder(); }

        @Override
        KubeProxy build(KubeProxy.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(KubeProxy v) { return v.extraFields(); }

        @Override
        void extras(KubeProxy.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, KubeProxy v, KubeProxy.Builder b) {
            switch (i) {
                case 0 -> { if (s.bool("enabled", v.enabled())) b.enabled(s.bool()); }
                case 1 -> { if (s.str("clusterCIDR", v.clusterCIDR())) b.clusterCIDR(s.string()); }
                case 2 -> { if (s.str("proxyMode", v.proxyMode())) b.proxyMode(s.string()); }
                default -> s.end();
            }
        }
    }

    static final ObjectCodec<KubeControllerManager, KubeControllerManager.Builder> KCM =
            ObjectCodec.of(new KcmFields());

    /** KubeControllerManager's fields: each case names one, with its kind, getter and setter. */
    private static final class KcmFields
            extends ObjectCodec.Fields<KubeControllerManager, KubeControllerManager.Builder> {
        @Override
        KubeControllerManager.Builder builder() { return KubeControllerManager.builder(); }

        @Override
        KubeControllerManager build(KubeControllerManager.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(KubeControllerManager v) { return v.extraFields(); }

        @Override
        void extras(KubeControllerManager.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, KubeControllerManager v, KubeControllerManager.Builder b) {
            switch (i) {
                case 0 -> { if (s.str("clusterCIDR", v.clusterCIDR())) b.clusterCIDR(s.string()); }
                case 1 -> { if (s.bool("allocateNodeCIDRs", v.allocateNodeCIDRs())) b.allocateNodeCIDRs(s.bool()); }
                case 2 -> { if (s.bool("configureCloudRoutes", v.configureCloudRoutes()))
                        b.configureCloudRoutes(s.bool()); }
                default -> s.end();
            }
        }
    }

    static final ObjectCodec<KubeDns, KubeDns.Builder> KUBE_DNS = ObjectCodec.of(new KubeDnsFields());

    /** KubeDns's fields: each case names one, with its kind, getter and setter. */
    private static final class KubeDnsFields extends ObjectCodec.Fields<KubeDns, KubeDns.Builder> {
        @Override
        KubeDns.Builder builder() { return KubeDns.builder(); }

        @Override
        KubeDns build(KubeDns.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(KubeDns v) { return v.extraFields(); }

        @Override
        void extras(KubeDns.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, KubeDns v, KubeDns.Builder b) {
            switch (i) {
                case 0 -> { if (s.str("serverIP", v.serverIP())) b.serverIP(s.string()); }
                default -> s.end();
            }
        }
    }

    static final ObjectCodec<EtcdCluster, EtcdCluster.Builder> ETCD = ObjectCodec.of(new EtcdFields());

    /** EtcdCluster's fields: each case names one, with its kind, getter and setter. */
    private static final class EtcdFields extends ObjectCodec.Fields<EtcdCluster, EtcdCluster.Builder> {
        @Override
        EtcdCluster.Builder builder() { return EtcdCluster.builder(); }

        @Override
        EtcdCluster build(EtcdCluster.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(EtcdCluster v) { return v.extraFields(); }

        @Override
        void extras(EtcdCluster.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, EtcdCluster v, EtcdCluster.Builder b) {
            switch (i) {
                case 0 -> { if (s.str("name", v.name())) b.name(s.string()); }
                default -> s.end();
            }
        }
    }

    /** Network fields with plain types, under their v1alpha3 names. */
    static final ObjectCodec<Networking, Networking.Builder> NETWORK_FIELDS = ObjectCodec.of(new NetworkFieldsFields());

    /** Networking's fields: each case names one, with its kind, getter and setter. */
    private static final class NetworkFieldsFields extends ObjectCodec.Fields<Networking, Networking.Builder> {
        @Override
        Networking.Builder builder() { return Networking.builder(); }

        @Override
        Networking build(Networking.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(Networking v) { return v.extraFields(); }

        @Override
        void extras(Networking.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, Networking v, Networking.Builder b) {
            switch (i) {
                case 0 -> { if (s.str("networkID", v.networkID())) b.networkID(s.string()); }
                case 1 -> { if (s.str("networkCIDR", v.networkCIDR())) b.networkCIDR(s.string()); }
                case 2 -> { if (s.strings("additionalNetworkCIDRs", v.additionalNetworkCIDRs()))
                        b.additionalNetworkCIDRs(s.strings()); }
                case 3 -> { if (s.str("nonMasqueradeCIDR", v.nonMasqueradeCIDR())) b.nonMasqueradeCIDR(s.string()); }
                case 4 -> { if (s.str("podCIDR", v.podCIDR())) b.podCIDR(s.string()); }
                case 5 -> { if (s.str("serviceClusterIPRange", v.serviceClusterIPRange()))
                        b.serviceClusterIPRange(s.string()); }
                case 6 -> { if (s.objects("subnets", SUBNET, v.subnets())) b.subnets(s.objects(SUBNET)); }
                case 7 -> { if (s.bool("tagSubnets", v.tagSubnets())) b.tagSubnets(s.bool()); }
                case 8 -> { if (s.bool("isolateControlPlane", v.isolateControlPlane()))
                        b.isolateControlPlane(s.bool()); }
                default -> s.end();
            }
        }
    }
}
