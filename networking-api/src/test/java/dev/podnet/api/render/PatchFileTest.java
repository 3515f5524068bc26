package dev.podnet.api.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The patch-file format: what it reads, every fault with its position, and round trips through {@link PatchFile#write}. */
class PatchFileTest {
    private static final String PATCHES = """
            # raise the controllers and label the agent
            - target: {kind: Deployment, namespace: kube-system, name: calico-kube-controllers}
              jsonPatch:
                - {op: replace, path: /spec/replicas, value: 2}
                - {op: move, from: /metadata/labels/a, path: /metadata/labels/b}
            - target:
                kind: ClusterRole
                name: calico-node
              mergePatch:
                metadata:
                  labels: {team: net, old: null}
            """;
    private static final String T = "- target: {kind: DaemonSet, name: x}\n";

    @TempDir
    Path dir;

    @Test
    void readsTypedPatchesInFileOrder() {
        List<ManifestPatch> p = PatchFile.parse(PATCHES, "p.yaml");
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("team", "net");
        labels.put("old", null);
        assertThat(p).containsExactly(
                ManifestPatch.jsonPatch(PatchTarget.of("Deployment", "kube-system", "calico-kube-controllers"),
                        PatchOperation.replace("/spec/replicas", 2), PatchOperation.move("/metadata/labels/a", "/metadata/labels/b")),
                ManifestPatch.mergePatch(PatchTarget.clusterScoped("ClusterRole", "calico-node"),
                        Map.of("metadata", Map.of("labels", labels))));
    }

    @Test
    void everyEntryReadsTheSameAsUtf8() throws IOException {
        List<ManifestPatch> expected = PatchFile.parse(PATCHES, "p.yaml");
        byte[] bytes = PATCHES.getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("p.yaml");
        Files.write(file, bytes);
        assertThat(PatchFile.read(file)).isEqualTo(expected);
        assertThat(PatchFile.read(new ByteArrayInputStream(bytes), "p.yaml")).isEqualTo(expected);
        assertThat(PatchFile.read(new StringReader(PATCHES), "p.yaml")).isEqualTo(expected);
        assertThat(PatchFile.parse("\uFEFF" + PATCHES, "p.yaml")).as("a byte-order mark is ignored").isEqualTo(expected);
        String json = "[{\"target\": {\"kind\": \"Deployment\", \"namespace\": \"kube-system\", \"name\": \"é\"},"
                + " \"jsonPatch\": [{\"op\": \"add\", \"path\": \"/metadata/labels/ü\", \"value\": \"ß\"}]}]";
        assertThat(PatchFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "j.json"))
                .containsExactly(ManifestPatch.jsonPatch(PatchTarget.of("Deployment", "kube-system", "é"),
                        PatchOperation.add("/metadata/labels/ü", "ß")));
        assertThatThrownBy(() -> PatchFile.read(dir.resolve("none.yaml"))).isInstanceOf(java.nio.file.NoSuchFileException.class);
    }

    @Test
    void faultsHaveSourceLineAndColumn() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put(T + "  mergePatch: {a: 1}\n  frob: 1\n", "3:3:unknown key \"frob\" in a patch; its keys are jsonPatch, mergePatch, target");
        cases.put(T + "  mergePatch: {a: 1}\n  [x]: 1\n", "3:3:unknown key (not a string) in a patch; its keys are jsonPatch, mergePatch, target");
        cases.put(T + "  mergePatch: {a: 1}\n  target: {kind: A, name: b}\n", "3:3:duplicate key \"target\"");
        cases.put(T, "1:3:a patch has either a mergePatch or a jsonPatch");
        cases.put(T + "  mergePatch: {a: 1}\n  jsonPatch: [{op: remove, path: /a}]\n", "1:3:a patch has either a mergePatch or a jsonPatch");
        cases.put("- mergePatch: {a: 1}\n", "1:3:a patch needs a target (kind, namespace, name)");
        cases.put("- just a string\n", "1:3:a patch is a map with jsonPatch, mergePatch, target");
        cases.put("- target: DaemonSet/x\n  mergePatch: {a: 1}\n", "1:11:a target is a map with kind, name, namespace");
        cases.put("- target: {kind: DaemonSet}\n  mergePatch: {a: 1}\n", "1:11:missing name");
        cases.put("- target: {name: x}\n  mergePatch: {a: 1}\n", "1:11:missing kind");
        cases.put("- target: {kind: 12, name: x}\n  mergePatch: {a: 1}\n", "1:18:kind is a non-empty string");
        cases.put("- target: {kind: DaemonSet, namespace: '', name: x}\n  mergePatch: {a: 1}\n", "1:40:namespace is a non-empty string");
        cases.put("- target: {kind: ' ', name: x}\n  mergePatch: {a: 1}\n", "1:11:a patch target needs a kind");
        cases.put("- target: {kind: DaemonSet, name: x, uid: y}\n  mergePatch: {a: 1}\n",
                "1:38:unknown key \"uid\" in a target; its keys are kind, name, namespace");
        cases.put(T + "  mergePatch: [a]\n", "2:15:mergePatch is a map (RFC 7386), e.g. {metadata: {labels: {a: b}}}");
        cases.put(T + "  jsonPatch: {op: remove}\n", "2:14:jsonPatch is a non-empty list of operations (RFC 6902),");
        cases.put(T + "  jsonPatch: []\n", "2:14:jsonPatch is a non-empty list of operations (RFC 6902),");
        cases.put(T + "  jsonPatch:\n  - remove /a\n", "3:5:an operation is a map with from, op, path, value");
        cases.put(T + "  jsonPatch:\n  - {path: /a}\n", "3:5:missing op");
        cases.put(T + "  jsonPatch:\n  - {op: frob, path: /a}\n", "3:10:op is one of add, remove, replace, move, copy, test; got \"frob\"");
        cases.put(T + "  jsonPatch:\n  - {op: remove, path: /a, when: now}\n",
                "3:28:unknown key \"when\" in an operation; its keys are from, op, path, value");
        cases.put(T + "  jsonPatch:\n  - {op: remove}\n", "3:5:missing path");
        cases.put(T + "  jsonPatch:\n  - {op: remove, path: [a]}\n", "3:24:path is a string (a JSON pointer)");
        cases.put(T + "  jsonPatch:\n  - {op: replace, path: spec/replicas, value: 2}\n",
                "3:5:a JSON pointer (path) is empty or starts with '/', got \"spec/replicas\"");
        cases.put(T + "  jsonPatch:\n  - {op: copy, from: a, path: /b}\n", "3:5:a JSON pointer (from) is empty or starts with '/', got \"a\"");
        cases.put(T + "  jsonPatch:\n  - {op: move, from: 1, path: /b}\n", "3:22:from is a string (a JSON pointer)");
        cases.put(T + "  jsonPatch:\n  - {op: move, path: /b}\n", "3:5:move needs from");
        cases.put(T + "  jsonPatch:\n  - {op: add, from: /a, path: /b, value: 1}\n", "3:5:add takes no from");
        cases.put(T + "  jsonPatch:\n  - {op: replace, path: /a}\n", "3:5:replace needs value");
        cases.put(T + "  jsonPatch:\n  - {op: remove, path: /a, value: 1}\n", "3:5:remove takes no value");
        cases.put(T + "  mergePatch: {a: .inf}\n", "2:19:a number is finite, got Infinity");
        cases.put(T + "  jsonPatch:\n  - {op: test, path: /a, value: .nan}\n", "3:33:a number is finite, got NaN");
        cases.put(T + "  mergePatch: {a: 1, a: 2}\n", "2:22:duplicate key \"a\"");
        cases.put(T + "  mergePatch: {1: a}\n", "2:16:a key is a string: quote it");
        cases.put(T + "  mergePatch: &a {b: 1}\n", "2:15:anchors (&a) are not allowed in a patch file");
        cases.put(T + "  mergePatch: {b: *a}\n", "2:19:aliases (*name) are not allowed in a patch file");
        cases.put(T + "  mergePatch: {b: !!binary aGk=}\n", "2:19:the tag tag:yaml.org,2002:binary is not allowed in a patch file");
        cases.put(T + "  mergePatch: !!map {b: 1}\n", "-");
        cases.put(T + "  mergePatch: {b: [}\n", "2:20:malformed YAML:");
        cases.put("{target: {kind: DaemonSet, name: x}}\n",
                "1:1:a patch file is a non-empty list of patches, each with a target and a mergePatch or jsonPatch");
        cases.put("[]\n", "1:1:a patch file is a non-empty list of patches");
        cases.put("", "0:0:no patches: the file is empty (write a list of patches)");
        cases.put("# nothing but a comment\n", "0:0:no patches: the file is empty (write a list of patches)");
        cases.put("- [a]\n---\n- [b]\n", "2:1:a patch file is one document; write all patches in one list");
        cases.put("[".repeat(100) + "]".repeat(100), "1:65:nested deeper than 64 levels");
        cases.put("- a\u0001\n", "0:0:malformed YAML:");
        SoftAssertions soft = new SoftAssertions();
        cases.forEach((text, expected) -> {
            if (expected.equals("-")) {
                soft.assertThat(PatchFile.parse(text, "f.yaml")).as("an explicit plain tag is allowed: %s", text).hasSize(1);
                return;
            }
            String[] e = expected.split(":", 3);
            try {
                PatchFile.parse(text, "f.yaml");
                soft.fail("no fault for %s", text);
            } catch (PatchFileException x) {
                soft.assertThat(x.source()).isEqualTo("f.yaml");
                soft.assertThat(x.line() + ":" + x.column()).as(text).isEqualTo(e[0] + ":" + e[1]);
                soft.assertThat(x.reason()).as(text).startsWith(e[2]);
                soft.assertThat(x.getMessage()).isEqualTo("f.yaml: " + (x.line() > 0 ? "line " + x.line() + ", column "
                        + x.column() + ": " : "") + x.reason());
                soft.assertThat(x).isInstanceOf(dev.podnet.api.PodnetException.class);
            }
        });
        soft.assertAll();
    }

    @Test
    void sizeAndEncodingAreBoundedBeforeParsing() {
        byte[] big = new byte[PatchFile.MAX_BYTES + 1];
        Arrays.fill(big, (byte) ' ');
        assertThatThrownBy(() -> PatchFile.read(new ByteArrayInputStream(big), "big.yaml")).isInstanceOf(PatchFileException.class)
                .hasMessage("big.yaml: patch file too large: more than " + PatchFile.MAX_BYTES + " bytes");
        String text = " ".repeat(PatchFile.MAX_BYTES + 1);
        assertThatThrownBy(() -> PatchFile.read(new StringReader(text), "big.yaml"))
                .hasMessage("big.yaml: patch file too large: more than " + PatchFile.MAX_BYTES + " characters");
        assertThatThrownBy(() -> PatchFile.parse(text, "big.yaml"))
                .hasMessage("big.yaml: patch file too large: more than " + PatchFile.MAX_BYTES + " characters");
        assertThatThrownBy(() -> PatchFile.read(new ByteArrayInputStream(new byte[] {'-', ' ', (byte) 0xff}), "u.yaml"))
                .isInstanceOfSatisfying(PatchFileException.class, e -> assertThat(e.line()).isZero())
                .hasMessage("u.yaml: invalid UTF-8 at byte offset 2");
        // just under the limit reads (and is refused for what it holds, not its size)
        assertThatThrownBy(() -> PatchFile.parse(" ".repeat(PatchFile.MAX_BYTES), "ok.yaml")).hasMessageContaining("no patches");
    }

    @Test
    void writtenPatchesReadBackEqual() {
        Map<String, Object> tricky = new LinkedHashMap<>();
        for (String s : List.of("", "yes", "no", "~", "null", "0x10", "1e3", "0o17", ".inf", "- a", "a: b", "#c", "'q'", "\"dq\"",
                "back\\slash", "tab\there", "line\nbreak\r\n", "\u0000\u0001\u007f\u0085\u2028\u2029\uFEFF\uFFFE", "ünïcødé ✓ 😀",
                "\ud800 lone", "lone \udc00")) {
            tricky.put(s, s);
        }
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("int", 7);
        numbers.put("long", 1L << 40);
        numbers.put("big", BigInteger.TEN.pow(30));
        numbers.put("double", 2.0);
        numbers.put("exp", 1.0E-5);
        numbers.put("negative", -3.25);
        numbers.put("null", null);
        numbers.put("true", true);
        numbers.put("list", List.of(1, "1", List.of(), Map.of()));
        List<ManifestPatch> patches = List.of(
                ManifestPatch.mergePatch(PatchTarget.of("DaemonSet", "kube-system", "calico-node"), tricky),
                ManifestPatch.mergePatch(PatchTarget.clusterScoped("ClusterRole", "x"), numbers),
                ManifestPatch.mergePatch(PatchTarget.clusterScoped("ClusterRole", "empty"), Map.of()),
                ManifestPatch.jsonPatch(PatchTarget.of("Deployment", "kube-system", "d"),
                        PatchOperation.add("/a/-", null), PatchOperation.remove("/b"), PatchOperation.replace("", Map.of("k", 1)),
                        PatchOperation.move("/c", "/d"), PatchOperation.copy("/e~1f", "/g~0h"), PatchOperation.test("/i", 5L)));
        String text = PatchFile.write(patches);
        assertThat(PatchFile.parse(text, "w.json")).isEqualTo(patches);
        assertThat(text).endsWith("\n").doesNotContain("\u2028", "\uFEFF", "\u0085");
        assertThat(PatchFile.write(PatchFile.parse(text, "w.json"))).as("writing is a fixpoint").isEqualTo(text);
        List<ManifestPatch> read = PatchFile.parse(PATCHES, "p.yaml");
        assertThat(PatchFile.parse(PatchFile.write(read), "again.json")).isEqualTo(read);
        assertThatThrownBy(() -> PatchFile.write(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void integersAreHeldAsTheReaderMakesThem() {
        assertThat(PatchOperation.test("/a", 5L)).isEqualTo(PatchOperation.test("/a", 5));
        assertThat(PatchOperation.test("/a", 5L).value()).isInstanceOf(Integer.class);
        assertThat(PatchOperation.test("/a", BigInteger.valueOf(1L << 40)).value()).isEqualTo(1L << 40);
        assertThat(PatchOperation.test("/a", BigInteger.TEN.pow(30)).value()).isEqualTo(BigInteger.TEN.pow(30));
    }
}
