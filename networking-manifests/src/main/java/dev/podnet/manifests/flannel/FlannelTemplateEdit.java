package dev.podnet.manifests.flannel;

import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.internal.TemplateEdit;
import dev.podnet.manifests.object.Manifest;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An edit that makes one of kops' Flannel templates from the objects podnet holds for another
 * ({@code releases.yaml} {@code templateEdits}, {@code borrowed.tsv}): kops 1.18's k8s-1.12 is the k8s-1.6 file
 * kops 1.19 keeps, with these four. Each is named as the table names it.
 */
enum FlannelTemplateEdit implements TemplateEdit {
    /** ClusterRole and ClusterRoleBinding in {@code rbac.authorization.k8s.io/v1}, not v1beta1. */
    RBAC_V1("rbac-v1", m -> {
        Manifest out = m;
        for (String kind : new String[] {"ClusterRole", "ClusterRoleBinding"}) {
            for (KubeObject o : m.findAll(kind)) {
                out = out.edit(kind, o.name(), x -> x.with("apiVersion", "rbac.authorization.k8s.io/v1"));
            }
        }
        return out;
    }),
    /** {@code cni-conf.json} opens with {@code "cniVersion": "0.2.0"}, before its name, as kops' template writes it. */
    CNI_VERSION_020("cni-version-0.2.0", m -> m.edit("ConfigMap", "kube-flannel-cfg", cm -> {
        String conf = String.valueOf(cm.get("data[\"cni-conf.json\"]").orElseThrow());
        if (!conf.startsWith("{\n") || conf.contains("\"cniVersion\"")) {
            throw new IllegalStateException("networking.flannel: cni-conf.json is not the k8s-1.6 form: " + conf);
        }
        return cm.withData("cni-conf.json", "{\n  \"cniVersion\": \"0.2.0\"," + conf.substring(1));
    })),
    /** The DaemonSet in {@code apps/v1}, whose {@code spec.selector} it needs: its pods' labels. */
    APPS_V1_DAEMONSET("apps-v1-daemonset", m -> m.edit("DaemonSet", "kube-flannel-ds", ds -> ds
            .with("apiVersion", "apps/v1")
            .with("spec.selector", Map.of("matchLabels", ds.get("spec.template.metadata.labels").orElseThrow())))),
    /** The pods' {@code priorityClassName: system-node-critical}. */
    NODE_CRITICAL_PRIORITY("node-critical-priority", m -> m.edit("DaemonSet", "kube-flannel-ds",
            ds -> ds.with("spec.template.spec.priorityClassName", "system-node-critical")));

    private final String tableName;
    private final UnaryOperator<Manifest> edit;

    FlannelTemplateEdit(String tableName, UnaryOperator<Manifest> edit) {
        this.tableName = tableName;
        this.edit = edit;
    }

    @Override
    public String tableName() {
        return tableName;
    }

    @Override
    public Manifest apply(Manifest m) {
        return edit.apply(m);
    }
}
