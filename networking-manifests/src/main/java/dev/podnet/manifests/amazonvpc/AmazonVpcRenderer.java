package dev.podnet.manifests.amazonvpc;

import dev.podnet.api.provider.AmazonVpcSpec;
import dev.podnet.api.provider.EnvVar;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.manifests.internal.NodeHooks;
import dev.podnet.manifests.internal.DataRenderer;
import dev.podnet.manifests.internal.Edits;
import dev.podnet.manifests.internal.NodeConfigs;
import dev.podnet.manifests.internal.RenderContext;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * AWS VPC CNI ({@code networking.amazon-vpc-routed-eni/k8s-1.16}). The substitutions of kops'
 * template: images ({@code image}/{@code imageName}, {@code initImage}/
 * {@code initImageName}, {@code networkPolicyAgentImage}), {@code CLUSTER_NAME}, the init
 * container's {@code ENABLE_IPv6}, and the aws-node env map (1.22+): release defaults, then each
 * {@code env[]} item by name, then the forced {@code ENABLE_IPv4}/{@code ENABLE_IPv6} (1.23+) and
 * {@code ADDITIONAL_ENI_TAGS} (1.24+), written sorted by name before the fixed entries.
 */
public final class AmazonVpcRenderer extends DataRenderer {

    private static final Set<String> FIXED = Set.of("VPC_CNI_VERSION", "MY_NODE_NAME", "MY_POD_NAME", "CLUSTER_NAME");

    @Override
    public ProviderKind kind() {
        return ProviderKind.AMAZON_VPC;
    }

    @Override
    protected String folder() {
        return "amazonvpc";
    }

    @Override
    protected String addonKey() {
        return "networking.amazon-vpc-routed-eni";
    }

    @Override
    protected Optional<String> needsRollingUpdate(RenderContext ctx) {
        // 1.21 added it to the k8s-1.16 entry; from 1.22 there is only that entry
        List<String> templates = AmazonVpcFacts.at(ctx.release()).rollingUpdateFor();
        return templates.contains("any") || templates.contains(ctx.templateId())
                ? Optional.of("all") : Optional.empty();
    }

    @Override
    protected Manifest edit(Manifest base, RenderContext ctx) {
        AmazonVpcSpec s = ctx.cluster().networking().provider(AmazonVpcSpec.class).orElseThrow();
        AmazonVpcFacts f = AmazonVpcFacts.at(ctx.release());
        String cluster = ctx.cluster().name();
        boolean v6 = ctx.ipv6Only();
        // every item as written, an absent name or value empty (kops' Go strings; kops-oracle 1.19-1.36 write them)
        List<Map.Entry<String, String>> userEnv = new ArrayList<>();
        for (EnvVar e : s.env()) {
            userEnv.add(Map.entry(e.name().orElse(""), e.value().orElse("")));
        }
        Manifest m = base.edit("DaemonSet", "aws-node", ds -> {
            KubeObject o = ds;
            Optional<String> image = s.image().or(s::imageName);
            if (image.isPresent()) {
                o = o.withImage("aws-node", image.get());
            }
            Optional<String> init = s.initImage().or(s::initImageName);
            if (init.isPresent() && o.container("aws-vpc-cni-init").isPresent() && f.initImage()) {
                o = o.withImage("aws-vpc-cni-init", init.get());
            }
            if (s.networkPolicyAgentImage().isPresent() && o.container("aws-eks-nodeagent").isPresent()
                    && f.networkPolicyAgentImage()) {
                o = o.withImage("aws-eks-nodeagent", s.networkPolicyAgentImage().get());
            }
            if (f.ipFamilyEnv()) {
                o = Edits.envIfPresent(o, "aws-vpc-cni-init", "ENABLE_IPv6", String.valueOf(v6));
            }
            if (f.runtimeSocket()) {
                o = withRuntimeSocket(o, NodeConfigs.containerRuntime(ctx.cluster(), ctx.release()));
            }
            return awsNodeEnv(o, f, cluster, v6, userEnv);
        });
        if (f.annotatePodIpPatch() && userEnv.stream().anyMatch(e -> e.getKey().equals("ANNOTATE_POD_IP"))) {
            m = m.edit("ClusterRole", "aws-node", AmazonVpcRenderer::withPodPatch);
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static KubeObject awsNodeEnv(KubeObject ds, AmazonVpcFacts f, String cluster, boolean v6,
            List<Map.Entry<String, String>> userEnv) {
        List<Object> env = (List<Object>) ds.container("aws-node").orElseThrow().getOrDefault("env", List.of());
        List<Object> out = new ArrayList<>();
        if (f.envMap()) {
            TreeMap<String, String> vars = new TreeMap<>();
            List<Object> tail = new ArrayList<>();
            for (Object o : env) {
                Map<String, Object> e = (Map<String, Object>) o;
                String name = String.valueOf(e.get("name"));
                if (FIXED.contains(name) || !(e.get("value") instanceof String)) {
                    tail.add(e);
                } else {
                    vars.put(name, (String) e.get("value"));
                }
            }
            // merged by name: a later item of one name replaces an earlier one (kops-oracle 1.24, 1.36)
            userEnv.forEach(e -> vars.put(e.getKey(), e.getValue()));
            if (f.ipFamilyEnv()) {
                vars.put("ENABLE_IPv4", String.valueOf(!v6));
                vars.put("ENABLE_IPv6", String.valueOf(v6));
                if (v6) {
                    vars.put("ENABLE_PREFIX_DELEGATION", "true");
                    vars.put("WARM_PREFIX_TARGET", "1");
                }
            }
            if (f.additionalEniTags()) {
                vars.put("ADDITIONAL_ENI_TAGS", "{\"KubernetesCluster\":\"" + cluster + "\",\"kubernetes.io/cluster/"
                        + cluster + "\":\"owned\"}");
            }
            vars.forEach((k, v) -> out.add(entry(k, v)));
            for (Object o : tail) {
                Map<String, Object> e = (Map<String, Object>) o;
                out.add("CLUSTER_NAME".equals(e.get("name")) ? entry("CLUSTER_NAME", cluster) : e);
            }
        } else {
            for (Object o : env) {
                Map<String, Object> e = (Map<String, Object>) o;
                out.add("CLUSTER_NAME".equals(e.get("name")) ? entry("CLUSTER_NAME", cluster) : e);
            }
            // appended as written, two items of one name too (kops-oracle 1.19-1.21)
            userEnv.forEach(e -> out.add(entry(e.getKey(), e.getValue())));
        }
        int index = ds.containerNames().indexOf("aws-node");
        List<String> names = ds.containerNames();
        String list = index < countContainers(ds) ? "containers" : "initContainers";
        int at = list.equals("containers") ? index : index - countContainers(ds);
        return ds.with(List.of("spec", "template", "spec", list, at, "env"), out);
    }

    /**
     * The host path of aws-node's {@code dockershim} volume: kops' k8s-1.16 template (1.19–1.25)
     * writes {@code /run/containerd/containerd.sock} when {@code containerRuntime} is containerd and
     * {@code /var/run/dockershim.sock} otherwise (the mount path in the container stays the latter).
     */
    @SuppressWarnings("unchecked")
    static KubeObject withRuntimeSocket(KubeObject ds, String runtime) {
        List<Object> volumes = (List<Object>) ds.get("spec.template.spec.volumes").orElse(List.of());
        String path = "containerd".equals(runtime) ? "/run/containerd/containerd.sock" : "/var/run/dockershim.sock";
        for (int i = 0; i < volumes.size(); i++) {
            Map<String, Object> v = (Map<String, Object>) volumes.get(i);
            if ("dockershim".equals(v.get("name")) && v.get("hostPath") instanceof Map<?, ?>) {
                ds = ds.with(List.of("spec", "template", "spec", "volumes", i, "hostPath", "path"), path);
            }
        }
        return ds;
    }

    @SuppressWarnings("unchecked")
    private static int countContainers(KubeObject ds) {
        return ((List<Object>) ds.get("spec.template.spec.containers").orElse(List.of())).size();
    }

    private static Map<String, Object> entry(String name, String value) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("name", name);
        e.put("value", value);
        return e;
    }

    @SuppressWarnings("unchecked")
    private static KubeObject withPodPatch(KubeObject role) {
        List<Object> rules = (List<Object>) role.get("rules").orElse(List.of());
        List<Object> out = new ArrayList<>();
        for (Object r : rules) {
            Map<String, Object> rule = (Map<String, Object>) r;
            List<Object> resources = (List<Object>) rule.getOrDefault("resources", List.of());
            List<Object> verbs = (List<Object>) rule.getOrDefault("verbs", List.of());
            if (resources.contains("pods") && !verbs.contains("patch")) {
                Map<String, Object> copy = new LinkedHashMap<>(rule);
                List<Object> v = new ArrayList<>(verbs);
                v.add("patch");
                copy.put("verbs", v);
                out.add(copy);
            } else {
                out.add(rule);
            }
        }
        return role.with("rules", out);
    }

    /** What nodeup does for this provider beyond the shared node configuration. */
    @Override
    public NodeHooks nodeHooks() {
        return AmazonVpcNode.HOOKS;
    }
}
