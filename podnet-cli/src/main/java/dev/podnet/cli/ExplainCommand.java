package dev.podnet.cli;

import dev.podnet.Completion;
import dev.podnet.api.render.AwsAccount;
import dev.podnet.api.render.ManifestPatch;
import dev.podnet.api.render.RenderOptions;
import dev.podnet.api.yaml.ClusterDocuments;
import dev.podnet.insight.diff.PatchEffect;
import dev.podnet.insight.diff.PatchEffects;
import dev.podnet.insight.explain.AllowedValues;
import dev.podnet.insight.explain.Explainer;
import dev.podnet.insight.explain.FieldDescription;
import dev.podnet.insight.explain.FieldDoc;
import dev.podnet.insight.explain.FieldOrigin;
import dev.podnet.insight.explain.ReleaseDefault;
import java.util.List;
import java.util.Optional;

/** {@code podnet explain}: where each networking value comes from, or one field's documentation. */
final class ExplainCommand extends BaseCommand {
    static final OptionSpec FIELD = OptionSpec.value("--field", "PATH", "a field path, e.g. spec.networking.calico.mtu");
    static final CommandSpec SPEC = new CommandSpec("explain", List.of(
            "Print every networking value of the completed spec and where it came from: the user, or a default (rule, releases, reason).",
            "With --field PATH: document one field (type, meaning, allowed values, rules, manifest places, default by release).",
            "With --patch: also what each patch changes in the rendered manifest (object and fields, old → new)."),
            new Positional("FILE", 0, 1, "kops Cluster YAML, or - for stdin"), List.of(KOPS_VERSION, FIELD, PatchOption.OPTION,
                    AwsAccountOption.ACCOUNT, AwsAccountOption.PARTITION));

    @Override
    CommandSpec spec() { return SPEC; }

    private String file;
    private String field;
    private PatchOption patchOption;
    private AwsAccountOption awsAccount;

    @Override
    void bind(Arguments args) {
        super.bind(args);
        file = args.positionals().isEmpty() ? null : args.positionals().get(0);
        field = args.value(FIELD);
        patchOption = new PatchOption(args);
        awsAccount = new AwsAccountOption(args);
    }

    @Override
    int call() {
        Explainer explainer = Explainer.create();
        if (field != null) {
            if (file != null) throw new PodnetCli.UsageError("give either FILE or --field PATH, not both");
            if (!patchOption.isEmpty()) throw new PodnetCli.UsageError("--patch goes with FILE, not with --field");
            FieldDescription d;
            try {
                d = explainer.describe(field);
            } catch (IllegalArgumentException e) {
                err.println("podnet: " + e.getMessage());
                return PodnetCli.INVALID;
            }
            print(d);
            return PodnetCli.OK;
        }
        if (file == null) throw new PodnetCli.UsageError("missing FILE (or --field PATH)");
        List<ManifestPatch> patches = patchOption.patches(err);
        if (patches == null) return PodnetCli.INVALID;
        Optional<AwsAccount> account = awsAccount.account();
        ClusterDocuments docs = load(file);
        if (docs == null) return PodnetCli.INVALID;
        Completion done = completeValid(docs);
        if (done == null) return PodnetCli.INVALID;
        // the patches are rendered first: a patch that cannot apply is refused before anything is printed
        List<PatchEffect> effects = PatchEffects.of(podnet(), done, RenderOptions.builder().patches(patches)
                .awsAccount(account).build());
        out.println("# kops " + done.release() + ": where each networking value comes from");
        for (FieldOrigin f : explainer.explain(docs.cluster(), done).fields()) out.println(f.line());
        if (!effects.isEmpty()) {
            out.println("# patches applied after rendering: what each changed");
            effects.forEach(e -> e.text().forEach(out::println));
        }
        return PodnetCli.OK;
    }

    private void print(FieldDescription d) {
        FieldDoc doc = d.doc();
        out.println(doc.path());
        out.println("  type: " + doc.type());
        out.println("  meaning: " + doc.meaning());
        if (!doc.manifest().isEmpty() && !doc.manifest().equals(List.of(doc.meaning()))) {
            out.println("  manifest: " + String.join("; ", doc.manifest()));
        }
        doc.releases().ifPresent(r -> out.println("  releases: " + r));
        doc.kopsDefault().ifPresent(r -> out.println("  kops default: " + r));
        for (AllowedValues a : doc.allowed()) {
            out.println("  allowed (kops " + a.releases() + "): " + String.join(", ", a.values().stream()
                    .map(v -> v.isEmpty() ? "\"\"" : v).toList()));
        }
        doc.deprecated().ifPresent(r -> out.println("  deprecated: " + r));
        if (!d.rules().isEmpty()) out.println("  rules: " + String.join(", ", d.rules()));
        out.println("  default by release (the cluster kops create cluster makes on AWS with the field's provider):");
        List<ReleaseDefault> all = d.defaults();
        for (int i = 0; i < all.size(); ) {
            int j = i;
            while (j + 1 < all.size() && same(all.get(j + 1), all.get(i))) j++;
            String range = i == j ? all.get(i).release().toString() : all.get(i).release() + " - " + all.get(j).release();
            ReleaseDefault r = all.get(i);
            out.println("    " + range + ": " + r.value().map(v -> v + r.rule().map(x -> "  [" + x + "]").orElse(""))
                    .orElse("(no default)"));
            i = j + 1;
        }
        out.println("  source: " + doc.source());
    }

    private static boolean same(ReleaseDefault a, ReleaseDefault b) {
        return a.value().equals(b.value()) && a.rule().equals(b.rule());
    }

}
