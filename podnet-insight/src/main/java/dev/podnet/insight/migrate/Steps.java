package dev.podnet.insight.migrate;

import dev.podnet.api.provider.ProviderKind;
import java.util.ArrayList;
import java.util.List;

/** The order of a migration: apply the new spec, stop the old agent, roll every node, delete the rest, verify. */
final class Steps {
    private Steps() {
    }

    static List<Step> of(String cluster, ProviderKind from, ProviderKind to, List<ObjectRef> deletions, boolean addon) {
        List<Step> out = new ArrayList<>();
        add(out, StepKind.APPLY, "Replace the cluster spec with the new one (spec.networking." + to.key() + ").",
                List.of("kops replace -f cluster.yaml"));
        add(out, StepKind.APPLY, addon
                ? "Apply it: kops writes the new node configuration and channels applies the " + to.key() + " addon; "
                        + "kops does not delete the " + from.key() + " objects."
                : "Apply it: kops writes the new node configuration (" + to.key() + " has no addon).",
                List.of("kops update cluster --name " + cluster + " --yes"));
        List<ObjectRef> workloads = deletions.stream().filter(Migration::isWorkload).toList();
        if (!workloads.isEmpty()) {
            add(out, StepKind.DELETE, "Stop the old agent before nodes are replaced, so that it does not start on the new "
                    + "nodes and write its CNI configuration next to the new one.",
                    workloads.stream().map(ObjectRef::deleteCommand).toList());
        }
        add(out, StepKind.ROLL_NODES, "Replace every node at once: running nodes keep the old provider's CNI configuration, "
                + "interfaces and routes, and pods on old and new nodes cannot reach each other during a gradual roll.",
                List.of("kops rolling-update cluster --name " + cluster + " --cloudonly --force --yes"));
        List<ObjectRef> rest = deletions.stream().filter(r -> !Migration.isWorkload(r)).toList();
        if (!rest.isEmpty()) {
            add(out, StepKind.DELETE, "Delete what is left of " + from.key() + " (configuration, RBAC, then its custom resource "
                    + "definitions, which deletes their resources).", rest.stream().map(ObjectRef::deleteCommand).toList());
        }
        add(out, StepKind.VERIFY, "Wait until every node is Ready with the new provider.",
                List.of("kops validate cluster --name " + cluster + " --wait 15m"));
        return List.copyOf(out);
    }

    private static void add(List<Step> out, StepKind kind, String description, List<String> commands) {
        out.add(Step.builder().number(out.size() + 1).kind(kind).description(description).commands(commands).build());
    }
}
