package dev.podnet.providers.cluster;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.podnet.api.Cloud;
import dev.podnet.api.CloudProvider;
import dev.podnet.api.Cluster;
import dev.podnet.api.CreateOptions;
import dev.podnet.api.EtcdCluster;
import dev.podnet.api.KubeProxy;
import dev.podnet.api.Networking;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.version.KubernetesVersion;
import dev.podnet.providers.internal.FieldRules;
import dev.podnet.providers.internal.ProviderMaps;

/**
 * What {@code kops create cluster} writes (networking part, and its iam block): the provider for {@code --networking NAME}
 * with its create-time settings and side effects (kube-proxy, the cilium etcd cluster), the subnets made from
 * the zones and the topology ({@link CreateSubnets}, {@link CreateTopology}), network CIDRs, the IPv6 forms,
 * then kops' {@code PerformAssignments} (network CIDR, non-masquerade range, subnet CIDRs). Facts by release
 * come from {@link CreateFacts} ({@code dev/podnet/providers/cluster/create.yaml}).
 */
public final class CreateCluster {
    private static final CreateFacts FACTS = CreateFacts.SHIPPED;

    private CreateCluster() {
    }

    /**
     * The {@code --networking} value the release uses when none is given.
     *
     * @param release a kops release podnet knows
     * @return the provider name, e.g. {@code cilium} from kops 1.26
     * @throws java.util.NoSuchElementException when the create facts have no default for {@code release}
     */
    public static String defaultNetworking(KopsVersion release) {
        return FACTS.defaultNetworking().at(release).orElseThrow();
    }

    /**
     * Every {@code --networking} name the release accepts.
     *
     * @param release a kops release
     * @return the names in the order of the create facts; empty for a release they do not cover
     */
    public static List<String> acceptedNames(KopsVersion release) {
        return FACTS.namesAt(release).stream().map(CreateFacts.NetworkingName::name).toList();
    }

    /**
     * The cluster {@code kops create cluster} writes for {@code o} at {@code release}.
     *
     * @param o the command-line options (zones, networking, topology, IPv6, ...)
     * @param release the kops release to imitate
     * @return the cluster before {@code PopulateClusterSpec}: provider, subnets, topology and assigned CIDRs
     * @throws IllegalArgumentException when {@code release} does not know the networking name or the
     *         {@code --ipv6} flag, or the options are a combination kops refuses
     */
    public static Cluster create(CreateOptions o, KopsVersion release) {
        String name = o.networking().filter(s -> !s.isEmpty()).orElse(defaultNetworking(release));
        CreateFacts.NetworkingName row = FACTS.namesAt(release).stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown networking mode \"" + name + "\""));
        CreateFacts.Ipv6 ipv6 = null;
        if (o.ipv6()) ipv6 = FACTS.ipv6().at(release).orElseThrow(() -> new IllegalArgumentException("unknown flag: --ipv6"));
        String topology = CreateTopology.chosen(o, ipv6);
        if (name.equals("kubenet") && topology.equals("private")) {
            throw new IllegalArgumentException("invalid networking option " + name + ". Kubenet does not support private topology");
        }
        CreateTopology.checkBastion(o, topology);
        Cluster.Builder b = Cluster.builder().name(o.name()).cloudProvider(CloudProvider.of(o.cloud()));
        o.kubernetesVersion().ifPresent(b::kubernetesVersion);
        if (o.cloud().equals(Cloud.GCE)) o.project().ifPresent(p -> b.putExtraSpec("project", p));
        for (String etcd : FACTS.etcdClusters()) b.addEtcdClusters(EtcdCluster.named(etcd));
        b.putExtraSpec("iam", ProviderMaps.deepCopy(FACTS.iam()));
        ProviderChoice choice = providerChoice(o, release, row, b);

        Networking.Builder nb = Networking.builder().provider(ProviderMaps.fromMap(row.kind(), choice.settings()));
        if (!o.networkCIDRs().isEmpty()) {
            nb.networkCIDR(o.networkCIDRs().get(0));
            nb.additionalNetworkCIDRs(o.networkCIDRs().subList(1, o.networkCIDRs().size()));
        }
        o.networkID().ifPresent(nb::networkID);
        nb.subnets(CreateSubnets.of(o, FACTS.layout(o.cloud()), topology, ipv6));
        nb.topology(CreateTopology.of(o, release, topology, FACTS));
        if (ipv6 != null) ipv6.nonMasqueradeCidr().ifPresent(nb::nonMasqueradeCIDR);
        b.networking(nb.build());
        if (ipv6 != null && ipv6.cloudControllerManager()) b.putExtraSpec("cloudControllerManager", new LinkedHashMap<>());
        if (choice.kubeProxyEnabled() != null) b.kubeProxy(KubeProxy.builder().enabled(choice.kubeProxyEnabled()).build());
        // kops create cluster then runs PerformAssignments: network CIDR, non-masquerade range, subnet CIDRs.
        return ClusterDefaults.performAssignments(b.build(), release, applied -> { });
    }

    /** The provider's settings and kube-proxy's enabled flag (null: not set) after the name's effects and {@code --set}. */
    private record ProviderChoice(Map<String, Object> settings, Boolean kubeProxyEnabled) {
    }

    private static ProviderChoice providerChoice(CreateOptions o, KopsVersion release, CreateFacts.NetworkingName row, Cluster.Builder b) {
        Map<String, Object> settings = ProviderMaps.deepCopy(row.settings());
        Boolean kubeProxyEnabled = null;
        for (CreateFacts.Effect effect : row.effects()) {
            if (!effect.releases().contains(release) || !appliesTo(effect, o)) continue;
            switch (effect.kind()) {
                case KUBE_PROXY_DISABLED -> kubeProxyEnabled = false;
                case SET -> settings.putAll(ProviderMaps.deepCopy(effect.values()));
                case SET_ON_CLOUD -> {
                    if (effect.cloud().filter(o.cloud()::equals).isPresent()) settings.putAll(ProviderMaps.deepCopy(effect.values()));
                }
                case ETCD_CLUSTER -> b.addEtcdClusters(EtcdCluster.named(effect.etcdName().orElseThrow()));
            }
        }
        // --set: the networking provider's fields and kube-proxy's enabled flag; other paths are not networking.
        for (String set : o.sets()) {
            int eq = set.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("missing value in --set \"" + set + "\"");
            String path = set.substring(0, eq).trim();
            if (path.startsWith("cluster.")) path = path.substring("cluster.".length());
            Object value = scalar(set.substring(eq + 1));
            String providerPrefix = "spec.networking." + row.kind().key() + ".";
            if (path.startsWith(providerPrefix)) {
                FieldRules.put(settings, path.substring(providerPrefix.length()), value);
            } else if (path.equals("spec.kubeProxy.enabled")) {
                kubeProxyEnabled = Boolean.valueOf(String.valueOf(value));
            }
        }
        if (row.kind() == ProviderKind.CALICO && Boolean.TRUE.equals(settings.get("bpfEnabled")) && kubeProxyEnabled == null
                && FACTS.calicoBpfDisablesKubeProxy().at(release).orElse(false)) {
            kubeProxyEnabled = false;
        }
        return new ProviderChoice(settings, kubeProxyEnabled);
    }

    /** An effect limited to Kubernetes versions applies when the version is unset or inside; kops only logs an unparsable one. */
    private static boolean appliesTo(CreateFacts.Effect effect, CreateOptions o) {
        if (effect.kubernetes().isEmpty() || o.kubernetesVersion().isEmpty()) return true;
        try {
            return effect.kubernetes().get().contains(KubernetesVersion.of(o.kubernetesVersion().get()));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Object scalar(String v) {
        String t = v.trim();
        if (t.equals("true") || t.equals("false")) return Boolean.valueOf(t);
        if (t.matches("-?[0-9]{1,9}")) return Integer.valueOf(t);
        return t;
    }
}
