package dev.podnet.cli;

import dev.podnet.api.render.ManifestPatch;
import dev.podnet.api.render.PatchFile;
import dev.podnet.api.render.PatchFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code --patch FILE} option ({@code render}, {@code channel}, {@code explain}, {@code diff}, {@code migrate}):
 * post-render patches read from files by the library's reader ({@link PatchFile} documents the format), applied in the
 * order given, files in the order of the options. The files are read once per command run (the files of a batch
 * done at once share this option, hence the lock).
 */
final class PatchOption {
    static final OptionSpec OPTION = OptionSpec.repeated("--patch", "PATCHES",
            "apply the patches of this YAML or JSON file after rendering (repeatable, in order); the file is a list of"
                    + " {target: {kind, namespace, name}, mergePatch: {...}} (RFC 7386) or {target: ..., jsonPatch:"
                    + " [{op, path, value}]} (RFC 6902)");

    private final List<String> files;

    private List<ManifestPatch> read;
    private List<String> faults;

    /** The {@code --patch} files of a run, in the order given. */
    PatchOption(Arguments args) {
        this.files = args.values(OPTION);
    }

    /** True when no {@code --patch} is given. */
    boolean isEmpty() { return files.isEmpty(); }

    /**
     * The patches of every file, in order; null (after printing the faults on {@code err}) when a
     * file cannot be read or is not a valid patch file.
     */
    List<ManifestPatch> patches(PrintWriter err) {
        List<String> f;
        List<ManifestPatch> r;
        synchronized (this) {
            if (read == null && faults == null) load();
            f = faults;
            r = read;
        }
        if (f != null) {
            f.forEach(err::println);
            return null;
        }
        return r;
    }

    private void load() {
        List<ManifestPatch> all = new ArrayList<>();
        for (String f : files) {
            try {
                all.addAll(read(f));
            } catch (PatchFileException e) {
                faults = List.of(e.getMessage());
                return;
            } catch (NoSuchFileException e) {
                faults = List.of("podnet: " + f + ": no such patch file");
                return;
            } catch (IOException e) {
                faults = List.of("podnet: " + f + ": " + e.getMessage());
                return;
            }
        }
        read = List.copyOf(all);
    }

    /** The file's patches, its faults reported under the name as given. */
    private static List<ManifestPatch> read(String file) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return PatchFile.read(in, file);
        }
    }
}
