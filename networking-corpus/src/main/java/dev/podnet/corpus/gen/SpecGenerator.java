package dev.podnet.corpus.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generator of kops Cluster documents (kops.k8s.io/v1alpha2) that explore what users write:
 * every provider a release offers with its fields set to valid values (zero values and boundaries
 * included), IPv4 / IPv6 / dual-stack clusters with subnets of every type with and without CIDRs,
 * partial kubelet / kubeAPIServer / kubeControllerManager / kubeProxy blocks, Kubernetes versions of
 * the release's range, and a share of invalidating mutations. Same seed, release, provider and index
 * give the same document: each case draws from its own {@link Random}.
 *
 * <p>The scaffolding (configBase, etcdClusters, iam, the us-test-1 zones) is the one kops-oracle's
 * mock clouds need. Field names and values come from podnet's provider model
 * ({@code dev.podnet.api.provider.*Spec}) and the kops facts of the project.
 */
public final class SpecGenerator {
    /** Bump when the generated documents of the narrow profile change for a given seed. */
    public static final int VERSION = 1;
    /** Name of the narrow profile (the first fixture set, {@code podnet-generated/}). */
    public static final String NARROW = "narrow";
    /**
     * Name of the wide profile (the probe set, {@code podnet-generated-wide/}): the narrow profile's draws
     * plus those of {@link WideDraws}, and the buckets of providers at releases that deprecate or removed them.
     */
    public static final String WIDE = "wide";
    /** Bump when the generated documents of the wide profile change for a given seed. */
    public static final int WIDE_VERSION = 1;
    /**
     * Name of the surface profile (the probe set {@code podnet-generated-surface/}): narrow-profile documents
     * without invalidating mutation, each rewritten in one of the {@link SurfaceForms} users write.
     */
    public static final String SURFACE = "surface";
    /** Bump when the generated documents of the surface profile change for a given seed. */
    public static final int SURFACE_VERSION = 1;
    /**
     * Name of the crossed profile (the probe set {@code podnet-generated-crossed/}): kops' own test specs
     * crossed with every release and AWS provider; see {@link CorpusCrossing}.
     */
    public static final String CROSSED = "crossed";
    /** Bump when the generated documents of the crossed profile change for a given seed. */
    public static final int CROSSED_VERSION = 1;
    /**
     * Name of the cluster profile (the probe set {@code podnet-generated-cluster/}): wide-profile documents that also
     * set a random subset of the Cluster fields outside networking kops checks, valid and invalid; see {@link ClusterDraws}.
     */
    public static final String CLUSTER = "cluster";
    /** Bump when the generated documents of the cluster profile change for a given seed. */
    public static final int CLUSTER_VERSION = 2;
    /**
     * Name of the edges profile (the probe set {@code podnet-generated-edges/}): cluster-profile documents that also draw
     * what no other profile draws (egress proxy, additional routes, values of the wrong type, mixed subnets, IPv6 turned
     * on, unusual network fields), valid and invalid; see {@link EdgeDraws}.
     */
    public static final String EDGES = "edges";
    /** Bump when the generated documents of the edges profile change for a given seed. */
    public static final int EDGES_VERSION = 1;
    /**
     * Name of the fields profile: cluster-profile documents that also draw the Cluster fields podnet reads that the other
     * profiles leave alone or set one way only (kube-dns with NodeLocal DNS and the kubelets' clusterDNS, the node
     * termination handler, authentication, etcd members and manager, containerd, ...), valid and invalid; see
     * {@link FieldDraws}.
     */
    public static final String FIELDS = "fields";
    /** Bump when the generated documents of the fields profile change for a given seed. */
    public static final int FIELDS_VERSION = 1;

    /** The kops releases kops-oracle has, oldest first. */
    public static final List<String> RELEASES = List.of(
            "v1.19.0", "v1.20.0", "v1.21.0", "v1.22.0", "v1.24.0", "v1.28.0", "v1.30.0", "v1.33.1", "v1.36.0");

    /** Share of cases that get an invalidating mutation. */
    static final double MUTATION_SHARE = 0.15;

    private final long seed;
    private final boolean wide;
    private final boolean surface;
    /** The cluster profile: the wide profile's draws, then {@link ClusterDraws}. */
    private final boolean cluster;
    /** The edges profile: the cluster profile's draws, then {@link EdgeDraws}. */
    private final boolean edges;
    /** The fields profile: the cluster profile's draws, then {@link FieldDraws}. */
    private final boolean fields;
    /** The corpus templates of the crossed profile, null for the other profiles. */
    private final CorpusCrossing crossing;

    /**
     * The narrow profile.
     *
     * @param seed the seed
     */
    public SpecGenerator(long seed) {
        this(seed, NARROW);
    }

    /**
     * A profile by name.
     *
     * @param seed    the seed
     * @param profile {@link #NARROW}, {@link #WIDE}, {@link #SURFACE}, {@link #CROSSED}, {@link #CLUSTER}, {@link #EDGES} or
     *                {@link #FIELDS}
     */
    public SpecGenerator(long seed, String profile) {
        if (!List.of(NARROW, WIDE, SURFACE, CROSSED, CLUSTER, EDGES, FIELDS).contains(profile)) throw new IllegalArgumentException("unknown profile " + profile);
        this.seed = seed;
        this.edges = profile.equals(EDGES);
        this.fields = profile.equals(FIELDS);
        this.cluster = profile.equals(CLUSTER) || edges || fields;
        this.wide = profile.equals(WIDE) || cluster;
        this.surface = profile.equals(SURFACE);
        this.crossing = profile.equals(CROSSED) ? CorpusCrossing.fromCorpus() : null;
    }

    /** {@return the profile's name} */
    public String profile() {
        return crossing != null ? CROSSED : edges ? EDGES : fields ? FIELDS : cluster ? CLUSTER : wide ? WIDE : surface ? SURFACE : NARROW;
    }

    /** {@return the generator version of the profile} */
    public int version() {
        return crossing != null ? CROSSED_VERSION : edges ? EDGES_VERSION : fields ? FIELDS_VERSION : cluster ? CLUSTER_VERSION : wide ? WIDE_VERSION : surface ? SURFACE_VERSION : VERSION;
    }

    /**
     * The buckets of this generator's profile at a release.
     *
     * @param release kops release tag
     * @return the buckets
     */
    public List<String> buckets(String release) {
        List<String> p = providers(release);
        if (wide) p.addAll(WideDraws.extraProviders(minor(release)));
        if (crossing != null) p.remove("gce"); // the templates are AWS clusters
        return p;
    }

    /** The generator buckets a release offers ({@code spec.networking} keys; {@code cilium-eni} is Cilium with ENI IPAM). */
    public static List<String> providers(String release) {
        int m = minor(release);
        List<String> p = new ArrayList<>(List.of("calico", "cilium", "cilium-eni", "flannel", "kopeio", "kuberouter",
                "kubenet", "amazonvpc", "cni", "external"));
        if (m <= 33) p.add("canal");
        if (m <= 24) p.add("weave");
        if (m <= 22) p.add("lyftvpc");
        if (m >= 32) p.add("kindnet");
        if (m >= 33) p.add("gce");
        return p;
    }

    public List<GeneratedSpec> generateAll(String release, String provider, int count) {
        List<GeneratedSpec> out = new ArrayList<>();
        for (int i = 0; i < count; i++) out.add(generate(release, provider, i));
        return out;
    }

    public GeneratedSpec generate(String release, String provider, int index) {
        String id = release + "-" + provider + "-" + String.format("%03d", index);
        Random r = new Random(seed * 1_000_003L + id.hashCode() * 31L + index);
        if (crossing != null) {
            return new GeneratedSpec(id, release, provider, index, null, YamlText.write(crossing.cross(r, release, provider)));
        }
        GeneratedCase c = new GeneratedCase(new Draws(r), release, provider, wide);
        if (surface) {
            // every form at every release: the bucket's place and the index walk through the forms
            int bucket = buckets(release).indexOf(provider);
            String form = SurfaceForms.FORMS.get(Math.floorMod(index * 13 + bucket + (int) seed, SurfaceForms.FORMS.size()));
            return new GeneratedSpec(id, release, provider, index, "surface:" + form, new SurfaceForms(c).write(form));
        }
        String mutation = r.nextDouble() < MUTATION_SHARE ? new CaseMutations(c).mutate() : null;
        if (cluster) {
            String drawn = "cluster: " + String.join(", ", new ClusterDraws(c).draw());
            mutation = mutation == null ? drawn : mutation + "; " + drawn;
        }
        if (edges) mutation = mutation + "; edges: " + String.join(", ", new EdgeDraws(c).draw());
        if (fields) mutation = mutation + "; fields: " + String.join(", ", new FieldDraws(c).draw());
        return new GeneratedSpec(id, release, provider, index, mutation, YamlText.write(c.document()));
    }

    static int minor(String release) {
        return Integer.parseInt(release.replaceFirst("^v", "").split("\\.")[1]);
    }
}
