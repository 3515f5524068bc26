package dev.podnet.providers.internal;

import dev.podnet.api.internal.cluster.IpFamily;
import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.KubeProxy;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.version.KubernetesVersion;
import dev.podnet.api.diag.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import dev.podnet.api.CloudProvider;

/**
 * What every rule needs to know about one validation run: the cluster, the release, the mode, and
 * the facts derived from them (Kubernetes version, cloud, IPv6-only, where kops puts the paths), and
 * the single-field constraint checker shared by every rule of the run. One per run: the facts derived
 * from the cluster (its Kubernetes version, IPv6-only) are read once, as many rules ask for them.
 */
public final class RuleContext {
    /** kops' internal model from 1.26: cluster ranges under spec.networking, controlPlane for masters, amazonVPC/kubeRouter. */
    public static final Gate NAMES_1_26 = ClusterGates.gate("model.names-1.26");
    /** kops' internal model from 1.28: the GCE provider's key is gcp. */
    public static final Gate GCP_KEY = ClusterGates.gate("model.gcp-key");
    private static final Gate AMAZONVPC_IPV4_BEFORE_VALIDATION = ClusterGates.gate("cluster.amazonvpc-ipv4-before-validation");

    private final Cluster cluster;
    private final KopsVersion release;
    private final ValidationMode mode;
    private final FieldConstraints constraints;
    private final Optional<KubernetesVersion> k8s;
    /** {@link IpFamily#isIpv6Only} of the cluster, read when first asked (null until then). */
    private Boolean ipv6Only;

    /**
     * @param cluster the cluster the run checks
     * @param release the release whose rules apply
     * @param mode the validation mode
     * @param constraints the single-field constraint checker shared by the run's rules
     */
    public RuleContext(Cluster cluster, KopsVersion release, ValidationMode mode, FieldConstraints constraints) {
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.release = Objects.requireNonNull(release, "release");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.constraints = Objects.requireNonNull(constraints, "constraints");
        this.k8s = parsedKubernetes(cluster);
    }

    private static Optional<KubernetesVersion> parsedKubernetes(Cluster cluster) {
        try {
            return cluster.kubernetes();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Cluster cluster() { return cluster; }

    public KopsVersion release() { return release; }

    public ValidationMode mode() { return mode; }

    public FieldConstraints constraints() { return constraints; }

    public boolean strict() { return mode == ValidationMode.STRICT; }

    /** The cluster's Kubernetes version, if set and parsable. */
    public Optional<KubernetesVersion> k8s() {
        return k8s;
    }

    /** True if the Kubernetes version is known and at least {@code major.minor}. */
    public boolean k8sAtLeast(int major, int minor) {
        return k8s.isPresent() && k8s.get().isAtLeast(major, minor);
    }

    /** True if the Kubernetes version is known and before {@code major.minor}. */
    public boolean k8sBefore(int major, int minor) {
        return k8s.isPresent() && k8s.get().isBefore(major, minor);
    }

    /** True if the rule (or variant) {@code gate} applies at this release. */
    public boolean in(Gate gate) { return gate.holds(release); }

    public Optional<Cloud> cloud() { return cluster.cloud(); }

    public boolean onCloud(Cloud c) { return c.equals(cloud().orElse(null)); }

    /**
     * kops' {@code IsIPv6Only} ({@link IpFamily#isIpv6Only}) on the spec its validation sees: up to 1.24 (gate
     * {@code cluster.amazonvpc-ipv4-before-validation}) an amazonvpc cluster on AWS without {@code networkCIDR} and
     * {@code networkID} has its non-masquerade range replaced with the default network CIDR first, so it is not IPv6-only
     * (kops-oracle 1.24; 1.28 checks it as written).
     */
    public boolean ipv6Only() {
        Boolean v = ipv6Only;
        if (v == null) {
            v = IpFamily.isIpv6Only(cluster) && !amazonVpcRangeReplaced();
            ipv6Only = v;
        }
        return v;
    }

    private boolean amazonVpcRangeReplaced() {
        var n = cluster.networking();
        return in(AMAZONVPC_IPV4_BEFORE_VALIDATION) && onCloud(Cloud.AWS)
                && n.providerKind().orElse(null) == ProviderKind.AMAZON_VPC
                && n.networkCIDR().orElse("").isEmpty() && n.networkID().orElse("").isEmpty();
    }

    /** Layer 1: the single-field constraints of {@code fields}, rooted at {@code basePath}, gated by rows of {@code gates}. */
    public List<Diagnostic> checkFields(Record fields, String basePath, RuleGates gates) {
        return constraints.check(fields, basePath, release, gates);
    }

    /** Where the cluster-level fields sit in kops' paths: {@code spec.} up to 1.25, {@code spec.networking.} from 1.26 ({@link #NAMES_1_26}). */
    public String net(String field) {
        return (in(NAMES_1_26) ? "spec.networking." : "spec.") + field;
    }

    /** {@code spec.networking.<key>} with the key kops' internal model used at this release. */
    public String provider(ProviderKind kind) {
        return "spec.networking." + providerKey(kind);
    }

    public String provider(ProviderKind kind, String field) { return provider(kind) + "." + field; }

    /**
     * The internal JSON name of a provider at this release: {@code amazonvpc}/{@code kuberouter} up to
     * 1.25 and {@code amazonVPC}/{@code kubeRouter} from 1.26; {@code gce} up to 1.27 and {@code gcp} from 1.28.
     */
    public String providerKey(ProviderKind kind) {
        return switch (kind) {
            case GCP -> in(GCP_KEY) ? "gcp" : "gce";
            case AMAZON_VPC, KUBE_ROUTER -> in(NAMES_1_26) ? kind.modernKey() : kind.key();
            default -> kind.key();
        };
    }

    /** A value of an unmodelled {@code spec} key, e.g. {@code certManager.enabled} or {@code containerRuntime}. */
    public Optional<Object> extraSpec(String dottedPath) {
        Object cur = cluster.extraSpec();
        // the path's parts read in place (rules ask for several per spec, most specs have no such keys)
        int start = 0;
        while (true) {
            if (!(cur instanceof Map<?, ?> m) || m.isEmpty()) return Optional.empty();
            int dot = dottedPath.indexOf('.', start);
            cur = m.get(dot < 0 ? dottedPath.substring(start) : dottedPath.substring(start, dot));
            if (dot < 0) return Optional.ofNullable(cur);
            start = dot + 1;
        }
    }

    public Optional<String> extraSpecString(String dottedPath) {
        Optional<Object> v = extraSpec(dottedPath);
        return v.isPresent() ? Optional.of(String.valueOf(v.get())) : Optional.empty();
    }

    public boolean extraSpecTrue(String dottedPath) {
        Object v = extraSpec(dottedPath).orElse(null);
        return v instanceof Boolean b ? b : v != null && "true".equals(String.valueOf(v));
    }

    /** True if {@code spec.cloudProvider} is written as a block: kops' v1alpha3 document. */
    public boolean cloudProviderBlock() {
        Optional<CloudProvider> cp = cluster.cloudProvider();
        return cp.isPresent() && cp.get().objectForm();
    }

    /** kube-proxy runs unless {@code spec.kubeProxy.enabled} is false; kops' rules look only at a present kubeProxy. */
    public boolean kubeProxyPresentAndEnabled() {
        Optional<KubeProxy> kp = cluster.kubeProxy();
        return kp.isPresent() && kp.get().enabled().orElse(true);
    }
}
