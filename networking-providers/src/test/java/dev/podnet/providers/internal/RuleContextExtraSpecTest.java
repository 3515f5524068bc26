package dev.podnet.providers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.version.KopsVersion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleContextExtraSpecTest {

    private static RuleContext context(Map<String, Object> extraSpec) {
        Cluster c = Cluster.builder().name("x.example.com").kubernetesVersion("1.30.0").cloud(Cloud.AWS)
                .extraSpec(extraSpec).build();
        return new RuleContext(c, KopsVersion.of("1.30.0"), ValidationMode.STRICT, new FieldConstraints());
    }

    @Test
    void dottedPathsWalkNestedMaps() {
        Map<String, Object> legacy = new LinkedHashMap<>();
        legacy.put("legacy", false);
        legacy.put("none", null);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("iam", legacy);
        extra.put("docker", "x");
        extra.put("list", List.of("a"));
        extra.put("empty", Map.of());
        RuleContext ctx = context(extra);
        assertThat(ctx.extraSpec("iam.legacy")).contains(false);
        assertThat(ctx.extraSpec("iam")).contains(legacy);
        assertThat(ctx.extraSpec("docker")).contains("x");
        assertThat(ctx.extraSpec("iam.none")).isEmpty();
        assertThat(ctx.extraSpec("iam.absent")).isEmpty();
        assertThat(ctx.extraSpec("docker.version")).isEmpty();
        assertThat(ctx.extraSpec("list.a")).isEmpty();
        assertThat(ctx.extraSpec("empty.a")).isEmpty();
        assertThat(ctx.extraSpec("absent.a.b")).isEmpty();
        assertThat(context(Map.of()).extraSpec("iam.legacy")).isEmpty();
    }
}
