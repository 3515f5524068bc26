package dev.podnet.manifests.calico;

import static dev.podnet.manifests.internal.Edits.envIfPresent;

import dev.podnet.api.Cloud;
import dev.podnet.api.EtcdCluster;
import dev.podnet.api.PodnetException;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.manifests.internal.FactTable;
import dev.podnet.manifests.internal.RenderContext;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The edits kops 1.18 makes to Calico's templates (kops 1.18,
 * {@code upup/pkg/fi/cloudup/template_functions.go} and the calico templates under
 * {@code upup/models/cloudup/resources/addons/networking.projectcalico.org/}), for each of the three
 * templates kops 1.18 lists in the channel:
 * <ul>
 * <li>{@code k8s-1.12} and {@code k8s-1.16}: calico-config {@code typha_service_name} ({@code calico-typha}
 * with {@code typhaReplicas} &gt; 0, else {@code none}), {@code calico_backend} {@code bird},
 * {@code veth_mtu} = {@code mtu} or 1440 (1430 on OpenStack); calico-node {@code CALICO_IPV4POOL_IPIP}
 * ({@code CrossSubnet} on AWS with {@code crossSubnet}, else {@code ipipMode} or {@code Always}),
 * {@code CALICO_IPV4POOL_VXLAN} {@code Never}, {@code CALICO_IPV4POOL_CIDR}, {@code FELIX_IPTABLESBACKEND}
 * ({@code iptablesBackend} or {@code Legacy} in k8s-1.12, {@code Auto} in k8s-1.16),
 * {@code FELIX_LOGSEVERITYSCREEN}, {@code FELIX_PROMETHEUSMETRICSENABLED}/{@code PORT}, the Go and
 * process metrics always {@code "true"} (kops' {@code or x "true"} quirk), the cpu request; with Typha
 * the calico-typha objects ({@link CalicoTypha}). The k8s-1.12 template reads
 * {@code FELIX_TYPHAK8SSERVICENAME} from calico-config unconditionally; k8s-1.16 only with Typha.</li>
 * <li>{@code k8s-1.7} (Calico 2.6 with etcd): calico-config {@code etcd_endpoints} from the first etcd
 * cluster's members ({@code https://etcd-<member>.internal.<cluster>:4001}, comma-separated),
 * {@code CALICO_IPV4POOL_CIDR}, the Felix log and Prometheus env as above. Its
 * {@code CALICO_IPV4POOL_IPIP} value ({@code always}, Calico 2 spelling) stays as the template has it.</li>
 * </ul>
 * {@code registry}, {@code version}, {@code encapsulationMode} and the other 1.19+ fields have no effect.
 * Not modelled: the {@code k8s-1.7-v3} template ({@code majorVersion: v3}) and the {@code k8s-ec2-srcdst}
 * objects (AWS with {@code crossSubnet}): podnet has no kops 1.18 output for them.
 */
final class CalicoKops118Edits {

    private CalicoKops118Edits() {
    }

    static Manifest edit(Manifest base, CalicoSpec s, RenderContext ctx) {
        boolean legacy = ctx.templateId().equals("k8s-1.7");
        int typha = legacy ? 0 : s.typhaReplicas().orElse(0);
        Manifest m;
        if (legacy) {
            m = base.edit("ConfigMap", "calico-config", cm -> cm.withData("etcd_endpoints", etcdEndpoints(ctx)));
        } else {
            boolean openstack = ctx.cloud().filter(Cloud.OPENSTACK::equals).isPresent();
            m = base.edit("ConfigMap", "calico-config", cm -> cm
                    .withData("typha_service_name", typha > 0 ? "calico-typha" : "none")
                    .withData("calico_backend", "bird")
                    .withData("veth_mtu", String.valueOf(s.mtu().orElse(openstack ? 1430 : 1440))));
        }
        m = m.edit("DaemonSet", "calico-node", ds -> calicoNode(ds, s, ctx, legacy));
        if (ctx.templateId().equals("k8s-1.16")) {
            m = m.edit("DaemonSet", "calico-node", ds -> CalicoRenderer.typhaEnv(ds, typha > 0));
        }
        if (typha > 0) {
            m = CalicoTypha.add(m, s, typha, ctx.caches());
        }
        return m;
    }

    private static KubeObject calicoNode(KubeObject ds, CalicoSpec s, RenderContext ctx, boolean legacy) {
        String c = "calico-node";
        KubeObject o = ds;
        if (!legacy) {
            boolean awsCrossSubnet = ctx.cloud().filter(Cloud.AWS::equals).isPresent() && s.crossSubnet().orElse(false);
            o = envIfPresent(o, c, "CALICO_IPV4POOL_IPIP", awsCrossSubnet ? "CrossSubnet"
                    : s.ipipMode().filter(v -> !v.isEmpty()).orElse("Always"));
            o = envIfPresent(o, c, "CALICO_IPV4POOL_VXLAN", "Never");
            o = envIfPresent(o, c, "FELIX_IPTABLESBACKEND", s.iptablesBackend().filter(v -> !v.isEmpty())
                    .orElse(ctx.templateId().equals("k8s-1.12") ? "Legacy" : "Auto"));
        }
        Optional<String> cidr = ctx.clusterCidr();
        if (cidr.isPresent()) {
            o = envIfPresent(o, c, "CALICO_IPV4POOL_CIDR", cidr.get());
        }
        o = envIfPresent(o, c, "FELIX_LOGSEVERITYSCREEN", s.logSeverityScreen().filter(v -> !v.isEmpty()).orElse("info"));
        o = envIfPresent(o, c, "FELIX_PROMETHEUSMETRICSENABLED", String.valueOf(s.prometheusMetricsEnabled().orElse(false)));
        o = envIfPresent(o, c, "FELIX_PROMETHEUSMETRICSPORT", String.valueOf(s.prometheusMetricsPort().orElse(9091)));
        FactTable.Facts f = CalicoRenderer.facts(ctx);
        o = CalicoRenderer.goAndProcessMetrics(o, s, f.flag("metricsAlwaysTrue"));
        if (!legacy && f.flag("ipv4AutodetectionInKops118Templates")) {
            o = envIfPresent(o, c, "IP_AUTODETECTION_METHOD", s.ipv4AutoDetectionMethod().orElse("first-found"));
        }
        if (s.cpuRequest().isPresent() && !legacy) {
            o = o.withResources(c, Map.of("requests", Map.of("cpu", Quantities.written(s.cpuRequest().get()))));
        }
        return o;
    }

    /** The k8s-1.7 template's etcd endpoints: every member of the first etcd cluster, on port 4001. */
    static String etcdEndpoints(RenderContext ctx) {
        List<EtcdCluster> clusters = ctx.cluster().etcdClusters();
        if (clusters.isEmpty()) {
            // a refusal with its reason, as for any template podnet cannot fill (found by HostileInputFuzzTest)
            throw new PodnetException("networking.projectcalico.org/k8s-1.7: cluster " + ctx.cluster().name()
                    + " has no etcd cluster (the template lists the first one's members as Calico's etcd endpoints)");
        }
        List<String> out = new ArrayList<>();
        if (clusters.get(0).extraFields().get("etcdMembers") instanceof List<?> members) {
            for (Object member : members) {
                if (member instanceof Map<?, ?> mm && mm.get("name") != null) {
                    out.add("https://etcd-" + mm.get("name") + ".internal." + ctx.cluster().name() + ":4001");
                }
            }
        }
        return String.join(",", out);
    }
}
