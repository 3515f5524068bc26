package dev.podnet.manifests.cilium;

import dev.podnet.manifests.internal.TemplateEdit;
import dev.podnet.manifests.object.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An edit that makes one of kops' Cilium templates from the objects podnet holds for another
 * ({@code releases.yaml} {@code templateEdits}, {@code borrowed.tsv}): kops 1.18's k8s-1.12 is the template for
 * Cilium below 1.8 that kops 1.19 keeps, without the operator's leases rule. Each is named as the table names it.
 */
enum CiliumTemplateEdit implements TemplateEdit {
    /**
     * The cilium-operator ClusterRole without its {@code coordination.k8s.io} leases rule (kops 1.19's template
     * added it for the operator's leader election; the corpus' kops 1.18.0 channel hash of k8s-1.12 holds without it).
     */
    OPERATOR_WITHOUT_LEASES("operator-without-leases", m -> m.edit("ClusterRole", "cilium-operator", role -> {
        List<Object> rules = new ArrayList<>();
        boolean found = false;
        for (Object r : (List<?>) role.get("rules").orElseThrow()) {
            if (r instanceof Map<?, ?> rule && List.of("coordination.k8s.io").equals(rule.get("apiGroups"))
                    && List.of("leases").equals(rule.get("resources"))) {
                found = true;
            } else {
                rules.add(r);
            }
        }
        if (!found) {
            throw new IllegalStateException("networking.cilium.io: the cilium-operator ClusterRole has no leases rule");
        }
        return role.with("rules", rules);
    }));

    private final String tableName;
    private final UnaryOperator<Manifest> edit;

    CiliumTemplateEdit(String tableName, UnaryOperator<Manifest> edit) {
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
