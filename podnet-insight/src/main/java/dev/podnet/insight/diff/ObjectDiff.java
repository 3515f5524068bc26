package dev.podnet.insight.diff;

import dev.podnet.api.render.ContainerView;
import dev.podnet.api.render.ObjectView;
import dev.podnet.insight.internal.Snapshot;
import dev.podnet.insight.internal.TreeDiff;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The applied objects of two snapshots, compared by kind, namespace and name. */
final class ObjectDiff {
    private ObjectDiff() {
    }

    static List<ObjectChange> of(Snapshot before, Snapshot after) {
        Map<String, Snapshot.Placed> old = before.objects();
        Map<String, Snapshot.Placed> now = after.objects();
        Set<String> keys = new LinkedHashSet<>(now.keySet());
        keys.addAll(old.keySet());
        List<ObjectChange> out = new ArrayList<>();
        for (String key : keys) {
            Snapshot.Placed o = old.get(key);
            Snapshot.Placed n = now.get(key);
            if (o == null) {
                out.add(change(n, ChangeType.ADDED).build());
            } else if (n == null) {
                out.add(change(o, ChangeType.REMOVED).build());
            } else if (!o.object().equals(n.object())) {
                out.add(change(n, ChangeType.CHANGED).fields(fields(o.object(), n.object()))
                        .imageBumps(images(o.object(), n.object())).build());
            }
        }
        // Image bumps first, then in manifest order (the sort is stable).
        out.sort(Comparator.comparing(c -> c.imageBumps().isEmpty()));
        return out;
    }

    private static ObjectChange.Builder change(Snapshot.Placed p, ChangeType type) {
        ObjectView o = p.object();
        return ObjectChange.builder().addon(p.addon()).kind(o.kind()).namespace(o.namespace()).name(o.name()).change(type);
    }

    static List<FieldChange> fields(ObjectView before, ObjectView after) {
        return fields(before.tree(), after.tree());
    }

    /** The fields that differ, in the order of {@code after}; see {@link TreeDiff} for the paths. */
    static List<FieldChange> fields(Map<String, ?> before, Map<String, ?> after) {
        return TreeDiff.of(before, after).stream().map(c -> FieldChange.of(c.path(), c.before(), c.after())).toList();
    }

    private static List<ImageBump> images(ObjectView before, ObjectView after) {
        List<ImageBump> out = new ArrayList<>();
        List<ContainerView> all = new ArrayList<>(after.containers());
        all.addAll(after.initContainers());
        String ref = after.kind() + " " + after.namespace().map(n -> n + "/").orElse("") + after.name();
        for (ContainerView c : all) {
            if (c.image().isEmpty()) continue;
            before.container(c.name()).flatMap(ContainerView::image)
                    .filter(old -> !old.equals(c.image().get()))
                    .ifPresent(old -> out.add(ImageBump.builder().object(ref).container(c.name())
                            .before(old).after(c.image().get()).build()));
        }
        return out;
    }
}
