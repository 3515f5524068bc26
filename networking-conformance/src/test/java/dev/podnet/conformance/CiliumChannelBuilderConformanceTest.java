package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.Completion;
import dev.podnet.Podnet;
import dev.podnet.api.render.ChannelEntry;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.corpus.CorpusCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * kops' bootstrapchannelbuilder Cilium cases (corpus data from the kops project, Apache License 2.0): kops' unit test
 * builds the bootstrap channel of a cluster.yaml, and the corpus keeps the channel's networking entries (each with
 * its manifestHash: sha1 before kops 1.22, sha256 from 1.22) but not the manifests. podnet completes the input at the
 * case's release and renders it; each entry (id, manifest, version, Kubernetes range, manifestHash) must equal kops'.
 * The kops 1.18.0 case is the only kops 1.18 Cilium output known (docs/release-boundaries.md): both its entries,
 * k8s-1.7 and k8s-1.12, are pinned by their sha1. All 56 cases are equal. The 9 cases of kops 1.25-1.27 and the
 * metrics-server cases of 1.29 (all Kubernetes 1.22.0) were what fixed the cilium-operator PodDisruptionBudget's
 * version there: policy/v1beta1 below Kubernetes 1.23 at 1.25-1.27, policy/v1 whatever the version from 1.29
 * (pdbV1FromKubernetes in cilium/releases.yaml).
 */
class CiliumChannelBuilderConformanceTest {

    /** The cases whose every entry equals kops'; raise when more pass, never lower. */
    static final int PASSES = 56;

    static List<CorpusCase> cases() {
        return RenderConformanceTest.CORPUS.cases(c -> c.source().equals("bootstrapchannelbuilder")
                && c.provider().startsWith("cilium") && !c.channelNetworking().isEmpty());
    }

    /** Null when every networking entry of the case's channel equals podnet's, else the first difference. */
    static String check(CorpusCase c) {
        Podnet podnet = Podnet.forRelease(c.kopsRelease());
        Completion done = podnet.complete(ClusterYaml.read(RenderConformanceTest.CORPUS.read(c.input())));
        Map<String, ChannelEntry> ours = new LinkedHashMap<>();
        for (RenderedAddon a : CompleteThenRenderTest.renderUnguarded(done).addons()) {
            ours.put(a.addonKey() + "/" + a.templateId(), a.channelEntry());
        }
        List<String> theirs = new ArrayList<>();
        for (Map<String, Object> entry : c.channelNetworking()) {
            String key = entry.get("name") + "/" + entry.get("id");
            theirs.add(key);
            ChannelEntry e = ours.get(key);
            if (e == null) {
                return "no entry " + key + " (podnet: " + ours.keySet() + ")";
            }
            Map<String, Object> mine = new TreeMap<>();
            mine.put("manifest", e.manifest());
            mine.put("manifestHash", e.manifestHash());
            // from kops 1.36 an entry lists no version (podnet's is then empty)
            mine.put("version", e.version().isEmpty() ? null : e.version());
            e.kubernetesVersion().ifPresent(v -> mine.put("kubernetesVersion", v));
            for (String field : List.of("manifest", "manifestHash", "version", "kubernetesVersion")) {
                if (!Objects.equals(String.valueOf(entry.get(field)), String.valueOf(mine.get(field)))) {
                    return key + " " + field + ": kops " + entry.get(field) + ", podnet " + mine.get(field);
                }
            }
        }
        return ours.keySet().equals(new java.util.LinkedHashSet<>(theirs)) ? null
                : "entries: kops " + theirs + ", podnet " + ours.keySet();
    }

    @Test
    void kops118ListsBothTemplatesWithKopsManifestHashes() {
        CorpusCase c = cases().stream().filter(x -> x.id().equals("v1.18.0/cilium")).findFirst().orElseThrow();
        assertThat(c.channelNetworking()).extracting(e -> e.get("id") + " " + e.get("manifestHash")).containsExactly(
                "k8s-1.7 e6670d455bcd03c5b85ccb6ff6bbe6e068aa7674", "k8s-1.12 15a4c6bf41e05753c76747d556f275e9bfec165b");
        assertThat(check(c)).isNull();
    }

    @Test
    void passCountDoesNotFall() {
        Map<String, String> failures = new TreeMap<>();
        int pass = 0;
        for (CorpusCase c : cases()) {
            String problem = check(c);
            if (problem == null) {
                pass++;
            } else {
                failures.put(c.id(), problem);
            }
        }
        System.out.println("bootstrapchannelbuilder Cilium channels: " + pass + "/" + cases().size() + " equal; differing "
                + failures);
        assertThat(pass).isGreaterThanOrEqualTo(PASSES);
    }
}
