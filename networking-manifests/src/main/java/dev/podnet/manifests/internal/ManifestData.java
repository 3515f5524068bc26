package dev.podnet.manifests.internal;

import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import dev.podnet.manifests.yaml.KopsYaml;
import dev.podnet.manifests.yaml.internal.Frozen;
import dev.podnet.manifests.yaml.internal.FrozenMap;
import dev.podnet.manifests.yaml.internal.StoredDocument;
import dev.podnet.manifests.yaml.internal.StoredYamlReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The manifest data of one provider, from {@code dev/podnet/manifests/<provider>/}:
 * {@code objects.yaml} (distinct neutral upstream objects), {@code variants.tsv} (release and
 * template id → objects in order; an object {@code NAME:N} is document N of {@code objects-NAME.yaml}, a pool of
 * objects added beside the derived one), {@code images.tsv} (release and template id → image per
 * container) and {@code templates.tsv} (which template id a Kubernetes version selects).
 *
 * <p>Loaded on use: loading reads the tables and the index of {@code objects.yaml}'s documents
 * ({@code objects.idx}); a variant reads only the objects it lists, each object's header at once and its tree
 * when an edit or a caller first asks for it. The data, its variants and its objects are memoised in the
 * {@link RenderCaches} of the engine that loads them (objects are immutable, so every variant and render that uses
 * one shares it, and with it its packaged form and text), with the pool text of each object, which a render copies
 * into its output where no edit changed the object ({@link StoredText}).
 */
public final class ManifestData {

    /** The loaded data of a provider (its tables and the documents parsed so far), by resources folder. */
    private static final RenderCaches.Memo<String, ManifestData> DATA = RenderCaches.Memo.data("manifest data");
    /** The neutral objects of a release's template. */
    private static final RenderCaches.Memo<VariantKey, Manifest> VARIANTS = RenderCaches.Memo.data("variants");

    /**
     * A variant by provider and release key. Equality is written out: a record's generated
     * {@code equals}/{@code hashCode} are bootstrapped through method handles on first use, which
     * costs a cold command line run more than all its lookups (see the benchmarks README, cold start).
     */
    private record VariantKey(String provider, String key) {
        @Override
        public boolean equals(Object o) {
            return o instanceof VariantKey k && provider.equals(k.provider) && key.equals(k.key);
        }

        @Override
        public int hashCode() { return 31 * provider.hashCode() + key.hashCode(); }
    }

    private final String provider;
    private final RenderCaches caches;
    private final ObjectPool pool;
    /** The added pools ({@code objects-NAME.yaml}) by name. */
    private final Map<String, ObjectPool> addedPools = new HashMap<>();
    private final Map<String, int[]> variantIndexes;
    /** Per variant, the added pool of each object (null: objects.yaml), where a variant lists any. */
    private final Map<String, ObjectPool[]> variantPools;
    private final Map<String, Map<String, String>> images;
    private final List<String[]> templates;

    private ManifestData(String provider, RenderCaches caches) {
        this.provider = provider;
        this.caches = caches;
        String base = "/dev/podnet/manifests/" + provider + "/";
        this.pool = new ObjectPool(base + "objects.yaml", caches);
        Map<String, int[]> v = new HashMap<>();
        Map<String, ObjectPool[]> vp = new HashMap<>();
        for (String[] row : rows(base + "variants.tsv")) {
            String[] ids = row[2].split(",");
            int[] indexes = new int[ids.length];
            ObjectPool[] pools = new ObjectPool[ids.length];
            boolean added = false;
            for (int i = 0; i < ids.length; i++) {
                int colon = ids[i].indexOf(':');
                ObjectPool from = pool;
                if (colon >= 0) {
                    String name = ids[i].substring(0, colon);
                    from = addedPools.get(name);
                    if (from == null) {
                        from = new ObjectPool(base + "objects-" + name + ".yaml", caches);
                        addedPools.put(name, from);
                    }
                    pools[i] = from;
                    added = true;
                }
                indexes[i] = Integer.parseInt(ids[i].substring(colon + 1));
                from.expect(indexes[i]);
            }
            v.put(row[0] + " " + row[1], indexes);
            if (added) {
                vp.put(row[0] + " " + row[1], pools);
            }
        }
        Map<String, Map<String, String>> im = new HashMap<>();
        for (String[] row : rows(base + "images.tsv")) {
            Map<String, String> images = im.get(row[0] + " " + row[1]);
            if (images == null) {
                images = new LinkedHashMap<>();
                im.put(row[0] + " " + row[1], images);
            }
            images.put(row[2] + " " + row[3], row[4]);
        }
        if (Resources.exists(ManifestData.class, base + "borrowed.tsv")) {
            borrow(base + "borrowed.tsv", v, im, vp);
        }
        this.variantIndexes = Map.copyOf(v);
        this.variantPools = Map.copyOf(vp);
        this.images = im;
        this.templates = Resources.exists(ManifestData.class, base + "templates.tsv") ? rows(base + "templates.tsv") : List.of();
    }

    /**
     * Rows of {@code borrowed.tsv} ({@code release template from reason}): a (release, template) no kops
     * rendering in the corpus or kops-oracle shows, whose objects and images are those of a neighbouring release's
     * same template, where the neighbours on both sides agree (docs/release-boundaries.md gives the evidence per
     * row). {@code from} is a release ({@code 1.28}: its same template) or a release and template
     * ({@code 1.19/k8s-1.6}: kops 1.18's Flannel k8s-1.12 is the k8s-1.6 template kops 1.19 keeps, plus the
     * renderer's named edits). A row for a pair the derived tables already hold, or from a pair they lack, is a
     * data error.
     */
    private static void borrow(String resource, Map<String, int[]> variants, Map<String, Map<String, String>> images,
            Map<String, ObjectPool[]> pools) {
        for (String[] row : rows(resource)) {
            String to = row[0] + " " + row[1];
            String[] source = row[2].split("/", 2);
            String from = source[0] + " " + (source.length == 2 ? source[1] : row[1]);
            if (variants.containsKey(to) || !variants.containsKey(from)) {
                throw new IllegalStateException(resource + ": cannot borrow " + from + " for " + to);
            }
            variants.put(to, variants.get(from));
            images.put(to, images.getOrDefault(from, Map.of()));
            if (pools.containsKey(from)) {
                pools.put(to, pools.get(from));
            }
        }
    }

    /** The data of {@code provider} (its resources folder name), memoised in {@code caches}. */
    public static ManifestData of(String provider, RenderCaches caches) {
        return caches.get(DATA, provider, p -> new ManifestData(p, caches));
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
            // a release/Kubernetes pair podnet has no data for is a refusal, not a bug
            throw new dev.podnet.api.PodnetException(provider + ": podnet has no template for kops 1." + releaseMinor
                    + " and Kubernetes 1." + k8sMinor);
        }
        return best;
    }

    /**
     * The channel entries a release lists for every Kubernetes range (kops 1.18–1.21 wrote one
     * entry per range and let the cluster pick): rows of {@code templates.tsv} with the optional
     * columns {@code kubernetes-range channel-version}, in file order; empty when the release
     * selects one template. A row with a seventh column {@code condition} is kops' alternative entry
     * for its range: where {@code holds} accepts the condition it takes the place of the unconditional
     * row of the same range (kops 1.18–1.19 list Calico's k8s-1.7-v3 instead of k8s-1.7 with
     * {@code majorVersion: v3}), otherwise it is not listed.
     */
    public List<RangedTemplate> rangedTemplates(int releaseMinor, java.util.function.Predicate<String> holds) {
        List<String[]> rows = new ArrayList<>();
        for (String[] t : templates) {
            if (t.length >= 6 && releaseMinor >= minor(t[0]) && releaseMinor <= minor(t[1])) {
                rows.add(t);
            }
        }
        List<RangedTemplate> out = new ArrayList<>();
        for (String[] t : rows) {
            if (t.length > 6) {
                continue;
            }
            String[] chosen = t;
            for (String[] alt : rows) {
                if (alt.length > 6 && alt[4].equals(t[4]) && holds.test(alt[6])) {
                    chosen = alt;
                }
            }
            out.add(new RangedTemplate(chosen[3], chosen[4], chosen[5]));
        }
        return out;
    }

    /** {@link #rangedTemplates(int, java.util.function.Predicate)} without alternative entries. */
    public List<RangedTemplate> rangedTemplates(int releaseMinor) {
        return rangedTemplates(releaseMinor, c -> false);
    }

    /**
     * One channel entry of a release that lists every range: template id, Kubernetes range, channel
     * version. In the table, range {@code -} is an entry without {@code kubernetesVersion} (kops 1.20–1.21
     * where a provider has one template) and version {@code ""} the empty version kops wrote.
     */
    public record RangedTemplate(String templateId, String kubernetesRange, String version) {
        public RangedTemplate {
            version = version.equals("\"\"") ? "" : version;
        }

        /** The entry's {@code kubernetesVersion}, empty for {@code -}. */
        public Optional<String> kubernetesVersion() {
            return kubernetesRange.equals("-") ? Optional.empty() : Optional.of(kubernetesRange);
        }
    }

    /** The neutral objects of a release's template, or empty when podnet has no data for it. */
    public Optional<Manifest> variant(String release, String templateId) {
        String key = release + " " + templateId;
        int[] indexes = variantIndexes.get(key);
        if (indexes == null) {
            return Optional.empty();
        }
        ObjectPool[] pools = variantPools.get(key);
        return Optional.of(caches.get(VARIANTS, new VariantKey(provider, key),
                k -> caches.holdAsData(Manifest.of(pools == null ? pool.objects(indexes) : objects(indexes, pools)))));
    }

    /** The objects of a variant that lists objects of added pools: each pool's objects read at once, in the variant's order. */
    private List<KubeObject> objects(int[] indexes, ObjectPool[] pools) {
        Map<ObjectPool, List<Integer>> positions = new java.util.LinkedHashMap<>();
        for (int i = 0; i < indexes.length; i++) {
            ObjectPool from = pools[i] == null ? pool : pools[i];
            List<Integer> at = positions.get(from);
            if (at == null) {
                at = new ArrayList<>();
                positions.put(from, at);
            }
            at.add(i);
        }
        KubeObject[] out = new KubeObject[indexes.length];
        for (Map.Entry<ObjectPool, List<Integer>> p : positions.entrySet()) {
            List<Integer> at = p.getValue();
            int[] wanted = new int[at.size()];
            for (int j = 0; j < wanted.length; j++) {
                wanted[j] = indexes[at.get(j)];
            }
            List<KubeObject> read = p.getKey().objects(wanted);
            for (int j = 0; j < at.size(); j++) {
                out[at.get(j)] = read.get(j);
            }
        }
        return List.of(out);
    }

    /**
     * The object of this kind and name as the data holds it in any release's template (the last
     * one that has it): for optional objects a release's stored cases do not show.
     */
    public Optional<KubeObject> anyRelease(String kind, String name) {
        for (String key : new TreeSet<>(variantIndexes.keySet()).descendingSet()) {
            String[] k = key.split(" ", 2);
            Optional<Manifest> m = variant(k[0], k[1]);
            Optional<KubeObject> o = m.isPresent() ? m.get().find(kind, name) : Optional.empty();
            if (o.isPresent()) {
                return o;
            }
        }
        return Optional.empty();
    }

    /** The default image of a container ({@code Kind/name container} → image) at a release's template. */
    public Map<String, String> images(String release, String templateId) {
        return images.getOrDefault(release + " " + templateId, Map.of());
    }

    /** The minor of a {@code 1.NN} (or {@code 1.NN.P}) cell, read in place: every render scans the template rows. */
    private static int minor(String v) {
        int dot = v.indexOf('.');
        int end = v.indexOf('.', dot + 1);
        if (dot < 0) {
            throw new IllegalArgumentException("not a 1.NN version: " + v);
        }
        return Integer.parseInt(v, dot + 1, end < 0 ? v.length() : end, 10);
    }

    private static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        for (String line : Resources.text(ManifestData.class, resource).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            out.add(line.split("\t"));
        }
        return out;
    }

    /**
     * The objects of a stored pool's text ({@code typha-objects.yaml} and the like: documents each
     * opened by a {@code ---} line, as the derive scripts write them), in order, each read as
     * {@code objects.yaml}'s documents are.
     */
    public static List<KubeObject> pool(String text, String resource) {
        List<KubeObject> out = new ArrayList<>();
        int start = -1;
        int at = 0;
        while (at < text.length()) {
            if (text.startsWith("---", at) && (at + 3 == text.length() || Character.isWhitespace(text.charAt(at + 3)))) {
                if (start >= 0) {
                    out.add(stored(text.substring(start, at), resource + ": object " + out.size()));
                }
                start = at;
            }
            int end = text.indexOf('\n', at);
            at = end < 0 ? text.length() : end + 1;
        }
        if (start >= 0) {
            out.add(stored(text.substring(start), resource + ": object " + out.size()));
        }
        return List.copyOf(out);
    }

    /** The tree of one stored document, read as {@link #stored} reads it. */
    private static FrozenMap tree(String text, String what) {
        FrozenMap tree = StoredYamlReader.read(text);
        return tree != null ? tree : Frozen.freezeMap(stored(text, what).tree());
    }

    /**
     * One stored document: the derive scripts' block style is read without snakeyaml-engine
     * ({@link StoredYamlReader}), anything else by {@link KopsYaml#parse}, which words a refusal.
     */
    private static KubeObject stored(String text, String what) {
        FrozenMap tree = StoredYamlReader.read(text);
        if (tree != null) {
            try {
                return KubeObject.of(tree);
            } catch (IllegalArgumentException e) {
                // not an object: KopsYaml.parse below words the refusal
            }
        }
        List<KubeObject> one = KopsYaml.parse(text);
        if (one.size() != 1) {
            throw new IllegalStateException(what + " is " + one.size() + " documents");
        }
        return one.get(0);
    }

    /**
     * The documents of {@code objects.yaml}, by position, read on first use, each once (releases share
     * documents, so their variants share the instances); each document is an object's text as go-yaml writes it
     * ({@code StoredPoolForm}), whose tree is read when first asked for ({@link StoredDocument}). Where each document starts is read from
     * {@code objects.idx}, which the derive scripts write next to it (the offset of each {@code --- # N} line,
     * then the file's length; {@code ObjectIndexTest} checks it against the file): a variant reads the
     * resource only up to the end of the last document it still needs to parse, and no scan looks for the
     * document markers (Calico's file is 2.5 MB, of which a release uses a tenth: benchmarks README, seventh
     * round). Every document parsed is checked to start with its numbered marker. The resource's bytes are not
     * kept (each document parsed keeps its own, {@link StoredText}): a variant with documents not parsed yet reads
     * the resource again.
     */
    private static final class ObjectPool {
        /** A document whose text is the object's, but for lines kops 1.19-1.20 write whole (StoredPoolForm). */
        private static final String FOLDED = "folded";
        private final String resource;
        private final RenderCaches caches;
        private final Map<Integer, KubeObject> parsed = new java.util.concurrent.ConcurrentHashMap<>();
        /** The start of each document, then the resource's length. */
        private final int[] starts;

        ObjectPool(String resource, RenderCaches caches) {
            this.resource = resource;
            this.caches = caches;
            String index = resource.substring(0, resource.length() - ".yaml".length()) + ".idx";
            int[] at = new int[64];
            int n = 0;
            for (String line : Resources.text(ManifestData.class, index).split("\n")) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (n == at.length) {
                    at = Arrays.copyOf(at, n * 2);
                }
                at[n++] = Integer.parseInt(line);
                if (n > 1 && at[n - 1] <= at[n - 2]) {
                    throw new IllegalStateException(index + ": offsets not increasing at line " + n);
                }
            }
            if (n == 0) {
                throw new IllegalStateException(index + " is empty");
            }
            this.starts = Arrays.copyOf(at, n);
        }

        /** A position a variant lists: one of the indexed documents. */
        void expect(int index) {
            if (index < 0 || index >= starts.length - 1) {
                throw new IllegalStateException(resource + " has no object " + index);
            }
        }

        /** Documents {@code indexes}, in order; those not parsed yet are parsed from one read of the resource. */
        List<KubeObject> objects(int[] indexes) {
            int end = 0;
            for (int index : indexes) {
                if (!parsed.containsKey(index)) {
                    end = Math.max(end, starts[index + 1]);
                }
            }
            byte[] bytes = end == 0 ? null : Resources.prefix(ManifestData.class, resource, end);
            List<KubeObject> out = new ArrayList<>(indexes.length);
            for (int index : indexes) {
                KubeObject o = parsed.get(index);
                if (o == null) {
                    o = parsed.computeIfAbsent(index, parse(bytes));
                }
                out.add(o);
            }
            return out;
        }

        private java.util.function.Function<Integer, KubeObject> parse(byte[] bytes) {
            return index -> {
                int from = starts[index];
                int to = starts[index + 1];
                String marker = checkMarker(bytes, from, to, index);
                String what = resource + ": object " + index;
                // the document is the object's text (StoredPoolForm), its bytes kept to be copied into the output;
                // the tree is read (the text decoded) when something asks for more than the header
                StoredText text = new StoredText(bytes, from, to, marker.equals(FOLDED));
                KubeObject o = text.header() == null ? stored(text.text(), what)
                        : KubeObject.of(new StoredDocument(text.header(), () -> tree(text.text(), what)));
                caches.holdText(o, text);
                return o;
            };
        }

        /**
         * The document at {@code from} must open with the marker the derive scripts numbered it with
         * ({@code --- # 12}), followed by what {@code StoredPoolForm} says of its text: nothing or {@link #FOLDED};
         * returns that word ("" for none).
         */
        private String checkMarker(byte[] bytes, int from, int to, int index) {
            int eol = from;
            while (eol < to && bytes[eol] != '\n') {
                eol++;
            }
            String line = new String(bytes, from, eol - from, StandardCharsets.UTF_8).strip();
            String numbered = "--- # " + index;
            String word = line.startsWith(numbered + " ") ? line.substring(numbered.length() + 1) : "";
            if (!line.equals(numbered) && !word.equals(FOLDED)) {
                throw new IllegalStateException(resource + ": object " + index + " does not start at its offset in the"
                        + " index (found \"" + line + "\"): objects.idx is not the one written with this file");
            }
            return word;
        }
    }
}
