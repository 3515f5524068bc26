package dev.podnet.providers.validation;

import static dev.podnet.providers.validation.OutsideNetworkingSpecs.map;
import static dev.podnet.providers.validation.OutsideNetworkingSpecs.with;
import static dev.podnet.providers.validation.ValidationFixtures.*;

import dev.podnet.api.Cluster;
import dev.podnet.api.ValidationMode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code serviceAccountIssuerDiscovery} (ServiceAccountIssuerDiscoveryRules), as kops-oracle judged the minimal AWS
 * Calico cluster at 1.19, 1.20, 1.21, 1.22, 1.24, 1.28, 1.30, 1.33.1 and 1.36 (204 runs): discovery stores of each
 * scheme ({@code s3://} with and without dots and without a bucket, {@code memfs://}, {@code gs://}, {@code file://},
 * {@code do://}, {@code swift://}, {@code azureblob://}, {@code scw://}, {@code k8s://}, {@code https://}, {@code S3://},
 * {@code bogus://}, a local and a relative path), {@code enableAWSOIDCProvider} true and false with and without a store.
 * A store kops looks up in the cloud ({@code s3://bucket}; {@code do://} up to 1.33, {@code scw://} at 1.28-1.33) fails
 * in kops-oracle's mock ("failed to get bucket details"): podnet makes no cloud calls and accepts it. With them,
 * {@code iam.serviceAccountExternalPermissions} with and without the OIDC provider (27 runs, and 3 with other findings
 * at 1.21, 1.22, 1.24), and their entries (an empty entry, an empty {@code aws} block, a namespace/name twice, both
 * policies, no name; {@code aws} null, empty policies) at 1.19, 1.20, 1.21, 1.24, 1.28 and 1.36 (10 runs);
 * {@code discoveryService} with and without a {@code url}, null, beside a store, at 1.33.1 and 1.36 (7 runs).
 */
class ServiceAccountIssuerDiscoveryRulesTest {
    static final String SINGLE = "spec.serviceAccountIssuerDiscovery.";
    static final String DOUBLED = "spec.serviceAccountIssuerDiscovery.serviceAccountIssuerDiscovery.";
    static final String NOT_S3 = "S3 is the only supported VFS for discoveryStore";
    static final String NOT_VFS = "not a valid VFS path";

    static Cluster store(String k8s, String store) {
        return with(k8s, "serviceAccountIssuerDiscovery", map("discoveryStore", store));
    }

    static Cluster oidc(String k8s, Object... more) {
        Object[] fields = new Object[more.length + 2];
        fields[0] = "enableAWSOIDCProvider";
        fields[1] = true;
        System.arraycopy(more, 0, fields, 2, more.length);
        return with(k8s, "serviceAccountIssuerDiscovery", map(fields));
    }

    static final String PERMISSIONS = "Forbidden::spec.iam.serviceAccountExternalPermissions::serviceAccountExternalPermissions requires AWS "
            + "OIDC Provider to be enabled";

    static Cluster permissions(String k8s, Object discovery) {
        return with(k8s, "iam", map("serviceAccountExternalPermissions", List.of(map("name", "sa", "namespace", "default",
                "aws", map("policyARNs", List.of("arn:aws:iam::123456789012:policy/p"))))), "serviceAccountIssuerDiscovery", discovery);
    }

    static final String ENTRY = "spec.iam.serviceAccountExternalPermissions[";
    static final Object NO_AWS = new Object();

    /** An entry of iam.serviceAccountExternalPermissions; {@code aws} NO_AWS leaves the key out, null writes it null. */
    static java.util.Map<String, Object> entry(String namespace, String name, Object aws) {
        java.util.Map<String, Object> e = map();
        if (name != null) e.put("name", name);
        if (namespace != null) e.put("namespace", namespace);
        if (aws != NO_AWS) e.put("aws", aws);
        return e;
    }

    /** Entries with the OIDC provider on and a store kops-oracle accepts, so that only the entries are judged. */
    static Cluster entries(String k8s, Object... entries) {
        return with(k8s, "iam", map("serviceAccountExternalPermissions", List.of(entries)), "serviceAccountIssuerDiscovery",
                map("enableAWSOIDCProvider", true, "discoveryStore", "memfs://discovery.example.com/x"));
    }

    /** kops-oracle's probe: an empty entry, an empty aws block, the same account with both policies, one without a name. */
    static Cluster mixedEntries(String k8s) {
        return entries(k8s, entry("", "", NO_AWS), entry("default", "sa", map()),
                entry("default", "sa", map("policyARNs", List.of("arn:aws:iam::1:policy/p"), "inlinePolicy", "x")),
                entry("ns", null, map("inlinePolicy", "x")));
    }

    static final List<String> MIXED = List.of(
            "Required value::" + ENTRY + "/].namespace::namespace cannot be empty",
            "Required value::" + ENTRY + "/].name::name cannot be empty",
            "Required value::" + ENTRY + "/].aws::AWS permissions must be set",
            "Required value::" + ENTRY + "default/sa].aws::either inlinePolicy or policyARN must be set",
            "Duplicate value::" + ENTRY + "default/sa]",
            "Forbidden::" + ENTRY + "default/sa].aws::cannot set both inlinePolicy and policyARN",
            "Required value::" + ENTRY + "ns/].name::name cannot be empty");

    static String invalid(String base, String store, String why) {
        return "Invalid value::" + base + "discoveryStore::" + why;
    }

    static final String NULL_AWS = "Required value::" + ENTRY + "default/sa].aws::AWS permissions must be set";
    static final String EMPTY_POLICIES = "Required value::" + ENTRY + "default/sb].aws::either inlinePolicy or policyARN must be set";

    /** kops-oracle's order probe: aws null, empty policies, the metrics server and webhook without cert manager, a local store. */
    static Cluster entryOrder(String k8s) {
        return with(k8s, "iam", map("serviceAccountExternalPermissions", List.of(entry("default", "sa", null),
                        entry("default", "sb", map("policyARNs", List.of(), "inlinePolicy", "")))),
                "serviceAccountIssuerDiscovery", map("discoveryStore", "/x"), "metricsServer", map("enabled", true),
                "podIdentityWebhook", map("enabled", true));
    }

    static final String ONLY_ONE = "Forbidden::" + SINGLE + "discoveryStore::Only one of discoveryStore or discoveryService may be specified";
    static final String SERVICE_URL = "Required value::" + DOUBLED + "discoveryService.url::discoveryService URL must be specified";

    static Stream<Arguments> rows() {
        return Stream.of(
                row("a local path, 1.20", store("1.20.15", "/local/path"), "1.20"),
                row("a local path, 1.21", store("1.21.14", "/local/path"), "1.21", invalid(SINGLE, "/local/path", NOT_S3)),
                row("a relative path, 1.24: the path repeats the block", store("1.24.17", "relative/path"), "1.24", invalid(DOUBLED, "relative/path", NOT_S3)),
                row("file://, 1.36", store("1.33.0", "file:///x/y"), "1.36", invalid(DOUBLED, "file:///x/y", NOT_S3)),
                row("k8s://, 1.22", store("1.22.17", "k8s://x"), "1.22", invalid(SINGLE, "k8s://x", NOT_S3)),
                row("https://, 1.28", store("1.28.15", "https://example.com/x"), "1.28", invalid(DOUBLED, "https://example.com/x", NOT_VFS)),
                row("bogus://, 1.36", store("1.33.0", "bogus://x"), "1.36", invalid(DOUBLED, "bogus://x", NOT_VFS)),
                row("S3:// (upper case), 1.30", store("1.30.2", "S3://bucket/x"), "1.30", invalid(DOUBLED, "S3://bucket/x", NOT_VFS)),
                row("s3:// without a bucket, 1.22", store("1.22.17", "s3://"), "1.22", invalid(SINGLE, "s3://", NOT_VFS)),
                row("memfs://, 1.36", store("1.33.0", "memfs://discovery.example.com/x"), "1.36"),
                row("s3://bucket, 1.36: looked up in the cloud", store("1.33.0", "s3://bucket/discovery"), "1.36"),
                row("s3://my.bucket, 1.24: looked up first", store("1.24.17", "s3://my.bucket/discovery"), "1.24"),
                row("s3://my.bucket, 1.28", store("1.28.15", "s3://my.bucket/discovery"), "1.28",
                        invalid(DOUBLED, "s3://my.bucket/discovery", "Bucket name cannot contain dots")),
                row("gs://, 1.24", store("1.24.17", "gs://bucket/x"), "1.24", invalid(DOUBLED, "gs://bucket/x", NOT_VFS)),
                row("gs://, 1.28", store("1.28.15", "gs://bucket/x"), "1.28", invalid(DOUBLED, "gs://bucket/x", NOT_S3)),
                row("gs://my.bucket, 1.30", store("1.30.2", "gs://my.bucket/x"), "1.30"),
                row("azureblob://, 1.21", store("1.21.14", "azureblob://bucket/x"), "1.21", invalid(SINGLE, "azureblob://bucket/x", NOT_VFS)),
                row("swift://, 1.33", store("1.30.2", "swift://bucket/x"), "1.33", invalid(DOUBLED, "swift://bucket/x", NOT_S3)),
                row("do://, 1.33: looked up in the cloud", store("1.30.2", "do://bucket/x"), "1.33"),
                row("do://, 1.36", store("1.33.0", "do://bucket/x"), "1.36", invalid(DOUBLED, "do://bucket/x", NOT_VFS)),
                row("scw://, 1.24", store("1.24.17", "scw://bucket/x"), "1.24", invalid(DOUBLED, "scw://bucket/x", NOT_VFS)),
                row("scw://, 1.28: looked up in the cloud", store("1.28.15", "scw://bucket/x"), "1.28"),
                row("scw://, 1.36", store("1.33.0", "scw://bucket/x"), "1.36", invalid(DOUBLED, "scw://bucket/x", NOT_VFS)),
                row("an empty block, 1.36", with("1.33.0", "serviceAccountIssuerDiscovery", map()), "1.36"),
                row("enableAWSOIDCProvider without a store, 1.22", oidc("1.22.17"), "1.22"),
                row("enableAWSOIDCProvider without a store, 1.24", oidc("1.24.17"), "1.24",
                        "Forbidden::" + DOUBLED + "enableAWSOIDCProvider::AWS OIDC Provider requires a discovery store"),
                row("enableAWSOIDCProvider without a store, 1.36", oidc("1.33.0"), "1.36",
                        "Forbidden::" + DOUBLED + "enableAWSOIDCProvider::AWS OIDC Provider requires a discoveryStore or discoveryService to be set"),
                row("enableAWSOIDCProvider false, 1.28", with("1.28.15", "serviceAccountIssuerDiscovery", map("enableAWSOIDCProvider", false)), "1.28"),
                row("enableAWSOIDCProvider with a local store, 1.33: the store only", oidc("1.30.2", "discoveryStore", "/local/path"), "1.33",
                        invalid(DOUBLED, "/local/path", NOT_S3)),
                row("external permissions without the OIDC provider, 1.20", permissions("1.20.15", map()), "1.20"),
                row("external permissions without the OIDC provider, 1.21", permissions("1.21.14", map()), "1.21", PERMISSIONS),
                row("external permissions without the OIDC provider, 1.24", permissions("1.24.17", map()), "1.24", PERMISSIONS),
                row("external permissions without the OIDC provider, 1.28", permissions("1.28.15", map()), "1.28"),
                row("external permissions with the OIDC provider, 1.22", permissions("1.22.17",
                        map("discoveryStore", "memfs://discovery.example.com/x", "enableAWSOIDCProvider", true)), "1.22"),
                row("external permissions, the OIDC provider without a store, 1.24", permissions("1.24.17", map("enableAWSOIDCProvider", true)),
                        "1.24", "Forbidden::" + DOUBLED + "enableAWSOIDCProvider"),
                row("external permissions after the addons, before the webhook and the store, 1.24: kops' order", permissions("1.24.17",
                        map("discoveryStore", "/x")).toBuilder().putExtraSpec("metricsServer", map("enabled", true))
                        .putExtraSpec("podIdentityWebhook", map("enabled", true)).build(), "1.24",
                        CertManagerRulesTest.METRICS, PERMISSIONS, "Forbidden::spec.podIdentityWebhook", invalid(DOUBLED, "/x", NOT_S3)),
                // each entry (kops-oracle 1.19 and 1.20 accept these, 1.21, 1.24, 1.28, 1.36 refuse with MIXED)
                row("external permission entries, 1.19: unchecked", mixedEntries("1.19.16"), "1.19"),
                row("external permission entries, 1.20: unchecked", mixedEntries("1.20.15"), "1.20"),
                row("external permission entries, 1.21", mixedEntries("1.21.14"), "1.21", MIXED.toArray(String[]::new)),
                row("external permission entries, 1.24", mixedEntries("1.24.17"), "1.24", MIXED.toArray(String[]::new)),
                row("external permission entries, 1.28", mixedEntries("1.28.15"), "1.28", MIXED.toArray(String[]::new)),
                row("external permission entries, 1.36", mixedEntries("1.30.2"), "1.36", MIXED.toArray(String[]::new)),
                row("a well-formed entry, 1.36", entries("1.30.2", entry("kube-system", "sa", map("inlinePolicy", "x"))), "1.36"),
                // after the OIDC provider's finding, before the webhook's and the store's (kops-oracle 1.21, 1.24, 1.28, 1.36)
                row("entries after the OIDC provider, 1.21: kops' order", entryOrder("1.21.14"), "1.21",
                        CertManagerRulesTest.METRICS, PERMISSIONS, NULL_AWS, EMPTY_POLICIES, invalid(SINGLE, "/x", NOT_S3)),
                row("entries after the OIDC provider, 1.24: kops' order", entryOrder("1.24.17"), "1.24",
                        CertManagerRulesTest.METRICS, PERMISSIONS, NULL_AWS, EMPTY_POLICIES, "Forbidden::spec.podIdentityWebhook",
                        invalid(DOUBLED, "/x", NOT_S3)),
                row("entries after the metrics server, 1.36: kops' order", entryOrder("1.30.2"), "1.36",
                        "Forbidden::spec.cloudProvider.aws.podIdentityWebhook", CertManagerRulesTest.METRICS, NULL_AWS, EMPTY_POLICIES,
                        invalid(DOUBLED, "/x", NOT_S3)),
                // discoveryService (kops-oracle 1.33.1 drops it unread, 1.36 judges it)
                row("a discoveryService without a url, 1.33: dropped", with("1.30.2", "serviceAccountIssuerDiscovery",
                        map("discoveryService", map())), "1.33"),
                row("a discoveryService without a url, 1.36", with("1.30.2", "serviceAccountIssuerDiscovery",
                        map("enableAWSOIDCProvider", true, "discoveryService", map("url", ""))), "1.36", SERVICE_URL),
                row("a discoveryService with a url, 1.36", with("1.30.2", "serviceAccountIssuerDiscovery",
                        map("discoveryService", map("url", "::bad"))), "1.36"),
                row("a null discoveryService, 1.36: none", with("1.30.2", "serviceAccountIssuerDiscovery",
                        map("discoveryService", null)), "1.36"),
                row("a discoveryService and a store, 1.36", with("1.30.2", "serviceAccountIssuerDiscovery",
                        map("discoveryStore", "memfs://a/b", "discoveryService", map("url", "https://x.example.com"))), "1.36", ONLY_ONE),
                row("a discoveryService without a url and a local store, 1.36: kops' order", with("1.30.2", "serviceAccountIssuerDiscovery",
                        map("discoveryStore", "/x", "enableAWSOIDCProvider", true, "discoveryService", map())), "1.36",
                        ONLY_ONE, invalid(DOUBLED, "/x", NOT_S3), SERVICE_URL),
                row("a discoveryService after the metrics server, 1.36: kops' order", with("1.30.2", "serviceAccountIssuerDiscovery",
                        map("discoveryStore", "memfs://a/b", "discoveryService", map()), "metricsServer", map("enabled", true)), "1.36",
                        CertManagerRulesTest.METRICS, ONLY_ONE, SERVICE_URL),
                // last, after the components and the addons (kops-oracle 1.28 and 1.36)
                row("after the controller manager and cert manager, 1.28: kops' order", store("1.28.15", "/x").toBuilder()
                        .putExtraSpec("certManager", map("enabled", true, "hostedZoneIDs", List.of("Z123")))
                        .putExtraSpec("karpenter", map("enabled", true)).build(), "1.28",
                        "Forbidden::spec.karpenter.enabled", CertManagerRulesTest.ZONES, invalid(DOUBLED, "/x", NOT_S3)));
    }

    @ParameterizedTest(name = "{0} @ {2}")
    @MethodSource("rows")
    void findings(String name, Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }
}
