package dev.podnet.manifests.calico;

import static dev.podnet.manifests.internal.Edits.envIfPresent;

import dev.podnet.api.Cloud;
import dev.podnet.api.EtcdCluster;
import dev.podnet.api.PodnetException;
import dev.podnet.api.provider.CalicoSpec;
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
 * cluster's members ({@code https://etcd-<member>.internal.<cluster>:4001}, comma-separated; {@code http}
 * and no etcd certificates without etcd TLS, {@link #etcdTls}), {@code "mtu"} in the CNI config and
 * {@code FELIX_IPINIPMTU} with {@code mtu}, {@code CALICO_IPV4POOL_CIDR}, the Felix log and Prometheus env
 * as above. Its {@code CALICO_IPV4POOL_IPIP} is {@code cross-subnet} on AWS with {@code crossSubnet}, else
 * the template's {@code always} (Calico 2 spelling).</li>
 * <li>{@code k8s-1.7-v3} (Calico 3.8 with etcd, listed instead of k8s-1.7 with {@code majorVersion: v3}): the
 * etcd endpoints and etcd TLS as k8s-1.7 (its {@code migrate} init containers and the calico-upgrade Job lose
 * their etcd certificates too), {@code CALICO_IPV4POOL_CIDR}, the Felix log and Prometheus env as above, and
 * {@code CALICO_IPV4POOL_IPIP} {@code CrossSubnet} on AWS with {@code crossSubnet}, else the template's
 * {@code Always}; {@code mtu}, {@code ipipMode}, {@code cpuRequest}, {@code typhaReplicas} and autodetection
 * have no effect (kops-oracle 1.19, each option alone).</li>
 * </ul>
 * With {@code crossSubnet} on AWS, kops 1.19-1.21 append the k8s-ec2-srcdst objects ({@link CalicoSrcDst}).
 * {@code registry}, {@code version}, {@code encapsulationMode} and the other 1.19+ fields have no effect.
 * Not modelled: k8s-ec2-srcdst at kops 1.18 and k8s-1.7-v3's objects at kops 1.18 (podnet has no kops 1.18
 * output for them).
 */
final class CalicoKops118Edits {

    /** The Calico 3 template on etcd kops 1.18-1.19 list with {@code majorVersion: v3}. */
    static final String V3_TEMPLATE = "k8s-1.7-v3";

    private CalicoKops118Edits() {
    }

    static Manifest edit(Manifest base, CalicoSpec s, RenderContext ctx) {
        boolean calico2 = ctx.templateId().equals("k8s-1.7");
        boolean legacy = calico2 || ctx.templateId().equals(V3_TEMPLATE);
        int typha = legacy ? 0 : s.typhaReplicas().orElse(0);
        Manifest m;
        if (legacy) {
            boolean tls = etcdTls(ctx);
            m = base.edit("ConfigMap", "calico-config", cm -> legacyCniConfig(cm.withData("etcd_endpoints",
                    etcdEndpoints(ctx, tls)), s, tls, calico2));
            if (!tls) {
                for (String kind : new String[] {"DaemonSet", "Deployment", "Job"}) {
                    for (KubeObject o : m.findAll(kind)) {
                        m = m.edit(kind, o.name(), CalicoKops118Edits::withoutEtcdCerts);
                    }
                }
            }
        } else {
            boolean openstack = ctx.cloud().filter(Cloud.OPENSTACK::equals).isPresent();
            m = base.edit("ConfigMap", "calico-config", cm -> cm
                    .withData("typha_service_name", typha > 0 ? "calico-typha" : "none")
                    .withData("calico_backend", "bird")
                    .withData("veth_mtu", String.valueOf(s.mtu().orElse(openstack ? 1430 : 1440))));
        }
        m = m.edit("DaemonSet", "calico-node", ds -> calicoNode(ds, s, ctx, legacy, calico2));
        if (ctx.templateId().equals("k8s-1.16")) {
            m = m.edit("DaemonSet", "calico-node", ds -> CalicoRenderer.typhaEnv(ds, typha > 0));
        }
        if (typha > 0) {
            m = CalicoTypha.add(m, s, typha, ctx);
        }
        return CalicoSrcDst.add(m, s, ctx);
    }

    /**
     * kops' k8s-1.7 template talks to etcd over TLS where the first etcd cluster has {@code enableEtcdTLS}, which
     * kops' completion sets from Kubernetes 1.12 whatever the spec says (kops-oracle 1.19: 1.11.5 plain
     * {@code http} even with etcd 3 or etcd-manager, 1.12.0 TLS, {@code enableEtcdTLS: false} at 1.19.9 TLS,
     * {@code enableEtcdTLS: true} at 1.11.5 TLS).
     */
    static boolean etcdTls(RenderContext ctx) {
        if (!ctx.kubernetes().isBefore(1, 12)) {
            return true;
        }
        List<EtcdCluster> clusters = ctx.cluster().etcdClusters();
        return !clusters.isEmpty() && "true".equals(String.valueOf(clusters.get(0).extraFields().get("enableEtcdTLS")));
    }

    /** The etcd TLS lines of the k8s-1.7 template's CNI config, which it writes only with TLS. */
    private static final java.util.regex.Pattern ETCD_TLS_LINES = java.util.regex.Pattern.compile(
            "\n *\"etcd_(ca_cert_file|cert_file|key_file|scheme)\": \"[^\"]*\",");

    /** The CNI config's log level line, after which the k8s-1.7 template writes {@code "mtu"} when set. */
    private static final java.util.regex.Pattern LOG_LEVEL = java.util.regex.Pattern.compile("\n( *)\"log_level\": \"[^\"]*\",");

    /**
     * calico-config's {@code cni_network_config} of the etcd templates: without etcd TLS no
     * {@code etcd_ca_cert_file}, {@code etcd_cert_file}, {@code etcd_key_file}, {@code etcd_scheme}; in
     * k8s-1.7 ({@code calico2}) with {@code mtu} set, {@code "mtu":<mtu>,} (no space, as the template writes
     * it) after {@code log_level} (kops-oracle 1.19; k8s-1.7-v3 ignores mtu). A written {@code mtu: 0} counts:
     * the template tests the *int32 pointer, not its value ({@code {{- if .Networking.Calico.MTU }}}).
     */
    static KubeObject legacyCniConfig(KubeObject cm, CalicoSpec s, boolean tls, boolean calico2) {
        if (!(cm.get("data.cni_network_config").orElse(null) instanceof String text)) {
            return cm;
        }
        String out = tls ? text : ETCD_TLS_LINES.matcher(text).replaceAll("");
        if (calico2 && s.mtu().isPresent()) {
            java.util.regex.Matcher x = LOG_LEVEL.matcher(out);
            if (x.find()) {
                out = out.substring(0, x.end()) + "\n" + x.group(1) + "\"mtu\":" + s.mtu().get() + "," + out.substring(x.end());
            }
        }
        return cm.withData("cni_network_config", out);
    }

    /** The env of the etcd templates' containers and init containers that name etcd certificate files. */
    private static final java.util.Set<String> ETCD_CERT_ENV = java.util.Set.of("ETCD_CERT_FILE", "ETCD_KEY_FILE",
            "ETCD_CA_CERT_FILE", "CALICO_ETCD_CERT_FILE", "CALICO_ETCD_KEY_FILE", "CALICO_ETCD_CA_CERT_FILE",
            "CALICO_APIV1_ETCD_CERT_FILE", "CALICO_APIV1_ETCD_KEY_FILE", "CALICO_APIV1_ETCD_CA_CERT_FILE");

    /**
     * A workload of the etcd templates without etcd TLS: its containers and init containers lose the env naming
     * etcd certificate files ({@code ETCD_CERT_FILE}, ..., k8s-1.7-v3's {@code CALICO_ETCD_*_FILE} and
     * {@code CALICO_APIV1_ETCD_*_FILE}) and the {@code /certs} mount (a container left with no mount has no
     * {@code volumeMounts}), the pod the {@code calico} hostPath volume
     * (kops-oracle 1.19, Kubernetes 1.11 with etcd 3 and {@code enableEtcdTLS: false}).
     */
    static KubeObject withoutEtcdCerts(KubeObject o) {
        KubeObject out = o;
        for (String list : new String[] {"containers", "initContainers"}) {
            String path = "spec.template.spec." + list;
            int n = out.get(path).orElse(null) instanceof List<?> l ? l.size() : 0;
            for (int i = 0; i < n; i++) {
                String env = path + "[" + i + "].env";
                if (out.get(env).orElse(null) instanceof List<?> items) {
                    out = out.with(env, items.stream().filter(e -> !(e instanceof Map<?, ?> m
                            && ETCD_CERT_ENV.contains(String.valueOf(m.get("name"))))).toList());
                }
                String mounts = path + "[" + i + "].volumeMounts";
                out = withoutNamed(out, mounts, "calico");
                if (out.get(mounts).orElse(null) instanceof List<?> left && left.isEmpty()) {
                    out = out.without(mounts); // k8s-1.7-v3's kube-controllers mount only /certs: no key left
                }
            }
        }
        return withoutNamed(out, "spec.template.spec.volumes", "calico");
    }

    private static KubeObject withoutNamed(KubeObject o, String path, String name) {
        if (!(o.get(path).orElse(null) instanceof List<?> l)) {
            return o;
        }
        return o.with(path, l.stream().filter(e -> !(e instanceof Map<?, ?> m && name.equals(m.get("name")))).toList());
    }

    private static KubeObject calicoNode(KubeObject ds, CalicoSpec s, RenderContext ctx, boolean legacy,
            boolean calico2) {
        String c = "calico-node";
        KubeObject o = ds;
        boolean awsCrossSubnet = CalicoSrcDst.awsCrossSubnet(s, ctx);
        if (legacy && !calico2) {
            // k8s-1.7-v3: the template's "Always" unless crossSubnet on AWS (kops-oracle 1.19)
            if (awsCrossSubnet) {
                o = envIfPresent(o, c, "CALICO_IPV4POOL_IPIP", "CrossSubnet");
            }
        } else if (legacy) {
            // Calico 2's spelling; the template writes "always" otherwise (kops-oracle 1.19)
            if (awsCrossSubnet) {
                o = envIfPresent(o, c, "CALICO_IPV4POOL_IPIP", "cross-subnet");
            }
            // with mtu set, 0 included (a set pointer), the template adds Felix's IP-in-IP MTU after its
            // other env (kops-oracle 1.19)
            if (s.mtu().isPresent()) {
                o = o.withoutEnv(c, "FELIX_IPINIPMTU").withEnv(c, "FELIX_IPINIPMTU", String.valueOf(s.mtu().get()));
            }
        } else {
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
        CalicoFacts f = CalicoRenderer.facts(ctx);
        o = CalicoRenderer.goAndProcessMetrics(o, s, f.metricsAlwaysTrue());
        if (!legacy && f.ipv4AutodetectionInKops118Templates()) {
            o = envIfPresent(o, c, "IP_AUTODETECTION_METHOD", s.ipv4AutoDetectionMethod().orElse("first-found"));
            // and IP6_AUTODETECTION_METHOD from ipv6AutoDetectionMethod (kops-oracle 1.19-1.21 render can-reach=... in
            // k8s-1.12; found by the narrow set, seed 20262018, v1.20.0-calico-001)
            o = envIfPresent(o, c, "IP6_AUTODETECTION_METHOD", s.ipv6AutoDetectionMethod().orElseGet(f::ipv6AutodetectionDefault));
        }
        if (s.cpuRequest().isPresent() && !legacy) {
            o = o.withResources(c, Map.of("requests", Map.of("cpu", Quantities.written(s.cpuRequest().get()))));
        }
        return o;
    }

    /** The k8s-1.7 template's etcd endpoints: every member of the first etcd cluster, on port 4001 ({@code http} without TLS). */
    static String etcdEndpoints(RenderContext ctx, boolean tls) {
        List<EtcdCluster> clusters = ctx.cluster().etcdClusters();
        if (clusters.isEmpty()) {
            // strict validation refuses such a spec first (calico.etcd-members-k8s-1.7.build in CalicoRules); a
            // caller rendering without validating gets a refusal with its reason (found by HostileInputFuzzTest)
            throw new PodnetException("networking.projectcalico.org/k8s-1.7: cluster " + ctx.cluster().name()
                    + " has no etcd cluster (the template lists the first one's members as Calico's etcd endpoints)");
        }
        List<String> out = new ArrayList<>();
        if (clusters.get(0).extraFields().get("etcdMembers") instanceof List<?> members) {
            for (Object member : members) {
                if (member instanceof Map<?, ?> mm && mm.get("name") != null) {
                    out.add((tls ? "https" : "http") + "://etcd-" + mm.get("name") + ".internal." + ctx.cluster().name() + ":4001");
                }
            }
        }
        return String.join(",", out);
    }
}
