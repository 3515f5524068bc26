package dev.podnet.benchmarks;

import dev.podnet.Podnet;
import dev.podnet.api.Cluster;
import dev.podnet.Completion;
import dev.podnet.api.PodnetException;
import dev.podnet.api.InvalidSpecException;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.api.yaml.ClusterYamlException;
import dev.podnet.corpus.gen.GeneratedSpec;
import java.util.HashMap;
import java.util.Map;

/**
 * The real job on one spec: read its YAML, complete it, validate it strictly and render it in
 * kops style ({@link Podnet#render} validates first and refuses an invalid spec). One facade per release, opened with the given cache size and kept, as a
 * program rendering many clusters would.
 */
final class Pipeline {
    private final int cacheEntries;
    private final Map<String, Podnet> facades = new HashMap<>();

    Pipeline(int cacheEntries) {
        this.cacheEntries = cacheEntries;
    }

    /** Something of the result (its size), so nothing is optimised away; refusals count as results. */
    long run(GeneratedSpec spec) {
        Podnet podnet = facade(spec.release());
        try {
            Cluster cluster = ClusterYaml.read(spec.yaml());
            Completion done = podnet.complete(cluster);
            // render validates strictly first and refuses an invalid spec with its findings
            RenderResult r = podnet.render(done, RenderStyle.KOPS);
            long n = 0;
            for (var a : r.addons()) n += a.yaml().length();
            return n + r.guidance().size();
        } catch (InvalidSpecException e) {
            return e.diagnostics().size();
        } catch (PodnetException | ClusterYamlException e) {
            // a refusal (an option or release/Kubernetes pair podnet has no data for) is an answer too
            return -1;
        }
    }

    Podnet facade(String release) {
        return facades.computeIfAbsent(release,
                r -> Podnet.builder().release(KopsVersion.of(r)).cacheEntries(cacheEntries).build());
    }
}
