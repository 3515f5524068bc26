package dev.podnet.cli;

import dev.podnet.Completion;
import dev.podnet.api.yaml.ClusterDocuments;
import dev.podnet.api.render.AwsAccount;
import dev.podnet.api.render.ManifestPatch;
import dev.podnet.api.render.NodeNetworkConfig;
import dev.podnet.api.render.RenderOptions;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/** {@code podnet render}: the networking manifest kops would apply. */
final class RenderCommand extends FileCommand {
    static final OptionSpec STYLE = OptionSpec.value("--style", "kops|clean",
            "kops: exactly as kops writes it; clean: without kops' bookkeeping").withDefault("kops");
    static final OptionSpec NODE_CONFIG = OptionSpec.flag("--node-config",
            "print the node configuration (files, kubelet flags, sysctls, permissions) instead");
    static final CommandSpec SPEC = new CommandSpec("render", List.of(
                "Print the networking manifest (multi-document YAML) kops would apply."),
            FILES, List.of(KOPS_VERSION, STYLE, PatchOption.OPTION,
                    AwsAccountOption.ACCOUNT, AwsAccountOption.PARTITION, NODE_CONFIG, JOBS));

    @Override
    CommandSpec spec() { return SPEC; }

    private String style;
    private PatchOption patchOption;
    private AwsAccountOption awsAccount;
    private boolean nodeConfig;

    @Override
    void bind(Arguments args) {
        super.bind(args);
        style = args.value(STYLE);
        patchOption = new PatchOption(args);
        awsAccount = new AwsAccountOption(args);
        nodeConfig = args.flag(NODE_CONFIG);
    }

    @Override
    void share(BaseCommand from) {
        super.share(from);
        patchOption = ((RenderCommand) from).patchOption; // the patch files are read once per run, also in a batch done at once
    }

    @Override
    int one(String file) {
        RenderStyle s = switch (style) {
            case "kops" -> RenderStyle.KOPS;
            case "clean" -> RenderStyle.CLEAN;
            default -> throw new PodnetCli.UsageError("--style: expected kops or clean, got \"" + style + "\"");
        };
        List<ManifestPatch> patches = patchOption.patches(err);
        if (patches == null) return PodnetCli.INVALID;
        Optional<AwsAccount> account = awsAccount.account();
        ClusterDocuments docs = load(file);
        if (docs == null) return PodnetCli.INVALID;
        Completion done = completeValid(docs);
        if (done == null) return PodnetCli.INVALID;
        RenderResult r = podnet().render(done, RenderOptions.builder().style(s).patches(patches)
                .awsAccount(account).build());
        if (nodeConfig) {
            r.nodeConfig().ifPresentOrElse(n -> out.print(Yaml.write(toMap(n))),
                    () -> err.println("podnet: no node configuration for this provider"));
            return PodnetCli.OK;
        }
        r.guidance().forEach(err::println);
        if (r.addons().isEmpty()) {
            if (r.guidance().isEmpty()) {
                err.println("podnet: " + done.cluster().networking().providerKind().map(k -> k.key()).orElse("?")
                        + " has no manifest at kops " + release() + "; see --node-config");
            }
            return PodnetCli.OK;
        }
        for (int i = 0; i < r.addons().size(); i++) {
            RenderedAddon a = r.addons().get(i);
            if (i > 0) out.print("\n---\n\n");
            byte[] yaml = a.yamlUtf8();
            // the bytes as they are where the stream takes bytes (no UTF-16 text made, nor encoded again)
            if (out instanceof Utf8Output bytes) {
                bytes.writeUtf8(yaml);
                if (yaml.length == 0 || yaml[yaml.length - 1] != '\n') out.print("\n");
            } else {
                out.print(a.yaml().endsWith("\n") ? a.yaml() : a.yaml() + "\n");
            }
        }
        return PodnetCli.OK;
    }

    static Map<String, Object> toMap(NodeNetworkConfig n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("files", n.files());
        m.put("kubeletFlags", n.kubeletFlags());
        m.put("perNodeKubeletFlags", n.perNodeKubeletFlags());
        m.put("controllerManagerFlags", n.controllerManagerFlags());
        m.put("sysctls", n.sysctls());
        m.put("kernelModules", n.kernelModules());
        m.put("cniBinaries", n.cniBinaries());
        m.put("cloudPermissions", n.cloudPermissions());
        m.put("notes", n.notes());
        return m;
    }
}
