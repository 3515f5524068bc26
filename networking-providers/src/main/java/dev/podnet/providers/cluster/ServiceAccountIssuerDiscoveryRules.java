package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * kops' checks of {@code serviceAccountIssuerDiscovery} (validateServiceAccountIssuerDiscovery, run after the rest of the
 * cluster's validation), as kops-oracle 1.19-1.36 judge them. From 1.21 the {@code discoveryStore} must be a path kops'
 * VFS builds ("not a valid VFS path") and an S3 one ("S3 is the only supported VFS for discoveryStore"); from 1.24 its
 * path repeats the block's name ({@code spec.serviceAccountIssuerDiscovery.serviceAccountIssuerDiscovery.discoveryStore},
 * as kops prints it) and {@code enableAWSOIDCProvider: true} needs a store. Which stores build is a per-release fact of
 * kops' VFS (rows of {@code rule-gates.yaml}): a path without a scheme, {@code file://} and {@code k8s://} build at every release;
 * {@code gs://}, {@code azureblob://} and {@code swift://} build from 1.28 ({@code gs://} is accepted from 1.30);
 * {@code do://} builds up to 1.33, {@code scw://} at 1.28-1.33. A store that builds and needs a bucket lookup
 * ({@code s3://}, and {@code do://}, {@code scw://} there) is looked up in the cloud by kops, which podnet never calls:
 * accepted, except an S3 bucket named with dots from 1.28 ({@code s3://} without a bucket does not build). {@code memfs://} (kops' test store) is accepted.
 * At 1.36 a {@code discoveryService} (a block, null is none) excludes a store and needs a {@code url}.
 */
final class ServiceAccountIssuerDiscoveryRules {
    private static final Gate STORE = gate("cluster.discovery-store");
    private static final Gate DOUBLED_PATH = gate("cluster.discovery-store#doubled-path");
    private static final Gate BUCKET_DOTS = gate("cluster.discovery-store#bucket-dots");
    private static final Gate OBJECT_STORES_BUILD = gate("cluster.discovery-store#object-stores-build");
    private static final Gate GCS_ACCEPTED = gate("cluster.discovery-store#gcs-accepted");
    private static final Gate SPACES_BUILD = gate("cluster.discovery-store#spaces-build");
    private static final Gate SCALEWAY_BUILDS = gate("cluster.discovery-store#scaleway-builds");
    private static final Gate OIDC_STORE = gate("cluster.aws-oidc-provider-store");
    private static final Gate OIDC_STORE_REWORDED = gate("cluster.aws-oidc-provider-store#reworded");
    private static final Gate DISCOVERY_SERVICE = gate("cluster.discovery-service");
    private static final Gate EXTERNAL_PERMISSIONS = gate("cluster.service-account-external-permissions-oidc");
    private static final Gate PERMISSION_ENTRIES = gate("cluster.service-account-external-permissions-entries");

    /** How kops' VFS takes a store path. */
    private enum Store { INVALID, NOT_S3, LOOKED_UP, ACCEPTED }

    private ServiceAccountIssuerDiscoveryRules() {
    }

    static void check(RuleContext ctx, Findings out) {
        if (ctx.extraSpec("serviceAccountIssuerDiscovery").isEmpty()) return;
        String base = ctx.in(DOUBLED_PATH) ? "spec.serviceAccountIssuerDiscovery.serviceAccountIssuerDiscovery." : "spec.serviceAccountIssuerDiscovery.";
        String store = ctx.extraSpecString("serviceAccountIssuerDiscovery.discoveryStore").orElse("");
        boolean service = ctx.in(DISCOVERY_SERVICE) && ctx.extraSpec("serviceAccountIssuerDiscovery.discoveryService").isPresent();
        if (service && !store.isEmpty()) {
            // kops prints this one path once, unlike the checks after it (kops-oracle 1.36)
            out.add(DISCOVERY_SERVICE.tag(Finding.forbidden("spec.serviceAccountIssuerDiscovery.discoveryStore",
                    "Only one of discoveryStore or discoveryService may be specified"))
                    .hint("keep either serviceAccountIssuerDiscovery.discoveryStore or discoveryService"));
        }
        if (ctx.in(STORE) && !store.isEmpty()) discoveryStore(ctx, base + "discoveryStore", store, out);
        if (service && ctx.extraSpecString("serviceAccountIssuerDiscovery.discoveryService.url").orElse("").isEmpty()) {
            out.add(DISCOVERY_SERVICE.tag(Finding.required(base + "discoveryService.url", "discoveryService URL must be specified"))
                    .hint("set serviceAccountIssuerDiscovery.discoveryService.url"));
        }
        if (ctx.in(OIDC_STORE) && ctx.extraSpecTrue("serviceAccountIssuerDiscovery.enableAWSOIDCProvider") && store.isEmpty()
                && (!ctx.in(OIDC_STORE_REWORDED) || ctx.extraSpec("serviceAccountIssuerDiscovery.discoveryService").isEmpty())) {
            out.add(ctx.in(OIDC_STORE_REWORDED)
                    ? OIDC_STORE_REWORDED.tag(Finding.forbidden(base + "enableAWSOIDCProvider",
                            "AWS OIDC Provider requires a discoveryStore or discoveryService to be set"))
                            .hint("set serviceAccountIssuerDiscovery.discoveryStore (an s3:// path) or discoveryService")
                    : OIDC_STORE.tag(Finding.forbidden(base + "enableAWSOIDCProvider", "AWS OIDC Provider requires a discovery store"))
                            .hint("set serviceAccountIssuerDiscovery.discoveryStore to an s3:// path"));
        }
    }

    /**
     * {@code iam.serviceAccountExternalPermissions} (a non-empty list) need the AWS OIDC provider, at 1.21-1.26: kops checks
     * it with the cluster spec, after the addons (kops-oracle 1.20 accepts, 1.21, 1.22, 1.24 refuse, 1.28-1.36 accept).
     * Then each entry (validateSAExternalPermissions, from 1.21), keyed {@code [namespace/name]} as kops prints it.
     */
    static void externalPermissions(RuleContext ctx, Findings out) {
        if (!(ctx.extraSpec("iam.serviceAccountExternalPermissions").orElse(null) instanceof List<?> l) || l.isEmpty()) return;
        if (ctx.in(EXTERNAL_PERMISSIONS) && !ctx.extraSpecTrue("serviceAccountIssuerDiscovery.enableAWSOIDCProvider")) {
            out.add(EXTERNAL_PERMISSIONS.tag(Finding.forbidden("spec.iam.serviceAccountExternalPermissions",
                    "serviceAccountExternalPermissions requires AWS OIDC Provider to be enabled"))
                    .hint("set serviceAccountIssuerDiscovery.enableAWSOIDCProvider: true (with a discoveryStore)"));
        }
        if (ctx.in(PERMISSION_ENTRIES)) permissionEntries(l, out);
    }

    /**
     * kops' checks of each entry, in its order: namespace, name, a namespace/name given twice, then the {@code aws} block
     * (absent or null: required; neither or both of {@code policyARNs} and {@code inlinePolicy}). kops-oracle 1.21, 1.24,
     * 1.28, 1.36.
     */
    private static void permissionEntries(List<?> entries, Findings out) {
        Set<String> seen = new HashSet<>();
        for (Object entry : entries) {
            Map<?, ?> sa = entry instanceof Map<?, ?> m ? m : Map.of();
            String namespace = text(sa.get("namespace"));
            String name = text(sa.get("name"));
            String key = namespace + "/" + name;
            String p = "spec.iam.serviceAccountExternalPermissions[" + key + "]";
            if (namespace.isEmpty()) {
                out.add(PERMISSION_ENTRIES.tag(Finding.required(p + ".namespace", "namespace cannot be empty"))
                        .hint("set the service account's namespace"));
            }
            if (name.isEmpty()) {
                out.add(PERMISSION_ENTRIES.tag(Finding.required(p + ".name", "name cannot be empty")).hint("set the service account's name"));
            }
            if (!seen.add(key)) {
                out.add(PERMISSION_ENTRIES.tag(Finding.duplicate(p, key)).hint("list each service account once"));
            }
            if (!(sa.get("aws") instanceof Map<?, ?> aws)) {
                out.add(PERMISSION_ENTRIES.tag(Finding.required(p + ".aws", "AWS permissions must be set"))
                        .hint("set aws.policyARNs or aws.inlinePolicy"));
                continue;
            }
            boolean arns = aws.get("policyARNs") instanceof List<?> a && !a.isEmpty();
            boolean inline = !text(aws.get("inlinePolicy")).isEmpty();
            if (!arns && !inline) {
                out.add(PERMISSION_ENTRIES.tag(Finding.required(p + ".aws", "either inlinePolicy or policyARN must be set"))
                        .hint("set aws.policyARNs or aws.inlinePolicy"));
            }
            if (arns && inline) {
                out.add(PERMISSION_ENTRIES.tag(Finding.forbidden(p + ".aws", "cannot set both inlinePolicy and policyARN"))
                        .hint("keep either aws.policyARNs or aws.inlinePolicy"));
            }
        }
    }

    /** A decoded string field: absent and null read as kops' empty string. */
    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static void discoveryStore(RuleContext ctx, String path, String store, Findings out) {
        Store kind = kind(ctx, store);
        if (kind == Store.INVALID) {
            out.add(STORE.tag(Finding.invalid(path, store, "not a valid VFS path"))
                    .hint("set serviceAccountIssuerDiscovery.discoveryStore to an s3:// path"));
        } else if (kind == Store.NOT_S3) {
            out.add(STORE.tag(Finding.invalid(path, store, "S3 is the only supported VFS for discoveryStore"))
                    .hint("set serviceAccountIssuerDiscovery.discoveryStore to an s3:// path"));
        } else if (store.startsWith("s3://") && ctx.in(BUCKET_DOTS) && bucket(store).contains(".")) {
            // the bucket serves the issuer under a wildcard certificate, which a dotted name breaks
            out.add(BUCKET_DOTS.tag(Finding.invalid(path, store, "Bucket name cannot contain dots"))
                    .hint("use an S3 bucket whose name has no dots"));
        }
    }

    private static Store kind(RuleContext ctx, String store) {
        if (!store.contains("://") || store.startsWith("file://") || store.startsWith("k8s://")) return Store.NOT_S3;
        if (store.startsWith("memfs://")) return Store.ACCEPTED;
        if (store.startsWith("s3://")) return bucket(store).isEmpty() ? Store.INVALID : Store.LOOKED_UP;
        boolean objectStores = ctx.in(OBJECT_STORES_BUILD);
        if (store.startsWith("gs://")) return !objectStores ? Store.INVALID : ctx.in(GCS_ACCEPTED) ? Store.ACCEPTED : Store.NOT_S3;
        if (store.startsWith("azureblob://") || store.startsWith("swift://")) return objectStores ? Store.NOT_S3 : Store.INVALID;
        if (store.startsWith("do://")) return ctx.in(SPACES_BUILD) ? Store.LOOKED_UP : Store.INVALID;
        if (store.startsWith("scw://")) return ctx.in(SCALEWAY_BUILDS) ? Store.LOOKED_UP : Store.INVALID;
        return Store.INVALID;
    }

    /** The bucket of an {@code s3://bucket/key} path. */
    private static String bucket(String store) {
        String rest = store.substring("s3://".length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
