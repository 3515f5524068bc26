package dev.podnet.manifests.flannel;

import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.internal.facts.ReleaseFacts;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.FactTables;
import dev.podnet.manifests.internal.TemplateEdit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts of one kops release that decide Flannel's edits ({@code releases.yaml} beside this class, where each
 * fact is explained; read and checked when Flannel first renders).
 *
 * @param templateEdits by template id, the named edits ({@link FlannelTemplateEdit}) that make the release's
 *     template from the objects podnet holds for it
 */
record FlannelFacts(Map<String, List<FlannelTemplateEdit>> templateEdits) {
    private static final ReleaseFacts<FlannelFacts> TABLE = FactTables.cumulative(FlannelFacts.class, "releases.yaml",
            FlannelFacts::read);
    private static final FlannelFacts NONE = read(FactDocument.parse("none", "{}").root());

    static FlannelFacts at(KopsVersion release) {
        return TABLE.at(release).orElse(NONE);
    }

    /** The edits of template {@code templateId} at this release, in the table's order; none by default. */
    List<FlannelTemplateEdit> edits(String templateId) {
        return templateEdits.getOrDefault(templateId, List.of());
    }

    static FlannelFacts read(FactNode n) {
        n.onlyKeys(Set.of("templateEdits"));
        FactNode table = n.get("templateEdits");
        Map<String, List<FlannelTemplateEdit>> edits =
                table.isNull() ? Map.of() : TemplateEdit.read(table, FlannelTemplateEdit.values(), "Flannel");
        return new FlannelFacts(edits);
    }
}
