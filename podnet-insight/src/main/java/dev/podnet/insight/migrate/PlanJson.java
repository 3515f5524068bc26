package dev.podnet.insight.migrate;

import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.insight.internal.Json;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** {@link MigrationPlan#toJson()}: the plan, with the new spec and manifests as YAML text. */
final class PlanJson {
    private PlanJson() {
    }

    static String of(MigrationPlan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("release", p.release().toString());
        m.put("cluster", p.cluster());
        m.put("from", p.from().map(k -> k.key()));
        m.put("to", p.to().key());
        m.put("refusal", p.refusal());
        m.put("edits", p.edits().stream().map(e -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("path", e.path());
            x.put("before", e.before());
            x.put("after", e.after());
            x.put("reason", e.reason());
            return x;
        }).toList());
        m.put("steps", p.steps().stream().map(s -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("number", s.number());
            x.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
            x.put("description", s.description());
            x.put("commands", s.commands());
            return x;
        }).toList());
        m.put("deletions", p.deletions().stream().map(d -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("addon", d.addon());
            x.put("apiVersion", d.apiVersion());
            x.put("kind", d.kind());
            x.put("namespace", d.namespace());
            x.put("name", d.name());
            return x;
        }).toList());
        m.put("risks", p.risks().stream().map(r -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kind", r.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            x.put("description", r.description());
            return x;
        }).toList());
        m.put("spec", p.spec().map(ClusterYaml::write));
        m.put("manifests", p.addons().stream().map(PlanJson::addon).toList());
        m.put("patches", p.patches().stream().map(dev.podnet.insight.diff.PatchEffect::toMap).toList());
        return Json.write(m);
    }

    private static Map<String, Object> addon(RenderedAddon a) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("manifest", a.manifestPath());
        x.put("manifestHash", a.manifestHash());
        x.put("yaml", a.yaml());
        return x;
    }
}
