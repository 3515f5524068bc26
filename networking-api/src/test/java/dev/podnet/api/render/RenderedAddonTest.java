package dev.podnet.api.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An addon's text as a String and as UTF-8 bytes: either form set, both read back alike. */
class RenderedAddonTest {

    /** Text outside Latin-1, as kops writes Calico's CRDs (an en dash and curly quotes). */
    private static final String TEXT = "kind: CustomResourceDefinition\ndescription: \"a \u2013 b \u201cc\u201d\"\n";

    private static RenderedAddon.Builder addon() {
        ChannelEntry entry = ChannelEntry.builder().name("networking.projectcalico.org").id("k8s-1.25")
                .manifest("networking.projectcalico.org/k8s-1.25.yaml").manifestHash("28ba")
                .selector(Map.of("k8s-addon", "networking.projectcalico.org")).version("").build();
        return RenderedAddon.builder().addonKey("networking.projectcalico.org").templateId("k8s-1.25")
                .selector(Map.of("k8s-addon", "networking.projectcalico.org")).version("").manifestHash("28ba")
                .channelEntry(entry);
    }

    @Test
    void textSetAsAStringIsReadAsItsUtf8Bytes() {
        RenderedAddon a = addon().yaml(TEXT).build();
        assertThat(a.yaml()).isEqualTo(TEXT);
        assertThat(a.yamlUtf8()).isEqualTo(TEXT.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void textSetAsBytesIsReadAsTheStringTheyEncode() {
        RenderedAddon a = addon().yamlUtf8(TEXT.getBytes(StandardCharsets.UTF_8)).build();
        assertThat(a.yaml()).isEqualTo(TEXT);
        assertThat(a).isEqualTo(addon().yaml(TEXT).build()).hasSameHashCodeAs(addon().yaml(TEXT).build());
        assertThat(a).isNotEqualTo(addon().yaml(TEXT + "x").build());
    }

    @Test
    void theBytesHandedOutAreACopy() {
        RenderedAddon a = addon().yaml(TEXT).build();
        a.yamlUtf8()[0] = 'X';
        assertThat(a.yamlUtf8()[0]).isEqualTo((byte) 'k');
        assertThat(a.yaml()).isEqualTo(TEXT);
    }

    @Test
    void aCopyKeepsTheText() {
        RenderedAddon a = addon().yaml(TEXT).build();
        assertThat(RenderedAddon.builder().from(a).build().yaml()).isEqualTo(TEXT);
    }
}
