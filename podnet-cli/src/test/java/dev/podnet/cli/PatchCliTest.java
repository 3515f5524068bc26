package dev.podnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.render.PatchFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** {@code --patch FILE} on render, channel, explain, diff and migrate: the format, its faults, and what each command shows. */
class PatchCliTest {
    static final String PATCHES = """
            # raise the controllers and label the agent
            - target: {kind: Deployment, namespace: kube-system, name: calico-kube-controllers}
              jsonPatch:
                - {op: replace, path: /spec/replicas, value: 2}
            - target:
                kind: DaemonSet
                namespace: kube-system
                name: calico-node
              mergePatch:
                metadata:
                  labels:
                    team: net
            """;

    @TempDir
    Path dir;

    private String file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p.toString();
    }

    @Test
    void renderAppliesThePatchesInOrder() throws IOException {
        String patches = file("patches.yaml", PATCHES);
        CliTest.Run r = CliTest.withStdin(CliTest.CALICO, "render", "--kops-version", "1.30", "--patch", patches, "-");
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        List<Map<String, Object>> docs = documents(r.out());
        assertThat(find(docs, "Deployment", "calico-kube-controllers").get("spec")).asString().contains("replicas=2");
        assertThat(find(docs, "DaemonSet", "calico-node").get("metadata")).asString().contains("team=net");
        CliTest.Run plain = CliTest.withStdin(CliTest.CALICO, "render", "--kops-version", "1.30", "-");
        assertThat(find(documents(plain.out()), "Deployment", "calico-kube-controllers").get("spec")).asString()
                .contains("replicas=1");
    }

    @Test
    void aJsonPatchFileReadsTheSame() throws IOException {
        String json = file("patches.json", """
                [{"target": {"kind": "Deployment", "namespace": "kube-system", "name": "calico-kube-controllers"},
                  "jsonPatch": [{"op": "replace", "path": "/spec/replicas", "value": 2}]}]
                """);
        String yaml = file("one.yaml", PATCHES.substring(0, PATCHES.indexOf("- target:\n")));
        CliTest.Run a = CliTest.withStdin(CliTest.CALICO, "render", "--kops-version", "1.30", "--patch", json, "-");
        CliTest.Run b = CliTest.withStdin(CliTest.CALICO, "render", "--kops-version", "1.30", "--patch", yaml, "-");
        assertThat(a.code()).as(a.err()).isEqualTo(0);
        assertThat(a.out()).isEqualTo(b.out());
    }

    @Test
    void channelHashCoversThePatchedManifest() throws IOException {
        String patches = file("patches.yaml", PATCHES);
        CliTest.Run plain = CliTest.withStdin(CliTest.CALICO, "channel", "--kops-version", "1.30", "-");
        CliTest.Run patched = CliTest.withStdin(CliTest.CALICO, "channel", "--kops-version", "1.30", "--patch", patches, "-");
        assertThat(patched.code()).as(patched.err()).isEqualTo(0);
        assertThat(hash(patched.out())).isNotEqualTo(hash(plain.out()));
        CliTest.Run render = CliTest.withStdin(CliTest.CALICO, "render", "--kops-version", "1.30", "--patch", patches, "-");
        assertThat(hash(patched.out())).isEqualTo(sha256(render.out().strip()));
    }

    @Test
    void channelPruneNamespacesAreThoseOfThePatchedObjects() throws IOException {
        // kops builds prune from the manifest it ships: the controllers moved to calico-system are pruned there
        String patches = file("move.yaml", """
                - target: {kind: Deployment, namespace: kube-system, name: calico-kube-controllers}
                  mergePatch: {metadata: {namespace: calico-system}}
                """);
        CliTest.Run plain = CliTest.withStdin(CliTest.CALICO, "channel", "--kops-version", "1.30", "-");
        CliTest.Run moved = CliTest.withStdin(CliTest.CALICO, "channel", "--kops-version", "1.30", "--patch", patches, "-");
        assertThat(moved.code()).as(moved.err()).isEqualTo(0);
        assertThat(pruneNamespaces(plain.out(), "Deployment")).containsExactly("kube-system");
        assertThat(pruneNamespaces(moved.out(), "Deployment")).containsExactly("calico-system");
        assertThat(pruneNamespaces(moved.out(), "DaemonSet")).containsExactly("kube-system");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> pruneNamespaces(String channel, String kind) {
        List<Map<String, Object>> entries = (List<Map<String, Object>>) new Load(LoadSettings.builder().build())
                .loadFromString(channel);
        List<Map<String, Object>> kinds = (List<Map<String, Object>>) ((Map<String, Object>) entries.get(0).get("prune"))
                .get("kinds");
        return (List<Object>) kinds.stream().filter(k -> kind.equals(k.get("kind"))).findFirst().orElseThrow()
                .get("namespaces");
    }

    @Test
    void explainListsWhatEachPatchChanged() throws IOException {
        String patches = file("patches.yaml", PATCHES);
        CliTest.Run r = CliTest.withStdin(CliTest.CALICO, "explain", "--kops-version", "1.30", "--patch", patches, "-");
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("""
                # patches applied after rendering: what each changed
                patch 1 (JSON patch) on Deployment kube-system/calico-kube-controllers in networking.projectcalico.org/k8s-1.25.yaml
                    spec.replicas: 1 → 2
                patch 2 (merge patch) on DaemonSet kube-system/calico-node in networking.projectcalico.org/k8s-1.25.yaml
                    metadata.labels.team: (absent) → net
                """);
        assertThat(CliTest.withStdin(CliTest.CALICO, "explain", "--kops-version", "1.30", "-").out())
                .doesNotContain("# patches");
        assertThat(CliTest.run("explain", "--field", "spec.networking.calico.mtu", "--patch", patches).code()).isEqualTo(2);
    }

    @Test
    void diffShowsThePatchesAtEachRelease() throws IOException {
        String patches = file("patches.yaml", PATCHES);
        String calico128 = CliTest.CALICO.replace("kubernetesVersion: 1.30.2", "kubernetesVersion: 1.28.0");
        CliTest.Run r = CliTest.withStdin(calico128, "diff", "--from", "1.28", "--to", "1.30", "--patch", patches, "-");
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("    spec.replicas: 1 → 2", "    metadata.labels.team: (absent) → net");
        CliTest.Run j = CliTest.withStdin(calico128, "diff", "--from", "1.28", "--to", "1.30", "--patch", patches, "-o", "json", "-");
        Map<String, Object> d = DiffMigrateCliTest.json(j.out());
        assertThat((List<?>) d.get("patchesFrom")).hasSize(2);
        assertThat((List<?>) d.get("patchesTo")).hasSize(2);
    }

    @Test
    void migratePatchesTheNewManifestAndItsHash() throws IOException {
        String patches = file("cilium.yaml", """
                - target: {kind: DaemonSet, namespace: kube-system, name: cilium}
                  mergePatch: {metadata: {labels: {team: net}}}
                """);
        String[] args = {"migrate", "--kops-version", "1.30", "--to", "cilium", "-o", "json", "-"};
        CliTest.Run plain = CliTest.withStdin(CliTest.CALICO, args);
        CliTest.Run patched = CliTest.withStdin(CliTest.CALICO, "migrate", "--kops-version", "1.30", "--to", "cilium",
                "--patch", patches, "-o", "json", "-");
        assertThat(patched.code()).as(patched.err()).isEqualTo(0);
        Map<String, Object> p = DiffMigrateCliTest.json(patched.out());
        Map<?, ?> manifest = (Map<?, ?>) ((List<?>) p.get("manifests")).get(0);
        Map<?, ?> unpatched = (Map<?, ?>) ((List<?>) DiffMigrateCliTest.json(plain.out()).get("manifests")).get(0);
        assertThat(manifest.get("manifestHash")).isNotEqualTo(unpatched.get("manifestHash"));
        assertThat(find(documents((String) manifest.get("yaml")), "DaemonSet", "cilium").get("metadata")).asString()
                .contains("team=net");
        // the hash is what podnet channel says for the new spec with the same patches
        CliTest.Run channel = CliTest.withStdin((String) p.get("spec"), "channel", "--kops-version", "1.30", "--patch", patches, "-");
        assertThat(manifest.get("manifestHash")).isEqualTo(hash(channel.out()));
        assertThat((List<?>) p.get("patches")).singleElement().satisfies(e -> assertThat(((Map<?, ?>) e).get("manifest"))
                .isEqualTo("networking.cilium.io/k8s-1.16-v1.15.yaml"));
        assertThat((List<?>) DiffMigrateCliTest.json(plain.out()).get("patches")).isEmpty();
        CliTest.Run text = CliTest.withStdin(CliTest.CALICO, "migrate", "--kops-version", "1.30", "--to", "cilium",
                "--patch", patches, "-");
        assertThat(text.out()).contains("""
                Patches applied to the new manifest:
                  patch 1 (merge patch) on DaemonSet kube-system/cilium in networking.cilium.io/k8s-1.16-v1.15.yaml
                      metadata.labels.team: (absent) → net
                """);
    }

    @Test
    void migrateRefusesAPatchTheNewManifestCannotTake() throws IOException {
        String calico = file("calico.yaml", """
                - target: {kind: DaemonSet, namespace: kube-system, name: calico-node}
                  mergePatch: {metadata: {labels: {team: net}}}
                """);
        CliTest.Run r = CliTest.withStdin(CliTest.CALICO, "migrate", "--kops-version", "1.30", "--to", "cilium", "--patch", calico, "-");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("podnet: migration refused: the spec with cilium is not renderable at kops 1.30.0: "
                + "patch 1 (merge patch on DaemonSet kube-system/calico-node): no DaemonSet kube-system/calico-node");
        String bad = file("bad.yaml", "- target: {kind: DaemonSet}\n  mergePatch: {a: 1}\n");
        CliTest.Run b = CliTest.withStdin(CliTest.CALICO, "migrate", "--kops-version", "1.30", "--to", "cilium", "--patch", bad, "-");
        assertThat(b.code()).isEqualTo(1);
        assertThat(b.err()).isEqualTo(bad + ": line 1, column 11: missing name\n");
    }

    @Test
    void aPatchWhoseTargetIsNotRenderedIsRefused() throws IOException {
        String patches = file("missing.yaml", """
                - target: {kind: DaemonSet, namespace: kube-system, name: cilium}
                  mergePatch: {metadata: {labels: {a: b}}}
                """);
        CliTest.Run r = CliTest.withStdin(CliTest.CALICO, "render", "--kops-version", "1.30", "--patch", patches, "-");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("podnet: patch 1 (merge patch on DaemonSet kube-system/cilium): no DaemonSet kube-system/cilium"
                + " in the rendered manifest; the rendered objects of that kind or name are [DaemonSet kube-system/calico-node]")
                .doesNotContain("\tat ");
    }

    @Test
    void faultsOfThePatchFileHaveFileLineAndColumn() throws IOException {
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("- target: {kind: DaemonSet, name: x}\n  mergePatch: {a: 1}\n  frob: 1\n",
                "line 3, column 3: unknown key \"frob\" in a patch; its keys are jsonPatch, mergePatch, target");
        cases.put("- target: {kind: DaemonSet, name: x}\n", "line 1, column 3: a patch has either a mergePatch or a jsonPatch");
        cases.put("- mergePatch: {a: 1}\n", "line 1, column 3: a patch needs a target (kind, namespace, name)");
        cases.put("- target: {kind: DaemonSet}\n  mergePatch: {a: 1}\n", "line 1, column 11: missing name");
        cases.put("- target: {kind: DaemonSet, name: x}\n  jsonPatch:\n  - {op: frob, path: /a}\n",
                "line 3, column 10: op is one of add, remove, replace, move, copy, test; got \"frob\"");
        cases.put("- target: {kind: DaemonSet, name: x}\n  jsonPatch:\n  - {op: replace, path: spec/replicas, value: 2}\n",
                "line 3, column 5: a JSON pointer (path) is empty or starts with '/', got \"spec/replicas\"");
        cases.put("- target: {kind: DaemonSet, name: x}\n  jsonPatch:\n  - {op: replace, path: /a}\n",
                "line 3, column 5: replace needs value");
        cases.put("- target: {kind: DaemonSet, name: x}\n  jsonPatch:\n  - {op: remove, path: /a, value: 1}\n",
                "line 3, column 5: remove takes no value");
        cases.put("- target: {kind: DaemonSet, name: x}\n  mergePatch: {a: .inf}\n", "line 2, column 19: a number is finite, got Infinity");
        cases.put("- target: {kind: DaemonSet, name: x}\n  mergePatch: {a: 1, a: 2}\n", "line 2, column 22: duplicate key \"a\"");
        cases.put("- target: {kind: DaemonSet, name: x}\n  mergePatch: {1: a}\n", "line 2, column 16: a key is a string: quote it");
        cases.put("- target: {kind: DaemonSet, name: x}\n  mergePatch: &a {b: 1}\n",
                "line 2, column 15: anchors (&a) are not allowed in a patch file");
        cases.put("- target: {kind: DaemonSet, name: x}\n  mergePatch: {b: !!binary aGk=}\n",
                "line 2, column 19: the tag tag:yaml.org,2002:binary is not allowed in a patch file");
        cases.put("- target: {kind: DaemonSet, name: x}\n  mergePatch: {b: [}\n", "line 2, column 20: malformed YAML:");
        cases.put("{target: {kind: DaemonSet, name: x}}\n",
                "line 1, column 1: a patch file is a non-empty list of patches, each with a target and a mergePatch or jsonPatch");
        cases.put("", "no patches: the file is empty (write a list of patches)");
        cases.put("- [a]\n---\n- [b]\n", "line 2, column 1: a patch file is one document; write all patches in one list");
        cases.put("[".repeat(100) + "]".repeat(100), "line 1, column 65: nested deeper than 64 levels");
        int i = 0;
        org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
        for (Map.Entry<String, String> c : cases.entrySet()) {
            String f = file("bad" + i++ + ".yaml", c.getKey());
            CliTest.Run r = CliTest.withStdin(CliTest.CALICO, "render", "--kops-version", "1.30", "--patch", f, "-");
            soft.assertThat(r.code()).as(c.getKey()).isEqualTo(1);
            soft.assertThat(r.out()).isEmpty();
            soft.assertThat(r.err()).as(c.getKey()).startsWith(f + ": " + c.getValue());
        }
        soft.assertAll();
    }

    @Test
    void unreadablePatchFilesAreRefused() throws IOException {
        Path bad = dir.resolve("utf8.yaml");
        Files.write(bad, new byte[] {'-', ' ', (byte) 0xff});
        CliTest.Run r = CliTest.withStdin(CliTest.CALICO, "render", "--patch", bad.toString(), "-");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(bad + ": invalid UTF-8 at byte offset 2\n");
        Path big = dir.resolve("big.yaml");
        Files.write(big, new byte[PatchFile.MAX_BYTES + 1]);
        assertThat(CliTest.withStdin(CliTest.CALICO, "render", "--patch", big.toString(), "-").err())
                .isEqualTo(big + ": patch file too large: more than " + PatchFile.MAX_BYTES + " bytes\n");
        assertThat(CliTest.withStdin(CliTest.CALICO, "render", "--patch", dir.resolve("none.yaml").toString(), "-").err())
                .isEqualTo("podnet: " + dir.resolve("none.yaml") + ": no such patch file\n");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(String yaml) {
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        new Load(LoadSettings.builder().build()).loadAllFromString(yaml).forEach(d -> {
            if (d != null) out.add((Map<String, Object>) d);
        });
        return out;
    }

    private static Map<String, Object> find(List<Map<String, Object>> docs, String kind, String name) {
        return docs.stream().filter(d -> kind.equals(d.get("kind")) && ((Map<?, ?>) d.get("metadata")).get("name").equals(name))
                .findFirst().orElseThrow();
    }

    private static String hash(String channel) {
        return channel.lines().filter(l -> l.strip().startsWith("manifestHash:")).findFirst().orElseThrow()
                .replaceAll(".*manifestHash: *", "").replace("'", "");
    }

    private static String sha256(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
