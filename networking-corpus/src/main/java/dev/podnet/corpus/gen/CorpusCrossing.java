package dev.podnet.corpus.gen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import dev.podnet.corpus.Corpus;
import dev.podnet.corpus.CorpusCase;

/**
 * The crossed profile ({@link SpecGenerator#CROSSED}): the realistic Cluster documents of kops' own test
 * cases (the corpus' AWS inputs, and the expected clusters of {@code kops create cluster} tests), crossed
 * with every release kops-oracle has and every provider the release offers. Each case takes one corpus
 * template with its non-networking fields as kops' tests wrote them (kubelet, kubeAPIServer, kubeProxy,
 * topology, api, authorization, iam, containerd, cloudConfig, additionalNetworkCIDRs, subnets, …), sets the
 * scaffolding kops-oracle needs (configBase memfs, one-member etcd clusters, a Kubernetes version the
 * release accepts) and swaps {@code spec.networking} for the bucket's provider: an empty block, a block of
 * the narrow generator, or the options some corpus case wrote for that provider.
 */
final class CorpusCrossing {
    /** Fields of a template the crossing replaces (so templates that differ only there are one template). */
    private static final List<String> REPLACED = List.of("networking", "kubernetesVersion", "configBase", "etcdClusters");

    private final List<Template> templates;
    private final Map<String, List<Map<String, Object>>> corpusBlocks;

    /** One distinct AWS Cluster spec of the corpus. */
    record Template(String name, String source, Map<String, Object> spec) {
    }

    private CorpusCrossing(List<Template> templates, Map<String, List<Map<String, Object>>> corpusBlocks) {
        this.templates = List.copyOf(templates);
        this.corpusBlocks = corpusBlocks;
    }

    /** The templates and provider blocks of kops' corpus, in corpus order, duplicates dropped. */
    @SuppressWarnings("unchecked")
    static CorpusCrossing fromCorpus() {
        Corpus corpus = Corpus.kops();
        Load load = new Load(LoadSettings.builder().setCodePointLimit(64 * 1024 * 1024).build());
        Map<String, Template> byKey = new LinkedHashMap<>();
        Map<String, Map<String, Map<String, Object>>> blocks = new TreeMap<>();
        for (CorpusCase c : corpus.cases()) {
            String path = "create_cluster".equals(c.source()) ? c.expected() : c.input();
            if (path == null) continue;
            Map<String, Object> cluster = null;
            for (Object d : load.loadAllFromString(corpus.read(path))) {
                if (d instanceof Map<?, ?> m && "Cluster".equals(m.get("kind"))) {
                    cluster = (Map<String, Object>) m;
                    break;
                }
            }
            if (cluster == null || !"kops.k8s.io/v1alpha2".equals(cluster.get("apiVersion"))) continue;
            Map<String, Object> spec = (Map<String, Object>) cluster.get("spec");
            if (spec == null || !"aws".equals(spec.get("cloudProvider")) || !usTestZones(spec)) continue;
            if (spec.get("networking") instanceof Map<?, ?> n) {
                for (Map.Entry<?, ?> e : n.entrySet()) {
                    if (e.getValue() instanceof Map<?, ?> v && !v.isEmpty()) {
                        blocks.computeIfAbsent((String) e.getKey(), k -> new LinkedHashMap<>())
                                .putIfAbsent(YamlText.write(v), (Map<String, Object>) v);
                    }
                }
            }
            Map<String, Object> kept = new LinkedHashMap<>(spec);
            REPLACED.forEach(kept::remove);
            String name = (String) ((Map<String, Object>) cluster.get("metadata")).get("name");
            byKey.putIfAbsent(YamlText.write(kept), new Template(name, c.source() + "/" + c.name(), kept));
        }
        Map<String, List<Map<String, Object>>> lists = new TreeMap<>();
        blocks.forEach((k, v) -> lists.put(k, List.copyOf(v.values())));
        return new CorpusCrossing(new ArrayList<>(byKey.values()), lists);
    }

    private static boolean usTestZones(Map<String, Object> spec) {
        if (!(spec.get("subnets") instanceof List<?> subnets) || subnets.isEmpty()) return false;
        for (Object s : subnets) {
            if (!(s instanceof Map<?, ?> m) || !(m.get("zone") instanceof String z) || !z.matches("us-test-1[abc]")) return false;
        }
        return true;
    }

    /** {@return the number of distinct templates} */
    int templates() {
        return templates.size();
    }

    /**
     * One crossed case: a template drawn from {@code r}, the bucket's provider block, a Kubernetes version of
     * the release (drawn as the narrow generator does for that provider).
     */
    Map<String, Object> cross(Random r, String release, String provider) {
        Template t = templates.get(r.nextInt(templates.size()));
        GeneratedCase narrow = new GeneratedCase(new Draws(new Random(r.nextLong())), release, provider);
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("cloudProvider", "aws");
        spec.put("configBase", "memfs://clusters.example.com/" + t.name());
        List<Object> etcd = new ArrayList<>();
        for (String n : List.of("main", "events")) {
            etcd.add(Draws.map("etcdMembers", List.of(Draws.map("instanceGroup", "master-us-test-1a", "name", "a")), "name", n));
        }
        spec.put("etcdClusters", etcd);
        spec.put("kubernetesVersion", narrow.spec.get("kubernetesVersion"));
        spec.put("networking", Draws.map(narrow.providerKey, providerBlock(r, provider, narrow)));
        for (Map.Entry<String, Object> e : t.spec().entrySet()) spec.putIfAbsent(e.getKey(), e.getValue());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("apiVersion", "kops.k8s.io/v1alpha2");
        doc.put("kind", "Cluster");
        doc.put("metadata", Draws.map("name", t.name()));
        doc.put("spec", spec);
        return doc;
    }

    /** An empty block (Cilium ENI: its IPAM only), the narrow generator's block, or options a corpus case wrote for the provider. */
    private Object providerBlock(Random r, String provider, GeneratedCase narrow) {
        double x = r.nextDouble();
        List<Map<String, Object>> own = corpusBlocks.getOrDefault(narrow.providerKey, List.of()).stream()
                .filter(b -> provider.equals("cilium-eni") == "eni".equals(b.get("ipam"))).toList();
        if (x < 0.3 && !own.isEmpty()) return own.get(r.nextInt(own.size()));
        if (x < 0.65) return narrow.p;
        return provider.equals("cilium-eni") ? Draws.map("ipam", "eni") : new LinkedHashMap<>();
    }
}
