package dev.podnet.api.yaml.internal;

import dev.podnet.api.Cloud;
import dev.podnet.api.CloudProvider;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.diag.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a kops {@code Cluster} document (v1alpha2 or v1alpha3) into {@link Cluster} and writes a
 * {@link Cluster} back in either version's layout (v1alpha2: network fields at the top of
 * {@code spec}; v1alpha3: under {@code spec.networking}).
 */
public final class ClusterCodec {
    public static final String V1ALPHA2 = "kops.k8s.io/v1alpha2";
    public static final String V1ALPHA3 = "kops.k8s.io/v1alpha3";

    private ClusterCodec() {
    }

    /**
     * The codecs of a Cluster's networking part by their place under {@code spec} ({@code ""} for the
     * network fields kept at the top of {@code spec} in v1alpha2), for tools that list the model's
     * fields. {@code topology} and {@code egressProxy} are read by this class's own readers.
     */
    public static Map<String, ObjectCodec<?, ?>> networkingCodecs() {
        Map<String, ObjectCodec<?, ?>> out = new LinkedHashMap<>();
        out.put("", ClusterPartCodecs.NETWORK_FIELDS);
        out.put("kubeProxy", ClusterPartCodecs.KUBE_PROXY);
        out.put("kubeControllerManager", ClusterPartCodecs.KCM);
        out.put("kubeDNS", ClusterPartCodecs.KUBE_DNS);
        return java.util.Collections.unmodifiableMap(out);
    }

    /** What reading one Cluster document produced. */
    public record Read(Cluster cluster, String apiVersion, List<Diagnostic> findings) {
    }

    public static Read read(Node doc, ReadContext ctx) {
        Cluster.Builder b = Cluster.builder();
        List<Diagnostic> findings = new ArrayList<>();
        if (!(doc instanceof MappingNode root)) {
            ctx.problem("", doc, "expected a kops Cluster document (a mapping), got " + Nodes.describe(doc));
            return new Read(b.name("").build(), V1ALPHA2, findings);
        }
        // The version decides where network fields are read, whichever key comes first.
        String apiVersion = apiVersion(root, ctx);
        String name = null;
        Map<String, Object> extraFields = new LinkedHashMap<>();
        Node spec = null;
        for (NodeTuple t : root.getValue()) {
            String key = Nodes.key(t);
            Node v = t.getValueNode();
            switch (key) {
                case "apiVersion", "kind" -> { /* read above, checked by the caller */ }
                case "metadata" -> name = readMetadata(v, b, ctx);
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
                readSpec(sm, b, apiVersion, ctx, findings);
            } else {
                ctx.problem("spec", spec, "expected a mapping, got " + Nodes.describe(spec));
            }
        }
        return new Read(b.build(), apiVersion, findings);
    }

    /**
     * The group kops registered before {@code kops.k8s.io}: kops still decodes {@code kops/v1alpha2} as
     * {@code kops.k8s.io/v1alpha2} (kops-oracle 1.19-1.36), so podnet reads it as that (rule
     * {@code yaml.legacy-api-group}) and writes the Cluster back under the current group, as kops does.
     */
    static final String LEGACY_V1ALPHA2 = "kops/v1alpha2";

    private static String apiVersion(MappingNode root, ReadContext ctx) {
        for (NodeTuple t : root.getValue()) {
            if (!Nodes.key(t).equals("apiVersion")) continue;
            String v = ObjectCodec.Scalars.string(t.getValueNode(), "apiVersion", ctx).orElse(V1ALPHA2);
            if (v.equals(LEGACY_V1ALPHA2)) return V1ALPHA2;
            if (!v.equals(V1ALPHA2) && !v.equals(V1ALPHA3)) {
                ctx.problem("apiVersion", t.getValueNode(), "unsupported apiVersion \"" + v + "\" (expected "
                        + V1ALPHA2 + " or " + V1ALPHA3 + ")");
                return V1ALPHA2;
            }
            return v;
        }
        // yaml.api-version-required: kops' decoder refuses a Cluster without apiVersion ("Object 'apiVersion'
        // is missing", kops-oracle 1.19-1.36) rather than assume a version
        ctx.problem("apiVersion", root, "required: the Cluster has no apiVersion (kops refuses it; write "
                + V1ALPHA2 + ")");
        return V1ALPHA2;
    }

    private static String readMetadata(Node v, Cluster.Builder b, ReadContext ctx) {
        String name = null;
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
        return name;
    }

    private static void readSpec(MappingNode spec, Cluster.Builder b, String apiVersion, ReadContext ctx,
            List<Diagnostic> findings) {
        boolean v1alpha3 = apiVersion.equals(V1ALPHA3);
        Networking.Builder nb = Networking.builder();
        Map<String, Object> netExtras = new LinkedHashMap<>();
        Map<String, Object> extraSpec = new LinkedHashMap<>();
        for (NodeTuple t : spec.getValue()) {
            String key = Nodes.key(t);
            Node v = t.getValueNode();
            String path = "spec." + key;
            if (NetworkingCodec.readsHere(key, v1alpha3, false)) {
                NetworkingCodec.readField(nb, key, v, path, ctx);
                continue;
            }
            if (NetworkingCodec.misplaced(key, v1alpha3, false)) {
                extraSpec.put(key, Nodes.toValue(v));
                findings.add(NetworkingCodec.ignored(path, key, apiVersion));
                continue;
            }
            switch (key) {
                case "kubernetesVersion" -> ObjectCodec.Scalars.string(v, path, ctx).ifPresent(b::kubernetesVersion);
                case "cloudProvider" -> readCloud(v, path, ctx).ifPresent(b::cloudProvider);
                case "networking" -> NetworkingCodec.read(v, path, nb, netExtras, apiVersion, ctx, findings);
                case "kubeProxy" -> b.kubeProxy(ClusterPartCodecs.KUBE_PROXY.read(v, path, ctx));
                case "kubeControllerManager" -> b.kubeControllerManager(ClusterPartCodecs.KCM.read(v, path, ctx));
                case "kubeDNS" -> b.kubeDNS(ClusterPartCodecs.KUBE_DNS.read(v, path, ctx));
                case "etcdClusters" -> readEtcd(v, path, b, ctx);
                default -> extraSpec.put(key, Nodes.toValue(v));
            }
        }
        nb.extraFields(netExtras);
        b.networking(nb.build()).extraSpec(extraSpec);
    }

    private static void readEtcd(Node v, String path, Cluster.Builder b, ReadContext ctx) {
        if (Nodes.isNull(v)) return;
        if (!(v instanceof SequenceNode s)) {
            ctx.problem(path, v, "expected a list, got " + Nodes.describe(v));
            return;
        }
        for (int i = 0; i < s.getValue().size(); i++) {
            b.addEtcdClusters(ClusterPartCodecs.ETCD.read(s.getValue().get(i), path + "[" + i + "]", ctx));
        }
    }

    private static Optional<CloudProvider> readCloud(Node v, String path, ReadContext ctx) {
        if (Nodes.isNull(v)) return Optional.empty();
        if (v instanceof ScalarNode) {
            Optional<String> name = ObjectCodec.Scalars.string(v, path, ctx);
            return name.isEmpty() || name.get().isBlank() ? Optional.empty()
                    : Optional.of(CloudProvider.of(Cloud.of(name.get())));
        }
        if (v instanceof MappingNode m) {
            // kops' v1alpha3 CloudProviderSpec decodes the clouds it knows and drops any other key unread (kops-oracle
            // 1.30, 1.36 accept {aws: {}, metal: x} and {bogus: [[1]], aws: {}}); v1alpha2 has no object form at all
            List<NodeTuple> set = new ArrayList<>(1);
            for (NodeTuple t : m.getValue()) {
                if (!Nodes.isNull(t.getValueNode()) && ctx.cloudKey(Nodes.key(t))) set.add(t);
            }
            if (set.size() != 1) {
                ctx.problem(path, v, "expected exactly one cloud under cloudProvider, got " + set.size());
                return Optional.empty();
            }
            NodeTuple t = set.get(0);
            if (!(t.getValueNode() instanceof MappingNode)) {
                // every cloud of kops' v1alpha3 CloudProviderSpec is a struct (kops-oracle 1.30-1.36 refuse aws: x at
                // decode), and v1alpha2 has no object form to put one in
                ctx.problem(path + "." + Nodes.key(t), t.getValueNode(), "expected a mapping, got "
                        + Nodes.describe(t.getValueNode()));
                return Optional.empty();
            }
            Object settings = Nodes.toValue(t.getValueNode());
            if (!(settings instanceof Map<?, ?> sm)) {
                // kops' v1alpha3 decodes each cloud into a struct (kops-oracle 1.30, 1.33.1, 1.36 refuse {aws: 1}
                // and {aws: x}); the model keeps a cloud's settings as a mapping only
                ctx.problem(path + "." + Nodes.key(t), t.getValueNode(), "expected a mapping, got " + Nodes.describe(t.getValueNode()));
                return Optional.empty();
            }
            CloudProvider.Builder cb = CloudProvider.builder().cloud(Cloud.of(Nodes.key(t))).objectForm(true);
            for (Map.Entry<?, ?> e : sm.entrySet()) cb.putSettings(String.valueOf(e.getKey()), e.getValue());
            return Optional.of(cb.build());
        }
        ctx.problem(path, v, "expected a cloud name or a mapping, got " + Nodes.describe(v));
        return Optional.empty();
    }

    /** The Cluster as the plain v1alpha2 document kops writes. */
    public static Map<String, Object> write(Cluster c) {
        return write(c, V1ALPHA2);
    }

    /** The Cluster as a plain document in the layout of {@code apiVersion} (v1alpha2 or v1alpha3). */
    public static Map<String, Object> write(Cluster c, String apiVersion) {
        boolean v1alpha3 = apiVersion.equals(V1ALPHA3);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("apiVersion", v1alpha3 ? V1ALPHA3 : V1ALPHA2);
        doc.put("kind", "Cluster");
        Map<String, Object> meta = new LinkedHashMap<>(c.extraMetadata());
        meta.put("name", c.name());
        doc.put("metadata", meta);
        Map<String, Object> spec = new LinkedHashMap<>(c.extraSpec());
        // plain code, not ifPresent: each lambda site costs a cold process its linking (networking-benchmarks
        // README, eighteenth round)
        if (c.kubernetesVersion().isPresent()) spec.put("kubernetesVersion", c.kubernetesVersion().get());
        if (c.cloudProvider().isPresent()) {
            CloudProvider cp = c.cloudProvider().get();
            spec.put("cloudProvider", cp.objectForm() ? Map.of(cp.cloud().id(), new LinkedHashMap<>(cp.settings()))
                    : cp.cloud().id());
        }
        Networking n = c.networking();
        Map<String, Object> net = new LinkedHashMap<>(n.extraFields());
        Map<String, Object> fields = networkFields(n, v1alpha3);
        if (v1alpha3) net.putAll(fields);
        else spec.putAll(fields);
        if (n.provider().isPresent()) net.put(n.provider().get().kind().key(), ProviderCodecs.write(n.provider().get()));
        if (!net.isEmpty()) spec.put("networking", net);
        if (c.kubeProxy().isPresent()) spec.put("kubeProxy", ClusterPartCodecs.KUBE_PROXY.write(c.kubeProxy().get()));
        if (c.kubeControllerManager().isPresent()) {
            spec.put("kubeControllerManager", ClusterPartCodecs.KCM.write(c.kubeControllerManager().get()));
        }
        if (c.kubeDNS().isPresent()) spec.put("kubeDNS", ClusterPartCodecs.KUBE_DNS.write(c.kubeDNS().get()));
        if (!c.etcdClusters().isEmpty()) {
            // a loop, not a stream: one lambda site less for a cold process to link (networking-benchmarks README, seventeenth round)
            List<Object> etcd = new ArrayList<>(c.etcdClusters().size());
            for (dev.podnet.api.EtcdCluster e : c.etcdClusters()) etcd.add(ClusterPartCodecs.ETCD.write(e));
            spec.put("etcdClusters", java.util.Collections.unmodifiableList(etcd));
        }
        doc.put("spec", spec);
        for (Map.Entry<String, Object> e : c.extraFields().entrySet()) doc.putIfAbsent(e.getKey(), e.getValue());
        return doc;
    }

    /** The network fields under the names of the version (v1alpha2: isolateMasters, DisableSubnetTags). */
    private static Map<String, Object> networkFields(Networking n, boolean v1alpha3) {
        Map<String, Object> fields = ClusterPartCodecs.NETWORK_FIELDS.writeFields(n);
        if (!v1alpha3) {
            Object isolate = fields.remove("isolateControlPlane");
            if (isolate != null) fields.put("isolateMasters", isolate);
            Object tag = fields.remove("tagSubnets");
            if (tag != null) fields.put("DisableSubnetTags", !((Boolean) tag));
        }
        if (n.topology().isPresent()) fields.put("topology", TopologyCodec.write(n.topology().get(), v1alpha3));
        if (n.egressProxy().isPresent()) fields.put("egressProxy", EgressProxyCodec.write(n.egressProxy().get()));
        return fields;
    }
}
