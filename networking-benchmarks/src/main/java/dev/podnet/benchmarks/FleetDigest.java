package dev.podnet.benchmarks;

import dev.podnet.Completion;
import dev.podnet.Podnet;
import dev.podnet.api.InvalidSpecException;
import dev.podnet.api.PodnetException;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.api.yaml.ClusterYamlException;
import dev.podnet.corpus.gen.GeneratedSpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A check, not a timing: the SHA-256 of everything the fleet's pipeline produces (completed spec,
 * each addon's text, hash and channel entry, node configuration, guidance, refusals and their
 * findings), to show that a performance change leaves every output byte-identical. Run it before
 * and after a change and compare the line it prints. Usage:
 * {@code FleetDigest [fleetSize] [cacheEntries] [passes]}; with several passes over one set of
 * facades, later passes go through the caches and must give the same digest.
 */
public final class FleetDigest {
    private FleetDigest() {
    }

    public static void main(String[] args) throws NoSuchAlgorithmException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int cacheEntries = args.length > 1 ? Integer.parseInt(args[1]) : 1024;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        List<GeneratedSpec> fleet = Fleet.of("all", size);
        Pipeline pipeline = new Pipeline(cacheEntries);
        for (int pass = 0; pass < passes; pass++) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (GeneratedSpec s : fleet) {
                update(sha, s.release() + " " + s.provider() + "\n");
                update(sha, outputs(pipeline.facade(s.release()), s));
            }
            System.out.println("pass " + (pass + 1) + ": " + fleet.size() + " specs, cacheEntries "
                    + cacheEntries + ", sha256 " + HexFormat.of().formatHex(sha.digest()));
        }
    }

    private static String outputs(Podnet podnet, GeneratedSpec spec) {
        StringBuilder out = new StringBuilder();
        try {
            Completion done = podnet.complete(ClusterYaml.read(spec.yaml()));
            out.append(ClusterYaml.write(done.cluster())).append(done.applied()).append('\n');
            out.append(podnet.validate(done.cluster())).append('\n');
            RenderResult r = podnet.render(done, RenderStyle.KOPS);
            for (RenderedAddon a : r.addons()) {
                out.append(a.addonKey()).append(a.templateId()).append(a.selector()).append(a.version())
                        .append('\n').append(a.yaml()).append('\n').append(a.manifestHash())
                        .append(a.channelEntry()).append(a.appliedPatches()).append('\n');
            }
            out.append(r.nodeConfig()).append(r.guidance());
        } catch (InvalidSpecException e) {
            out.append("invalid ").append(e.diagnostics());
        } catch (PodnetException | ClusterYamlException e) {
            out.append("refused ").append(e.getClass().getSimpleName()).append(' ').append(e.getMessage());
        }
        return out.toString();
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
    }
}
