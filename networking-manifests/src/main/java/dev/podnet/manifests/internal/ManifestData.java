package dev.podnet.manifests.internal;

import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import dev.podnet.manifests.yaml.KopsYaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The manifest data of one provider, read once from {@code dev/podnet/manifests/<provider>/}:
 * {@code objects.yaml} (distinct neutral upstream objects), {@code variants.tsv} (release and
 * template id → objects in order), {@code images.tsv} (release and template id → image per
 * container) and {@code templates.tsv} (which template id a Kubernetes version selects).
 * Immutable and shared: every render starts from the same objects, so their text is cached.
 */
public final class ManifestData {

    private static final Map<String, ManifestData> CACHE = new ConcurrentHashMap<>();

    private final String provider;
    private final Map<String, Manifest> variants;
    private final Map<String, Map<String, String>> images;
    private final List<String[]> templates;

    private ManifestData(String provider) {
        this.provider = provider;
        String base = "dev/podnet/manifests/" + provider + "/";
        List<KubeObject> pool = KopsYaml.parse(text(base + "objects.yaml"));
        // stored data: renderers that start from these objects directly get their packaged text cached too
        AddonPackager.shared(Manifest.of(pool));
        Map<String, Manifest> v = new HashMap<>();
        for (String[] row : rows(base + "variants.tsv")) {
            List<KubeObject> objects = new ArrayList<>();
            for (String i : row[2].split(",")) {
                objects.add(pool.get(Integer.parseInt(i)));
            }
            v.put(row[0] + " " + row[1], Manifest.of(objects));
        }
        Map<String, Map<String, String>> im = new HashMap<>();
        for (String[] row : rows(base + "images.tsv")) {
            im.computeIfAbsent(row[0] + " " + row[1], k -> new LinkedHashMap<>()).put(row[2] + " " + row[3], row[4]);
        }
        this.variants = Map.copyOf(v);
        this.images = im;
        this.templates = resource(base + "templates.tsv").isPresent() ? rows(base + "templates.tsv") : List.of();
    }

    /** The data of {@code provider} (its resources folder name), loaded on first use. */
    public static ManifestData of(String provider) {
        return CACHE.computeIfAbsent(provider, ManifestData::new);
    }

    /** The release key of the tables: {@code 1.30}. */
    public static String releaseKey(int major, int minor) {
        return major + "." + minor;
    }

    /**
     * The template id a cluster of Kubernetes {@code k8sMinor} selects at {@code release}: the row of
     * {@code templates.tsv} ({@code from-release to-release min-kubernetes id}) whose release range holds
     * the release and whose minimum Kubernetes is the highest one not above the cluster's.
     */
    public String templateId(int releaseMinor, int k8sMinor) {
        String best = null;
        int bestMin = -1;
        for (String[] t : templates) {
            int from = minor(t[0]);
            int to = minor(t[1]);
            int min = minor(t[2]);
            if (t.length < 6 && releaseMinor >= from && releaseMinor <= to && k8sMinor >= min && min > bestMin) {
                best = t[3];
                bestMin = min;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException(provider + ": no template for kops 1." + releaseMinor
                    + " and Kubernetes 1." + k8sMinor);
        }
        return best;
    }

    /**
     * The channel entries a release lists for every Kubernetes range (kops 1.18–1.21 wrote one
     * entry per range and let the cluster pick): rows of {@code templates.tsv} with the optional
     * columns {@code kubernetes-range channel-version}, in file order; empty when the release
     * selects one template.
     */
    public List<RangedTemplate> rangedTemplates(int releaseMinor) {
        List<RangedTemplate> out = new ArrayList<>();
        for (String[] t : templates) {
            if (t.length >= 6 && releaseMinor >= minor(t[0]) && releaseMinor <= minor(t[1])) {
                out.add(new RangedTemplate(t[3], t[4], t[5]));
            }
        }
        return out;
    }

    /** One channel entry of a release that lists every range: template id, Kubernetes range, channel version. */
    public record RangedTemplate(String templateId, String kubernetesRange, String version) {
    }

    /** The neutral objects of a release's template, or empty when podnet has no data for it. */
    public Optional<Manifest> variant(String release, String templateId) {
        return Optional.ofNullable(variants.get(release + " " + templateId));
    }

    /**
     * The object of this kind and name as the data holds it in any release's template (the last
     * one that has it): for optional objects a release's stored cases do not show.
     */
    public Optional<KubeObject> anyRelease(String kind, String name) {
        KubeObject found = null;
        for (Map.Entry<String, Manifest> e : new java.util.TreeMap<>(variants).entrySet()) {
            Optional<KubeObject> o = e.getValue().find(kind, name);
            if (o.isPresent()) {
                found = o.get();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The default image of a container ({@code Kind/name container} → image) at a release's template. */
    public Map<String, String> images(String release, String templateId) {
        return images.getOrDefault(release + " " + templateId, Map.of());
    }

    private static int minor(String v) {
        String[] p = v.split("\\.");
        return Integer.parseInt(p[1]);
    }

    private static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        for (String line : text(resource).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            out.add(line.split("\t"));
        }
        return out;
    }

    private static Optional<InputStream> resource(String name) {
        return Optional.ofNullable(ManifestData.class.getClassLoader().getResourceAsStream(name));
    }

    private static String text(String name) {
        try (InputStream in = resource(name).orElseThrow(() -> new IllegalStateException("missing resource " + name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
