package dev.podnet.providers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.internal.facts.FactFormatException;
import dev.podnet.api.version.KopsVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Field defaults: conditions compiled when the table loads, candidates chosen per release as the class documents. */
class FieldRulesTest {
    private static FieldRules rules(String defaults) {
        return FieldRules.of("spec.networking.x", FactDocument.parse("x/provider.yaml", "defaults:\n" + defaults).root());
    }

    private static Cluster cluster(String kubernetes, Cloud cloud, String nonMasquerade) {
        return Cluster.builder().name("x.example.com").kubernetesVersion(kubernetes).cloud(cloud)
                .networking(Networking.builder().nonMasqueradeCIDR(nonMasquerade).build()).build();
    }

    private static final Cluster AWS_V4 = cluster("1.30.0", Cloud.AWS, "100.64.0.0/10");

    private static List<AppliedDefault> apply(FieldRules r, Map<String, Object> tree, Cluster c, String release) {
        List<AppliedDefault> out = new ArrayList<>();
        r.apply(tree, c, KopsVersion.of(release), out::add);
        return out;
    }

    @Test
    void anUnknownTermFailsWhenTheTableLoadsNamingTheResourceAndRow() {
        assertThatThrownBy(() -> rules("""
                  - {key: a, value: x, since: "1.19", rule: x.a, reason: r}
                  - {key: b, value: y, since: "1.19", when: "ipv6Only & someday", rule: x.b, reason: r}
                """)).isInstanceOf(FactFormatException.class).hasMessageContaining("x/provider.yaml")
                .hasMessageContaining("defaults[1]").hasMessageContaining("unknown condition term \"someday\"");
    }

    @Test
    void aComparisonWithNoVersionFailsWhenTheTableLoads() {
        assertThatThrownBy(() -> rules("""
                  - {key: b, value: y, since: "1.19", when: "version<one", rule: x.b, reason: r}
                """)).isInstanceOf(FactFormatException.class).hasMessageContaining("defaults[0]")
                .hasMessageContaining("no major.minor version");
    }

    @Test
    void everyProvidersTableLoads() {
        for (String folder : List.of("amazonvpc", "calico", "canal", "cilium", "classic", "cni", "external", "flannel", "gcp",
                "kindnet", "kopeio", "kubenet", "kuberouter", "lyftvpc", "romana", "weave")) {
            FieldRules r = FieldRules.of("spec.networking." + folder,
                    FactDocument.load(FieldRulesTest.class.getClassLoader(), "dev/podnet/providers/" + folder + "/provider.yaml").root());
            assertThat(r.rows()).allSatisfy(row -> assertThat(row.key()).isNotBlank());
        }
    }

    @Test
    void theNewestUnconditionalRowInRangeWinsAndAConditionalRowWinsOverIt() {
        FieldRules r = rules("""
                  - {key: v, value: old, since: "1.19", rule: x.v, reason: r}
                  - {key: v, value: mid, since: "1.22", until: "1.26", rule: x.v, reason: r}
                  - {key: v, value: new, since: "1.24", rule: x.v, reason: r}
                  - {key: v, value: same, since: "1.24", rule: x.v, reason: r}
                  - {key: v, value: cond, since: "1.25", when: "cloud=azure", rule: x.v.azure, reason: azure}
                """);
        assertThat(apply(r, new LinkedHashMap<>(), AWS_V4, "1.18.0")).isEmpty();
        assertThat(value(r, AWS_V4, "1.19.0")).isEqualTo("old");
        assertThat(value(r, AWS_V4, "1.23.4")).isEqualTo("mid");
        // same since: the later row in the file
        assertThat(value(r, AWS_V4, "1.24.0")).isEqualTo("same");
        assertThat(value(r, AWS_V4, "1.37.0-alpha.1")).isEqualTo("same");
        Cluster azure = cluster("1.30.0", Cloud.AZURE, "100.64.0.0/10");
        assertThat(value(r, azure, "1.24.0")).isEqualTo("same");
        assertThat(value(r, azure, "1.25.0")).isEqualTo("cond");
        AppliedDefault d = apply(r, new LinkedHashMap<>(), azure, "1.25.0").get(0);
        assertThat(d.path()).isEqualTo("spec.networking.x.v");
        assertThat(d.value()).isEqualTo("cond");
        assertThat(d.rule()).isEqualTo("x.v.azure");
        assertThat(d.reason()).isEqualTo("azure (kops >=1.25.0; when cloud=azure)");
        assertThat(d.releases()).hasValueSatisfying(v -> assertThat(v.toString()).isEqualTo(">=1.25.0"));
    }

    private static Object value(FieldRules r, Cluster c, String release) {
        Map<String, Object> tree = new LinkedHashMap<>();
        apply(r, tree, c, release);
        return tree.get("v");
    }

    @Test
    void theFirstConditionalRowThatHoldsWinsAndAPresentKeyIsKept() {
        FieldRules r = rules("""
                  - {key: v, value: any, since: "1.19", rule: x.v, reason: r}
                  - {key: v, value: v6, since: "1.19", when: "ipv6Only & mode!=eni", rule: x.v6, reason: r}
                  - {key: v, value: eni, since: "1.19", when: "mode=eni", rule: x.eni, reason: r}
                  - {key: v, value: notaws, since: "1.19", when: "cloud!=aws", rule: x.na, reason: r}
                """);
        Cluster v6 = cluster("1.30.0", Cloud.AWS, "fd00::/64");
        assertThat(run(r, Map.of(), v6, "1.30.0")).containsEntry("v", "v6");
        assertThat(run(r, Map.of("mode", "eni"), v6, "1.30.0")).containsEntry("v", "eni");
        assertThat(run(r, Map.of(), AWS_V4, "1.30.0")).containsEntry("v", "any");
        assertThat(run(r, Map.of(), cluster("1.30.0", Cloud.GCE, "100.64.0.0/10"), "1.30.0")).containsEntry("v", "notaws");
        assertThat(run(r, Map.of("v", "mine"), v6, "1.30.0")).containsEntry("v", "mine");
    }

    @Test
    void laterKeysSeeTheValuesOfEarlierOnesAndNestedPathsAreMade() {
        FieldRules r = rules("""
                  - {key: hubble, value: {enabled: false}, since: "1.19", when: "absent:hubble", rule: x.h, reason: r}
                  - {key: hubble.enabled, value: true, since: "1.19", when: "has:hubble", rule: x.he, reason: r}
                  - {key: relay, value: on, since: "1.19", when: "hubble.enabled=false", rule: x.r, reason: r}
                  - {key: old, value: yes, since: "1.19", when: "kubernetesVersion<1.12", rule: x.o, reason: r}
                  - {key: cni, value: hostscope, since: "1.19", when: "version<1.8", rule: x.c, reason: r}
                  - {key: cni2, value: kubernetes, since: "1.19", when: "version>=1.8", rule: x.c2, reason: r}
                """);
        Map<String, Object> none = run(r, Map.of("version", "v1.7.9"), AWS_V4, "1.30.0");
        assertThat(none).containsEntry("hubble", Map.of("enabled", false)).containsEntry("relay", "on")
                .containsEntry("cni", "hostscope").doesNotContainKeys("old", "cni2");
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("hubble", new LinkedHashMap<>(Map.of("metrics", List.of("dns"))));
        block.put("version", "1.10.3");
        Map<String, Object> some = run(r, block, cluster("1.11.5", Cloud.AWS, "100.64.0.0/10"), "1.30.0");
        assertThat(some.get("hubble")).isEqualTo(Map.of("metrics", List.of("dns"), "enabled", true));
        assertThat(some).doesNotContainKeys("relay", "cni").containsEntry("old", "yes").containsEntry("cni2", "kubernetes");
        // a value that is no version satisfies neither comparison
        assertThat(run(r, Map.of("version", "latest"), AWS_V4, "1.30.0")).doesNotContainKeys("cni", "cni2");
    }

    private static Map<String, Object> run(FieldRules r, Map<String, Object> start, Cluster c, String release) {
        Map<String, Object> tree = new LinkedHashMap<>(start);
        apply(r, tree, c, release);
        return tree;
    }

    @Test
    void aMapValueIsCopiedForEachTree() {
        FieldRules r = rules("""
                  - {key: gw, value: {enabled: false}, since: "1.19", rule: x.g, reason: r}
                """);
        Map<String, Object> a = run(r, Map.of(), AWS_V4, "1.30.0");
        @SuppressWarnings("unchecked")
        Map<String, Object> gw = (Map<String, Object>) a.get("gw");
        gw.put("enabled", true);
        assertThat(run(r, Map.of(), AWS_V4, "1.30.0")).containsEntry("gw", Map.of("enabled", false));
    }

    private static final Pattern MAJOR_MINOR = Pattern.compile("v?(\\d+)\\.(\\d+).*");

    @Test
    void majorMinorReadsAsThePatternDoes() {
        Random random = new Random(20261204L);
        String alphabet = "v0123456789..x- \n\r\u0085\u2028\u2029\t\u0660";
        List<String> texts = new ArrayList<>(List.of("v1.8.6", "1.10", " 1.9 ", "v1.", "1.x", "v.1", "vv1.2", "1.2\n", "1.2\nx",
                "1.2 x", "\u0661.2", "99999999999.1", "1.99999999999"));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(8);
            for (int j = 0; j < n; j++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            texts.add(b.toString());
        }
        for (String t : texts) {
            Object expected;
            try {
                Matcher m = MAJOR_MINOR.matcher(t.trim());
                expected = m.matches() ? List.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
            } catch (NumberFormatException e) {
                expected = e.getMessage();
            }
            Object actual;
            try {
                int[] mm = FieldRules.majorMinor(t);
                actual = mm == null ? null : List.of(mm[0], mm[1]);
            } catch (NumberFormatException e) {
                actual = e.getMessage();
            }
            assertThat(actual).as("\"%s\"", t).isEqualTo(expected);
        }
    }
}
