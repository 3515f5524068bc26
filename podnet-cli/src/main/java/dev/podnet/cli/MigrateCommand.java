package dev.podnet.cli;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.render.AwsAccount;
import dev.podnet.api.render.ManifestPatch;
import dev.podnet.api.render.RenderOptions;
import dev.podnet.api.yaml.ClusterDocuments;
import dev.podnet.insight.migrate.Migration;
import dev.podnet.insight.migrate.MigrationPlan;
import java.util.List;
import java.util.Optional;

/** {@code podnet migrate}: the plan of a switch to another networking provider. */
final class MigrateCommand extends InsightCommand {
    static final OptionSpec TO = OptionSpec.value("--to", "PROVIDER", "the provider to switch to, e.g. cilium").asRequired();
    static final CommandSpec SPEC = new CommandSpec("migrate", List.of(
            "Plan the switch of a cluster to another networking provider at a kops release: "
                    + "the new spec and manifest, the old provider's objects to delete, the steps and the risks; or why it cannot be done. "
                    + "With --patch, the new manifest as patched (its manifestHash covers the patches) and what each patch changes."),
            FILE, List.of(KOPS_VERSION, TO, OUTPUT, PatchOption.OPTION, AwsAccountOption.ACCOUNT,
                    AwsAccountOption.PARTITION));

    @Override
    CommandSpec spec() { return SPEC; }

    private String to;
    private PatchOption patchOption;
    private AwsAccountOption awsAccount;

    @Override
    void bind(Arguments args) {
        super.bind(args);
        to = args.value(TO);
        patchOption = new PatchOption(args);
        awsAccount = new AwsAccountOption(args);
    }

    @Override
    int call() {
        boolean json = json();
        ProviderKind target = ProviderKind.byKey(to).orElseThrow(() -> new PodnetCli.UsageError(
                "--to: unknown provider \"" + to + "\"; one of " + String.join(", ", ProviderKind.allKeys())));
        var podnet = podnet();
        List<ManifestPatch> patches = patchOption.patches(err);
        if (patches == null) return PodnetCli.INVALID;
        Optional<AwsAccount> account = awsAccount.account();
        ClusterDocuments docs = input();
        if (docs == null) return PodnetCli.INVALID;
        MigrationPlan plan = Migration.plan(docs.cluster(), target, podnet,
                RenderOptions.builder().patches(patches).awsAccount(account).build());
        if (json) out.print(plan.toJson());
        else if (!plan.isRefused()) out.print(plan.toText());
        if (plan.isRefused()) {
            err.println("podnet: migration refused: " + plan.refusal().get());
            return PodnetCli.INVALID;
        }
        return PodnetCli.OK;
    }
}
