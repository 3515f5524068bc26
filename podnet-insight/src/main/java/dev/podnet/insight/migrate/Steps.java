package dev.podnet.insight.migrate;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.render.RenderedAddon;
import java.util.ArrayList;
import java.util.List;

/**
 * The order of a migration: apply the new spec, stop the old agent, roll every node, delete the rest,
 * verify. What a step says kops does is what kops' channel shows for the same cluster before and after
 * the switch (the new channel lists only the new addon, its prune entries select only that addon's
 * objects, and its {@code needsRollingUpdate}); {@code MigrationChannelFactsTest} pins it against kops'
 * own output. The rest (the order, replacing nodes at once) is podnet's advice and says so.
 */
final class Steps {
    /** kops' value of a channel entry's {@code needsRollingUpdate} that marks every node for replacement. */
    static final String ROLL_ALL = "all";

    private Steps() {
    }

    /**
     * @param oldAddons the addon names of the old channel (kops' addon keys)
     * @param addons    the new provider's addons, as the new channel lists them
     */
    static List<Step> of(String cluster, ProviderKind from, ProviderKind to, List<ObjectRef> deletions, List<String> oldAddons,
            List<RenderedAddon> addons) {
        List<Step> out = new ArrayList<>();
        add(out, StepKind.APPLY, "Replace the cluster spec with the new one (spec.networking." + to.key() + ").",
                List.of("kops replace -f cluster.yaml"));
        add(out, StepKind.APPLY, apply(from, to, oldAddons, addons), List.of("kops update cluster --name " + cluster + " --yes"));
        List<ObjectRef> workloads = deletions.stream().filter(Migration::isWorkload).toList();
        if (!workloads.isEmpty()) {
            add(out, StepKind.DELETE, "Stop the old agent before nodes are replaced, so that it does not start on the new "
                    + "nodes and write its CNI configuration next to the new one.",
                    workloads.stream().map(ObjectRef::deleteCommand).toList());
        }
        add(out, StepKind.ROLL_NODES, roll(addons), List.of("kops rolling-update cluster --name " + cluster + " --cloudonly --force --yes"));
        List<ObjectRef> rest = deletions.stream().filter(r -> !Migration.isWorkload(r)).toList();
        if (!rest.isEmpty()) {
            add(out, StepKind.DELETE, "Delete what is left of " + from.key() + " (configuration, RBAC, then its custom resource "
                    + "definitions, which deletes their resources).", rest.stream().map(ObjectRef::deleteCommand).toList());
        }
        add(out, StepKind.VERIFY, "Wait until every node is Ready with the new provider.",
                List.of("kops validate cluster --name " + cluster + " --wait 15m"));
        return List.copyOf(out);
    }

    /** What kops' channel does with the old addon's objects: names them nowhere and prunes only its own addons. */
    private static String apply(ProviderKind from, ProviderKind to, List<String> oldAddons, List<RenderedAddon> addons) {
        String old = oldAddons.isEmpty() ? "" : String.join(", ", oldAddons);
        if (addons.isEmpty()) {
            return "Apply it: kops writes the new node configuration (" + to.key() + " has no addon)"
                    + (old.isEmpty() ? "." : "; its bootstrap channel no longer lists " + old
                            + ", and nothing in it deletes the " + from.key() + " objects.");
        }
        String names = String.join(", ", addons.stream().map(RenderedAddon::addonKey).distinct().toList());
        return "Apply it: kops writes the new node configuration and a bootstrap channel that lists only " + names
                + (old.isEmpty() ? "." : "; nothing in that channel names " + old + " or prunes objects of another addon, so the "
                        + from.key() + " objects stay until deleted below.");
    }

    private static String roll(List<RenderedAddon> addons) {
        List<String> rolling = addons.stream().filter(a -> a.channelEntry().needsRollingUpdate().filter(ROLL_ALL::equals).isPresent())
                .map(RenderedAddon::addonKey).distinct().toList();
        String atOnce = "running nodes keep the old provider's CNI configuration, interfaces and routes, and pods on old and "
                + "new nodes cannot reach each other during a gradual roll, so replace every node at once.";
        if (!rolling.isEmpty()) {
            return "Replace every node: kops' channel entry for " + String.join(", ", rolling) + " has needsRollingUpdate: "
                    + ROLL_ALL + ", which marks every node for replacement. podnet's advice: " + atOnce;
        }
        return "Replace every node (podnet's advice; kops' channel " + (addons.isEmpty() ? "has no addon for the new provider"
                : "entry sets no needsRollingUpdate") + "): " + atOnce;
    }

    private static void add(List<Step> out, StepKind kind, String description, List<String> commands) {
        out.add(Step.builder().number(out.size() + 1).kind(kind).description(description).commands(commands).build());
    }
}
