package dev.podnet.api.yaml.internal;

import dev.podnet.api.Networking;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.ErrorType;
import dev.podnet.api.diag.Severity;
import dev.podnet.api.provider.ProviderKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Reads {@code spec.networking}: the provider and, in v1alpha3, the network fields that v1alpha2
 * keeps at the top of {@code spec}. Which fields are read where follows kops' two Go types: kops
 * (1.33, checked with kops-oracle) ignores a field written in the other version's place, such as
 * {@code spec.isolateControlPlane} in a v1alpha2 document or {@code spec.isolateMasters} in a
 * v1alpha3 one; podnet keeps such a key as written and warns that kops ignores it.
 */
public final class NetworkingCodec {
    private NetworkingCodec() {
    }

    /** The network fields of each version's place (v1alpha2: {@code spec}, v1alpha3: {@code spec.networking}). */
    static final Set<String> V1ALPHA2_SPEC_FIELDS = Set.of("networkID", "networkCIDR", "additionalNetworkCIDRs",
            "nonMasqueradeCIDR", "podCIDR", "serviceClusterIPRange", "subnets", "isolateMasters", "topology",
            "egressProxy", "DisableSubnetTags");
    static final Set<String> V1ALPHA3_NETWORKING_FIELDS = Set.of("networkID", "networkCIDR", "additionalNetworkCIDRs",
            "nonMasqueradeCIDR", "podCIDR", "serviceClusterIPRange", "subnets", "isolateControlPlane", "topology",
            "egressProxy", "tagSubnets");
    /** Every key podnet knows as a network field in either place, under either version's name. */
    private static final Set<String> ANY_NETWORK_FIELD = Set.of("networkID", "networkCIDR", "additionalNetworkCIDRs",
            "nonMasqueradeCIDR", "podCIDR", "serviceClusterIPRange", "subnets", "isolateMasters", "isolateControlPlane",
            "topology", "egressProxy", "DisableSubnetTags", "disableSubnetTags", "tagSubnets");

    /**
     * Providers kops' v1alpha3 Go type has no field for (kops-oracle 1.30 and 1.36: {@code classic: {}},
     * {@code lyftvpc: {}}, {@code romana: {}} in a v1alpha3 document are dropped unread, and the spec completes
     * with no provider, where a v1alpha2 document is refused as not supported or removed).
     */
    private static final Set<ProviderKind> NOT_IN_V1ALPHA3 = Set.of(ProviderKind.CLASSIC, ProviderKind.LYFT_VPC,
            ProviderKind.ROMANA);

    /** The one key under which a document of this apiVersion decodes the provider; empty when it has none. */
    static Optional<String> decodedKey(ProviderKind kind, boolean v1alpha3) {
        if (!v1alpha3) return Optional.of(kind.key());
        return NOT_IN_V1ALPHA3.contains(kind) ? Optional.empty() : Optional.of(kind.modernKey());
    }

    /** Whether {@code key} is a network field kops reads at this place; false for keys that are no network field. */
    static boolean readsHere(String key, boolean v1alpha3, boolean underNetworking) {
        return underNetworking == v1alpha3
                && (v1alpha3 ? V1ALPHA3_NETWORKING_FIELDS : V1ALPHA2_SPEC_FIELDS).contains(key);
    }

    /** A network field written where this apiVersion has none: kops drops it when decoding. */
    static boolean misplaced(String key, boolean v1alpha3, boolean underNetworking) {
        return ANY_NETWORK_FIELD.contains(key) && !readsHere(key, v1alpha3, underNetworking);
    }

    /** Reads one network field kops reads here into the builder. */
    static void readField(Networking.Builder nb, String key, Node v, String path, ReadContext ctx) {
        // yaml.null-field-absent: JSON null leaves a Go field at its zero value (a nil topology is defaulted)
        if (Nodes.isNull(v)) return;
        switch (key) {
            case "isolateMasters" -> ClusterPartCodecs.NETWORK_FIELDS.readField(nb, "isolateControlPlane", v, path, ctx);
            case "topology" -> nb.topology(TopologyCodec.read(v, path, ctx));
            case "egressProxy" -> nb.egressProxy(EgressProxyCodec.read(v, path, ctx));
            case "DisableSubnetTags" -> ObjectCodec.Scalars.bool(v, path, ctx).ifPresent(d -> nb.tagSubnets(!d));
            default -> ClusterPartCodecs.NETWORK_FIELDS.readField(nb, key, v, path, ctx);
        }
    }

    /** The warning for a field kops ignores in this place; the key is kept as written. */
    static Diagnostic ignored(String path, String key, String apiVersion) {
        boolean v1alpha3 = apiVersion.equals(ClusterCodec.V1ALPHA3);
        String where = v1alpha3 ? "spec.networking." + (key.equals("isolateMasters") ? "isolateControlPlane" : key)
                : "spec." + (key.equals("isolateControlPlane") ? "isolateMasters"
                        : key.equals("tagSubnets") || key.equals("disableSubnetTags") ? "DisableSubnetTags" : key);
        return Diagnostic.builder().path(path).type(ErrorType.FORBIDDEN).severity(Severity.WARNING)
                .detail(apiVersion + " has no field " + path + ": kops ignores it")
                .hint("write it as " + where + " in a " + apiVersion + " document")
                .rule("yaml.misplaced-network-field").build();
    }

    static void read(Node v, String path, Networking.Builder nb, Map<String, Object> netExtras, String apiVersion,
            ReadContext ctx, List<Diagnostic> findings) {
        if (Nodes.isNull(v)) return;
        if (!(v instanceof MappingNode m)) {
            ctx.problem(path, v, "expected a mapping, got " + Nodes.describe(v));
            return;
        }
        boolean v1alpha3 = apiVersion.equals(ClusterCodec.V1ALPHA3);
        boolean haveProvider = false;
        NodeTuple cniFirst = null;
        for (NodeTuple t : m.getValue()) {
            String key = Nodes.key(t);
            Node value = t.getValueNode();
            String p = path + "." + key;
            Optional<ProviderKind> kind = ProviderKind.byKey(key);
            if (kind.isPresent() && Nodes.isNull(value)) {
                // yaml.null-provider-absent: JSON null leaves kops' provider pointer nil, so kops sees no
                // such provider (kops-oracle 1.19-1.36: "calico: ~" alone completes as no provider at all)
                continue;
            }
            if (kind.isPresent() && !decodedKey(kind.get(), v1alpha3).equals(Optional.of(key))) {
                // each apiVersion's Go type has one key per provider: amazonVPC, kubeRouter and gcp in a v1alpha2
                // document, amazonvpc, kuberouter and gce in a v1alpha3 one, are unknown fields its decoder drops
                // (kops-oracle 1.24 and 1.33.1 on v1alpha2; 1.30 and 1.36 on v1alpha3: each alone completes with
                // no provider, beside calico as calico alone), so they are left out as kops does
                findings.add(Diagnostic.builder().path(p).type(ErrorType.FORBIDDEN).severity(Severity.WARNING)
                        .detail(apiVersion + " has no field " + p + ": kops drops it when decoding")
                        .hint(decodedKey(kind.get(), v1alpha3)
                                .map(k -> "write it as spec.networking." + k + " in a " + apiVersion + " document")
                                .orElse("use a kops.k8s.io/v1alpha2 document, or remove it"))
                        .rule("yaml.undecoded-provider").build());
                continue;
            }
            if (kind.isPresent() && ctx.undecodedBlock(kind.get(), p)) {
                // the release's kops has no field for this key: its decoder drops the block as an unknown
                // field (kindnet before kops 1.32, kops-oracle 1.24/1.28/1.30), so it is left out as kops does
                findings.add(Diagnostic.builder().path(p).type(ErrorType.FORBIDDEN).severity(Severity.WARNING)
                        .detail("this kops release has no field " + p + ": kops drops it when decoding")
                        .hint("use a kops release that knows " + key + ", or remove it")
                        .rule("yaml.undecoded-provider").build());
                continue;
            }
            if (kind.isPresent()) {
                if (!haveProvider) {
                    nb.provider(ProviderCodecs.read(kind.get(), value, p, apiVersion, ctx, findings));
                    haveProvider = true;
                    if (kind.get() == ProviderKind.CNI) cniFirst = t;
                } else if (cniFirst != null && kind.get() != ProviderKind.CNI) {
                    // cni: {} makes no addon and takes no defaults: beside it, kops defaults and renders the
                    // other provider whatever the key order (kops-oracle 1.28: cni before calico), so that
                    // one is the model's provider and cni is kept as the second key
                    nb.provider(ProviderCodecs.read(kind.get(), value, p, apiVersion, ctx, findings));
                    netExtras.put(Nodes.key(cniFirst), Nodes.toValue(cniFirst.getValueNode()));
                    cniFirst = null;
                } else {
                    // The model holds one provider; a second is kept so that it is written back and the
                    // release's one-provider rule judges it (kops up to 1.31 accepts calico beside
                    // cni: {}, checked with kops-oracle 1.22-1.30; from 1.32 it refuses every pair).
                    netExtras.put(key, Nodes.toValue(value));
                }
            } else if (readsHere(key, v1alpha3, true)) {
                readField(nb, key, value, p, ctx);
            } else {
                netExtras.put(key, Nodes.toValue(value));
                findings.add(misplaced(key, v1alpha3, true) ? ignored(p, key, apiVersion) : unknownProvider(p, key));
            }
        }
    }

    /**
     * The warnings for keys under {@code spec.networking} of a model that name no provider and no
     * network field (the reader warns about a misplaced network field itself): what validation adds,
     * so that a cluster read with {@code ClusterYaml.read} loses no finding.
     */
    public static List<Diagnostic> unknownProviders(Networking n) {
        return n.extraFields().keySet().stream()
                .filter(k -> ProviderKind.byKey(k).isEmpty() && !ANY_NETWORK_FIELD.contains(k))
                .map(k -> unknownProvider("spec.networking." + k, k)).toList();
    }

    /**
     * kops 1.33 (kops-oracle) drops an unknown key under {@code spec.networking} silently, its decoder
     * being lenient: {@code frob: {}} alone gives a cluster with no networking addon, beside
     * {@code calico} only calico. podnet keeps the key (it is written back) and warns, so that a
     * misspelt provider is seen while the verdict stays kops'.
     */
    static Diagnostic unknownProvider(String path, String key) {
        return Diagnostic.builder().path(path).type(ErrorType.UNSUPPORTED).quotedValue(key)
                .allowedValues(ProviderKind.allKeys()).severity(Severity.WARNING)
                .detail("unknown networking provider \"" + key + "\": kops ignores it")
                .hint("use one of: " + String.join(", ", ProviderKind.allKeys()))
                .rule("networking.unknown-provider").build();
    }
}
