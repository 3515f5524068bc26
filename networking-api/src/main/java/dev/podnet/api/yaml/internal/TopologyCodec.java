package dev.podnet.api.yaml.internal;

import dev.podnet.api.Topology;
import java.util.LinkedHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** Reads and writes {@code topology} (under {@code spec} in v1alpha2, {@code spec.networking} in v1alpha3). */
final class TopologyCodec {
    private TopologyCodec() {
    }

    static Topology read(Node v, String path, ReadContext ctx) {
        Topology.Builder tb = Topology.builder();
        if (Nodes.isNull(v)) return tb.build();
        if (!(v instanceof MappingNode m)) {
            ctx.problem(path, v, "expected a mapping, got " + Nodes.describe(v));
            return tb.build();
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        boolean haveMasters = false;
        for (NodeTuple t : m.getValue()) {
            String k = Nodes.key(t);
            Node x = t.getValueNode();
            if (k.startsWith("dns.")) {
                // Unknown dns fields are kept as "dns.<key>" and written back under dns: a key
                // spelled so here would move there silently.
                ctx.problem(path + "." + k, t.getKeyNode(), "a key with a dot after dns is not supported here");
                continue;
            }
            if (k.equals("masters") || k.equals("controlPlane")) {
                if (haveMasters) {
                    ctx.problem(path + "." + k, t.getKeyNode(), "both topology.masters and topology.controlPlane are set:"
                            + " they are one field, keep one");
                    continue;
                }
                haveMasters = true;
            }
            if (Nodes.isNull(x)) {
                extra.put(k, null);
                continue;
            }
            switch (k) {
                case "masters", "controlPlane" -> ObjectCodec.Scalars.string(x, path + "." + k, ctx).ifPresent(tb::masters);
                case "nodes" -> ObjectCodec.Scalars.string(x, path + "." + k, ctx).ifPresent(tb::nodes);
                case "bastion" -> tb.bastion(Nodes.toValue(x));
                case "dns" -> {
                    if (x instanceof MappingNode dm) {
                        for (NodeTuple dt : dm.getValue()) {
                            if (Nodes.key(dt).equals("type")) {
                                ObjectCodec.Scalars.string(dt.getValueNode(), path + ".dns.type", ctx).ifPresent(tb::dnsType);
                            } else {
                                extra.put("dns." + Nodes.key(dt), Nodes.toValue(dt.getValueNode()));
                            }
                        }
                    } else {
                        ObjectCodec.Scalars.string(x, path + ".dns", ctx).ifPresent(tb::dnsType);
                    }
                }
                default -> extra.put(k, Nodes.toValue(x));
            }
        }
        return tb.extraFields(extra).build();
    }

    /** {@code scalarDns}: v1alpha3 writes the DNS type as {@code dns: Public}, v1alpha2 as {@code dns: {type: Public}}. */
    static Map<String, Object> write(Topology t, boolean scalarDns) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> dns = new LinkedHashMap<>();
        t.extraFields().forEach((k, v) -> {
            if (k.startsWith("dns.")) dns.put(k.substring(4), v);
            else out.put(k, v);
        });
        t.masters().ifPresent(v -> out.put("masters", v));
        t.nodes().ifPresent(v -> out.put("nodes", v));
        t.bastion().ifPresent(v -> out.put("bastion", v));
        t.dnsType().ifPresent(v -> dns.put("type", v));
        if (scalarDns && dns.size() == 1 && dns.containsKey("type")) out.put("dns", dns.get("type"));
        else if (!dns.isEmpty()) out.put("dns", dns);
        return out;
    }
}
