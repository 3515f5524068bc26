package dev.podnet.providers.validation;

import static dev.podnet.providers.validation.ValidationFixtures.*;

import dev.podnet.api.Cluster;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.provider.CalicoSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules outside networking kops applies to the whole spec (WholeSpecRules): {@code iam.legacy: true} and
 * {@code assets.containerProxy} beside {@code containerRegistry}, refused by kops in the input's validation at
 * every kops-oracle release (1.19-1.36). Each row: kops' answer at that release.
 */
class WholeSpecRulesTest {
    private static final String LEGACY = "Forbidden::spec.iam.legacy::legacy IAM permissions are no longer supported";
    private static final String PROXY_AND_REGISTRY = "Forbidden::spec.assets.containerProxy::"
            + "containerProxy cannot be used in conjunction with containerRegistry";

    /** A cluster with {@code spec.<key>: value} and, unless {@code key} is {@code iam}, {@code iam: {}}. */
    static Cluster withSpec(String key, Map<String, Object> value) {
        return aws("1.21.1", CalicoSpec.builder().build()).putExtraSpec(key, value).build();
    }

    /** The same cluster with no iam block at all. */
    static Cluster withoutIam() {
        Cluster c = withSpec("iam", Map.of());
        Map<String, Object> spec = new HashMap<>(c.extraSpec());
        spec.remove("iam");
        return c.toBuilder().extraSpec(spec).build();
    }

    static Map<String, Object> nullable(String key, Object value, String other, Object otherValue) {
        Map<String, Object> m = new HashMap<>();
        m.put(key, value);
        m.put(other, otherValue);
        return m;
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                // cloudConfig.manageStorageClasses against openstack.blockStorage.createStorageClass (oracle/cloud-config-rules.tsv)
                lenient("storage classes disagree, 1.22", withSpec("cloudConfig", Map.of("manageStorageClasses", true,
                                "openstack", Map.of("blockStorage", Map.of("createStorageClass", false)))), "1.22",
                        "Forbidden::spec.cloudConfig.manageStorageClasses::Management of storage classes and OpenStack block storage classes are both specified but disagree"),
                lenient("storage classes agree, 1.22", withSpec("cloudConfig", Map.of("manageStorageClasses", false,
                                "openstack", Map.of("blockStorage", Map.of("createStorageClass", false)))), "1.22"),
                lenient("storage classes disagree on AWS, 1.24: not compared", withSpec("cloudConfig", Map.of("manageStorageClasses", true,
                                "openstack", Map.of("blockStorage", Map.of("createStorageClass", false)))), "1.24"),
                // GCE's blocks on AWS, refused when converted and alone (oracle/cloud-config-rules.tsv)
                lenient("gceServiceAccount on AWS, 1.28", withSpec("cloudConfig", Map.of("gceServiceAccount", "x")), "1.28",
                        "Forbidden::spec.cloudConfig.gceServiceAccount::GCE Service Account supports only GCE"),
                lenient("gcpPDCSIDriver on AWS beside iam.legacy, 1.36: alone", withSpec("cloudConfig", Map.of("gcpPDCSIDriver", Map.of()))
                                .toBuilder().putExtraSpec("iam", Map.of("legacy", true)).build(), "1.36",
                        "Forbidden::spec.cloudConfig.gcpPDCSIDriver::PD CSI driver supports only GCE"),
                lenient("gceServiceAccount empty on AWS, 1.36: unset", withSpec("cloudConfig", Map.of("gceServiceAccount", "")), "1.36"),
                lenient("gceServiceAccount on AWS, 1.24: accepted", withSpec("cloudConfig", Map.of("gceServiceAccount", "x")), "1.24"),
                lenient("iam.legacy true, 1.19", withSpec("iam", Map.of("legacy", true)), "1.19", LEGACY),
                lenient("iam.legacy true, 1.36", withSpec("iam", Map.of("legacy", true)), "1.36", LEGACY),
                row("iam.legacy true, strict, 1.24", withSpec("iam", Map.of("legacy", true)), "1.24", LEGACY),
                lenient("iam.legacy true, 1.18: accepted", withSpec("iam", Map.of("legacy", true)), "1.18"),
                lenient("iam.legacy true, 1.22: one finding", withSpec("iam", Map.of("legacy", true)), "1.22", LEGACY),
                lenient("no iam, 1.19: legacy", withoutIam(), "1.19", LEGACY),
                row("no iam, strict, 1.22: legacy", withoutIam(), "1.22", LEGACY),
                lenient("iam: null, 1.20: legacy", withSpec("iam", null), "1.20", LEGACY),
                lenient("no iam, 1.18: accepted", withoutIam(), "1.18"),
                lenient("no iam, 1.23: accepted", withoutIam(), "1.23"),
                lenient("no iam, 1.36: accepted", withoutIam(), "1.36"),
                lenient("iam: {}, 1.22", withSpec("iam", Map.of()), "1.22"),
                lenient("iam.legacy false, 1.22", withSpec("iam", Map.of("legacy", false)), "1.22"),
                lenient("iam without legacy, 1.22", withSpec("iam", Map.of("allowContainerRegistry", true)), "1.22"),
                lenient("containerProxy and containerRegistry, 1.19",
                        withSpec("assets", Map.of("containerProxy", "proxy.example.com", "containerRegistry", "registry.example.com")),
                        "1.19", PROXY_AND_REGISTRY),
                lenient("empty containerProxy and containerRegistry, 1.33: empty strings are set",
                        withSpec("assets", Map.of("containerProxy", "", "containerRegistry", "")), "1.33", PROXY_AND_REGISTRY),
                lenient("containerProxy and a null containerRegistry, 1.30: null is unset",
                        withSpec("assets", nullable("containerProxy", "proxy.example.com", "containerRegistry", null)), "1.30"),
                lenient("containerProxy only, 1.36", withSpec("assets", Map.of("containerProxy", "proxy.example.com")), "1.36"),
                lenient("containerRegistry only, 1.28", withSpec("assets", Map.of("containerRegistry", "registry.example.com")), "1.28"));
    }

    @ParameterizedTest(name = "{0} @ {2}")
    @MethodSource("rows")
    void findings(String name, Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }
}
