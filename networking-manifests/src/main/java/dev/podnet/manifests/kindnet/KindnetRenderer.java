package dev.podnet.manifests.kindnet;

import dev.podnet.api.provider.KindnetMasqueradeSpec;
import dev.podnet.api.provider.KindnetSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.manifests.internal.DataRenderer;
import dev.podnet.manifests.internal.Edits;
import dev.podnet.manifests.internal.ManifestData;
import dev.podnet.manifests.internal.RenderCaches;
import dev.podnet.manifests.internal.RenderContext;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * kindnet ({@code networking.kindnet}, kops 1.32+). Substitutions: the {@code kindnetd} command
 * line ({@code --v}, {@code --network-policy}, {@code --admin-network-policy} for ANP and again for
 * BANP as kops' template does, {@code --dns-caching} (default true up to 1.36, false after),
 * {@code --nat64}, {@code --fastpath-threshold}, {@code --masquerading}, {@code --no-masquerade-cidr}),
 * the ANP/BANP rule of the ClusterRole and the ANP/BANP CRDs (each when its field is set), and the
 * image tag from {@code version}. The channel entry says {@code needsRollingUpdate: all}.
 */
public final class KindnetRenderer extends DataRenderer {

    static final String ANP_CRD = "adminnetworkpolicies.policy.networking.k8s.io";
    static final String BANP_CRD = "baselineadminnetworkpolicies.policy.networking.k8s.io";
    private static final String POLICY_GROUP = "policy.networking.k8s.io";


    @Override
    public ProviderKind kind() {
        return ProviderKind.KINDNET;
    }

    @Override
    protected String folder() {
        return "kindnet";
    }

    @Override
    protected String addonKey() {
        return "networking.kindnet";
    }

    @Override
    protected Optional<String> needsRollingUpdate(RenderContext ctx) {
        return Optional.of("all");
    }

    @Override
    protected Manifest edit(Manifest base, RenderContext ctx) {
        KindnetSpec s = ctx.cluster().networking().provider(KindnetSpec.class).orElseThrow();
        Manifest m = base.edit("DaemonSet", "kindnet", ds -> daemonSet(ds, s, ctx));
        m = m.edit("ClusterRole", "kindnet", cr -> clusterRole(cr, s));
        m = optionalCrd(m, ANP_CRD, s.adminNetworkPolicies().isPresent(), ctx.caches());
        m = optionalCrd(m, BANP_CRD, s.baselineAdminNetworkPolicies().isPresent(), ctx.caches());
        return m;
    }

    /** The kindnetd command line, in the template's order. */
    static List<String> command(KindnetSpec s, RenderContext ctx) {
        List<String> cmd = new ArrayList<>();
        cmd.add("/bin/kindnetd");
        cmd.add("--hostname-override=$(NODE_NAME)");
        cmd.add("--v=" + s.logLevel().orElse(2));
        s.networkPolicies().ifPresent(v -> cmd.add("--network-policy=" + v));
        s.adminNetworkPolicies().ifPresent(v -> cmd.add("--admin-network-policy=" + v));
        // kops' template writes the BANP value under the ANP flag name; reproduced as kops renders it
        s.baselineAdminNetworkPolicies().ifPresent(v -> cmd.add("--admin-network-policy=" + v));
        cmd.add("--dns-caching=" + s.dnsCaching().orElseGet(() -> KindnetFacts.at(ctx.release()).dnsCachingDefault()));
        cmd.add("--nat64=" + s.nat64().orElse(false));
        cmd.add("--fastpath-threshold=" + s.fastPathThreshold().orElse(0));
        if (s.masquerade().isPresent()) {
            KindnetMasqueradeSpec mq = s.masquerade().get();
            cmd.add("--masquerading=" + mq.enabled().orElse(true));
            List<String> cidrs = mq.nonMasqueradeCIDRs().stream().filter(c -> !c.isEmpty()).toList();
            if (!cidrs.isEmpty()) {
                cmd.add("--no-masquerade-cidr=" + String.join(",", cidrs));
            }
        }
        return cmd;
    }

    private static KubeObject daemonSet(KubeObject ds, KindnetSpec s, RenderContext ctx) {
        KubeObject o = ds;
        int i = o.containerNames().indexOf("kindnet-cni");
        o = o.with("spec.template.spec.containers[" + i + "].command", command(s, ctx));
        if (s.version().isPresent()) {
            // every container's image in one edit: the path down to the pod spec is copied once
            Map<String, String> imageByContainer = new LinkedHashMap<>();
            for (String c : o.containerNames()) {
                String image = String.valueOf(o.container(c).orElseThrow().get("image"));
                imageByContainer.put(c, Edits.image(image, null, s.version().get()));
            }
            o = o.withImages(imageByContainer);
        }
        return o;
    }

    /** The policy.networking.k8s.io rule, listing ANP and/or BANP as their fields are set. */
    private static KubeObject clusterRole(KubeObject cr, KindnetSpec s) {
        List<Object> rules = new ArrayList<>();
        for (Object r : (List<?>) cr.get("rules").orElse(List.of())) {
            if (!(r instanceof Map<?, ?> rm && rm.get("apiGroups") instanceof List<?> g && g.contains(POLICY_GROUP))) {
                rules.add(r);
            }
        }
        List<String> resources = new ArrayList<>();
        s.adminNetworkPolicies().ifPresent(v -> resources.add("adminnetworkpolicies"));
        s.baselineAdminNetworkPolicies().ifPresent(v -> resources.add("baselineadminnetworkpolicies"));
        if (!resources.isEmpty()) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("apiGroups", List.of(POLICY_GROUP));
            rule.put("resources", resources);
            rule.put("verbs", List.of("list", "watch"));
            rules.add(rule);
        }
        return rules.equals(cr.get("rules").orElse(List.of())) ? cr : cr.with("rules", rules);
    }

    private static Manifest optionalCrd(Manifest m, String name, boolean wanted, RenderCaches caches) {
        boolean present = m.find("CustomResourceDefinition", name).isPresent();
        if (wanted && !present) {
            KubeObject crd = ManifestData.of("kindnet", caches).anyRelease("CustomResourceDefinition", name).orElseThrow(() ->
                    new IllegalStateException("networking.kindnet: podnet has no data for CRD " + name));
            return m.with(crd);
        }
        return !wanted && present ? m.without("CustomResourceDefinition", name) : m;
    }
}
