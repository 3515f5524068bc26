package dev.podnet.api.yaml.internal;

import dev.podnet.api.EgressProxy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** Reads and writes {@code egressProxy} (under {@code spec} in v1alpha2, {@code spec.networking} in v1alpha3). */
final class EgressProxyCodec {
    private EgressProxyCodec() {
    }

    static EgressProxy read(Node v, String path, ReadContext ctx) {
        EgressProxy.Builder eb = EgressProxy.builder();
        if (!(v instanceof MappingNode m)) {
            if (!Nodes.isNull(v)) ctx.problem(path, v, "expected a mapping, got " + Nodes.describe(v));
            return eb.build();
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String k = Nodes.key(t);
            Node x = t.getValueNode();
            if (k.startsWith("httpProxy.")) {
                // Unknown httpProxy fields are kept as "httpProxy.<key>" and written back under
                // httpProxy: a key spelled so here would move there silently.
                ctx.problem(path + "." + k, t.getKeyNode(), "a key with a dot after httpProxy is not supported here");
                continue;
            }
            if (k.equals("excludes") && !Nodes.isNull(x)) {
                ObjectCodec.Scalars.string(x, path + ".excludes", ctx).ifPresent(eb::excludes);
            } else if (k.equals("httpProxy") && x instanceof MappingNode hm) {
                for (NodeTuple ht : hm.getValue()) {
                    String hk = Nodes.key(ht);
                    if (hk.equals("host")) ObjectCodec.Scalars.string(ht.getValueNode(), path + ".httpProxy.host", ctx).ifPresent(eb::host);
                    else if (hk.equals("port")) ObjectCodec.Scalars.int32(ht.getValueNode(), path + ".httpProxy.port", ctx).ifPresent(eb::port);
                    else extra.put("httpProxy." + hk, Nodes.toValue(ht.getValueNode()));
                }
            } else {
                extra.put(k, Nodes.toValue(x));
            }
        }
        return eb.extraFields(extra).build();
    }

    static Map<String, Object> write(EgressProxy e) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> http = new LinkedHashMap<>();
        e.extraFields().forEach((k, v) -> {
            if (k.startsWith("httpProxy.")) http.put(k.substring(10), v);
            else out.put(k, v);
        });
        e.host().ifPresent(v -> http.put("host", v));
        e.port().ifPresent(v -> http.put("port", v));
        if (!http.isEmpty()) out.put("httpProxy", http);
        e.excludes().ifPresent(v -> out.put("excludes", v));
        return out;
    }
}
