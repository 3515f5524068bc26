package dev.podnet.cli;

import dev.podnet.Completion;
import dev.podnet.api.yaml.ClusterDocuments;
import dev.podnet.api.render.AwsAccount;
import dev.podnet.api.render.ManifestPatch;
import dev.podnet.api.render.RenderOptions;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderedAddon;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code podnet channel}: the bootstrap-channel addon entries for networking. */
final class ChannelCommand extends FileCommand {
    static final CommandSpec SPEC = new CommandSpec("channel", List.of(
                "Print the bootstrap-channel addon entries for networking (YAML list)."),
            FILES, List.of(KOPS_VERSION, PatchOption.OPTION, AwsAccountOption.ACCOUNT,
                    AwsAccountOption.PARTITION, JOBS));

    @Override
    CommandSpec spec() { return SPEC; }

    private PatchOption patchOption;
    private AwsAccountOption awsAccount;

    @Override
    void bind(Arguments args) {
        super.bind(args);
        patchOption = new PatchOption(args);
        awsAccount = new AwsAccountOption(args);
    }

    @Override
    void share(BaseCommand from) {
        super.share(from);
        patchOption = ((ChannelCommand) from).patchOption; // the patch files are read once per run, also in a batch done at once
    }

    @Override
    int one(String file) {
        List<ManifestPatch> patches = patchOption.patches(err);
        if (patches == null) return PodnetCli.INVALID;
        Optional<AwsAccount> account = awsAccount.account();
        ClusterDocuments docs = load(file);
        if (docs == null) return PodnetCli.INVALID;
        Completion done = completeValid(docs);
        if (done == null) return PodnetCli.INVALID;
        // each entry is of the patched manifest: its manifestHash covers the patches, its prune namespaces are the patched objects'
        RenderResult r = podnet().render(done, RenderOptions.builder().patches(patches)
                .awsAccount(account).build());
        List<Object> entries = new ArrayList<>();
        for (RenderedAddon a : r.addons()) entries.add(a.channelEntry().toMap());
        out.print(entries.isEmpty() ? "[]\n" : Yaml.write(entries));
        return PodnetCli.OK;
    }
}
