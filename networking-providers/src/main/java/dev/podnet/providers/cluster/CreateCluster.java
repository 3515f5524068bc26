package dev.podnet.providers.cluster;

import java.util.ArrayList;
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
import dev.podnet.api.version.VersionRange;
import dev.podnet.providers.KopsNetworkingEngine;
import dev.podnet.providers.internal.Data;
import dev.podnet.providers.internal.ProviderMaps;
import dev.podnet.providers.internal.ReleaseTable;

/**
 * What {@code kops create cluster --networking NAME} writes (networking part): the provider, its
 * create-time settings and side effects, from {@code dev/podnet/providers/cluster/create.yaml}.
 */
public final class CreateCluster {
    private static final Map<String, Object> TABLE = Data.load("dev/podnet/providers/cluster/create.yaml");
    private static final ReleaseTable<Object> DEFAULT_NAME = ReleaseTable.of((Map<?, ?>) TABLE.get("defaultNetworking"), v -> v);
    private static final List<Map<String, Object>> NAMES = Data.rows(TABLE, "names");

    private CreateCluster() {
    }

    /** The {@code --networking} value the release uses when none is given. */
    public static String defaultNetworking(KopsVersion release) {
        return String.valueOf(DEFAULT_NAME.at(release).orElseThrow());
    }

    @SuppressWarnings("unchecked")
    public static Cluster create(CreateOptions o, KopsVersion release, KopsNetworkingEngine engine) {
        String name = o.networking().filter(s -> !s.isEmpty()).orElse(defaultNetworking(release));
        Map<String, Object> row = null;
        for (Map<String, Object> r : NAMES) {
            if (r.get("name").equals(name) && VersionRange.parse(String.valueOf(r.getOrDefault("releases", "*"))).contains(release)) {
                row = r;
                break;
            }
        }
        if (row == null) throw new IllegalArgumentException("unknown networking mode \"" + name + "\"");
        if (name.equals("kubenet") && o.topology().equals("private")) {
            throw new IllegalArgumentException("invalid networking option " + name + ". Kubenet does not support private topology");
        }
        ProviderKind kind = ProviderKind.byKey(String.valueOf(row.get("key"))).orElseThrow();
        Map<String, Object> settings = row.get("settings") == null ? new LinkedHashMap<>()
                : ProviderMaps.deepCopy((Map<String, Object>) row.get("settings"));
        Cluster.Builder b = Cluster.builder().name(o.name()).cloudProvider(CloudProvider.of(o.cloud()));
        o.kubernetesVersion().ifPresent(b::kubernetesVersion);
        boolean kubeProxyOff = false;
        for (Map<String, Object> effect : (List<Map<String, Object>>) row.getOrDefault("effects", List.of())) {
            if (!VersionRange.parse(String.valueOf(effect.getOrDefault("releases", "*"))).contains(release)) continue;
            Object k8s = effect.get("kubernetes");
            if (k8s != null && o.kubernetesVersion().isPresent()) {
                try {
                    if (!VersionRange.parse(String.valueOf(k8s)).contains(KubernetesVersion.of(o.kubernetesVersion().get()))) continue;
                } catch (RuntimeException e) {
                    continue; // kops only logs an unparsable version
                }
            }
            String what = String.valueOf(effect.get("effect"));
            switch (what) {
                case "kubeProxyDisabled" -> kubeProxyOff = true;
                case "set" -> settings.putAll(ProviderMaps.deepCopy((Map<String, Object>) effect.get("values")));
                case "setOnCloud" -> {
                    if (o.cloud().equals(Cloud.of(String.valueOf(effect.get("cloud"))))) {
                        settings.putAll(ProviderMaps.deepCopy((Map<String, Object>) effect.get("values")));
                    }
                }
                case "etcdCluster" -> b.addEtcdClusters(EtcdCluster.named(String.valueOf(effect.get("name"))));
                default -> throw new IllegalStateException("unknown create effect " + what);
            }
        }
        Networking.Builder nb = Networking.builder().provider(ProviderMaps.fromMap(kind, settings));
        b.networking(nb.build());
        if (kubeProxyOff) b.kubeProxy(KubeProxy.builder().enabled(false).build());
        return b.build();
    }

    /** Every {@code --networking} name the release accepts. */
    public static List<String> acceptedNames(KopsVersion release) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> r : NAMES) {
            if (VersionRange.parse(String.valueOf(r.getOrDefault("releases", "*"))).contains(release)) out.add(String.valueOf(r.get("name")));
        }
        return out;
    }
}
