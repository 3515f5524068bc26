package dev.podnet.insight.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.Podnet;
import dev.podnet.api.ProviderStatus;
import dev.podnet.api.Cluster;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.corpus.OracleSpec;
import dev.podnet.insight.Specs;
import dev.podnet.insight.internal.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * What a migration plan says kops does, checked against kops itself: {@code kops-channel-facts.tsv}
 * holds, for the same AWS cluster with each provider (kube-proxy enabled and disabled) at every
 * kops-oracle release, kops' verdict and the networking entries of its bootstrap channel (addon
 * names, needsRollingUpdate, prune label selectors). It was written by
 * {@code scripts/oracle/migration-facts}, which runs {@code kops-oracle RELEASE cluster.yaml OUTDIR}
 * on each spec. Two rows of one release are the channel before and after a switch.
 */
class MigrationChannelFactsTest {
    private static final Set<ProviderStatus> OFFERED = Set.of(ProviderStatus.SUPPORTED, ProviderStatus.DEPRECATED);

    /** One row of the table. */
    record Row(String release, String provider, boolean kubeProxy, Optional<String> rejection, List<String> addons,
            Map<String, Optional<String>> needsRollingUpdate, List<String> pruneSelectors, boolean policyRbac) {
        static Row parse(String line) {
            String[] f = line.split("\t", -1);
            Map<String, Optional<String>> rolls = new LinkedHashMap<>();
            list(f[5], ",").forEach(e -> rolls.put(e.substring(0, e.indexOf('=')),
                    Optional.of(e.substring(e.indexOf('=') + 1)).filter(v -> !v.equals("-"))));
            return new Row(f[0], f[1], f[2].equals("on"), f[3].equals("accept") ? Optional.empty()
                    : Optional.of(f[3].substring("reject: ".length())), list(f[4], ","), rolls, list(f[6], ";"), f[7].equals("yes"));
        }

        private static List<String> list(String v, String separator) {
            return v.equals("-") ? List.of() : Arrays.asList(v.split(separator));
        }

        /** Whether kops' entry of one of these templates says needsRollingUpdate: all. */
        boolean rollsAll(List<RenderedAddon> applied) {
            return applied.stream().anyMatch(a -> needsRollingUpdate.getOrDefault(a.templateId(), Optional.empty())
                    .equals(Optional.of("all")));
        }

        /** The facade of the row's release (kops-oracle's v1.33.1 is podnet's 1.33.1). */
        Podnet podnet() {
            return Podnet.forRelease(release.substring(1));
        }

        /** The row's Kubernetes version, as the script chose it: the release's minor line, .0. */
        String kubernetes() {
            return release.substring(1, release.lastIndexOf('.')) + ".0";
        }

        /** The cluster the script gave kops for this row's release and kube-proxy, with {@code kind}. */
        Cluster cluster(ProviderKind kind) {
            return ClusterYaml.read(OracleSpec.aws().kubernetesVersion(kubernetes()).networking(kind.key() + ": {}")
                    .block("kubeProxy", "enabled: " + kubeProxy).yaml());
        }
    }

    static List<Row> rows() throws IOException {
        try (InputStream in = MigrationChannelFactsTest.class.getResourceAsStream("kops-channel-facts.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(Row::parse).toList();
        }
    }

    /** The rows of kube-proxy enabled that kops accepts and podnet offers, by release and provider. */
    private static Map<String, Map<ProviderKind, Row>> offered(List<Row> rows) {
        Map<String, Map<ProviderKind, Row>> out = new LinkedHashMap<>();
        for (Row r : rows) {
            if (!r.kubeProxy() || r.rejection().isPresent()) continue;
            ProviderKind kind = ProviderKind.byKey(r.provider()).orElseThrow();
            Podnet p = r.podnet();
            if (p.providers().stream().noneMatch(i -> i.kind() == kind && OFFERED.contains(i.status()))) continue;
            out.computeIfAbsent(r.release(), k -> new LinkedHashMap<>()).put(kind, r);
        }
        return out;
    }

    @Test
    void theTableCoversEveryOracleRelease() throws IOException {
        List<Row> rows = rows();
        assertThat(rows.stream().map(Row::release).distinct()).containsExactly("v1.19.0", "v1.20.0", "v1.21.0", "v1.22.0",
                "v1.24.0", "v1.28.0", "v1.30.0", "v1.33.1", "v1.36.0");
        assertThat(offered(rows).values().stream().mapToInt(Map::size).sum()).isGreaterThan(50);
    }

    /** podnet's channel entries for the same cluster name the same addons with the same needsRollingUpdate as kops'. */
    @Test
    void podnetsChannelIsKopsChannel() throws IOException {
        SoftAssertions soft = new SoftAssertions();
        offered(rows()).forEach((release, byKind) -> byKind.forEach((kind, row) -> {
            List<RenderedAddon> addons = row.podnet().render(row.cluster(kind)).addons();
            soft.assertThat(addons.stream().map(RenderedAddon::addonKey).distinct().sorted().toList()).as(release + " " + kind.key())
                    .isEqualTo(row.addons());
            Map<String, Optional<String>> rolls = new LinkedHashMap<>();
            addons.forEach(a -> rolls.put(a.templateId(), a.channelEntry().needsRollingUpdate()));
            soft.assertThat(rolls).as(release + " " + kind.key() + " needsRollingUpdate by entry").isEqualTo(row.needsRollingUpdate());
        }));
        soft.assertAll();
    }

    /**
     * The verified facts behind "nothing in that channel names the old addon or prunes objects of
     * another addon": after a switch the channel lists no addon of the old provider, and every prune
     * entry selects only objects labelled with its own addon's name.
     */
    @Test
    void theNewChannelNeitherListsNorPrunesTheOldAddon() throws IOException {
        int pairs = 0;
        for (Map<ProviderKind, Row> byKind : offered(rows()).values()) {
            for (Row before : byKind.values()) {
                for (Row after : byKind.values()) {
                    if (before == after || before.addons().isEmpty()) continue;
                    assertThat(after.addons()).as(after.release() + " " + before.provider() + " → " + after.provider())
                            .doesNotContainAnyElementsOf(before.addons());
                    pairs++;
                }
            }
            for (Row r : byKind.values()) {
                Set<String> own = r.addons().stream().map(a -> "addon.kops.k8s.io/name=" + a + ",app.kubernetes.io/managed-by=kops")
                        .collect(Collectors.toSet());
                assertThat(r.pruneSelectors()).as(r.release() + " " + r.provider()).allSatisfy(s -> assertThat(own).contains(s));
            }
        }
        assertThat(pairs).isGreaterThan(150);
        assertThat(rows().stream().filter(r -> !r.pruneSelectors().isEmpty())).as("kops prunes at some releases").isNotEmpty();
    }

    /**
     * Whether a provider's agent may read NetworkPolicy objects (the policy risk of a plan) is what
     * kops' manifests grant, at every release, provider and kube-proxy setting kops accepts.
     */
    @Test
    void policyAccessIsWhatKopsManifestsGrant() throws IOException {
        int checked = 0;
        for (Row r : rows()) {
            if (r.rejection().isPresent()) continue;
            ProviderKind kind = ProviderKind.byKey(r.provider()).orElseThrow();
            Podnet p = r.podnet();
            if (p.providers().stream().noneMatch(i -> i.kind() == kind && OFFERED.contains(i.status()))) continue;
            Snapshot s = Snapshot.of(p, r.cluster(kind));
            if (s.refusal().isPresent()) continue; // podnet refuses what kops accepts: not this test's subject
            assertThat(Risks.readsPolicies(kind, s)).as(r.release() + " " + r.provider() + " " + r.kubeProxy()).contains(r.policyRbac());
            checked++;
        }
        assertThat(checked).isGreaterThan(80);
        assertThat(rows()).anyMatch(Row::policyRbac).anyMatch(r -> !r.policyRbac() && !r.addons().isEmpty());
    }

    /** Each plan's apply and roll steps say what the two rows show, at every pair of offered providers. */
    @Test
    void planStepsSayWhatTheChannelShows() throws IOException {
        int plans = 0;
        for (Map<ProviderKind, Row> byKind : offered(rows()).values()) {
            for (Row before : byKind.values()) {
                for (Row after : byKind.values()) {
                    if (before == after) continue;
                    ProviderKind from = ProviderKind.byKey(before.provider()).orElseThrow();
                    ProviderKind to = ProviderKind.byKey(after.provider()).orElseThrow();
                    MigrationPlan plan = Migration.plan(before.cluster(from), to, before.podnet());
                    if (plan.isRefused()) continue;
                    String pair = before.release() + " " + from.key() + " → " + to.key();
                    String apply = plan.steps().get(1).description();
                    if (!after.addons().isEmpty()) {
                        assertThat(apply).as(pair).contains("lists only " + String.join(", ", after.addons()));
                    }
                    for (String old : before.addons()) assertThat(apply).as(pair).contains(old);
                    String roll = plan.steps().stream().filter(s -> s.kind() == StepKind.ROLL_NODES).findFirst().orElseThrow().description();
                    assertThat(roll.contains("needsRollingUpdate: all")).as(pair + ": " + roll)
                            .isEqualTo(after.rollsAll(plan.addons()));
                    assertThat(roll).as(pair).contains("podnet's advice");
                    assertThat(plan.risks()).as(pair).filteredOn(k -> k.description().contains("NetworkPolicy objects"))
                            .hasSize(before.policyRbac() == after.policyRbac() ? 0 : 1);
                    plans++;
                }
            }
        }
        assertThat(plans).isGreaterThan(150);
    }

    /**
     * kops refuses kube-router with kube-proxy enabled and accepts every other provider with it
     * disabled: the first is what the plan applies as kops' rule, the second is only podnet's advice.
     */
    @Test
    void kubeProxyRulesAreKopsOrMarkedAsAdvice() throws IOException {
        List<Row> rows = rows();
        Set<ProviderKind> refusedWithProxy = new TreeSet<>();
        for (Row r : rows) {
            ProviderKind kind = ProviderKind.byKey(r.provider()).orElseThrow();
            if (r.kubeProxy() && r.rejection().filter(m -> m.contains("requires kubeProxy to be disabled")).isPresent()) {
                refusedWithProxy.add(kind);
            }
            if (!r.kubeProxy()) {
                assertThat(r.rejection().orElse("")).as(r.release() + " " + r.provider() + " without kube-proxy")
                        .doesNotContain("kubeProxy");
            }
        }
        assertThat(refusedWithProxy).isEqualTo(NewSpec.REQUIRES_NO_KUBE_PROXY);
        assertThat(rows).filteredOn(r -> !r.kubeProxy() && r.rejection().isEmpty() && !r.addons().isEmpty()).hasSizeGreaterThan(40);
        MigrationPlan p = Migration.plan(dev.podnet.api.yaml.ClusterYaml.read(dev.podnet.api.yaml.ClusterYaml.write(
                Specs.aws("1.30.0", "cilium: {}")).replace("spec:\n", "spec:\n  kubeProxy:\n    enabled: false\n")),
                ProviderKind.CALICO, Podnet.forRelease("1.30"));
        assertThat(p.edits()).filteredOn(e -> e.path().equals("spec.kubeProxy.enabled")).singleElement()
                .satisfies(e -> assertThat(e.reason()).startsWith("podnet's advice:").contains("kops would accept it disabled"));
    }
}
