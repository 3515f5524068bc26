package dev.podnet.api.yaml.internal;

import dev.podnet.api.internal.SafeScalars;
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
            // Plain only what every YAML 1.1 and 1.2 reader reads back as the same string.
            .setSchema(SafeScalars.SCHEMA)
            .build();

    /** The same rules on one line: flow collections, multi-line strings double-quoted. */
    private static final DumpSettings ONE_LINE = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.FLOW)
            .setWidth(Integer.MAX_VALUE)
            .setSplitLines(false)
            .setDereferenceAliases(true)
            .setSchema(SafeScalars.SCHEMA)
            .build();

    private YamlText() {
    }

    public static String write(Object value) {
        return escapeRemaining(new Dump(SETTINGS, new Representer(SETTINGS, false)).dumpToString(sorted(value)));
    }

    /** The value on one line without its line break, e.g. {@code {mtu: 1400}} or {@code '0777'}. */
    public static String writeOneLine(Object value) {
        String out = escapeRemaining(new Dump(ONE_LINE, new Representer(ONE_LINE, true)).dumpToString(sorted(value)));
        return out.endsWith("\n") ? out.substring(0, out.length() - 1) : out;
    }

    /** Documents separated as kops separates them. */
    public static String writeAll(List<?> documents) {
        List<String> parts = new ArrayList<>();
        for (Object d : documents) parts.add(write(d));
        return String.join("\n---\n\n", parts);
    }

    /**
     * Strings with a character no reader may see raw go double-quoted; snakeyaml-engine 3.2
     * escapes NEL, U+2028/2029, controls and DEL there ({@code \N}, {@code \L}, {@code \P},
     * {@code \x..}) but writes the byte order mark U+FEFF and lone surrogates raw, which this
     * class escapes after dumping (they can only be inside such a double-quoted scalar).
     */
    private static final class Representer extends org.snakeyaml.engine.v2.representer.StandardRepresenter {
        Representer(DumpSettings settings, boolean oneLine) {
            super(settings);
            org.snakeyaml.engine.v2.api.RepresentToNode plain = this.representers.get(String.class);
            this.representers.put(String.class, data -> SafeScalars.needsEscape((String) data)
                    || oneLine && (((String) data).indexOf('\n') >= 0 || ((String) data).indexOf('\r') >= 0)
                    ? representScalar(org.snakeyaml.engine.v2.nodes.Tag.STR, (String) data,
                            org.snakeyaml.engine.v2.common.ScalarStyle.DOUBLE_QUOTED)
                    : plain.representData(data));
        }
    }

    private static String escapeRemaining(String yaml) {
        StringBuilder b = null;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < yaml.length() && Character.isLowSurrogate(yaml.charAt(i + 1));
            boolean bad = (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
                    || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF || (Character.isSurrogate(c) && !pair);
            if (bad && b == null) b = new StringBuilder(yaml.length() + 16).append(yaml, 0, i);
            if (bad) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else if (b != null) {
                b.append(c);
            }
            if (pair) {
                if (b != null) b.append(yaml.charAt(i + 1));
                i++;
            }
        }
        return b == null ? yaml : b.toString();
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
