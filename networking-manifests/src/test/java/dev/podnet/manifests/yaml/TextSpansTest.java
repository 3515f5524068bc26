package dev.podnet.manifests.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.yaml.internal.GoYamlEmitter;
import dev.podnet.manifests.yaml.internal.TextSpans;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Writing a tree by copying the text of the subtrees it shares with a tree written before
 * ({@link GoYamlEmitter#emit(Object, TextSpans)}) gives exactly the text of writing it whole: for
 * every stored Calico and Canal object, unchanged, edited, and with its subtrees moved to other
 * depths, columns and contexts (where a copy would be wrong, so the emitter must write them again).
 */
class TextSpansTest {

    private static List<KubeObject> stored(String folder) throws IOException {
        try (InputStream in = TextSpansTest.class.getResourceAsStream("/dev/podnet/manifests/" + folder + "/objects.yaml")) {
            assertThat(in).as(folder).isNotNull();
            return KopsYaml.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"calico", "canal"})
    void copiedTextEqualsWrittenText(String folder) throws IOException {
        int copied = 0;
        int crds = 0;
        for (KubeObject o : stored(folder)) {
            // the CRDs are most of the text but alike: a few of them cover their shapes, and keep the test short
            if (o.kind().equals("CustomResourceDefinition") && crds++ % 8 != 0) {
                continue;
            }
            for (int width : new int[] {GoYamlEmitter.DEFAULT_WIDTH, GoYamlEmitter.UNLIMITED_WIDTH}) {
                TextSpans spans = GoYamlEmitter.emitRecorded(o.tree(), width);
                assertThat(spans.text()).isEqualTo(GoYamlEmitter.emit(o.tree(), width));
                copied += spans.size();
                for (Object variant : variants(o)) {
                    assertThat(GoYamlEmitter.emit(variant, spans)).as(o + " at width " + width)
                            .isEqualTo(GoYamlEmitter.emit(variant, width));
                }
            }
        }
        assertThat(copied).as("spans recorded").isGreaterThan(500);
    }

    /** The object itself, edited, and its parts at other depths and in lists and as keys' neighbours. */
    private static List<Object> variants(KubeObject o) {
        List<Object> out = new ArrayList<>();
        out.add(o.tree());
        out.add(o.withLabel("k8s-addon", "networking.example.org").with("metadata.creationTimestamp", null).tree());
        if (o.get("spec.template.spec.containers").isPresent()) {
            String first = o.containerNames().get(0);
            out.add(o.withEnv(first, "EXTRA", "a value long enough to fold when the line is narrow enough, " + "x".repeat(60))
                    .withPodLabel("kops.k8s.io/managed-by", "kops").tree());
        }
        if (o.get("data").orElse(null) instanceof Map<?, ?> data && !data.isEmpty()) {
            out.add(o.withData("zz-added", "one\ntwo\n").tree());
        }
        Map<String, Object> wrapped = new LinkedHashMap<>();
        wrapped.put("a", o.tree());
        wrapped.put("b", List.of(o.tree(), List.of(o.tree())));
        wrapped.put("spec", o.tree().get("spec") == null ? "none" : Map.of("deeper", Map.of("still", o.tree().get("spec"))));
        out.add(wrapped);
        List<Object> children = new ArrayList<>(o.tree().values());
        out.add(children);
        return out;
    }
}
