package dev.podnet.insight.diff;

import dev.podnet.api.diag.Diagnostic;
import dev.podnet.insight.internal.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link UpgradeDiff#toJson()}: the whole diff as one JSON object, values in full. */
final class DiffJson {
    private DiffJson() {
    }

    static String of(UpgradeDiff d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", d.from().toString());
        m.put("to", d.to().toString());
        m.put("cluster", d.cluster());
        m.put("empty", d.isEmpty());
        Map<String, Object> roll = new LinkedHashMap<>();
        roll.put("required", d.roll().required());
        roll.put("nodes", d.roll().nodes());
        roll.put("reasons", d.roll().reasons());
        m.put("roll", roll);
        m.put("imageBumps", d.imageBumps().stream().map(DiffJson::image).toList());
        m.put("defaults", d.defaults().stream().map(c -> {
            Map<String, Object> x = change(c.path(), c.before(), c.after());
            x.put("rule", c.rule());
            x.put("reason", c.reason());
            return x;
        }).toList());
        m.put("findingsAppeared", findings(d.findingsAppeared()));
        m.put("findingsGone", findings(d.findingsGone()));
        m.put("objects", d.objects().stream().map(DiffJson::object).toList());
        m.put("nodeConfig", d.nodeConfig().stream().map(f -> change(f.path(), f.before(), f.after())).toList());
        m.put("patchesFrom", patches(d.patchesFrom()));
        m.put("patchesTo", patches(d.patchesTo()));
        m.put("notes", d.notes());
        return Json.write(m);
    }

    private static Map<String, Object> object(ObjectChange o) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("change", o.change().name().toLowerCase(java.util.Locale.ROOT));
        x.put("addon", o.addon());
        x.put("kind", o.kind());
        x.put("namespace", o.namespace());
        x.put("name", o.name());
        x.put("imageBumps", o.imageBumps().stream().map(DiffJson::image).toList());
        x.put("fields", o.fields().stream().map(f -> change(f.path(), f.before(), f.after())).toList());
        return x;
    }

    /** Each patch effect: its number, type, target, manifest and the fields it changed. */
    static List<Map<String, Object>> patches(List<PatchEffect> effects) {
        return effects.stream().map(PatchEffect::toMap).toList();
    }

    private static Map<String, Object> image(ImageBump b) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("object", b.object());
        x.put("container", b.container());
        x.put("before", b.before());
        x.put("after", b.after());
        return x;
    }

    private static Map<String, Object> change(String path, Object before, Object after) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("path", path);
        x.put("before", before);
        x.put("after", after);
        return x;
    }

    private static List<Map<String, Object>> findings(List<Diagnostic> all) {
        return all.stream().map(f -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
            x.put("path", f.path());
            x.put("type", f.type().name());
            x.put("line", f.line());
            return x;
        }).toList();
    }
}
