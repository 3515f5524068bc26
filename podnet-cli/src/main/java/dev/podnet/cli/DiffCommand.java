package dev.podnet.cli;

import dev.podnet.Podnet;
import dev.podnet.api.PodnetException;
import dev.podnet.api.render.AwsAccount;
import dev.podnet.api.render.ManifestPatch;
import dev.podnet.api.render.RenderOptions;
import dev.podnet.api.yaml.ClusterDocuments;
import dev.podnet.insight.diff.UpgradeDiff;
import dev.podnet.insight.diff.UpgradePreview;
import java.util.List;
import java.util.Optional;

/** {@code podnet diff}: what changes for a spec from one kops release to another. */
final class DiffCommand extends InsightCommand {
    static final OptionSpec FROM = OptionSpec.value("--from", "V", "the release the cluster runs").asRequired();
    static final OptionSpec TO = OptionSpec.value("--to", "V", "the release to compare with").asRequired();
    static final CommandSpec SPEC = new CommandSpec("diff", List.of(
            "Show what changes for a spec from one kops release to another: defaults, findings, "
                    + "the manifests object by object (image bumps first), the node configuration, and whether kops rolls the nodes; "
                    + "with --patch, the objects as patched and what each patch changes at each release."),
            FILE, List.of(KOPS_VERSION, FROM, TO, OUTPUT, PatchOption.OPTION, AwsAccountOption.ACCOUNT,
                    AwsAccountOption.PARTITION));

    @Override
    CommandSpec spec() { return SPEC; }

    private String from;
    private String to;
    private PatchOption patchOption;
    private AwsAccountOption awsAccount;

    @Override
    void bind(Arguments args) {
        super.bind(args);
        from = args.value(FROM);
        to = args.value(TO);
        patchOption = new PatchOption(args);
        awsAccount = new AwsAccountOption(args);
    }

    @Override
    int call() {
        if (kopsVersion != null) throw new PodnetCli.UsageError("diff takes --from and --to, not --kops-version");
        boolean json = json();
        Podnet before = facade("--from", from);
        Podnet after = facade("--to", to);
        List<ManifestPatch> patches = patchOption.patches(err);
        if (patches == null) return PodnetCli.INVALID;
        Optional<AwsAccount> account = awsAccount.account();
        ClusterDocuments docs = input();
        if (docs == null) return PodnetCli.INVALID;
        UpgradeDiff d = UpgradePreview.of(docs.cluster(), before, after,
                RenderOptions.builder().patches(patches).awsAccount(account).build());
        out.print(json ? d.toJson() : d.toText());
        return PodnetCli.OK;
    }

    static Podnet facade(String option, String release) {
        try {
            return Podnet.forRelease(release);
        } catch (IllegalArgumentException | PodnetException e) {
            throw new PodnetCli.UsageError(option + ": " + e.getMessage());
        }
    }
}
