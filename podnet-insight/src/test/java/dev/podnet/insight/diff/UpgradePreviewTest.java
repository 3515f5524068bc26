package dev.podnet.insight.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.Podnet;
import dev.podnet.api.Cluster;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.insight.Releases;
import dev.podnet.insight.Specs;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class UpgradePreviewTest {
    private static final List<Podnet> RELEASES = Releases.all();

    /**
     * Where the release facts change Cilium's default version, the diff shows the default change
     * and the agent's image bump with the same versions; where they do not, neither.
     */
    @Test
    void ciliumVersionDefaultAndImageFollowTheReleaseFacts() {
        int changes = 0;
        int pairs = 0;
        for (int i = 0; i + 1 < RELEASES.size(); i++) {
            Podnet from = RELEASES.get(i);
            Podnet to = RELEASES.get(i + 1);
            Cluster c = Specs.aws(Releases.newestKubernetes(from), "cilium: {}");
            if (!to.kubernetesVersions().contains(c.kubernetes().orElseThrow())) continue;
            Optional<String> before = from.complete(c).cluster().networking().provider(CiliumSpec.class).flatMap(CiliumSpec::version);
            Optional<String> after = to.complete(c).cluster().networking().provider(CiliumSpec.class).flatMap(CiliumSpec::version);
            UpgradeDiff d = UpgradePreview.of(c, from, to);
            if (!d.notes().isEmpty()) continue;
            pairs++;
            Optional<DefaultChange> version = d.defaults().stream()
                    .filter(x -> x.path().equals("spec.networking.cilium.version")).findFirst();
            Optional<ImageBump> agent = d.imageBumps().stream().filter(b -> b.container().equals("cilium-agent")).findFirst();
            if (before.equals(after)) {
                assertThat(version).as("%s → %s", from.release(), to.release()).isEmpty();
                assertThat(agent).as("%s → %s", from.release(), to.release()).isEmpty();
            } else {
                changes++;
                assertThat(version).as("%s → %s", from.release(), to.release()).isPresent();
                assertThat(version.get().before()).isEqualTo(before);
                assertThat(version.get().after()).isEqualTo(after);
                assertThat(agent).as("%s → %s:\n%s", from.release(), to.release(), d.toText()).isPresent();
                assertThat(agent.get().before()).endsWith(":" + before.get());
                assertThat(agent.get().after()).endsWith(":" + after.get());
                // Cilium's addon carries needsRollingUpdate: all from kops 1.20 on
                if (from.release().isAtLeast(1, 20)) assertThat(d.roll().nodes()).contains("all");
            }
        }
        assertThat(pairs).isGreaterThan(10);
        assertThat(changes).isGreaterThan(3);
    }

    @Test
    void sameReleaseIsAnEmptyDiff() {
        Podnet p = Podnet.forRelease("1.30");
        UpgradeDiff d = UpgradePreview.of(Specs.aws("1.30.0", "calico: {}"), p, Podnet.forRelease("1.30"));
        assertThat(d.isEmpty()).isTrue();
        assertThat(d.roll().required()).isFalse();
        assertThat(d.toText()).contains("No changes.");
    }

    @Test
    void aSpecOneReleaseRefusesIsNotedAndItsObjectsCountAsRemoved() {
        // Weave is removed at kops 1.28 (release facts): 1.27 renders it, 1.28 refuses the spec.
        Cluster c = Specs.aws("1.22.0", "weave: {}");
        UpgradeDiff d = UpgradePreview.of(c, Podnet.forRelease("1.27"), Podnet.forRelease("1.28"));
        assertThat(d.notes()).singleElement().asString().startsWith("kops 1.28.0 renders nothing");
        assertThat(d.findingsAppeared()).anyMatch(f -> f.isError() && f.path().startsWith("spec.networking"));
        assertThat(d.objects()).isNotEmpty().allMatch(o -> o.change() == ChangeType.REMOVED);
        assertThat(d.objects()).anyMatch(o -> o.kind().equals("DaemonSet") && o.name().equals("weave-net"));
    }

    @Test
    void jsonIsReadBackUnchangedWhateverTheText() {
        String hostile = "a\"b\\c\nd\te\u0001f\u2028g\u2029h — ü 😀 'x': [y] {z} #w &v *u";
        Cluster c = Specs.aws("1.30.0", "calico: {}");
        UpgradeDiff d = UpgradeDiff.builder().from(Podnet.forRelease("1.29").release()).to(Podnet.forRelease("1.30").release())
                .cluster(c.name()).roll(NodeRoll.builder().required(false).build())
                .addNotes(hostile).addNodeConfig(FieldChange.of("files[\"/etc/x\"]", null, hostile)).build();
        @SuppressWarnings("unchecked")
        Map<String, Object> back = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(d.toJson());
        assertThat(back.get("notes")).isEqualTo(List.of(hostile));
        @SuppressWarnings("unchecked")
        Map<String, Object> node = (Map<String, Object>) ((List<?>) back.get("nodeConfig")).get(0);
        assertThat(node.get("after")).isEqualTo(hostile);
        assertThat(node.get("before")).isNull();
        assertThat(d.toJson()).doesNotContain("\u2028").contains("\\u2028");
        assertThat(d.toText()).doesNotContain("\n" + "d\te").doesNotContain("\u2028"); // a multi-line value stays on one line
    }
}
