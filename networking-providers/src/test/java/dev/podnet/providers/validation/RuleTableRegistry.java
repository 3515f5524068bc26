package dev.podnet.providers.validation;

import dev.podnet.api.Cluster;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.version.KopsVersion;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The registry of every table-driven validation test: each row source by its test class. A row is
 * {@code (name, cluster, release, mode, expected findings)} and asserts the exact findings at its own
 * release, so a rule id produced by a row at that release is a rule id the tables pin.
 */
final class RuleTableRegistry {
    private RuleTableRegistry() {}

    /** Test class simple name → its row sources (a class may have several). */
    static Map<String, Supplier<Stream<Arguments>>> sources() {
        Map<String, Supplier<Stream<Arguments>>> m = new LinkedHashMap<>();
        m.put("CalicoRulesTest", CalicoRulesTest::rows);
        m.put("CiliumRulesTest", CiliumRulesTest::rows);
        m.put("ClusterRulesTest", ClusterRulesTest::rows);
        m.put("LifecycleRulesTest", () -> Stream.of(LifecycleRulesTest.canal(), LifecycleRulesTest.flannel(),
                LifecycleRulesTest.weaveRomanaLyft(), LifecycleRulesTest.others()).flatMap(s -> s));
        m.put("OneProviderRuleTest", OneProviderRuleTest::rows);
        m.put("TopologyRegionKubeletRulesTest", TopologyRegionKubeletRulesTest::rows);
        m.put("KubeletRulesTest", KubeletRulesTest::rows);
        m.put("AccessRulesTest", AccessRulesTest::rows);
        m.put("KubeApiServerRulesTest", KubeApiServerRulesTest::rows);
        m.put("AuditRulesTest", AuditRulesTest::rows);
        m.put("ClusterOracleRulesTest", ClusterOracleRulesTest::rows);
        m.put("AdditionalRouteRulesTest", AdditionalRouteRulesTest::rows);
        m.put("WholeSpecRulesTest", WholeSpecRulesTest::rows);
        m.put("WholeSpecAddonRulesTest", () -> Stream.of(WholeSpecAddonRulesTest.externalPolicies(),
                WholeSpecAddonRulesTest.containerRuntime(), WholeSpecAddonRulesTest.addons()).flatMap(s -> s));
        return m;
    }

    static Stream<Arguments> all() {
        return sources().values().stream().flatMap(Supplier::get);
    }

    /** Rule id → the test classes whose rows produce a finding with that rule id at the row's own release and mode. */
    static Map<String, Set<String>> rulesProduced() {
        Map<String, Set<String>> out = new TreeMap<>();
        sources().forEach((cls, rows) -> rows.get().forEach(a -> {
            Object[] r = a.get();
            Cluster c = (Cluster) r[1];
            for (Diagnostic d : ValidationFixtures.VALIDATOR.validate(c, KopsVersion.of((String) r[2]), (ValidationMode) r[3])) {
                d.rule().ifPresent(id -> out.computeIfAbsent(id, k -> new TreeSet<>()).add(cls));
            }
        }));
        return out;
    }
}
