package dev.podnet.api.yaml.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/** Writes plain values as YAML in kops' canonical form: block style, 2-space indent, keys sorted at every level. */
public final class YamlText {
    private static final DumpSettings SETTINGS = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setWidth(4096)
            .setSplitLines(false)
            // Shared value instances must be written out in full, never as anchors and aliases.
            .setDereferenceAliases(true)
            .build();

    private YamlText() {
    }

    public static String write(Object value) {
        return new Dump(SETTINGS).dumpToString(sorted(value));
    }

    /** Documents separated as kops separates them. */
    public static String writeAll(List<?> documents) {
        List<String> parts = new ArrayList<>();
        for (Object d : documents) parts.add(write(d));
        return String.join("\n---\n\n", parts);
    }

    static Object sorted(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new TreeMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), sorted(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object x : l) out.add(sorted(x));
            return out;
        }
        return v;
    }
}
