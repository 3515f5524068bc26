package dev.podnet.manifests.yaml;

import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import dev.podnet.manifests.yaml.internal.ManifestParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes manifests in the exact text form kops gives them.
 *
 * <p>kops writes every object of an addon through Go's YAML stack (go-yaml v2), so its output
 * has a precise form: mappings sorted by key at every depth, 2-space indent, sequences inside
 * mappings not indented, strings quoted only when go-yaml must quote them, multi-line strings as
 * literal blocks, long strings folded near column 80, objects separated by
 * {@code "\n\n---\n\n"}. {@link #write} reproduces that form byte for byte, so a manifest
 * rendered here hashes (the channel's {@code manifestHash}) like kops' own.
 *
 * <p>Reading gives scalars the meaning go-yaml v2 gives them, because that is how kops reads
 * its templates: {@code yes}, {@code on}, {@code off} are booleans, {@code 0x1F} is 31.
 * Reading is bounded (32 Mi code points of input, 256 levels of nesting, 100 aliases and
 * 2 million expanded nodes per document, so an alias bomb fails fast) and reports malformed YAML
 * with its line and column. Keys are strings (a YAML 1.1 {@code y:} key is {@code "true"}, as
 * after kops' JSON step); duplicate keys are an error; merge keys ({@code <<}) are applied.
 *
 * <p>Thread-safe: the class has no state.
 */
public final class KopsYaml {

    /** What kops puts between two objects. */
    public static final String SEPARATOR = "\n---\n\n";

    private KopsYaml() {
    }

    /**
     * The objects of a multi-document YAML text, in order. Empty documents are skipped.
     *
     * @param text the YAML text, e.g. a kops addon manifest
     * @return the objects in document order, unmodifiable
     * @throws IllegalArgumentException if the text is not YAML, a document is not a mapping
     *     with {@code apiVersion} and {@code kind}, or the input exceeds the reading limits
     */
    public static List<KubeObject> parse(String text) {
        List<ManifestParser.Document> documents = ManifestParser.parse(text);
        List<KubeObject> objects = new ArrayList<>(documents.size());
        int number = 0;
        for (ManifestParser.Document d : documents) {
            number++;
            if (!(d.root() instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("document " + number + " (line " + d.line()
                        + ") is not a mapping");
            }
            try {
                @SuppressWarnings("unchecked")
                Map<String, ?> tree = (Map<String, ?>) map;
                objects.add(KubeObject.of(tree));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("document " + number + " (line " + d.line() + "): "
                        + e.getMessage(), e);
            }
        }
        return List.copyOf(objects);
    }

    /**
     * As {@link #parse(String)}, as a {@link Manifest}.
     *
     * @param text the YAML text
     * @return a manifest of the objects in document order
     * @throws IllegalArgumentException as {@link #parse(String)}
     */
    public static Manifest parseManifest(String text) {
        return Manifest.of(parse(text));
    }

    /**
     * The objects in kops' form: each object's text (see {@link KubeObject#toYaml()}, reused if
     * already rendered), separated by {@code "\n---\n\n"}; the text ends with one line break.
     * No objects give the empty string.
     *
     * @param objects the objects in apply order
     * @return the manifest text, byte for byte as kops writes it
     */
    public static String write(List<KubeObject> objects) {
        List<String> texts = new ArrayList<>(objects.size());
        for (KubeObject o : objects) {
            texts.add(o.toYaml());
        }
        // String.join sizes and copies once (a StringBuilder grows, and copies all again when one
        // text is not Latin-1)
        return String.join(SEPARATOR, texts);
    }

    /**
     * As {@link #write(List)} for the objects of {@code manifest}.
     *
     * @param manifest the manifest to write
     * @return the manifest text, byte for byte as kops writes it
     */
    public static String write(Manifest manifest) {
        return write(manifest.objects());
    }
}
