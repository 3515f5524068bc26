package dev.podnet.manifests.canal;

import dev.podnet.api.Cloud;
import dev.podnet.api.provider.CanalSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.manifests.internal.DataRenderer;
import dev.podnet.manifests.internal.Edits;
import dev.podnet.manifests.internal.Json;
import dev.podnet.manifests.internal.RenderCaches;
import dev.podnet.manifests.internal.RenderContext;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import dev.podnet.manifests.calico.CalicoTypha;
import dev.podnet.manifests.calico.Quantities;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Canal ({@code networking.projectcalico.org.canal}: Calico policy over Flannel VXLAN, kops up
 * to 1.33). Substitutions:
 * canal-config {@code typha_service_name}, {@code veth_mtu} (the template's default: 1440, 1430
 * on OpenStack, in {@code k8s-1.16}; 0 = auto in {@code k8s-1.22}/{@code k8s-1.25}),
 * {@code net-conf.json} Network = nonMasqueradeCIDR; calico-node env
 * {@code FELIX_DEFAULTENDPOINTTOHOSTACTION}, {@code FELIX_CHAININSERTMODE},
 * {@code FELIX_IPTABLESBACKEND}, {@code FELIX_LOGSEVERITYSCREEN} (from {@code logSeveritySys}),
 * {@code FELIX_PROMETHEUS*} (Go/process metrics always "true" in {@code k8s-1.16}, as kops'
 * template's {@code or} makes them), {@code FELIX_TYPHAK8SSERVICENAME} with Typha, cpu request;
 * kube-flannel {@code FLANNELD_IPTABLES_FORWARD_RULES=false} when forward rules are disabled (not in the
 * templates of {@code noForwardRulesTemplates}: kops 1.19's k8s-1.9).
 *
 * <p>Typha ({@code typhaReplicas} &gt; 0): with {@code k8s-1.16}/{@code k8s-1.22} canal-config
 * {@code typha_service_name: calico-typha}, calico-node {@code FELIX_TYPHAK8SSERVICENAME} (from
 * canal-config, before {@code WAIT_FOR_DATASTORE}) and the calico-typha Service, Deployment
 * ({@code replicas}, {@code TYPHA_PROMETHEUSMETRICS*} from the Canal fields, image
 * {@code calico/typha:<the template's calico/node tag>}) and PodDisruptionBudget, built as Calico's
 * ({@link CalicoTypha}). Not stated by the facts and chosen here: the pods' service account
 * ({@code canal}, the only one the k8s-1.16 template has), the PDB apiVersion where the template has no
 * calico-kube-controllers PDB to follow ({@code policy/v1beta1}, k8s-1.16), the objects' place (before
 * the canal DaemonSet, as upstream canal.yaml) and the Typha Deployment's body (kops' newest Calico
 * template's, see calico/typha.yaml). With {@code k8s-1.25} it is refused: kops itself fails there
 * (the template reads {@code .Networking.Calico}, which is nil for Canal).
 */
public final class CanalRenderer extends DataRenderer {

    @Override
    public ProviderKind kind() {
        return ProviderKind.CANAL;
    }

    @Override
    protected String folder() {
        return "canal";
    }

    @Override
    protected String addonKey() {
        return "networking.projectcalico.org.canal";
    }

    @Override
    protected Manifest edit(Manifest base, RenderContext ctx) {
        CanalSpec s = ctx.cluster().networking().provider(CanalSpec.class).orElseThrow();
        // kops 1.19-1.21's k8s-1.9 and k8s-1.12 templates have no Typha: typhaReplicas changes nothing there
        int typha = CalicoTypha.templateWithoutTypha(ctx.caches(), "canal", ctx.releaseKey(), ctx.templateId()) ? 0
                : s.typhaReplicas().orElse(0);
        if (typha > 0 && ctx.templateId().equals("k8s-1.25")) {
            throw new dev.podnet.api.PodnetException(addonKey() + ": typhaReplicas " + typha + " with template "
                    + ctx.templateId() + ": kops " + ctx.releaseKey()
                    + " fails to render this too (its template reads the nil Calico spec)");
        }
        CanalFacts f = CanalFacts.at(ctx.release());
        String tid = ctx.templateId();
        boolean openstack = ctx.cloud().filter(Cloud.OPENSTACK::equals).isPresent();
        int templateMtu = Integer.parseInt(f.vethMtuDefaults().getOrDefault(tid, "0"));
        int defaultMtu = openstack && templateMtu == 1440 ? 1430 : templateMtu;
        String network = ctx.cluster().networking().nonMasqueradeCIDR().orElseThrow(() -> new IllegalArgumentException(
                addonKey() + ": cluster " + ctx.cluster().name() + " has no nonMasqueradeCIDR: complete it first"));
        // the older templates end the document with a line break (a YAML block scalar), k8s-1.25 does not
        String upstream = String.valueOf(base.get("ConfigMap", "canal-config").get("data[\"net-conf.json\"]").orElse(""));
        String netConf = "{\n  \"Network\": " + Json.quote(network) + ",\n  \"Backend\": {\n    \"Type\": \"vxlan\"\n  }\n}"
                + (upstream.endsWith("\n") ? "\n" : "");
        Manifest m = base.edit("ConfigMap", "canal-config", cm -> dataIfPresent(dataIfPresent(cm,
                "typha_service_name", typha > 0 ? "calico-typha" : "none"),
                "veth_mtu", String.valueOf(s.mtu().orElse(defaultMtu)))
                .withData("net-conf.json", netConf));
        m = m.edit("DaemonSet", "canal", ds -> daemonSet(ds, s, f, tid, typha > 0));
        if (typha > 0) {
            java.util.Optional<CalicoTypha.Rendered> rendered = CalicoTypha.rendered(ctx.caches(), "canal", ctx.releaseKey(),
                    ctx.templateId());
            if (rendered.isPresent()) {
                // kops' own render of the release and template (typha.tsv), the spec's values set
                String node = String.valueOf(m.get("DaemonSet", "canal").container("calico-node").orElseThrow()
                        .get("image"));
                KubeObject deployment = CalicoTypha.deployment(rendered.get().deployment(), typha,
                        "calico/typha:" + node.substring(node.lastIndexOf(':') + 1), s.typhaPrometheusMetricsEnabled().orElse(false),
                        s.typhaPrometheusMetricsPort().orElse(9093));
                return CalicoTypha.pdbApiVersion(CalicoTypha.place(m, rendered.get(), deployment, "canal"),
                        f.pdbV1FromKubernetes(), ctx.kubernetes().minor());
            }
            return withTypha(m, s, typha, ctx.caches());
        }
        return CalicoTypha.pdbApiVersion(m, f.pdbV1FromKubernetes(),
                ctx.kubernetes().minor());
    }

    private static Manifest withTypha(Manifest m, CanalSpec s, int replicas, RenderCaches caches) {
        String node = String.valueOf(m.get("DaemonSet", "canal").container("calico-node").orElseThrow().get("image"));
        String image = "calico/typha:" + node.substring(node.lastIndexOf(':') + 1);
        String pdbApiVersion = m.find("PodDisruptionBudget", "calico-kube-controllers").map(KubeObject::apiVersion)
                .orElse("policy/v1beta1");
        List<KubeObject> typha = CalicoTypha.objects(caches, replicas, image, s.typhaPrometheusMetricsEnabled().orElse(false),
                s.typhaPrometheusMetricsPort().orElse(9093), "canal", pdbApiVersion);
        List<KubeObject> out = new ArrayList<>();
        for (KubeObject o : m.objects()) {
            if (o.kind().equals("DaemonSet") && o.name().equals("canal")) {
                out.addAll(typha);
            }
            out.add(o);
        }
        return Manifest.of(out);
    }

    /** The ConfigMap with {@code key} set where the template has it (k8s-1.9 has no typha_service_name nor veth_mtu). */
    private static KubeObject dataIfPresent(KubeObject cm, String key, String value) {
        return cm.get("data." + key).isPresent() ? cm.withData(key, value) : cm;
    }

    private static KubeObject daemonSet(KubeObject ds, CanalSpec s, CanalFacts f, String tid, boolean typha) {
        boolean oldTemplate = f.metricsAlwaysTrueTemplates().contains(tid);
        String c = "calico-node";
        KubeObject o = ds;
        // set where the template has them, as envIfPresent would, in one edit
        Map<String, String> env = new LinkedHashMap<>();
        env.put("FELIX_DEFAULTENDPOINTTOHOSTACTION", s.defaultEndpointToHostAction().orElse("ACCEPT"));
        env.put("FELIX_CHAININSERTMODE", s.chainInsertMode().orElse("insert"));
        env.put("FELIX_IPTABLESBACKEND", s.iptablesBackend().orElse("Auto"));
        env.put("FELIX_LOGSEVERITYSCREEN", s.logSeveritySys()
                .orElse(f.logSeverityDefaults().getOrDefault(tid, "info")));
        env.put("FELIX_PROMETHEUSMETRICSENABLED", String.valueOf(s.prometheusMetricsEnabled().orElse(false)));
        env.put("FELIX_PROMETHEUSMETRICSPORT", String.valueOf(s.prometheusMetricsPort().orElse(9091)));
        env.put("FELIX_PROMETHEUSGOMETRICSENABLED",
                oldTemplate ? "true" : String.valueOf(s.prometheusGoMetricsEnabled().orElse(false)));
        env.put("FELIX_PROMETHEUSPROCESSMETRICSENABLED",
                oldTemplate ? "true" : String.valueOf(s.prometheusProcessMetricsEnabled().orElse(false)));
        o = Edits.envsIfPresent(o, c, env);
        o = o.withoutEnv(c, "FELIX_TYPHAK8SSERVICENAME");
        if (typha) {
            o = Edits.envFromConfigMapBefore(o, c, "FELIX_TYPHAK8SSERVICENAME", "canal-config", "typha_service_name",
                    "WAIT_FOR_DATASTORE"); // before WAIT_FOR_DATASTORE, as in kops' canal template
        }
        if (!f.fixedCpuTemplates().contains(tid)) {
            o = o.withResources(c, Map.of("requests", Map.of("cpu", Quantities.written(s.cpuRequest().orElse("100m")))));
        }
        boolean forwardRules = s.flanneldIptablesForwardRules().orElse(!s.disableFlannelForwardRules().orElse(false));
        o = o.withoutEnv("kube-flannel", "FLANNELD_IPTABLES_FORWARD_RULES");
        if (!forwardRules && !f.noForwardRulesTemplates().contains(tid)) {
            o = o.withEnv("kube-flannel", "FLANNELD_IPTABLES_FORWARD_RULES", "false");
        }
        return o;
    }
}
