package dev.podnet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A command over cluster files: one FILE behaves as always; several FILEs, or a directory (its
 * {@code *.yaml} and {@code *.yml} files, by name, not recursing), are done in one process with one
 * facade. In a batch each file's standard output is preceded by {@code # podnet: FILE} (a YAML
 * comment, so the output stays readable YAML) and, from the second file on, by a
 * {@link #batchSeparator()}; each line a file writes on standard error starts with {@code FILE: }.
 * The exit code is the worst of the files' (a usage error still stops the batch with 2).
 */
abstract class FileCommand extends BaseCommand {
    static final Positional FILES = new Positional("FILE", 1, Positional.ANY,
            "kops Cluster YAML files or directories of them (*.yaml, *.yml), or - for stdin");

    List<String> files;

    @Override
    void bind(Arguments args) {
        super.bind(args);
        files = args.positionals();
    }

    /** Does one file (already read by nothing), writing on {@link #out} and {@link #err}; its exit code. */
    abstract int one(String file);

    /** Printed between two files' outputs in a batch: a YAML document separator unless overridden. */
    String batchSeparator() { return "---\n"; }

    @Override
    final int call() {
        if (files.size() == 1 && (files.get(0).equals("-") || !Files.isDirectory(Path.of(files.get(0))))) {
            return one(files.get(0));
        }
        List<String> inputs = new ArrayList<>();
        int code = PodnetCli.OK;
        for (String f : files) {
            if (!f.equals("-") && Files.isDirectory(Path.of(f))) {
                List<String> in = clusterFiles(Path.of(f));
                if (in.isEmpty()) {
                    err.println("podnet: " + f + ": no *.yaml or *.yml file in this directory");
                    code = PodnetCli.INVALID;
                }
                inputs.addAll(in);
            } else {
                inputs.add(f);
            }
        }
        PrintWriter batchOut = out;
        PrintWriter batchErr = err;
        try {
            for (int i = 0; i < inputs.size(); i++) {
                code = Math.max(code, oneOfBatch(inputs.get(i), i == 0, batchOut, batchErr));
            }
        } finally {
            out = batchOut;
            err = batchErr;
        }
        return code;
    }

    private int oneOfBatch(String file, boolean first, PrintWriter batchOut, PrintWriter batchErr) {
        StringWriter fileOut = new StringWriter();
        StringWriter fileErr = new StringWriter();
        out = new PrintWriter(fileOut);
        err = new PrintWriter(fileErr);
        int code;
        try {
            code = one(file);
        } catch (PodnetCli.UsageError e) {
            throw e;
        } catch (RuntimeException e) {
            code = Failures.report(e, err);
        }
        out.flush();
        err.flush();
        if (!first) batchOut.print(batchSeparator());
        batchOut.print("# podnet: " + file + "\n");
        batchOut.print(fileOut);
        batchOut.flush();
        String prefix = file + ": ";
        fileErr.toString().lines().forEach(l -> batchErr.println(l.startsWith(prefix) ? l : prefix + l));
        batchErr.flush();
        return code;
    }

    /** The cluster files of a directory, by name. */
    private List<String> clusterFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p)).map(Path::toString)
                    .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            err.println("podnet: " + dir + ": " + e.getMessage());
            return List.of();
        }
    }
}
