package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.List;
import java.util.Map;

/**
 * Each {@code spec.fileAssets} entry needs a {@code name} and a {@code content} ({@code validateFileAssetSpec} in
 * kops' validateClusterSpec, after the hooks): an empty or absent one is a {@code Required value} with no detail, name
 * first. kops checks nothing else of an entry: no path (nor a relative one), any {@code roles} words, duplicate names,
 * content that is not base64 beside {@code isBase64} (kops-oracle 1.19-1.36, same answer at each release).
 */
final class FileAssetRules {
    private static final Gate FILE_ASSETS = gate("cluster.file-assets");

    private FileAssetRules() {
    }

    static void check(RuleContext ctx, Findings out) {
        if (!ctx.in(FILE_ASSETS) || !(ctx.extraSpec("fileAssets").orElse(null) instanceof List<?> assets)) return;
        for (int i = 0; i < assets.size(); i++) {
            Map<?, ?> asset = assets.get(i) instanceof Map<?, ?> m ? m : Map.of();
            String path = "spec.fileAssets[" + i + "].";
            for (String field : List.of("name", "content")) {
                if (EmptyGoStrings.unset(asset.get(field))) {
                    out.add(FILE_ASSETS.tag(Finding.required(path + field, "")).hint("give fileAssets[" + i + "] a " + field));
                }
            }
        }
    }
}
