package dev.podnet.insight.migrate;

import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.insight.internal.Text;

/** {@link MigrationPlan#toText()}. */
final class PlanText {
    private PlanText() {
    }

    static String of(MigrationPlan p) {
        StringBuilder out = new StringBuilder();
        out.append("Migration of ").append(p.cluster()).append(" from ").append(p.from().map(k -> k.key()).orElse("?"))
                .append(" to ").append(p.to().key()).append(" at kops ").append(p.release()).append('\n');
        if (p.refusal().isPresent()) return out.append("Refused: ").append(p.refusal().get()).append('\n').toString();
        out.append("\nSpec changes:\n");
        p.edits().forEach(e -> out.append("  ").append(Text.change(e.path(), e.before(), e.after()))
                .append("  (").append(e.reason()).append(")\n"));
        out.append("\nSteps:\n");
        for (Step s : p.steps()) {
            out.append("  ").append(s.number()).append(". [").append(s.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .append("] ").append(s.description()).append('\n');
            s.commands().forEach(c -> out.append("       $ ").append(c).append('\n'));
        }
        out.append("\nRisks:\n");
        p.risks().forEach(r -> out.append("  - ").append(r.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .append(": ").append(r.description()).append('\n'));
        out.append("\nNew spec:\n");
        p.spec().ifPresent(c -> out.append(ClusterYaml.write(c)));
        out.append("\nNew manifest: ").append(p.addons().isEmpty() ? "none (node configuration only)"
                : String.join(", ", p.addons().stream().map(a -> a.manifestPath() + " (" + a.manifest().objects().size()
                        + " objects)").toList())).append("; print it with podnet render\n");
        if (!p.patches().isEmpty()) {
            out.append("\nPatches applied to the new manifest:\n");
            p.patches().forEach(e -> e.text().forEach(l -> out.append("  ").append(l).append('\n')));
        }
        return out.toString();
    }
}
