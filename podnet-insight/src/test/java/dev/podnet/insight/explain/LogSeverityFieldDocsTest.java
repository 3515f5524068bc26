package dev.podnet.insight.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.Podnet;
import dev.podnet.api.render.ContainerView;
import dev.podnet.api.render.RenderResult;
import dev.podnet.insight.Specs;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Calico and Canal log-level entries name the env the render sets from the field (kops-oracle at
 * v1.33.1: canal's {@code logSeveritySys: WARNING} renders {@code FELIX_LOGSEVERITYSCREEN: WARNING};
 * calico's {@code logSeverityScreen} and {@code bpfLogLevel} render {@code FELIX_LOGSEVERITYSCREEN}
 * and {@code FELIX_BPFLOGLEVEL}).
 */
class LogSeverityFieldDocsTest {
    private static final FieldDocs DOCS = FieldDocs.load();

    @ParameterizedTest
    @CsvSource({
            "canal,  logSeveritySys,    WARNING, 1.27.8, '',                FELIX_LOGSEVERITYSCREEN",
            "calico, logSeverityScreen, warning, 1.30.2, '',                FELIX_LOGSEVERITYSCREEN",
            "calico, bpfLogLevel,       Debug,   1.30.2, 'bpfEnabled: true', FELIX_BPFLOGLEVEL"})
    void theDocumentedEnvHoldsTheFieldsValue(String provider, String field, String value, String kubernetes, String extra,
            String env) {
        FieldDoc doc = DOCS.find("spec.networking." + provider + "." + field).orElseThrow();
        assertThat(doc.manifest()).containsExactly("env " + env);
        assertThat(doc.meaning()).startsWith("env " + env);

        String fields = extra.isEmpty() ? field + ": " + value : extra + ", " + field + ": " + value;
        RenderResult out = Podnet.forRelease("1.33.1").render(Specs.aws(kubernetes, provider + ": {" + fields + "}"));
        assertThat(calicoNodeEnv(out, env)).contains(value);
    }

    /** The env of the calico-node container (in Canal's {@code canal} DaemonSet too). */
    private static Optional<String> calicoNodeEnv(RenderResult out, String env) {
        List<ContainerView> felix = out.addons().stream().flatMap(a -> a.manifest().ofKind("DaemonSet").stream())
                .flatMap(o -> o.container("calico-node").stream()).toList();
        assertThat(felix).hasSize(1);
        return felix.get(0).env(env);
    }
}
