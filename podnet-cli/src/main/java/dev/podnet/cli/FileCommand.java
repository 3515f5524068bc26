package dev.podnet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * A command over cluster files: one FILE behaves as always; several FILEs, or a directory (its
 * {@code *.yaml} and {@code *.yml} files, by name, not recursing), are done in one process with one
 * facade. In a batch each file's standard output is preceded by {@code # podnet: FILE} (a YAML
 * comment, so the output stays readable YAML) and, from the second file on, by a
 * {@link #batchSeparator()}; each line a file writes on standard error starts with {@code FILE: }.
 * The exit code is the worst of the files' (a usage error still stops the batch with 2).
 *
 * <p>A batch does {@code --jobs} files at once (default: the processors available), each by its own
 * command bound to the same arguments and sharing the facade (which is thread-safe), and writes each
 * file's output whole and in the files' order once the files before it are written: the output is the
 * same as one by one ({@code --jobs 1}). At most twice as many files as jobs are done ahead of the one
 * being written, so a batch of any size holds a few files' output at a time.
 */
abstract class FileCommand extends BaseCommand {
    static final Positional FILES = new Positional("FILE", 1, Positional.ANY,
            "kops Cluster YAML files or directories of them (*.yaml, *.yml), or - for stdin");
    static final OptionSpec JOBS = OptionSpec.value("--jobs", "N",
            "in a batch, how many files are done at once (default: the processors available; 1: one by one)");

    List<String> files;
    private Arguments arguments;

    @Override
    void bind(Arguments args) {
        super.bind(args);
        arguments = args;
        files = args.positionals();
    }

    /** Does one file (already read by nothing), writing on {@link #out} and {@link #err}; its exit code. */
    abstract int one(String file);

    /** Printed between two files' outputs in a batch: a YAML document separator unless overridden. */
    String batchSeparator() { return "---\n"; }

    @Override
    final int call() {
        int jobs = jobs();
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
            if (jobs > 1 && inputs.size() > 1) {
                return Math.max(code, parallel(inputs, Math.min(jobs, inputs.size()), batchOut, batchErr));
            }
            for (int i = 0; i < inputs.size(); i++) {
                code = Math.max(code, write(done(this, inputs.get(i)), i == 0, batchOut, batchErr));
            }
        } finally {
            out = batchOut;
            err = batchErr;
        }
        return code;
    }

    /** {@code --jobs}: a whole number from 1; the processors available when not given. */
    private int jobs() {
        String v = arguments.value(JOBS);
        if (v == null) return Runtime.getRuntime().availableProcessors();
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1) throw new PodnetCli.UsageError("--jobs: expected a whole number from 1, got \"" + v + "\"");
        return n;
    }

    /** The batch on {@code jobs} threads, written in order; the worst exit code. */
    private int parallel(List<String> inputs, int jobs, PrintWriter batchOut, PrintWriter batchErr) {
        podnet(); // opened once, here: a bad --kops-version is a usage error before any file is done
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "podnet-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<Done>> ahead = new ArrayDeque<>();
            int code = PodnetCli.OK;
            int next = 0;
            for (int i = 0; i < inputs.size(); i++) {
                while (next < inputs.size() && ahead.size() < 2 * jobs) {
                    String file = inputs.get(next++);
                    ahead.add(pool.submit(() -> done(worker(), file)));
                }
                code = Math.max(code, write(result(ahead.removeFirst()), i == 0, batchOut, batchErr));
            }
            return code;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A command of this kind bound to the same arguments, sharing this one's facade, for one file. */
    private FileCommand worker() {
        FileCommand w = (FileCommand) Commands.create(spec().name());
        w.io(null, null, stdin);
        w.bind(arguments);
        w.share(this);
        return w;
    }

    private static Done result(Future<Done> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a file of the batch", e);
        } catch (ExecutionException e) {
            // a usage error stops the batch as it does one by one; anything else was reported by done()
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error x) throw x;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** One file's outputs and exit code. */
    private record Done(String file, String out, String err, int code) {
    }

    /** Does {@code file} with {@code c}, its outputs kept; a usage error is thrown, any other failure reported. */
    private static Done done(FileCommand c, String file) {
        StringWriter fileOut = new StringWriter();
        StringWriter fileErr = new StringWriter();
        c.out = new PrintWriter(fileOut);
        c.err = new PrintWriter(fileErr);
        int code;
        try {
            code = c.one(file);
        } catch (PodnetCli.UsageError e) {
            throw e;
        } catch (RuntimeException e) {
            code = Failures.report(e, c.err);
        }
        c.out.flush();
        c.err.flush();
        return new Done(file, fileOut.toString(), fileErr.toString(), code);
    }

    private int write(Done d, boolean first, PrintWriter batchOut, PrintWriter batchErr) {
        if (!first) batchOut.print(batchSeparator());
        batchOut.print("# podnet: " + d.file() + "\n");
        batchOut.print(d.out());
        batchOut.flush();
        String prefix = d.file() + ": ";
        d.err().lines().forEach(l -> batchErr.println(l.startsWith(prefix) ? l : prefix + l));
        batchErr.flush();
        return d.code();
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
