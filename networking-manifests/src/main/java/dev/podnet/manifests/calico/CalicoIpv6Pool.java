package dev.podnet.manifests.calico;

import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.manifests.internal.Edits;
import dev.podnet.manifests.internal.RenderContext;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An IPv6-only cluster at kops 1.22 ({@code ipv6PoolFromClusterCidr}, releases.yaml): its k8s-1.16 template
 * keeps calico-ipam and gives Calico an IPv6 pool of the cluster CIDR, where later releases hand out the
 * node's pod CIDR with host-local ({@link CalicoRenderer#ipv6OnlyCni}, {@link CalicoRenderer#ipv6OnlyNode}).
 * Pinned by kops-oracle 1.22 renders.
 */
final class CalicoIpv6Pool {

    private CalicoIpv6Pool() {
    }

    /** calico-config's CNI config: calico-ipam assigns IPv6 addresses, not IPv4. */
    static Manifest cni(Manifest m) {
        return m.edit("ConfigMap", "calico-config", cm -> {
            if (!(cm.get("data.cni_network_config").orElse(null) instanceof String text)) {
                return cm;
            }
            return cm.withData("cni_network_config", text.replace("\"assign_ipv4\": \"true\"", "\"assign_ipv4\": \"false\"")
                    .replace("\"assign_ipv6\": \"false\"", "\"assign_ipv6\": \"true\""));
        });
    }

    /**
     * calico-node: {@code IP} none, {@code IP6} autodetect, both autodetection methods the spec's or
     * {@code first-found}; in place of the IPv4 pool's {@code CALICO_IPV4POOL_CIDR},
     * {@code CALICO_IPV6POOL_CIDR} (the cluster CIDR), {@code CALICO_IPV6POOL_NAT_OUTGOING} true and
     * {@code CALICO_ROUTER_ID} hash; its probes check BIRD6 too ({@code -bird6-live}, {@code -bird6-ready}
     * last), whatever the encapsulation (kops-oracle 1.22: also with vxlan, where the BIRD checks go).
     */
    static KubeObject node(KubeObject ds, CalicoSpec s, RenderContext ctx) {
        String c = "calico-node";
        KubeObject o = ds;
        o = Edits.envIfPresent(o, c, "IP", "none");
        o = Edits.envIfPresent(o, c, "IP6", "autodetect");
        o = Edits.envIfPresent(o, c, "IP_AUTODETECTION_METHOD", s.ipv4AutoDetectionMethod().orElse("first-found"));
        o = Edits.envIfPresent(o, c, "IP6_AUTODETECTION_METHOD", s.ipv6AutoDetectionMethod().orElse("first-found"));
        int index = o.containerNames().indexOf(c);
        String path = "spec.template.spec.containers[" + index + "].env";
        List<Object> env = new ArrayList<>();
        for (Object e : (List<?>) o.get(path).orElse(List.of())) {
            Object name = e instanceof Map<?, ?> m ? m.get("name") : null;
            if ("CALICO_IPV4POOL_CIDR".equals(name)) {
                env.add(Map.of("name", "CALICO_IPV6POOL_CIDR", "value", ctx.clusterCidr().orElse("")));
                env.add(Map.of("name", "CALICO_IPV6POOL_NAT_OUTGOING", "value", "true"));
                env.add(Map.of("name", "CALICO_ROUTER_ID", "value", "hash"));
                continue;
            }
            env.add(e);
        }
        o = o.with(path, env);
        for (String probe : new String[] {"livenessProbe", "readinessProbe"}) {
            String command = "spec.template.spec.containers[" + index + "]." + probe + ".exec.command";
            if (o.get(command).orElse(null) instanceof List<?> args) {
                List<Object> out = new ArrayList<>(args);
                out.add(probe.equals("livenessProbe") ? "-bird6-live" : "-bird6-ready");
                o = o.with(command, out);
            }
        }
        return o;
    }
}
