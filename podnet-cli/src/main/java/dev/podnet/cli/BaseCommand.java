package dev.podnet.cli;

import dev.podnet.api.Cluster;
import dev.podnet.Completion;
import dev.podnet.Podnet;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterDocuments;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.api.yaml.ClusterYamlException;
import dev.podnet.api.yaml.YamlProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Shared plumbing: streams, {@code --kops-version}, reading FILE, printing findings. */
abstract class BaseCommand {
    static final OptionSpec KOPS_VERSION = OptionSpec.value("--kops-version", "V",
            "kops release whose rules apply (default: the newest podnet knows)");

    PrintWriter out;
    PrintWriter err;
    InputStream stdin;
    private Podnet podnet;

    String kopsVersion;

    /** What the command accepts: its name, help, options and parameters. */
    abstract CommandSpec spec();

    /** Takes the parsed arguments; subclasses take their own and call this. */
    void bind(Arguments args) {
        kopsVersion = args.value(KOPS_VERSION);
    }

    /** Runs the command; its exit code. */
    abstract int call();

    void io(PrintWriter out, PrintWriter err, InputStream stdin) {
        this.out = out;
        this.err = err;
        this.stdin = stdin;
    }

    KopsVersion release() { return PodnetCli.release(kopsVersion); }

    /** Takes {@code from}'s facade (opened), so that the files of a batch share it and its caches. */
    void share(BaseCommand from) {
        podnet = from.podnet;
    }

    /** The facade of {@code --kops-version}, opened once per command run (a batch shares its caches). */
    Podnet podnet() {
        if (podnet != null) return podnet;
        try {
            podnet = Podnet.forRelease(release());
            return podnet;
        } catch (IllegalArgumentException | dev.podnet.api.PodnetException e) {
            throw new PodnetCli.UsageError("--kops-version: " + e.getMessage());
        }
    }

    /** Reads FILE ({@code -} for stdin); prints YAML problems and returns null when unreadable. */
    ClusterDocuments load(String file) {
        byte[] bytes;
        long max = ClusterYaml.maxBytes(dev.podnet.api.yaml.YamlLimits.DEFAULT);
        try {
            if (file.equals("-")) {
                bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            } else {
                Path p = Path.of(file);
                if (Files.size(p) > max) {
                    err.println(file + ": document too large: more than "
                            + dev.podnet.api.yaml.YamlLimits.DEFAULT.maxCodePoints() + " characters");
                    return null;
                }
                bytes = Files.readAllBytes(p);
            }
        } catch (NoSuchFileException e) {
            err.println("podnet: " + file + ": no such file");
            return null;
        } catch (IOException e) {
            err.println("podnet: " + file + ": " + e.getMessage());
            return null;
        }
        try {
            // Strict UTF-8 (an invalid byte is reported with its offset, never replaced), then read as
            // the release's kops decodes it: typed fields and the apiVersions it registers.
            return podnet().load(ClusterYaml.decodeUtf8(bytes));
        } catch (ClusterYamlException e) {
            for (YamlProblem p : e.problems()) err.println(file + ": " + p);
            return null;
        }
    }

    /** Prints findings as {@code podnet validate} does: hints indented below, warnings marked. */
    static void print(Diagnostics findings, PrintWriter to) {
        for (Diagnostic d : findings) {
            to.println((d.isError() ? "" : "Warning: ") + d.line());
            d.hint().ifPresent(h -> to.println("    hint: " + h));
        }
    }

    /**
     * Completes and validates, as kops does before rendering: lenient validation of the input,
     * completion, strict validation of the result. Returns null (after printing) when invalid.
     */
    Completion completeValid(ClusterDocuments docs) {
        Podnet p = podnet();
        Diagnostics input = distinct(docs.findings().plus(p.validate(docs.cluster(), ValidationMode.LENIENT)));
        if (input.hasErrors()) {
            print(input, err);
            return null;
        }
        Completion done = p.complete(docs.cluster());
        Diagnostics strict = p.validate(done.cluster(), ValidationMode.STRICT);
        print(Diagnostics.of(distinct(input.plus(strict)).warnings()), err);
        if (strict.hasErrors()) {
            print(Diagnostics.of(strict.errors()), err);
            return null;
        }
        return done;
    }

    static Cluster cluster(Completion c) { return c.cluster(); }

    /** Each finding once: the reader and validation both report e.g. an unknown provider key. */
    static Diagnostics distinct(Diagnostics d) { return Diagnostics.of(d.all().stream().distinct().toList()); }
}
