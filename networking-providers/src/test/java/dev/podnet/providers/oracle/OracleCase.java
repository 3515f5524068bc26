package dev.podnet.providers.oracle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * One case of {@code oracle-defaults/<family>.yaml.gz}: a spec and kops' answer for it at one release,
 * written by {@code make-fixtures.py} from kops-oracle's run. {@code completed} is the networking part
 * of kops' completed spec as kops wrote it; {@code error} kops' refusal.
 */
record OracleCase(String family, String name, String release, String input, Optional<String> completed, Optional<String> error) {

    @Override
    public String toString() {
        return family + " " + release + " " + name;
    }

    boolean rejected() {
        return error.isPresent();
    }

    /** The cases of one family, each input laid over {@code base.yaml}'s spec (a null field is removed). */
    @SuppressWarnings("unchecked")
    static List<OracleCase> load(String family) {
        Load yaml = new Load(LoadSettings.builder().build());
        Map<String, Object> base = (Map<String, Object>) yaml.loadFromString(resource("base.yaml"));
        List<OracleCase> out = new ArrayList<>();
        for (Object o : (List<Object>) yaml.loadFromString(resource(family + ".yaml.gz"))) {
            Map<String, Object> row = (Map<String, Object>) o;
            Map<String, Object> doc = new LinkedHashMap<>(base);
            Map<String, Object> spec = new LinkedHashMap<>((Map<String, Object>) base.get("spec"));
            ((Map<String, Object>) row.get("input")).forEach((k, v) -> {
                if (v == null) spec.remove(k);
                else spec.put(k, v);
            });
            doc.put("spec", spec);
            String input = new Dump(DumpSettings.builder().setSchema(dev.podnet.api.internal.SafeScalars.SCHEMA).build()).dumpToString(doc);
            out.add(new OracleCase(family, String.valueOf(row.get("name")), String.valueOf(row.get("release")), input,
                    Optional.ofNullable((String) row.get("completed")), Optional.ofNullable((String) row.get("error"))));
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = OracleCase.class.getClassLoader().getResourceAsStream("oracle-defaults/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource oracle-defaults/" + name);
            InputStream text = name.endsWith(".gz") ? new GZIPInputStream(in) : in;
            return new String(text.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
