package dev.podnet.providers.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.podnet.Completion;
import dev.podnet.Podnet;
import dev.podnet.api.Cluster;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.corpus.OracleSpec;

/**
 * A spec whose {@code spec.networking} names no provider kops knows ({@code {frob: {}}}: kops' decoder drops the
 * key; or {@code {}}), judged by kops itself at every kops-oracle release ({@code oracle/no-provider.tsv}, written
 * by {@code scripts/oracle/no-provider}): up to 1.25 kops completes it with kubenet, from 1.28 it accepts it with
 * no provider (kube-controller-manager without cloud routes). podnet warns about the unknown key either way.
 */
class NoProviderOracleTest {
    record Row(String release, String spec, String verdict, String providers, String routes, String allocate) {
        @Override
        public String toString() { return release + " " + spec; }
    }

    static Stream<Row> rows() throws IOException {
        try (InputStream in = NoProviderOracleTest.class.getResourceAsStream("/oracle/no-provider.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
                    .map(l -> Arrays.copyOf(l.split("\t", -1), 6)).map(f -> new Row(f[0], f[1], f[2], f[3], f[4], f[5]))
                    .toList().stream();
        }
    }

    @Test
    void everyOracleReleaseIsJudged() throws IOException {
        assertThat(rows().map(Row::release).distinct()).hasSize(9);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void podnetJudgesAsKops(Row row) {
        Cluster spec = ClusterYaml.read(spec(row.spec().equals("frob") ? "{frob: {}}" : "{}", row.release()));
        Podnet podnet = Podnet.forRelease(row.release().substring(1));
        List<Diagnostic> input = podnet.validate(spec, ValidationMode.LENIENT).all();
        if (row.spec().equals("frob")) {
            assertThat(input).extracting(Diagnostic::path).containsExactly("spec.networking.frob");
            assertThat(input).noneMatch(Diagnostic::isError);
        } else {
            assertThat(input).isEmpty();
        }
        assertThat(row.verdict()).isEqualTo("accept"); // every release here accepts; a reject row needs its own check
        Completion done = podnet.complete(spec);
        assertThat(podnet.validate(done).errors()).isEmpty();
        Cluster c = done.cluster();
        assertThat(c.networking().providerKind().map(ProviderKind::key).orElse("")).isEqualTo(row.providers());
        assertThat(c.kubeControllerManager().flatMap(KubeControllerManager::configureCloudRoutes).map(String::valueOf).orElse(""))
                .isEqualTo(row.routes());
        assertThat(c.kubeControllerManager().flatMap(KubeControllerManager::allocateNodeCIDRs).map(String::valueOf).orElse(""))
                .isEqualTo(row.allocate());
    }

    /** The spec of scripts/oracle/no-provider: the scaffolding without nonMasqueradeCIDR, on the release's own Kubernetes minor. */
    private static String spec(String networking, String release) {
        String k8s = release.replaceAll("^v(1\\.[0-9]+)\\..*", "$1.0");
        return OracleSpec.aws().kubernetesVersion(k8s).inline("networking", networking).without("nonMasqueradeCIDR").yaml();
    }
}
