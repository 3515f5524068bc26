package dev.podnet.api.yaml.internal;

import dev.podnet.api.Cloud;
import dev.podnet.api.CloudProvider;
import dev.podnet.api.Cluster;
import dev.podnet.api.EgressProxy;
import dev.podnet.api.EtcdCluster;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.KubeDns;
import dev.podnet.api.KubeProxy;
import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;
import dev.podnet.api.Topology;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.ErrorType;
import dev.podnet.api.diag.Severity;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.provider.ProviderSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads a kops {@code Cluster} document (v1alpha2 or v1alpha3) into {@link Cluster} and writes a
 * {@link Cluster} back as kops writes it (v1alpha2: network fields at the top of {@code spec}).
 */
public final class ClusterCodec {
    public static final String V1ALPHA2 = "kops.k8s.io/v1alpha2";
    public static final String V1ALPHA3 = "kops.k8s.io/v1alpha3";

    private ClusterCodec() {
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

    /**
     * The codecs of a Cluster's networking part by their place under {@code spec} ({@code ""} for the
     * network fields kept at the top of {@code spec} in v1alpha2), for tools that list the model's
     * fields. {@code topology} and {@code egressProxy} are read by this class's own readers.
     */
    public static Map<String, ObjectCodec<?, ?>> networkingCodecs() {
        Map<String, ObjectCodec<?, ?>> out = new LinkedHashMap<>();
        out.put("", NETWORK_FIELDS);
        out.put("kubeProxy", KUBE_PROXY);
        out.put("kubeControllerManager", KCM);
        out.put("kubeDNS", KUBE_DNS);
        return java.util.Collections.unmodifiableMap(out);
    }

    /** What reading one Cluster document produced. */
    public record Read(Cluster cluster, String apiVersion, List<Diagnostic> findings) {
    }

    public static Read read(Node doc, ReadContext ctx) {
        Cluster.Builder b = Cluster.builder();
        List<Diagnostic> findings = new ArrayList<>();
        String apiVersion = V1ALPHA2;
        if (!(doc instanceof MappingNode root)) {
            ctx.problem("", doc, "expected a kops Cluster document (a mapping), got " + Nodes.describe(doc));
            return new Read(b.name("").build(), apiVersion, findings);
        }
        String name = null;
        Map<String, Object> extraFields = new LinkedHashMap<>();
        Node spec = null;
        for (NodeTuple t : root.getValue()) {
            String key = Nodes.key(t);
            Node v = t.getValueNode();
            switch (key) {
                case "apiVersion" -> {
                    apiVersion = ObjectCodec.Scalars.string(v, "apiVersion", ctx).orElse(V1ALPHA2);
                    if (!apiVersion.equals(V1ALPHA2) && !apiVersion.equals(V1ALPHA3)) {
                        ctx.problem("apiVersion", v, "unsupported apiVersion \"" + apiVersion + "\" (expected "
                                + V1ALPHA2 + " or " + V1ALPHA3 + ")");
                    }
                }
                case "kind" -> { /* checked by the caller */ }
                case "metadata" -> {
                    if (v instanceof MappingNode m) {
                        Map<String, Object> meta = new LinkedHashMap<>();
                        for (NodeTuple mt : m.getValue()) {
                            String mk = Nodes.key(mt);
                            if (mk.equals("name")) {
                                name = ObjectCodec.Scalars.string(mt.getValueNode(), "metadata.name", ctx).orElse(null);
                            } else {
                                meta.put(mk, Nodes.toValue(mt.getValueNode()));
                            }
                        }
                        b.extraMetadata(meta);
                    } else if (!Nodes.isNull(v)) {
                        ctx.problem("metadata", v, "expected a mapping, got " + Nodes.describe(v));
                    }
                }
                case "spec" -> spec = v;
                default -> extraFields.put(key, Nodes.toValue(v));
            }
        }
        if (name == null) {
            ctx.problem("metadata.name", root, "required: the cluster has no name");
            name = "";
        }
        b.name(name).extraFields(extraFields);
        if (spec != null && !Nodes.isNull(spec)) {
            if (spec instanceof MappingNode sm) {
                readSpec(sm, b, ctx, findings);
            } else {
                ctx.problem("spec", spec, "expected a mapping, got " + Nodes.describe(spec));
            }
        }
        return new Read(b.build(), apiVersion, findings);
    }

    private static void readSpec(MappingNode spec, Cluster.Builder b, ReadContext ctx, List<Diagnostic> findings) {
        Networking.Builder nb = Networking.builder();
        Map<String, Object> netExtras = new LinkedHashMap<>();
        Map<String, Object> extraSpec = new LinkedHashMap<>();
        List<String> isolate = new ArrayList<>();
        for (NodeTuple t : spec.getValue()) {
            String key = Nodes.key(t);
            Node v = t.getValueNode();
            String path = "spec." + key;
            if (key.equals("isolateMasters") || key.equals("isolateControlPlane")) {
                isolate.add(key);
                if (isolate.size() > 1) {
                    // One field under two names: keeping either would drop the other silently.
                    ctx.problem(path, t.getKeyNode(), "both spec.isolateMasters and spec.isolateControlPlane are set:"
                            + " they are one field, keep one");
                    continue;
                }
            }
            switch (key) {
                case "kubernetesVersion" -> ObjectCodec.Scalars.string(v, path, ctx).ifPresent(b::kubernetesVersion);
                case "cloudProvider" -> readCloud(v, path, ctx).ifPresent(b::cloudProvider);
                case "networking" -> readNetworking(v, path, nb, netExtras, ctx, findings);
                case "kubeProxy" -> b.kubeProxy(KUBE_PROXY.read(v, path, ctx));
                case "kubeControllerManager" -> b.kubeControllerManager(KCM.read(v, path, ctx));
                case "kubeDNS" -> b.kubeDNS(KUBE_DNS.read(v, path, ctx));
                case "etcdClusters" -> readEtcd(v, path, b, ctx);
                case "isolateMasters" -> NETWORK_FIELDS.readField(nb, "isolateControlPlane", v, path, ctx);
                case "topology" -> nb.topology(readTopology(v, path, ctx));
                case "egressProxy" -> nb.egressProxy(readEgress(v, path, ctx));
                case "DisableSubnetTags", "disableSubnetTags" ->
                        ObjectCodec.Scalars.bool(v, path, ctx).ifPresent(d -> nb.tagSubnets(!d));
                default -> {
                    if (!NETWORK_FIELDS.readField(nb, key, v, path, ctx)) extraSpec.put(key, Nodes.toValue(v));
                }
            }
        }
        nb.extraFields(netExtras);
        b.networking(nb.build()).extraSpec(extraSpec);
    }

    private static void readNetworking(Node v, String path, Networking.Builder nb, Map<String, Object> netExtras,
            ReadContext ctx, List<Diagnostic> findings) {
        if (Nodes.isNull(v)) return;
        if (!(v instanceof MappingNode m)) {
            ctx.problem(path, v, "expected a mapping, got " + Nodes.describe(v));
            return;
        }
        List<String> providerKeys = new ArrayList<>();
        boolean haveProvider = false;
        for (NodeTuple t : m.getValue()) {
            String key = Nodes.key(t);
            Node value = t.getValueNode();
            String p = path + "." + key;
            Optional<ProviderKind> kind = ProviderKind.byKey(key);
            if (kind.isPresent()) {
                providerKeys.add(key);
                if (!haveProvider) {
                    ProviderCodecs.codec(kind.get()).ifPresentOrElse(
                            c -> nb.provider(c.read(value, p, ctx)),
                            () -> netExtras.put(key, Nodes.toValue(value)));
                    haveProvider = true;
                } else {
                    // The model holds one provider; the others are kept so that they are written back
                    // and validation reports them.
                    netExtras.put(key, Nodes.toValue(value));
                }
            } else if (key.equals("topology")) {
                nb.topology(readTopology(value, p, ctx));
            } else if (key.equals("egressProxy")) {
                nb.egressProxy(readEgress(value, p, ctx));
            } else if (!NETWORK_FIELDS.readField(nb, key, value, p, ctx)) {
                netExtras.put(key, Nodes.toValue(value));
                findings.add(Diagnostic.builder().path(p).type(ErrorType.UNSUPPORTED).quotedValue(key)
                        .allowedValues(ProviderKind.allKeys()).severity(Severity.ERROR)
                        .detail("unknown networking provider \"" + key + "\"")
                        .hint("use one of: " + String.join(", ", ProviderKind.allKeys()))
                        .rule("networking.unknown-provider").build());
            }
        }
        // A second provider is kept (as an extra key) and judged by the release's one-provider rule:
        // kops up to 1.31 accepts e.g. calico beside cni: {} (checked with kops-oracle 1.22-1.30),
        // from 1.32 it refuses every pair.
    }

    private static void readEtcd(Node v, String path, Cluster.Builder b, ReadContext ctx) {
        if (Nodes.isNull(v)) return;
        if (!(v instanceof org.snakeyaml.engine.v2.nodes.SequenceNode s)) {
            ctx.problem(path, v, "expected a list, got " + Nodes.describe(v));
            return;
        }
        for (int i = 0; i < s.getValue().size(); i++) b.addEtcdClusters(ETCD.read(s.getValue().get(i), path + "[" + i + "]", ctx));
    }

    private static Optional<CloudProvider> readCloud(Node v, String path, ReadContext ctx) {
        if (Nodes.isNull(v)) return Optional.empty();
        if (v instanceof ScalarNode) {
            return ObjectCodec.Scalars.string(v, path, ctx).filter(s -> !s.isBlank())
                    .map(s -> CloudProvider.of(Cloud.of(s)));
        }
        if (v instanceof MappingNode m) {
            List<NodeTuple> set = m.getValue().stream().filter(t -> !Nodes.isNull(t.getValueNode())).toList();
            if (set.size() != 1) {
                ctx.problem(path, v, "expected exactly one cloud under cloudProvider, got " + set.size());
                return Optional.empty();
            }
            NodeTuple t = set.get(0);
            Object settings = Nodes.toValue(t.getValueNode());
            CloudProvider.Builder cb = CloudProvider.builder().cloud(Cloud.of(Nodes.key(t))).objectForm(true);
            if (settings instanceof Map<?, ?> sm) {
                sm.forEach((k, x) -> cb.putSettings(String.valueOf(k), x));
            }
            return Optional.of(cb.build());
        }
        ctx.problem(path, v, "expected a cloud name or a mapping, got " + Nodes.describe(v));
        return Optional.empty();
    }

    private static Topology readTopology(Node v, String path, ReadContext ctx) {
        Topology.Builder tb = Topology.builder();
        if (Nodes.isNull(v)) return tb.build();
        if (!(v instanceof MappingNode m)) {
            ctx.problem(path, v, "expected a mapping, got " + Nodes.describe(v));
            return tb.build();
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        boolean haveMasters = false;
        for (NodeTuple t : m.getValue()) {
            String k = Nodes.key(t);
            Node x = t.getValueNode();
            if (k.startsWith("dns.")) {
                // Unknown dns fields are kept as "dns.<key>" and written back under dns: a key
                // spelled so here would move there silently.
                ctx.problem(path + "." + k, t.getKeyNode(), "a key with a dot after dns is not supported here");
                continue;
            }
            if (k.equals("masters") || k.equals("controlPlane")) {
                if (haveMasters) {
                    ctx.problem(path + "." + k, t.getKeyNode(), "both topology.masters and topology.controlPlane are set:"
                            + " they are one field, keep one");
                    continue;
                }
                haveMasters = true;
            }
            if (Nodes.isNull(x)) {
                extra.put(k, null);
                continue;
            }
            switch (k) {
                case "masters", "controlPlane" -> ObjectCodec.Scalars.string(x, path + "." + k, ctx).ifPresent(tb::masters);
                case "nodes" -> ObjectCodec.Scalars.string(x, path + "." + k, ctx).ifPresent(tb::nodes);
                case "bastion" -> tb.bastion(Nodes.toValue(x));
                case "dns" -> {
                    if (x instanceof MappingNode dm) {
                        for (NodeTuple dt : dm.getValue()) {
                            if (Nodes.key(dt).equals("type")) {
                                ObjectCodec.Scalars.string(dt.getValueNode(), path + ".dns.type", ctx).ifPresent(tb::dnsType);
                            } else {
                                extra.put("dns." + Nodes.key(dt), Nodes.toValue(dt.getValueNode()));
                            }
                        }
                    } else {
                        ObjectCodec.Scalars.string(x, path + ".dns", ctx).ifPresent(tb::dnsType);
                    }
                }
                default -> extra.put(k, Nodes.toValue(x));
            }
        }
        return tb.extraFields(extra).build();
    }

    private static EgressProxy readEgress(Node v, String path, ReadContext ctx) {
        EgressProxy.Builder eb = EgressProxy.builder();
        if (!(v instanceof MappingNode m)) {
            if (!Nodes.isNull(v)) ctx.problem(path, v, "expected a mapping, got " + Nodes.describe(v));
            return eb.build();
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String k = Nodes.key(t);
            Node x = t.getValueNode();
            if (k.startsWith("httpProxy.")) {
                // Unknown httpProxy fields are kept as "httpProxy.<key>" and written back under
                // httpProxy: a key spelled so here would move there silently.
                ctx.problem(path + "." + k, t.getKeyNode(), "a key with a dot after httpProxy is not supported here");
                continue;
            }
            if (k.equals("excludes") && !Nodes.isNull(x)) {
                ObjectCodec.Scalars.string(x, path + ".excludes", ctx).ifPresent(eb::excludes);
            } else if (k.equals("httpProxy") && x instanceof MappingNode hm) {
                for (NodeTuple ht : hm.getValue()) {
                    String hk = Nodes.key(ht);
                    if (hk.equals("host")) ObjectCodec.Scalars.string(ht.getValueNode(), path + ".httpProxy.host", ctx).ifPresent(eb::host);
                    else if (hk.equals("port")) ObjectCodec.Scalars.int32(ht.getValueNode(), path + ".httpProxy.port", ctx).ifPresent(eb::port);
                    else extra.put("httpProxy." + hk, Nodes.toValue(ht.getValueNode()));
                }
            } else {
                extra.put(k, Nodes.toValue(x));
            }
        }
        return eb.extraFields(extra).build();
    }

    /** The Cluster as the plain v1alpha2 document kops writes. */
    public static Map<String, Object> write(Cluster c) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("apiVersion", V1ALPHA2);
        doc.put("kind", "Cluster");
        Map<String, Object> meta = new LinkedHashMap<>(c.extraMetadata());
        meta.put("name", c.name());
        doc.put("metadata", meta);
        Map<String, Object> spec = new LinkedHashMap<>(c.extraSpec());
        c.kubernetesVersion().ifPresent(v -> spec.put("kubernetesVersion", v));
        c.cloudProvider().ifPresent(cp -> spec.put("cloudProvider", cp.objectForm()
                ? Map.of(cp.cloud().id(), new LinkedHashMap<>(cp.settings())) : cp.cloud().id()));
        Networking n = c.networking();
        Map<String, Object> fields = NETWORK_FIELDS.writeFields(n);
        Object isolate = fields.remove("isolateControlPlane");
        if (isolate != null) spec.put("isolateMasters", isolate);
        Object tag = fields.remove("tagSubnets");
        if (tag != null) spec.put("DisableSubnetTags", !((Boolean) tag));
        spec.putAll(fields);
        n.topology().ifPresent(t -> spec.put("topology", writeTopology(t)));
        n.egressProxy().ifPresent(e -> spec.put("egressProxy", writeEgress(e)));
        Map<String, Object> net = new LinkedHashMap<>(n.extraFields());
        n.provider().ifPresent(p -> net.put(p.kind().key(), ProviderCodecs.write(p)));
        if (!net.isEmpty()) spec.put("networking", net);
        c.kubeProxy().ifPresent(k -> spec.put("kubeProxy", KUBE_PROXY.write(k)));
        c.kubeControllerManager().ifPresent(k -> spec.put("kubeControllerManager", KCM.write(k)));
        c.kubeDNS().ifPresent(k -> spec.put("kubeDNS", KUBE_DNS.write(k)));
        if (!c.etcdClusters().isEmpty()) {
            spec.put("etcdClusters", c.etcdClusters().stream().map(e -> (Object) ETCD.write(e)).toList());
        }
        doc.put("spec", spec);
        c.extraFields().forEach(doc::putIfAbsent);
        return doc;
    }

    private static Map<String, Object> writeTopology(Topology t) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> dns = new LinkedHashMap<>();
        t.extraFields().forEach((k, v) -> {
            if (k.startsWith("dns.")) dns.put(k.substring(4), v);
            else out.put(k, v);
        });
        t.masters().ifPresent(v -> out.put("masters", v));
        t.nodes().ifPresent(v -> out.put("nodes", v));
        t.bastion().ifPresent(v -> out.put("bastion", v));
        t.dnsType().ifPresent(v -> dns.put("type", v));
        if (!dns.isEmpty()) out.put("dns", dns);
        return out;
    }

    private static Map<String, Object> writeEgress(EgressProxy e) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> http = new LinkedHashMap<>();
        e.extraFields().forEach((k, v) -> {
            if (k.startsWith("httpProxy.")) http.put(k.substring(10), v);
            else out.put(k, v);
        });
        e.host().ifPresent(v -> http.put("host", v));
        e.port().ifPresent(v -> http.put("port", v));
        if (!http.isEmpty()) out.put("httpProxy", http);
        e.excludes().ifPresent(v -> out.put("excludes", v));
        return out;
    }
}
