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
        byte[] yaml = bytes(loader.getResourceAsStream(resource), resource);
        return read(resource, yaml, optionalBytes(loader.getResourceAsStream(resource + BINARY), resource + BINARY));
    }

    /**
     * Reads resource {@code name} beside class {@code anchor}, a class of this module ({@link Class#getResourceAsStream}
     * finds a resource of a named module's package for that module only: another module reads its tables' bytes
     * itself and calls {@link #read}); {@code resource} is its full path, for messages.
     */
    public static FactDocument load(Class<?> anchor, String name, String resource) {
        byte[] yaml = bytes(anchor.getResourceAsStream(name), resource);
        return read(resource, yaml, optionalBytes(anchor.getResourceAsStream(name + BINARY), resource + BINARY));
    }

    /** The suffix of a table's binary form beside it ({@link FactBinary}, written at build time). */
    public static final String BINARY = ".bin";

    /**
     * The table {@code resource} from its binary form when that was written from these bytes, else from the YAML.
     *
     * @param resource the table's full path, for messages
     * @param yaml the table's bytes
     * @param form the bytes of its binary form ({@code resource} + {@link #BINARY}), or null when it has none
     * @return the table
     */
    public static FactDocument read(String resource, byte[] yaml, byte[] form) {
        if (form != null) {
            FactBinary.Value v = FactBinary.read(form, yaml);
            if (v != null) return new FactDocument(resource, v.value());
        }
        return parse(resource, new String(yaml, StandardCharsets.UTF_8));
    }

    private static byte[] bytes(InputStream in, String resource) {
        if (in == null) throw new FactFormatException(resource, "", "missing resource");
        return optionalBytes(in, resource);
    }

    private static byte[] optionalBytes(InputStream in, String resource) {
        if (in == null) return null;
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Reads {@code text} as the YAML of a resource named {@code resource} (for tests and generated tables). */
    public static FactDocument parse(String resource, String text) {
        return new FactDocument(resource, values(resource, text));
    }

    /** The values of {@code text}, the YAML of resource {@code resource}, as the tables' readers get them. */
    public static Object values(String resource, String text) {
        try {
            // the common block style without snakeyaml-engine's scanner; anything else (and every error) with it
            Optional<FactYaml.Value> fast = FactYaml.read(text);
            return fast.isPresent() ? fast.get().value()
                    : new Load(LoadSettings.builder().setLabel(resource).build()).loadFromString(text);
        } catch (YamlEngineException e) {
            throw new FactFormatException(resource, "", "not YAML: " + e.getMessage(), e);
        }
    }

    public String resource() { return resource; }

    /** The document's top node (an empty mapping for an empty document). */
    public FactNode root() { return root; }
}
