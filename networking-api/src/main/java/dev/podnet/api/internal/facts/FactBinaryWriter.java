package dev.podnet.api.internal.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the {@link FactBinary} form beside every fact table under a directory of built classes: run by the build
 * (each module's {@code process-classes} phase, {@code exec-maven-plugin}) on its output directory. A table is a
 * {@code .yaml} resource that reads as one document of the values tables hold; the stored objects' pools
 * (several documents, read by their own reader) and anything else are left alone.
 */
public final class FactBinaryWriter {
    /** Larger files are the stored objects' pools, not tables. */
    private static final long MAX_TABLE_BYTES = 512 * 1024;

    private FactBinaryWriter() {
    }

    /**
     * Writes the forms.
     *
     * @param args the directory of built classes
     */
    public static void main(String[] args) {
        if (args.length != 1) throw new IllegalArgumentException("usage: FactBinaryWriter CLASSES_DIRECTORY");
        write(Path.of(args[0]));
    }

    /**
     * Writes the form of every table under {@code classes}.
     *
     * @param classes a directory of built classes and resources
     * @return the tables written
     */
    public static List<Path> write(Path classes) {
        List<Path> written = new ArrayList<>();
        for (Path yaml : tables(classes)) {
            try {
                byte[] text = Files.readAllBytes(yaml);
                Object value = FactDocument.values(yaml.toString(), new String(text, StandardCharsets.UTF_8));
                Files.write(yaml.resolveSibling(yaml.getFileName() + FactDocument.BINARY), FactBinary.write(value, text));
                written.add(yaml);
            } catch (FactFormatException | IllegalArgumentException notATable) {
                // several documents, or values no table holds: not a table
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return written;
    }

    private static List<Path> tables(Path classes) {
        if (!Files.isDirectory(classes)) return List.of();
        try (Stream<Path> files = Files.walk(classes)) {
            List<Path> out = new ArrayList<>();
            for (Path p : (Iterable<Path>) files::iterator) {
                if (p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p) && Files.size(p) <= MAX_TABLE_BYTES) {
                    out.add(p);
                }
            }
            out.sort(null);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
