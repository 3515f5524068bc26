package dev.podnet.manifests.flannel;

import dev.podnet.api.provider.FlannelSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.manifests.internal.NodeHooks;
import dev.podnet.manifests.internal.DataRenderer;
import dev.podnet.manifests.internal.Json;
import dev.podnet.manifests.internal.RenderContext;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import java.util.ArrayList;
import java.util.List;

/**
 * Flannel ({@code networking.flannel}, backends vxlan and udp). A template podnet holds as another's objects plus
 * named edits (kops 1.18's k8s-1.12: {@link FlannelTemplateEdit}) gets those first. Substitutions:
 * {@code net-conf.json} Network =
 * nonMasqueradeCIDR, Backend.Type = backend (empty → udp), EnableNFTables (1.32+) = kube-proxy
 * in nftables mode; flanneld {@code --iptables-resync=<iptablesResyncSeconds>}.
 */
public final class FlannelRenderer extends DataRenderer {

    @Override
    public ProviderKind kind() {
        return ProviderKind.FLANNEL;
    }

    @Override
    protected String folder() {
        return "flannel";
    }

    @Override
    protected String addonKey() {
        return "networking.flannel";
    }

    @Override
    protected Manifest edit(Manifest held, RenderContext ctx) {
        // the release's template from the objects podnet holds for it (borrowed.tsv), then the spec's substitutions
        Manifest base = held;
        for (FlannelTemplateEdit e : FlannelFacts.at(ctx.release()).edits(ctx.templateId())) {
            base = e.apply(base);
        }
        FlannelSpec spec = ctx.cluster().networking().provider(FlannelSpec.class).orElseThrow();
        String network = ctx.cluster().networking().nonMasqueradeCIDR().orElse("100.64.0.0/10");
        String backend = spec.backend().filter(b -> !b.isEmpty()).orElse("udp");
        StringBuilder conf = new StringBuilder("{\n  \"Network\": ").append(Json.quote(network)).append(",\n");
        // 1.32-1.33 templates carry a fixed "EnableNFTables" line (no spec field drives it): kept as upstream has it
        String upstream = String.valueOf(base.get("ConfigMap", "kube-flannel-cfg").get("data[\"net-conf.json\"]")
                .orElse(""));
        for (String line : upstream.split("\n")) {
            if (line.trim().startsWith("\"EnableNFTables\"")) {
                conf.append(line).append("\n");
            }
        }
        conf.append("  \"Backend\": {\n    \"Type\": ").append(Json.quote(backend)).append("\n  }\n}");
        int resync = spec.iptablesResyncSeconds().orElse(5);
        return base
                .edit("ConfigMap", "kube-flannel-cfg", cm -> cm.withData("net-conf.json", conf.toString()))
                .edit("DaemonSet", "kube-flannel-ds", ds -> withResync(ds, resync));
    }

    private static KubeObject withResync(KubeObject ds, int seconds) {
        if (!ds.container("kube-flannel").orElseThrow().containsKey("args")) {
            // kops 1.19's k8s-1.6 template passes flanneld's flags in its command
            int i = ds.containerNames().indexOf("kube-flannel");
            return ds.with("spec.template.spec.containers[" + i + "].command", resync(ds, "command", seconds));
        }
        return ds.withArgs("kube-flannel", resync(ds, "args", seconds));
    }

    private static List<String> resync(KubeObject ds, String field, int seconds) {
        List<String> out = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object> current = (List<Object>) ds.container("kube-flannel").orElseThrow().getOrDefault(field, List.of());
        for (Object a : current) {
            String s = String.valueOf(a);
            out.add(s.startsWith("--iptables-resync=") ? "--iptables-resync=" + seconds : s);
        }
        return out;
    }

    /** What nodeup does for this provider beyond the shared node configuration. */
    @Override
    public NodeHooks nodeHooks() {
        return FlannelNode.HOOKS;
    }
}
