package dev.podnet.insight.diff;

import dev.podnet.api.render.RenderedAddon;
import dev.podnet.insight.internal.Snapshot;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** kops' node-roll rule applied to two snapshots; {@link NodeRoll} documents the rule and its sources. */
final class Rolls {
    private Rolls() {
    }

    static NodeRoll of(Snapshot before, Snapshot after, List<FieldChange> node) {
        Set<String> scopes = new LinkedHashSet<>();
        List<String> reasons = new ArrayList<>();
        List<String> nodeFields = node.stream().map(FieldChange::path)
                .filter(p -> NodeConfigDiff.NODE_PARTS.contains(NodeConfigDiff.part(p))).toList();
        if (!nodeFields.isEmpty()) {
            scopes.add("all");
            reasons.add("the node configuration nodeup sets up changes (" + String.join(", ", nodeFields) + ")");
        }
        if (node.stream().anyMatch(f -> NodeConfigDiff.part(f.path()).equals(NodeConfigDiff.CONTROL_PLANE_PART))) {
            scopes.add("control-plane");
            reasons.add("kube-controller-manager settings change (control-plane nodes)");
        }
        Map<String, RenderedAddon> old = before.appliedAddons().stream()
                .collect(Collectors.toMap(RenderedAddon::addonKey, Function.identity(), (a, b) -> a));
        for (RenderedAddon a : after.appliedAddons()) {
            Optional<String> needs = a.channelEntry().needsRollingUpdate();
            RenderedAddon o = old.get(a.addonKey());
            if (needs.isPresent() && (o == null || !o.manifestHash().equals(a.manifestHash()))) {
                scopes.add(needs.get());
                reasons.add("addon " + a.addonKey() + " changes and its channel entry has needsRollingUpdate: " + needs.get());
            }
        }
        if (scopes.isEmpty()) return NodeRoll.builder().required(false).build();
        boolean all = scopes.contains("all") || scopes.containsAll(List.of("control-plane", "worker"));
        return NodeRoll.builder().required(true).nodes(all ? "all" : scopes.iterator().next()).reasons(reasons).build();
    }
}
