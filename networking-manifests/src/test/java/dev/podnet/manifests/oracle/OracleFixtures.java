package dev.podnet.manifests.oracle;

import dev.podnet.api.Cluster;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.manifests.TestRendering;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Seeded specs kops itself rendered (src/build/oracle_fixtures.py): per case kops' completed spec
 * and the manifestHash of each networking addon of its bootstrap channel. Equal hashes prove
 * byte-identical manifests without storing them.
 */
public final class OracleFixtures {
    private OracleFixtures() {
    }

    /** One case: kops accepted the spec and rendered {@code hashes} (addon name/id to manifestHash). */
    public record Case(String name, String release, String completedSpec, Map<String, String> hashes) {
        @Override
        public String toString() { return name + " " + release; }
    }

    /** The accepted cases of {@code oracle-<provider>/<set>.tsv}, in file order. */
    public static List<Case> load(String provider, String set) {
        String dir = "/oracle-" + provider + "/";
        String[] specs = gunzip(dir + set + "-specs.yaml.gz").split("(?m)^---\n");
        Map<String, Case> cases = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (String line : text(dir + set + ".tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split("\t");
            if (!order.contains(p[0])) {
                order.add(p[0]);
            }
            if (p[2].equals("error")) {
                continue;
            }
            String spec = specs[order.size() - 1];
            cases.computeIfAbsent(p[0], n -> new Case(n, p[1], spec, new TreeMap<>())).hashes().put(p[2], p[3]);
        }
        return List.copyOf(cases.values());
    }

    /** podnet's channel hashes for the case, by addon name/id; or the refusal's message. */
    public static Map<String, String> render(Case c) {
        Map<String, String> m = new TreeMap<>();
        try {
            Cluster cluster = ClusterYaml.read(c.completedSpec());
            RenderResult r = TestRendering.forRelease(KopsVersion.of(c.release().substring(1))).render(cluster);
            for (RenderedAddon a : r.addons()) {
                m.put(a.addonKey() + "/" + a.templateId(), a.manifestHash());
            }
        } catch (RuntimeException e) {
            m.put("refused", String.valueOf(e.getMessage()));
        }
        return m;
    }

    /** The known failures of a provider: case name to reason (test resource known-failures.tsv). */
    public static Map<String, String> knownFailures(String provider) {
        Map<String, String> m = new TreeMap<>();
        String t = textOrEmpty("/oracle-" + provider + "/known-failures.tsv");
        for (String line : t.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] p = line.split("\t", 2);
                m.put(p[0].trim(), p.length > 1 ? p[1].trim() : "");
            }
        }
        return m;
    }

    private static String text(String resource) {
        try (InputStream in = OracleFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String textOrEmpty(String resource) {
        return OracleFixtures.class.getResource(resource) == null ? "" : text(resource);
    }

    private static String gunzip(String resource) {
        try (InputStream in = new GZIPInputStream(OracleFixtures.class.getResourceAsStream(resource))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
