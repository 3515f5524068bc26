package dev.podnet.api.internal.facts;

import dev.podnet.api.yaml.internal.FactYaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** One YAML fact resource, read once; its {@link #root()} is read into typed records by the caller. */
public final class FactDocument {
    private final String resource;
    private final FactNode root;

    private FactDocument(String resource, Object tree) {
        this.resource = resource;
        this.root = new FactNode(resource, "", tree);
    }

    /** Reads classpath resource {@code resource} (a full path such as {@code dev/podnet/x/table.yaml}) with {@code loader}. */
    public static FactDocument load(ClassLoader loader, String resource) {
        Objects.requireNonNull(resource, "resource");
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) throw new FactFormatException(resource, "", "missing resource");
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Reads resource {@code name} beside class {@code anchor} (in its package, so a module needs not open the
     * package to read its own table); {@code resource} is its full path, for messages.
     */
    public static FactDocument load(Class<?> anchor, String name, String resource) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) throw new FactFormatException(resource, "", "missing resource");
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Reads {@code text} as the YAML of a resource named {@code resource} (for tests and generated tables). */
    public static FactDocument parse(String resource, String text) {
        try {
            // the common block style without snakeyaml-engine's scanner; anything else (and every error) with it
            Optional<FactYaml.Value> fast = FactYaml.read(text);
            return new FactDocument(resource, fast.isPresent() ? fast.get().value()
                    : new Load(LoadSettings.builder().setLabel(resource).build()).loadFromString(text));
        } catch (YamlEngineException e) {
            throw new FactFormatException(resource, "", "not YAML: " + e.getMessage(), e);
        }
    }

    public String resource() { return resource; }

    /** The document's top node (an empty mapping for an empty document). */
    public FactNode root() { return root; }
}
