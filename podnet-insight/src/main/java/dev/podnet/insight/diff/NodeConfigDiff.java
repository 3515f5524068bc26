package dev.podnet.insight.diff;

import dev.podnet.api.render.NodeNetworkConfig;
import dev.podnet.api.render.RenderResult;
import dev.podnet.insight.internal.Snapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The node configuration of two snapshots, compared field by field. */
final class NodeConfigDiff {
    /** Parts nodeup applies on every node: a change there changes the node's bootstrap configuration. */
    static final List<String> NODE_PARTS =
            List.of("files", "kubeletFlags", "perNodeKubeletFlags", "sysctls", "kernelModules", "cniBinaries");
    /** Parts that live on the control plane only. */
    static final String CONTROL_PLANE_PART = "controllerManagerFlags";

    private NodeConfigDiff() {
    }

    static List<FieldChange> of(Snapshot before, Snapshot after) {
        return ObjectDiff.fields(tree(before), tree(after));
    }

    private static Map<String, Object> tree(Snapshot s) {
        Optional<NodeNetworkConfig> n = s.render().flatMap(RenderResult::nodeConfig);
        Map<String, Object> m = new LinkedHashMap<>();
        if (n.isEmpty()) return m;
        NodeNetworkConfig c = n.get();
        m.put("files", c.files());
        m.put("kubeletFlags", c.kubeletFlags());
        m.put("perNodeKubeletFlags", c.perNodeKubeletFlags());
        m.put(CONTROL_PLANE_PART, c.controllerManagerFlags());
        m.put("sysctls", c.sysctls());
        m.put("kernelModules", c.kernelModules());
        m.put("cniBinaries", c.cniBinaries());
        m.put("cloudPermissions", c.cloudPermissions());
        m.put("notes", c.notes());
        return m;
    }

    /** The top-level part of a node configuration path: {@code files["/etc/x"]} → {@code files}. */
    static String part(String path) {
        int end = 0;
        while (end < path.length() && Character.isLetterOrDigit(path.charAt(end))) end++;
        return path.substring(0, end);
    }
}
