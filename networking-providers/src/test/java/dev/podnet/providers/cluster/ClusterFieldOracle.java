package dev.podnet.providers.cluster;

import dev.podnet.Completion;
import dev.podnet.Podnet;
import dev.podnet.api.Cluster;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.yaml.ClusterYamlException;
import dev.podnet.api.yaml.YamlProblem;
import dev.podnet.corpus.OracleSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * kops-oracle's answers on the cluster spec fields outside networking ({@code oracle/<table>.tsv}, written by
 * {@code scripts/oracle/cluster-field-probes}), and podnet's answer on the same document, in the oracle's form: kops'
 * error text without its stage ({@code PopulateClusterSpec: }, {@code Decode: }), one finding alone or several in
 * brackets (after {@code completed cluster failed validation: } when only the completed spec is refused), or
 * {@code accept}; where kops' Go decoder refused a value's JSON type, podnet's reader must refuse the
 * document too (the texts differ: kops prints its decoder's). The documents are the script's: a base cluster with the row's spec keys in place of
 * the base's line of the same key.
 */
final class ClusterFieldOracle {
    /** One probe: kops' release tag, the base document, the spec keys set (a JSON object) and kops' answer. */
    record Row(String release, String base, String keys, String answer) {
        @Override
        public String toString() {
            return release + " " + base + " " + keys;
        }

        /** kops' answer without the stage it failed in. */
        String kops() {
            return answer.replaceFirst("^[A-Za-z]+: ", "");
        }

        /**
         * kops stopped outside its validation: before it, building its cloud or assigning the subnets' CIDRs, or after it,
         * building its bootstrap channel. Its text is podnet's detail, podnet names the field too.
         */
        boolean refusedOutsideValidation() {
            return answer.startsWith("BuildCloud: ") || answer.startsWith("PerformAssignments: ") || answer.startsWith("Build: ");
        }

        /** kops refused the document as its Go decoder read it (a JSON type), not with a field error of its own. */
        boolean refusedWhenDecoded() {
            return answer.startsWith("Decode: ") && !answer.startsWith("Decode: spec.");
        }
    }

    private static final String ETCD = """
              etcdClusters:
              - etcdMembers:
                - instanceGroup: master-%1$s
                  name: a
                name: main
              - etcdMembers:
                - instanceGroup: master-%1$s
                  name: a
                name: events
            """;
    private static final String HEAD = "apiVersion: kops.k8s.io/%s\nkind: Cluster\nmetadata:\n  name: minimal.example.com\nspec:\n";
    private static final Map<String, String> BASES = Map.of(
            // the v1alpha2 AWS base is kops-oracle's scaffolding, as every oracle test states it
            "aws", OracleSpec.aws().yaml(),
            "aws-v1alpha3", HEAD.formatted("v1alpha3") + """
                      cloudProvider: {aws: {}}
                      configStore:
                        base: memfs://clusters.example.com/minimal.example.com
                    """ + ETCD.formatted("us-test-1a") + """
                      iam: {}
                      kubernetesVersion: 1.30.2
                      networking:
                        networkCIDR: 172.20.0.0/16
                        nonMasqueradeCIDR: 100.64.0.0/10
                        subnets:
                        - cidr: 172.20.32.0/19
                          name: us-test-1a
                          type: Public
                          zone: us-test-1a
                        calico: {}
                    """,
            "gce", HEAD.formatted("v1alpha2") + """
                      cloudProvider: gce
                      project: testproject
                      configBase: memfs://clusters.example.com/minimal.example.com
                    """ + ETCD.formatted("us-test1-a") + """
                      iam: {}
                      kubernetesVersion: 1.30.2
                      networking:
                        calico: {}
                      nonMasqueradeCIDR: 100.64.0.0/10
                      subnets:
                      - name: us-test1
                        region: us-test1
                        type: Public
                    """,
            "gce-v1alpha3", HEAD.formatted("v1alpha3") + """
                      cloudProvider: {gce: {project: testproject}}
                      configStore:
                        base: memfs://clusters.example.com/minimal.example.com
                    """ + ETCD.formatted("us-test1-a") + """
                      iam: {}
                      kubernetesVersion: 1.30.2
                      networking:
                        nonMasqueradeCIDR: 100.64.0.0/10
                        subnets:
                        - name: us-test1
                          region: us-test1
                          type: Public
                        calico: {}
                    """);

    /** How kops (and {@link #podnet}) start an answer that only the completed spec's validation refused. */
    static final String COMPLETED = "completed cluster failed validation: ";

    /** How {@link #podnet} starts its answer when podnet's reader refuses the document (kops' decoder texts are Go's own). */
    static final String DECODE_REFUSAL = "refused when decoded: ";

    private ClusterFieldOracle() {
    }

    static List<Row> rows(String table) {
        try (InputStream in = ClusterFieldOracle.class.getResourceAsStream("/oracle/" + table + ".tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
                    .map(l -> l.split("\t", -1)).map(f -> new Row(f[0], f[1], f[2], f[3])).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The row's document: the base, its lines of the keys the row sets dropped (a key's line and the lines under it),
     * each key appended with its JSON value.
     */
    static String document(Row row) {
        Map<String, String> keys = topLevel(row.keys());
        StringBuilder doc = new StringBuilder();
        boolean dropping = false;
        for (String l : BASES.get(row.base()).lines().toList()) {
            if (keys.keySet().stream().anyMatch(k -> l.startsWith("  " + k + ":"))) {
                dropping = true;
            } else if (!(dropping && (l.startsWith("   ") || l.startsWith("  - ")))) {
                dropping = false;
                doc.append(l).append('\n');
            }
        }
        keys.forEach((k, v) -> doc.append("  ").append(k).append(": ").append(v).append('\n'));
        return doc.toString();
    }

    /** podnet's answer in kops' form, judged as kops' command line does: the input leniently, then the completed spec. */
    static String podnet(Row row) {
        return podnet(row.release(), document(row));
    }

    /** podnet's answer on {@code document} at kops release tag {@code release} ({@code v1.33.1}), in kops' form. */
    static String podnet(String release, String document) {
        Podnet podnet = Podnet.forRelease(release.substring(1));
        Cluster in;
        try {
            in = podnet.read(document);
        } catch (ClusterYamlException e) {
            return DECODE_REFUSAL + e.problems().stream().map(YamlProblem::path).collect(Collectors.joining(", "));
        }
        List<Diagnostic> errors = podnet.validate(in, ValidationMode.LENIENT).errors();
        String stage = "";
        if (errors.isEmpty()) {
            Completion done = podnet.complete(in);
            errors = podnet.validate(done).errors();
            // a build failure (podnet reports it on the completed spec) is kops' Build stage, not its validation's
            stage = errors.stream().allMatch(ClusterFieldOracle::buildFailure) ? "" : COMPLETED;
        }
        if (errors.isEmpty()) return "accept";
        List<String> lines = errors.stream().map(Diagnostic::line).toList();
        return stage + (lines.size() == 1 ? lines.get(0) : "[" + String.join(", ", lines) + "]");
    }

    private static boolean buildFailure(Diagnostic d) {
        return d.rule().filter(r -> r.endsWith(dev.podnet.providers.internal.Finding.BUILD_RULE_SUFFIX)).isPresent();
    }

    /** The keys of a one-line JSON object, each with its value's JSON text. */
    private static Map<String, String> topLevel(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        List<Integer> cuts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (quoted) {
                if (c == '\\') i++;
                else if (c == '"') quoted = false;
            } else if (c == '"') {
                quoted = true;
            } else if (c == '{' || c == '[') {
                if (depth++ == 0) cuts.add(i);
            } else if (c == '}' || c == ']') {
                if (--depth == 0) cuts.add(i);
            } else if (c == ',' && depth == 1) {
                cuts.add(i);
            }
        }
        for (int j = 0; j + 1 < cuts.size(); j++) {
            String entry = json.substring(cuts.get(j) + 1, cuts.get(j + 1)).strip();
            if (entry.isEmpty()) continue;
            int colon = entry.indexOf("\":");
            out.put(entry.substring(1, colon), entry.substring(colon + 2).strip());
        }
        return out;
    }
}
