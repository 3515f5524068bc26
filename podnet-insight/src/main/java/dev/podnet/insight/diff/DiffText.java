package dev.podnet.insight.diff;

import dev.podnet.api.diag.Diagnostic;
import dev.podnet.insight.internal.Text;
import java.util.List;

/** {@link UpgradeDiff#toText()}: sections for people, image bumps first. */
final class DiffText {
    private DiffText() {
    }

    static String of(UpgradeDiff d) {
        StringBuilder out = new StringBuilder();
        out.append("kops ").append(d.from()).append(" → ").append(d.to()).append(", cluster ").append(d.cluster()).append('\n');
        if (d.isEmpty()) {
            out.append("No changes.\n");
            patches(out, d);
            return out.toString();
        }
        d.notes().forEach(n -> out.append("Note: ").append(Text.line(n)).append('\n'));
        NodeRoll r = d.roll();
        out.append("Nodes: ").append(r.required() ? "kops rolls " + r.nodes().orElse("all") + " nodes" : "no roll").append('\n');
        r.reasons().forEach(x -> out.append("  - ").append(Text.line(x)).append('\n'));
        section(out, "Image bumps", d.imageBumps().stream().map(b -> Text.line(b.line())).toList());
        section(out, "Defaults", d.defaults().stream().map(c -> Text.change(c.path(), c.before(), c.after())
                + "  [" + c.rule() + "]").toList());
        section(out, "Findings that appear", lines(d.findingsAppeared()));
        section(out, "Findings that go", lines(d.findingsGone()));
        if (!d.objects().isEmpty()) {
            out.append("Objects:\n");
            for (ObjectChange o : d.objects()) {
                char sign = switch (o.change()) {
                    case ADDED -> '+';
                    case REMOVED -> '-';
                    case CHANGED -> '~';
                };
                out.append("  ").append(sign).append(' ').append(o.ref()).append("  (").append(o.addon()).append(")\n");
                o.fields().forEach(f -> out.append("      ").append(Text.change(f.path(), f.before(), f.after())).append('\n'));
            }
        }
        section(out, "Node configuration", d.nodeConfig().stream()
                .map(f -> Text.change(f.path(), f.before(), f.after())).toList());
        patches(out, d);
        return out.toString();
    }

    /** What the post-render patches changed: once when the same at both releases, else per release. */
    private static void patches(StringBuilder out, UpgradeDiff d) {
        if (d.patchesFrom().equals(d.patchesTo())) {
            section(out, "Patches (the same at both releases)", patchLines(d.patchesTo()));
        } else {
            section(out, "Patches at kops " + d.from(), patchLines(d.patchesFrom()));
            section(out, "Patches at kops " + d.to(), patchLines(d.patchesTo()));
        }
    }

    /** Each effect's lines ({@link PatchEffect#text()}). */
    static List<String> patchLines(List<PatchEffect> effects) {
        return effects.stream().flatMap(e -> e.text().stream()).toList();
    }

    private static List<String> lines(List<Diagnostic> findings) {
        return findings.stream().map(f -> (f.isError() ? "" : "Warning: ") + Text.line(f.line())).toList();
    }

    private static void section(StringBuilder out, String title, List<String> lines) {
        if (lines.isEmpty()) return;
        out.append(title).append(":\n");
        lines.forEach(l -> out.append("  ").append(l).append('\n'));
    }
}
