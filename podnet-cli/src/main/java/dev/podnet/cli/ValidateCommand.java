package dev.podnet.cli;

import dev.podnet.Podnet;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.yaml.ClusterDocuments;
import java.util.List;

/** {@code podnet validate}: the findings of a spec, one line each. */
final class ValidateCommand extends FileCommand {
    static final OptionSpec STRICT = OptionSpec.flag("--strict",
            "validate as written but strictly (as kops validates a completed spec)");
    static final OptionSpec LINT = OptionSpec.flag("--lint",
            "also print podnet's advisory lints (beyond kops, never errors; see podnet lint)");
    static final CommandSpec SPEC = new CommandSpec("validate", List.of(
                "Validate a spec; one line per finding: <field path>: <Type>: <detail>. Exit 1 on errors."),
            FILES, List.of(KOPS_VERSION, STRICT, LINT, JOBS));

    @Override
    CommandSpec spec() { return SPEC; }

    private boolean strict;
    private boolean lint;

    @Override
    void bind(Arguments args) {
        super.bind(args);
        strict = args.flag(STRICT);
        lint = args.flag(LINT);
    }

    /** Findings are lines, not YAML: files are told apart by their {@code # podnet: FILE} line alone. */
    @Override
    String batchSeparator() { return ""; }

    @Override
    int one(String file) {
        ClusterDocuments docs = load(file);
        if (docs == null) return PodnetCli.INVALID;
        Podnet p = podnet();
        Diagnostics lenient = p.validate(docs.cluster(), strict ? ValidationMode.STRICT : ValidationMode.LENIENT);
        Diagnostics all = docs.findings().plus(lenient);
        if (!all.hasErrors() && !strict) {
            // kops validates the completed spec strictly before it applies anything.
            all = all.plus(p.validate(p.complete(docs.cluster()).cluster(), ValidationMode.STRICT));
        }
        Diagnostics unique = Diagnostics.of(all.all().stream().distinct().toList());
        print(unique, out);
        if (lint && !unique.hasErrors()) {
            LintCommand.printAdvisories(dev.podnet.insight.lint.Linter.create().lint(p, docs.cluster()), out);
        }
        return unique.hasErrors() ? PodnetCli.INVALID : PodnetCli.OK;
    }
}
