package dev.podnet.corpus.gen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The generated specs judged by kops-oracle, read from the classpath ({@code podnet-generated/}). */
public final class GeneratedCases {
    public static final String ROOT = "/podnet-generated/";
    /** The wide profile's probe set ({@link SpecGenerator#WIDE}). */
    public static final String WIDE_ROOT = "/podnet-generated-wide/";
    /** The surface profile's probe set ({@link SpecGenerator#SURFACE}). */
    public static final String SURFACE_ROOT = "/podnet-generated-surface/";
    /** The crossed profile's probe set ({@link SpecGenerator#CROSSED}: kops' test specs × releases × providers). */
    public static final String CROSSED_ROOT = "/podnet-generated-crossed/";
    /** The cluster profile's probe set ({@link SpecGenerator#CLUSTER}: wide specs with Cluster fields outside networking). */
    public static final String CLUSTER_ROOT = "/podnet-generated-cluster/";
    /** The edges profile's probe set ({@link SpecGenerator#EDGES}: cluster specs with what no other profile draws). */
    public static final String EDGES_ROOT = "/podnet-generated-edges/";
    /** The fields profile's probe set ({@link SpecGenerator#FIELDS}: cluster specs with the Cluster fields no other profile draws). */
    public static final String FIELDS_ROOT = "/podnet-generated-fields/";

    private GeneratedCases() {
    }

    /** {@code index.yaml}: seed, generator version, releases, the DEV/HOLDOUT rule, counts. */
    public static Map<String, Object> index() {
        return index(ROOT);
    }

    /**
     * {@code index.yaml} of a fixture set.
     *
     * @param root the set's resource folder, {@link #ROOT}, {@link #WIDE_ROOT} or {@link #CROSSED_ROOT}
     * @return seed, profile, generator version, releases, the DEV/HOLDOUT rule, counts
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> index(String root) {
        return (Map<String, Object>) load().loadFromString(new String(resource(root + "index.yaml"), StandardCharsets.UTF_8));
    }

    /** Every case, in release, provider, index order. */
    public static List<JudgedCase> all() {
        return all(ROOT);
    }

    /**
     * Every case of a fixture set, in release, provider, index order.
     *
     * @param root the set's resource folder, {@link #ROOT}, {@link #WIDE_ROOT} or {@link #CROSSED_ROOT}
     * @return the cases
     */
    @SuppressWarnings("unchecked")
    public static List<JudgedCase> all(String root) {
        List<JudgedCase> out = new ArrayList<>();
        for (Object f : (List<Object>) index(root).get("files")) {
            Map<String, Object> doc = (Map<String, Object>) load().loadFromString(
                    new String(gunzip(resource(root + f)), StandardCharsets.UTF_8));
            String release = (String) doc.get("release");
            for (Object o : (List<Object>) doc.get("cases")) {
                Map<String, Object> c = (Map<String, Object>) o;
                out.add(new JudgedCase((String) c.get("id"), release, (String) c.get("provider"), (String) c.get("part"),
                        (String) c.get("mutation"), (String) c.get("input"), (String) c.get("verdict"), (String) c.get("error"),
                        (Map<String, Object>) c.get("completed"), (List<Map<String, Object>>) c.get("addons"),
                        (String) c.get("sample")));
            }
        }
        return out;
    }

    /** A gzip'd sample manifest of kops, e.g. {@code samples/v1.33.1-calico/v1.33.1-calico-003/networking.projectcalico.org-k8s-1.25.yaml.gz}. */
    public static String sample(String path) {
        return new String(gunzip(resource(ROOT + path)), StandardCharsets.UTF_8);
    }

    private static Load load() {
        return new Load(LoadSettings.builder().setCodePointLimit(256 * 1024 * 1024).build());
    }

    private static byte[] resource(String name) {
        try (InputStream in = GeneratedCases.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gunzip(byte[] data) {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(data))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
