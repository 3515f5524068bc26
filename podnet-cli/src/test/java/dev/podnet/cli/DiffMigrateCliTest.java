package dev.podnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** {@code podnet diff} and {@code podnet migrate}: output, JSON and exit codes. */
class DiffMigrateCliTest {
    static final String CILIUM = CliTest.CALICO.replace("calico: {}", "cilium: {}").replace("kubernetesVersion: 1.30.2",
            "kubernetesVersion: 1.28.0");

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String text) {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
    }

    @Test
    void diffShowsImageBumpsFirstAndTheRoll() {
        CliTest.Run r = CliTest.withStdin(CILIUM, "diff", "--from", "1.28", "--to", "1.30", "-");
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).startsWith("kops 1.28.0 → 1.30.0, cluster calico.example.com\n")
                .contains("Nodes: kops rolls all nodes")
                .contains("DaemonSet kube-system/cilium, container cilium-agent: quay.io/cilium/cilium:v1.13.5 → quay.io/cilium/cilium:v1.15.6")
                .contains("spec.networking.cilium.version: v1.13.5 → v1.15.6");
        assertThat(r.out().indexOf("Image bumps:")).isLessThan(r.out().indexOf("Objects:"));
    }

    @Test
    void diffAsJsonReadsBack() {
        CliTest.Run r = CliTest.withStdin(CILIUM, "diff", "--from", "1.28", "--to", "1.30", "-o", "json", "-");
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        Map<String, Object> d = json(r.out());
        assertThat(d.get("to")).isEqualTo("1.30.0");
        assertThat((List<?>) d.get("imageBumps")).isNotEmpty();
        assertThat(((Map<?, ?>) d.get("roll")).get("required")).isEqualTo(true);
    }

    @Test
    void diffOfARelaseWithItselfSaysNoChanges() {
        CliTest.Run r = CliTest.withStdin(CILIUM, "diff", "--from", "1.30", "--to", "1.30", "-");
        assertThat(r.out()).endsWith("No changes.\n");
    }

    @Test
    void diffUsageErrors() {
        assertThat(CliTest.withStdin(CILIUM, "diff", "--from", "banana", "--to", "1.30", "-").code()).isEqualTo(2);
        assertThat(CliTest.withStdin(CILIUM, "diff", "--to", "1.30", "-").code()).isEqualTo(2);
        assertThat(CliTest.withStdin(CILIUM, "diff", "--from", "1.29", "--to", "1.30", "-o", "xml", "-").code()).isEqualTo(2);
    }

    @Test
    void migratePrintsStepsDeletionsAndTheNewSpec() {
        CliTest.Run r = CliTest.withStdin(CliTest.CALICO, "migrate", "--kops-version", "1.30", "--to", "cilium", "-");
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("from calico to cilium at kops 1.30")
                .contains("kubectl delete daemonset.apps -n kube-system calico-node --ignore-not-found")
                .contains("kops rolling-update cluster --name calico.example.com --cloudonly --force --yes")
                .contains("    cilium: {}");
        assertThat(r.out().indexOf("daemonset.apps -n kube-system calico-node"))
                .isLessThan(r.out().indexOf("kops rolling-update"));
    }

    @Test
    void migrateAsJsonCarriesSpecAndManifest() {
        CliTest.Run r = CliTest.withStdin(CliTest.CALICO, "migrate", "--kops-version", "1.30", "--to", "cilium", "-o", "json", "-");
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        Map<String, Object> p = json(r.out());
        assertThat(p.get("from")).isEqualTo("calico");
        assertThat((String) p.get("spec")).contains("cilium: {}");
        assertThat((List<?>) p.get("manifests")).singleElement()
                .satisfies(m -> assertThat((String) ((Map<?, ?>) m).get("yaml")).contains("kind: DaemonSet"));
    }

    @Test
    void migrateToAProviderTheReleaseDoesNotOfferIsRefused() {
        CliTest.Run r = CliTest.withStdin(CliTest.CALICO, "migrate", "--kops-version", "1.30", "--to", "kindnet", "-");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("migration refused: kindnet is not available at kops 1.30.0");
        assertThat(CliTest.withStdin(CliTest.CALICO, "migrate", "--to", "banana", "-").code()).isEqualTo(2);
    }
}
