package dev.podnet.corpus.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout forms of the surface profile, applied to a document's text: comments, document markers,
 * InstanceGroup documents beside the Cluster, empty documents, CRLF line ends, a byte order mark, tabs
 * after a key's colon and quoted keys.
 */
final class SurfaceLayout {
    private static final Pattern KEY = Pattern.compile("^(\\s*(?:- )?)([A-Za-z][A-Za-z0-9_.-]*):( |$)");

    private SurfaceLayout() {
    }

    static String write(String form, String text, Draws r, boolean gce) {
        return switch (form) {
            case "comments" -> comments(text);
            case "document-start" -> "---\n" + text;
            case "document-end" -> text + "...\n";
            case "multi-document" -> text + instanceGroups(gce);
            case "multi-document-cluster-last" -> instanceGroups(gce).substring("---\n".length()) + "---\n" + text;
            case "empty-documents" -> "---\n---\n" + text + "---\n";
            case "crlf" -> text.replace("\n", "\r\n");
            case "bom" -> "\uFEFF" + text;
            case "tab-separator" -> eachKeyLine(text, (m, line) -> m.group(3).equals(" ")
                    ? m.group(1) + m.group(2) + ":\t" + line.substring(m.end()) : line);
            case "quoted-keys" -> eachKeyLine(text, (m, line) -> m.group(1) + "\"" + m.group(2) + "\":" + m.group(3)
                    + line.substring(m.end()));
            default -> throw new IllegalArgumentException("unknown surface form " + form);
        };
    }

    private static String comments(String text) {
        StringBuilder b = new StringBuilder("# cluster written by hand\n");
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty()) continue;
            b.append(line);
            // a trailing comment after a scalar value, a full-line comment after a block key
            if (line.endsWith(":")) b.append("\n").append(" ".repeat(indent(line) + 2)).append("# ").append(line.strip());
            else if (!line.endsWith("\"")) b.append("  # note");
            b.append("\n");
        }
        return b.toString();
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '-')) i++;
        return i;
    }

    private interface LineEdit {
        String edit(Matcher m, String line);
    }

    private static String eachKeyLine(String text, LineEdit edit) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = KEY.matcher(line);
            out.add(m.find() ? edit.edit(m, line) : line);
        }
        return String.join("\n", out) + "\n";
    }

    /** A control-plane and a node InstanceGroup, as {@code kops create cluster} writes them. */
    static String instanceGroups(boolean gce) {
        String zone = gce ? "us-test1-a" : "us-test-1a";
        String subnet = gce ? "us-test1" : "us-test-1a";
        StringBuilder b = new StringBuilder();
        for (String[] ig : new String[][] {{"master-" + zone, "Master", "m3.medium"}, {"nodes", "Node", "t2.medium"}}) {
            b.append("---\napiVersion: kops.k8s.io/v1alpha2\nkind: InstanceGroup\nmetadata:\n  labels:\n")
                    .append("    kops.k8s.io/cluster: minimal.example.com\n  name: ").append(ig[0]).append("\nspec:\n")
                    .append("  machineType: ").append(ig[2]).append("\n  maxSize: 1\n  minSize: 1\n  role: ").append(ig[1])
                    .append("\n  subnets:\n  - ").append(subnet).append("\n");
        }
        return b.toString();
    }
}
