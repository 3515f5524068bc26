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
                case "masters", "controlPlane" -> {
                    String s = string(x, path + "." + k, ctx);
                    if (s != null) tb.masters(s);
                }
                case "nodes" -> {
                    String s = string(x, path + "." + k, ctx);
                    if (s != null) tb.nodes(s);
                }
                case "bastion" -> tb.bastion(Nodes.toValue(x));
                case "dns" -> {
                    if (x instanceof MappingNode dm) {
                        for (NodeTuple dt : dm.getValue()) {
                            if (Nodes.key(dt).equals("type")) {
                                String s = string(dt.getValueNode(), path + ".dns.type", ctx);
                                if (s != null) tb.dnsType(s);
                            } else {
                                extra.put("dns." + Nodes.key(dt), Nodes.toValue(dt.getValueNode()));
                            }
                        }
                    } else {
                        String s = string(x, path + ".dns", ctx);
                        if (s != null) tb.dnsType(s);
                    }
                }
                default -> extra.put(k, Nodes.toValue(x));
            }
        }
        return tb.extraFields(extra).build();
    }

    /**
     * The string {@code n} holds, or null (a problem noted) when it holds another kind. Plain code rather than
     * {@code ifPresent(tb::field)}: each method reference is a call site a cold JVM links on first use, and a spec with
     * a topology is read once per process (networking-benchmarks README, seventeenth round).
     */
    private static String string(Node n, String path, ReadContext ctx) {
        return ObjectCodec.Scalars.string(n, path, ctx).orElse(null);
    }

    /** {@code scalarDns}: v1alpha3 writes the DNS type as {@code dns: Public}, v1alpha2 as {@code dns: {type: Public}}. */
    static Map<String, Object> write(Topology t, boolean scalarDns) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> dns = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : t.extraFields().entrySet()) {
            String k = e.getKey();
            if (k.startsWith("dns.")) dns.put(k.substring(4), e.getValue());
            else out.put(k, e.getValue());
        }
        if (t.masters().isPresent()) out.put("masters", t.masters().get());
        if (t.nodes().isPresent()) out.put("nodes", t.nodes().get());
        if (t.bastion().isPresent()) out.put("bastion", t.bastion().get());
        if (t.dnsType().isPresent()) dns.put("type", t.dnsType().get());
        if (scalarDns && dns.size() == 1 && dns.containsKey("type")) out.put("dns", dns.get("type"));
        else if (!dns.isEmpty()) out.put("dns", dns);
        return out;
    }
}
