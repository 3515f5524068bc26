package dev.podnet.manifests.calico;

import static dev.podnet.manifests.internal.Edits.envIfPresent;

import dev.podnet.api.Cloud;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.manifests.internal.NodeHooks;
import dev.podnet.manifests.internal.ProxyEnv;
import dev.podnet.manifests.internal.DataRenderer;
import dev.podnet.manifests.internal.Edits;
import dev.podnet.manifests.internal.RenderContext;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Calico ({@code networking.projectcalico.org}). The substitutions of kops' Calico templates
 * ({@code upup/models/cloudup/resources/addons/networking.projectcalico.org/}): the calico-config keys, the calico-node
 * env (pool modes, MTUs, autodetection, Felix settings, pool CIDR), cpu request, liveness and
 * readiness probes by encapsulation, and registry/version of the Calico images; with
 * {@code typhaReplicas} &gt; 0 the calico-typha Service, Deployment and PodDisruptionBudget
 * ({@link CalicoTypha}) and calico-node's {@code FELIX_TYPHAK8SSERVICENAME}.
 */
public final class CalicoRenderer extends DataRenderer {


    @Override
    public ProviderKind kind() {
        return ProviderKind.CALICO;
    }

    @Override
    protected String folder() {
        return "calico";
    }

    @Override
    protected String addonKey() {
        return "networking.projectcalico.org";
    }

    /**
     * {@code majorVersion=v3}: the spec's {@code majorVersion} is {@code v3}, with which kops 1.18-1.19 list the
     * {@code k8s-1.7-v3} template (Calico 3.8 on etcd) instead of {@code k8s-1.7} for Kubernetes below 1.12
     * (templates.tsv; kops-oracle 1.19: v3 at Kubernetes 1.16 and 1.19 lists it, 1.20-1.21 list neither).
     */
    @Override
    protected boolean entryCondition(String condition, RenderContext ctx) {
        if (!condition.equals("majorVersion=v3")) {
            return super.entryCondition(condition, ctx);
        }
        Optional<CalicoSpec> s = ctx.cluster().networking().provider(CalicoSpec.class);
        return s.isPresent() && "v3".equals(s.get().majorVersion().orElse(null));
    }

    @Override
    protected Manifest edit(Manifest base, RenderContext ctx) {
        CalicoSpec s = ctx.cluster().networking().provider(CalicoSpec.class).orElseThrow();
        if (!facts(ctx).currentEdits()
                || facts(ctx).kops118Templates().contains(ctx.templateId())) {
            return CalicoKops118Edits.edit(base, s, ctx);
        }
        String encapsulation = s.encapsulationMode().orElse("ipip");
        int typha = s.typhaReplicas().orElse(0);
        String backend = "ipip".equals(encapsulation) ? "bird" : encapsulation;
        Manifest m = base.edit("ConfigMap", "calico-config", cm -> cm
                .withData("typha_service_name", typha > 0 ? "calico-typha" : "none")
                .withData("calico_backend", backend)
                .withData("veth_mtu", String.valueOf(s.mtu().orElse(0))));
        boolean v6 = ctx.ipv6Only();
        m = m.edit("DaemonSet", "calico-node", ds -> calicoNode(ds, s, ctx, encapsulation, v6));
        if (v6 && facts(ctx).ipv6PoolFromClusterCidr()) {
            m = CalicoIpv6Pool.cni(m);
        } else if (v6) {
            m = ipv6OnlyCni(m, facts(ctx).ipv6DropsUpgradeIpam().contains(ctx.templateId()),
                    facts(ctx).ipv6UsePodCidrTemplates().contains(ctx.templateId()) ? "usePodCidr"
                            : "usePodCidrIPv6");
        }
        if (s.allowIPForwarding().orElse(false)) {
            m = allowIpForwarding(m);
        }
        m = m.edit("DaemonSet", "calico-node", ds -> typhaEnv(ds, typha > 0));
        if (typha > 0) {
            m = CalicoTypha.add(m, s, typha, ctx);
            if (s.typhaPrometheusMetricsEnabled().orElse(false)) {
                m = m.edit("Deployment", CalicoTypha.NAME, d -> metricsPort(d, CalicoTypha.NAME,
                        s.typhaPrometheusMetricsPort().orElse(9093)));
            }
        } else {
            for (String kind : new String[] {"Service", "Deployment", "PodDisruptionBudget"}) {
                if (m.find(kind, "calico-typha").isPresent()) {
                    m = m.without(kind, "calico-typha");
                }
            }
        }
        if (s.bpfEnabled().orElse(false)) {
            m = withServicesEndpoint(m, ctx);
        }
        m = CalicoSrcDst.add(m, s, ctx);
        if (facts(ctx).proxyEnv()) {
            m = m.edit("DaemonSet", "calico-node", ds -> proxyEnv(ds, ctx));
        }
        return withImages(CalicoTypha.pdbApiVersion(m, facts(ctx).pdbV1FromKubernetes(),
                ctx.kubernetes().minor()), s);
    }

    /** The facts of {@code releases.yaml} in force at the context's release. */
    static CalicoFacts facts(RenderContext ctx) {
        return CalicoFacts.at(ctx.release());
    }

    private static KubeObject calicoNode(KubeObject ds, CalicoSpec s, RenderContext ctx, String encapsulation,
            boolean v6) {
        String c = "calico-node";
        CalicoFacts f = facts(ctx);
        KubeObject o = ds;
        // the variables the template has are set, in this order, each as envIfPresent would
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CALICO_IPV4POOL_IPIP", ipipMode(s, ctx, encapsulation));
        // kops 1.19-1.21 (crossSubnetField): crossSubnet makes a VXLAN pool CrossSubnet, and on AWS Felix
        // disables the source/destination check whatever awsSrcDstCheck says (kops-oracle 1.19-1.21)
        boolean crossSubnet = f.crossSubnetField() && s.crossSubnet().orElse(false);
        env.put("CALICO_IPV4POOL_VXLAN", crossSubnet && "vxlan".equals(encapsulation) ? "CrossSubnet"
                : vxlanMode(s, encapsulation, f.vxlanMode()));
        if (f.ipv6PoolVxlanEnv()) {
            env.put("CALICO_IPV6POOL_VXLAN", !"vxlan".equals(encapsulation) ? "Never"
                    : s.vxlanMode().orElse("Never"));
        }
        if (!v6) {
            if (ctx.clusterCidr().isPresent()) {
                env.put("CALICO_IPV4POOL_CIDR", ctx.clusterCidr().get());
            }
        }
        env.put("FELIX_IPV6SUPPORT", String.valueOf(v6));
        o = Edits.envsIfPresent(o, c, env);
        env.clear();
        if (v6) {
            o = f.ipv6PoolFromClusterCidr() ? CalicoIpv6Pool.node(o, s, ctx)
                    : ipv6OnlyNode(o, s);
        } else {
            env.put("IP_AUTODETECTION_METHOD", s.ipv4AutoDetectionMethod().orElse("first-found"));
            env.put("IP6_AUTODETECTION_METHOD", s.ipv6AutoDetectionMethod().isPresent()
                    ? s.ipv6AutoDetectionMethod().get() : f.ipv6AutodetectionDefault());
        }
        boolean aws = Cloud.AWS.equals(ctx.cloud().orElse(null)) && !(v6 && f.ipv6OnlyNoSrcDstCheck().contains(ctx.templateId()));
        env.put("FELIX_AWSSRCDSTCHECK", aws && crossSubnet ? "Disable"
                : aws ? s.awsSrcDstCheck().isPresent() ? s.awsSrcDstCheck().get() : f.awsSrcDstCheck() : "DoNothing");
        env.put("FELIX_BPFENABLED", String.valueOf(s.bpfEnabled().orElse(false)));
        env.put("FELIX_BPFEXTERNALSERVICEMODE", s.bpfExternalServiceMode().orElse("Tunnel"));
        env.put("FELIX_BPFKUBEPROXYIPTABLESCLEANUPENABLED",
                String.valueOf(s.bpfKubeProxyIptablesCleanupEnabled().orElse(false)));
        env.put("FELIX_BPFLOGLEVEL", s.bpfLogLevel().orElse("Off"));
        env.put("FELIX_CHAININSERTMODE", s.chainInsertMode().orElse("insert"));
        env.put("FELIX_IPTABLESBACKEND", s.iptablesBackend().orElse("Auto"));
        env.put("FELIX_LOGSEVERITYSCREEN", s.logSeverityScreen().orElse("info"));
        env.put("FELIX_PROMETHEUSMETRICSENABLED", String.valueOf(s.prometheusMetricsEnabled().orElse(false)));
        env.put("FELIX_PROMETHEUSMETRICSPORT", String.valueOf(s.prometheusMetricsPort().orElse(9091)));
        o = Edits.envsIfPresent(o, c, env);
        o = goAndProcessMetrics(o, s, f.metricsAlwaysTrue());
        o = envIfPresent(o, c, "FELIX_WIREGUARDENABLED", String.valueOf(s.wireguardEnabled().orElse(false)));
        if (f.nftablesModeEnv() && !s.nftablesMode().orElse("").isEmpty()) {
            // kops 1.36's template writes it after FELIX_IPTABLESBACKEND only when set (`if .NftablesMode`)
            o = Edits.envAfter(o, c, "FELIX_NFTABLESMODE", s.nftablesMode().get(), "FELIX_IPTABLESBACKEND");
        }
        if (s.prometheusMetricsEnabled().orElse(false)) {
            o = metricsPort(o, c, s.prometheusMetricsPort().orElse(9091));
        }
        o = birdProbes(o, "ipip".equals(encapsulation));
        if (s.cpuRequest().isPresent()) {
            o = o.withResources(c, Map.of("requests", Map.of("cpu", Quantities.written(s.cpuRequest().get()))));
        }
        return o;
    }

    /**
     * calico-node's egress proxy variables ({@link ProxyEnv}) after its other variables, where kops' templates range
     * over {@code ProxyEnv} (fact {@code proxyEnv}: kops-oracle 1.21-1.36 renders with {@code egressProxy}).
     */
    static KubeObject proxyEnv(KubeObject ds, RenderContext ctx) {
        KubeObject o = ds;
        for (Map.Entry<String, String> e : ProxyEnv.of(ctx.cluster()).entrySet()) {
            o = o.withEnv("calico-node", e.getKey(), e.getValue());
        }
        return o;
    }

    /**
     * calico-node's {@code FELIX_PROMETHEUSGOMETRICSENABLED} and {@code FELIX_PROMETHEUSPROCESSMETRICSENABLED}:
     * the spec's {@code prometheusGoMetricsEnabled} and {@code prometheusProcessMetricsEnabled} (default false),
     * or {@code "true"} whatever they say where {@code metricsAlwaysTrue} (releases.yaml: kops 1.18-1.19's
     * templates write {@code or .Field "true"}).
     */
    static KubeObject goAndProcessMetrics(KubeObject ds, CalicoSpec s, boolean alwaysTrue) {
        String c = "calico-node";
        KubeObject o = envIfPresent(ds, c, "FELIX_PROMETHEUSGOMETRICSENABLED",
                String.valueOf(alwaysTrue || s.prometheusGoMetricsEnabled().orElse(false)));
        return envIfPresent(o, c, "FELIX_PROMETHEUSPROCESSMETRICSENABLED",
                String.valueOf(alwaysTrue || s.prometheusProcessMetricsEnabled().orElse(false)));
    }

    /**
     * calico-node's {@code FELIX_TYPHAK8SSERVICENAME} (from calico-config {@code typha_service_name}),
     * where kops' template puts it: before {@code WAIT_FOR_DATASTORE}; absent without Typha.
     */
    static KubeObject typhaEnv(KubeObject ds, boolean typha) {
        String c = "calico-node";
        KubeObject o = ds.withoutEnv(c, CalicoTypha.NODE_ENV);
        if (!typha) {
            return o;
        }
        return Edits.envFromConfigMapBefore(o, c, CalicoTypha.NODE_ENV, "calico-config", "typha_service_name",
                "WAIT_FOR_DATASTORE");
    }

    /**
     * calico-node's liveness and readiness probes check BIRD ({@code -bird-live}, {@code -bird-ready})
     * only where BIRD runs: kops' templates write them when the encapsulation is {@code ipip}
     * ({@code calico_backend: bird}), not for {@code vxlan} or {@code none}.
     */
    static KubeObject birdProbes(KubeObject ds, boolean bird) {
        if (bird) {
            return ds;
        }
        int index = ds.containerNames().indexOf("calico-node");
        KubeObject o = ds;
        for (String probe : new String[] {"livenessProbe", "readinessProbe"}) {
            String path = "spec.template.spec.containers[" + index + "]." + probe + ".exec.command";
            if (o.get(path).orElse(null) instanceof List<?> command) {
                o = o.with(path, command.stream().filter(a -> !String.valueOf(a).startsWith("-bird-")).toList());
            }
        }
        return o;
    }

    /**
     * Container {@code container} with the port {@code {containerPort: port, name: metrics, protocol: TCP}}
     * after its other ports: kops' templates (1.22+, k8s-1.16 to k8s-1.25) declare Felix's metrics port on
     * calico-node with {@code prometheusMetricsEnabled} ({@code prometheusMetricsPort}, default 9091) and
     * Typha's on calico-typha with {@code typhaPrometheusMetricsEnabled} ({@code typhaPrometheusMetricsPort},
     * default 9093); oracle renders of kops 1.24-1.36.
     */
    static KubeObject metricsPort(KubeObject o, String container, int port) {
        int index = o.containerNames().indexOf(container);
        String path = "spec.template.spec.containers[" + index + "].ports";
        List<Object> ports = new ArrayList<>(o.get(path).orElse(null) instanceof List<?> l ? l : List.of());
        ports.add(Map.of("containerPort", port, "name", "metrics", "protocol", "TCP"));
        return o.with(path, ports);
    }

    /**
     * With {@code bpfEnabled}, kops' templates open with ConfigMap {@code kubernetes-services-endpoint}
     * ({@code KUBERNETES_SERVICE_HOST} = {@code api.internal.<cluster>}, {@code KUBERNETES_SERVICE_PORT}
     * 443), which Calico's containers read through their optional {@code envFrom} to reach the API server
     * without kube-proxy (oracle renders of kops 1.24-1.36).
     */
    static Manifest withServicesEndpoint(Manifest m, RenderContext ctx) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("KUBERNETES_SERVICE_HOST", ctx.apiInternalName());
        data.put("KUBERNETES_SERVICE_PORT", "443");
        KubeObject cm = KubeObject.of(Map.of("apiVersion", "v1", "kind", "ConfigMap", "metadata",
                Map.of("name", "kubernetes-services-endpoint", "namespace", "kube-system"), "data", data));
        List<KubeObject> out = new ArrayList<>();
        out.add(cm);
        m.objects().stream().filter(o -> !(o.kind().equals("ConfigMap") && o.name().equals(cm.name())))
                .forEach(out::add);
        return Manifest.of(out);
    }

    /** The IPv4 pool's IPAM in calico-config's {@code cni_network_config} (kops' templates). */
    private static final java.util.regex.Pattern CALICO_IPAM = java.util.regex.Pattern.compile(
            "( *)\"assign_ipv4\": \"true\",\n *\"assign_ipv6\": \"false\",\n *\"type\": \"calico-ipam\"");

    /**
     * calico-node on an IPv6-only cluster ({@code IsIPv6Only} in kops' templates, 1.24+): {@code USE_POD_CIDR}
     * after {@code DATASTORE_TYPE}; {@code IP} none and {@code IP6} autodetect; {@code IP_AUTODETECTION_METHOD}
     * = {@code ipv4AutoDetectionMethod} or none, {@code IP6_AUTODETECTION_METHOD} = {@code ipv6AutoDetectionMethod}
     * or first-found; {@code CALICO_ROUTER_ID} hash and {@code NO_DEFAULT_POOLS} true where the IPv4 pool's
     * {@code CALICO_IPV4POOL_CIDR} is.
     */
    static KubeObject ipv6OnlyNode(KubeObject ds, CalicoSpec s) {
        String c = "calico-node";
        KubeObject o = ds;
        o = envIfPresent(o, c, "IP", "none");
        o = envIfPresent(o, c, "IP6", "autodetect");
        o = envIfPresent(o, c, "IP_AUTODETECTION_METHOD", s.ipv4AutoDetectionMethod().orElse("none"));
        o = envIfPresent(o, c, "IP6_AUTODETECTION_METHOD", s.ipv6AutoDetectionMethod().orElse("first-found"));
        int index = o.containerNames().indexOf(c);
        String path = "spec.template.spec.containers[" + index + "].env";
        List<Object> env = new ArrayList<>();
        for (Object e : (List<?>) o.get(path).orElse(List.of())) {
            Object name = e instanceof Map<?, ?> m ? m.get("name") : null;
            if ("USE_POD_CIDR".equals(name) || "CALICO_ROUTER_ID".equals(name) || "NO_DEFAULT_POOLS".equals(name)) {
                continue;
            }
            if ("CALICO_IPV4POOL_CIDR".equals(name)) {
                env.add(Map.of("name", "CALICO_ROUTER_ID", "value", "hash"));
                env.add(Map.of("name", "NO_DEFAULT_POOLS", "value", "true"));
                continue;
            }
            env.add(e);
            if ("DATASTORE_TYPE".equals(name)) {
                env.add(Map.of("name", "USE_POD_CIDR", "value", "true"));
            }
        }
        return o.with(path, env);
    }

    /**
     * The CNI config of an IPv6-only cluster (kops' templates, {@code IsIPv6Only}): host-local IPAM on the
     * node's pod CIDR ({@code usePodCidrIPv6}, {@code usePodCidr} in the templates of {@code ipv6UsePodCidrTemplates})
     * instead of calico-ipam; where {@code ipv6DropsUpgradeIpam}
     * (releases.yaml) the calico-ipam {@code upgrade-ipam} init container and its {@code host-local-net-dir}
     * volume go too.
     */
    static Manifest ipv6OnlyCni(Manifest m, boolean dropUpgradeIpam, String podCidrRange) {
        Manifest out = m.edit("ConfigMap", "calico-config", cm -> {
            Object config = cm.get("data.cni_network_config").orElse(null);
            if (!(config instanceof String text)) {
                return cm;
            }
            java.util.regex.Matcher x = CALICO_IPAM.matcher(text);
            if (!x.find()) {
                return cm;
            }
            String in = x.group(1);
            String ipam = in + "\"assign_ipv4\": \"false\",\n" + in + "\"assign_ipv6\": \"true\",\n" + in
                    + "\"type\": \"host-local\",\n" + in + "\"ranges\": [[{ \"subnet\": \"" + podCidrRange + "\" }]]";
            return cm.withData("cni_network_config", text.substring(0, x.start()) + ipam + text.substring(x.end()));
        });
        if (!dropUpgradeIpam) {
            return out;
        }
        return out.edit("DaemonSet", "calico-node", ds -> {
            KubeObject o = ds;
            for (String list : new String[] {"initContainers", "volumes"}) {
                String path = "spec.template.spec." + list;
                if (o.get(path).orElse(null) instanceof List<?> l) {
                    o = o.with(path, l.stream().filter(e -> !(e instanceof Map<?, ?> mm
                            && ("upgrade-ipam".equals(mm.get("name")) || "host-local-net-dir".equals(mm.get("name")))))
                            .toList());
                }
            }
            return o;
        });
    }

    /** The calico plugin's {@code "policy"} key in calico-config's {@code cni_network_config}. */
    private static final java.util.regex.Pattern CNI_POLICY = java.util.regex.Pattern.compile("\n( *)\"policy\": \\{");

    /**
     * With {@code allowIPForwarding} (a field since kops 1.23; completion drops it before), kops' templates
     * give the calico plugin of {@code cni_network_config} {@code "container_settings": {"allow_ip_forwarding": true}}
     * between its {@code ipam} and {@code policy} blocks, nested one indent (four spaces) deeper as the
     * template writes its blocks (oracle renders of kops 1.24-1.36).
     */
    static Manifest allowIpForwarding(Manifest m) {
        return m.edit("ConfigMap", "calico-config", cm -> {
            if (!(cm.get("data.cni_network_config").orElse(null) instanceof String text)) {
                return cm;
            }
            java.util.regex.Matcher x = CNI_POLICY.matcher(text);
            if (!x.find()) {
                return cm;
            }
            String in = x.group(1);
            String settings = "\n" + in + "\"container_settings\": {\n" + in + "    \"allow_ip_forwarding\": true\n" + in + "},";
            return cm.withData("cni_network_config", text.substring(0, x.start()) + settings + text.substring(x.start()));
        });
    }

    /** {@code CalicoIPv4PoolIPIPMode} (1.22+). */
    static String ipipMode(CalicoSpec s, RenderContext ctx, String encapsulation) {
        if (!"ipip".equals(encapsulation)) {
            return "Never";
        }
        if (s.ipipMode().isPresent() && !s.ipipMode().get().isEmpty()) {
            return s.ipipMode().get();
        }
        return Cloud.OPENSTACK.equals(ctx.cloud().orElse(null)) ? "Always" : "CrossSubnet";
    }

    /** {@code CalicoIPv4PoolVXLANMode}: {@code vxlanMode}, else the release's {@code vxlanModeDefault}. */
    static String vxlanMode(CalicoSpec s, String encapsulation, String unset) {
        if (!"vxlan".equals(encapsulation)) {
            return "Never";
        }
        return s.vxlanMode().orElse("").isEmpty() ? unset : s.vxlanMode().get();
    }

    /** {@code registry} and {@code version} replace the registry and tag of the Calico images. */
    private static Manifest withImages(Manifest m, CalicoSpec s) {
        if (s.registry().isEmpty() && s.version().isEmpty()) {
            return m;
        }
        Manifest out = m;
        for (String kind : new String[] {"DaemonSet", "Deployment"}) {
            for (KubeObject o : out.findAll(kind)) {
                Map<String, String> imageByContainer = new java.util.LinkedHashMap<>();
                for (String name : o.containerNames()) {
                    String image = String.valueOf(o.container(name).orElseThrow().get("image"));
                    if (image.contains("/calico/")) {
                        imageByContainer.put(name, Edits.image(image, s.registry().orElse(null),
                                s.version().orElse(null)));
                    }
                }
                KubeObject done = o.withImages(imageByContainer);
                out = out.edit(kind, o.name(), x -> done);
            }
        }
        return out;
    }

    /** What nodeup does for this provider beyond the shared node configuration. */
    @Override
    public NodeHooks nodeHooks() {
        return CalicoNode.HOOKS;
    }
}
