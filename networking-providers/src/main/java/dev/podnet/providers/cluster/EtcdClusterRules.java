package dev.podnet.providers.cluster;

import dev.podnet.api.EtcdCluster;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.ErrorType;
import dev.podnet.providers.internal.ClusterGates;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * kops' checks of {@code spec.etcdClusters} ({@code validateEtcdClusterSpec}, then {@code validateEtcdStorage}), each
 * cluster in turn: its name, provider, member count (odd, when members are given), storage version and each member's
 * name and instance group; then the storage version shared by all. Paths, types and texts as kops-oracle 1.19-1.36
 * print them ({@code oracle/etcd.tsv}). Then what kops refuses while it completes the spec: two members of one name,
 * a stated version etcd-manager does not run, and, on the completed spec, no etcd cluster or two of one name.
 */
final class EtcdClusterRules {
    private static final Gate NAME = ClusterGates.gate("cluster.etcd-cluster-name");
    private static final Gate NAME_LEASES = ClusterGates.gate("cluster.etcd-cluster-name#leases");
    private static final Gate NAME_REQUIRED = ClusterGates.gate("cluster.etcd-cluster-name#required");
    private static final Gate PROVIDER = ClusterGates.gate("cluster.etcd-provider");
    private static final Gate PROVIDER_LEGACY = ClusterGates.gate("cluster.etcd-provider#legacy");
    private static final Gate MEMBERS = ClusterGates.gate("cluster.etcd-members");
    private static final Gate MEMBERS_CONTROL_PLANE = ClusterGates.gate("cluster.etcd-members#control-plane");
    private static final Gate MEMBER = ClusterGates.gate("cluster.etcd-member");
    private static final Gate VERSION = ClusterGates.gate("cluster.etcd-version");
    private static final Gate VERSION_MAJOR_2 = ClusterGates.gate("cluster.etcd-version#major-2");
    private static final Gate SAME_VERSION = ClusterGates.gate("cluster.etcd-version-shared");
    private static final Gate BACKUP_STORE = ClusterGates.gate("cluster.etcd-backup-store");
    private static final Gate MEMBER_NAMES = ClusterGates.gate("cluster.etcd-member-names.build");
    private static final Gate MANAGER_VERSION = ClusterGates.gate("cluster.etcd-manager-version.build");
    private static final Gate MANAGER_VERSION_RECOMMENDED = ClusterGates.gate("cluster.etcd-manager-version.build#recommended");
    private static final ClusterFacts FACTS = ClusterFacts.SHIPPED;

    /** kops' etcd cluster names, in its message's order: {@code cilium} beside main and events, {@code leases} from 1.36. */
    private static final List<String> NAMES = List.of("cilium", "main", "events");
    private static final List<String> NAMES_LEASES = List.of("cilium", "main", "events", "leases");


    private EtcdClusterRules() {}

    static void check(RuleContext ctx, Findings out) {
        List<EtcdCluster> etcd = ctx.cluster().etcdClusters();
        // kops 1.24+ also require etcd clusters ("spec.etcdClusters: Required value"); podnet does not, as it does not
        // require their members: a spec written for its networking alone is checked without them (docs/release-boundaries.md)
        for (int i = 0; i < etcd.size(); i++) {
            cluster(ctx, etcd.get(i), "spec.etcdClusters[" + i + "]", out);
        }
        backupStores(ctx, etcd, out);
        sharedVersion(ctx, etcd, out);
        memberNames(etcd, out);
        managerVersion(ctx, etcd, out);
    }

    /**
     * Each etcd cluster's backup store is {@code configBase/backups/etcd/NAME} to kops' validation, which wants them
     * distinct: two clusters of one name are refused at the first cluster, whichever two they are (kops-oracle 1.19-1.36:
     * main, events, main and events, main, main alike; equal {@code backups.backupStore} values are accepted).
     */
    private static void backupStores(RuleContext ctx, List<EtcdCluster> etcd, Findings out) {
        Set<String> names = new HashSet<>();
        for (EtcdCluster c : etcd) {
            if (!names.add(c.name().orElse(""))) {
                out.add(BACKUP_STORE.tag(Finding.forbidden("spec.etcdClusters[0].backupStore",
                                "the backup store must be unique for each etcd cluster"))
                        .hint("give each etcd cluster its own name (main, events)"));
                return;
            }
        }
    }

    /** Two members of one etcd cluster with one name; kops names no field (kops-oracle 1.19-1.36). */
    private static void memberNames(List<EtcdCluster> etcd, Findings out) {
        for (int i = 0; i < etcd.size(); i++) {
            Set<String> seen = new HashSet<>();
            List<?> members = etcd.get(i).extraFields().get("etcdMembers") instanceof List<?> l ? l : List.of();
            for (int m = 0; m < members.size(); m++) {
                String name = members.get(m) instanceof Map<?, ?> member ? text(member, "name") : "";
                if (!seen.add(name)) {
                    out.add(MEMBER_NAMES.tag(internal("spec.etcdClusters[" + i + "].etcdMembers[" + m + "].name",
                                    "EtcdMembers found with same name " + GoText.quote(name) + " in etcd-cluster "
                                            + GoText.quote(etcd.get(i).name().orElse(""))))
                            .hint("give each member of an etcd cluster its own name, such as a, b, c"));
                    return;
                }
            }
        }
    }

    /**
     * A stated version etcd-manager does not run ({@code cluster.yaml etcdManagerVersions}) stops kops building the
     * complete spec, at the first such cluster. Up to 1.24 kops compares the version as written and lists the
     * supported ones; from 1.28 after one leading v, pointing to the recommended version instead. A Legacy cluster
     * (kops 1.19-1.22 below Kubernetes 1.18) runs no etcd-manager.
     */
    private static void managerVersion(RuleContext ctx, List<EtcdCluster> etcd, Findings out) {
        if (!ctx.in(MANAGER_VERSION)) return;
        List<String> supported = FACTS.etcdManagerVersions().at(ctx.release()).orElse(List.of());
        boolean recommended = ctx.in(MANAGER_VERSION_RECOMMENDED);
        for (int i = 0; i < etcd.size(); i++) {
            Map<String, Object> fields = etcd.get(i).extraFields();
            String version = text(fields, "version");
            if (version.isEmpty() || text(fields, "provider").equals("Legacy")) continue;
            String compared = recommended && version.startsWith("v") ? version.substring(1) : version;
            if (supported.contains(compared)) continue;
            String detail = "error building complete spec: etcd version " + GoText.quote(version)
                    + " is not supported with etcd-manager, please specify a supported version or remove the value to use "
                    + (recommended ? "the recommended version" : "the default version.  Supported versions: " + String.join(", ", supported));
            out.add((recommended ? MANAGER_VERSION_RECOMMENDED : MANAGER_VERSION)
                    .tag(internal("spec.etcdClusters[" + i + "].version", detail))
                    .hint("remove version to get kops' etcd version, or give one etcd-manager runs"));
            return;
        }
    }

    private static Diagnostic.Builder internal(String path, String detail) {
        return Diagnostic.builder().path(path).type(ErrorType.INTERNAL).detail(detail);
    }

    private static void cluster(RuleContext ctx, EtcdCluster c, String path, Findings out) {
        name(ctx, c.name().orElse(""), path, out);
        provider(ctx, c, path, out);
        List<?> members = c.extraFields().get("etcdMembers") instanceof List<?> l ? l : List.of();
        // kops also requires members ("No members defined in etcd cluster"); podnet does not: its own create, like
        // callers that build only what networking reads, writes etcd clusters by name alone (docs/release-boundaries.md)
        if (members.size() % 2 == 0 && !members.isEmpty()) {
            String detail = ctx.in(MEMBERS_CONTROL_PLANE)
                    ? "Should be an odd number of control-plane-zones for quorum. Use --zones and --control-plane-zones to declare node zones and control-plane zones separately"
                    : "Should be an odd number of master-zones for quorum. Use --zones and --master-zones to declare node zones and master zones separately";
            out.add((ctx.in(MEMBERS_CONTROL_PLANE) ? MEMBERS_CONTROL_PLANE : MEMBERS)
                    .tag(Finding.invalidNumber(path + ".etcdMembers", members.size(), detail))
                    .hint("give the etcd cluster an odd number of members (1, 3 or 5)"));
        }
        version(ctx, text(c.extraFields(), "version"), path, out);
        for (int m = 0; m < members.size(); m++) {
            Map<?, ?> member = members.get(m) instanceof Map<?, ?> x ? x : Map.of();
            String at = path + ".etcdMembers[" + m + "]";
            if (text(member, "name").isEmpty()) {
                out.add(MEMBER.tag(Finding.required(at + ".name", "etcdMember did not have name")).hint("name the member, such as a"));
            }
            if (text(member, "instanceGroup").isEmpty()) {
                out.add(MEMBER.tag(Finding.required(at + ".instanceGroup", "etcdMember did not have instanceGroup"))
                        .hint("set the control-plane instance group the member runs on"));
            }
        }
    }

    /**
     * Up to 1.22 a name is only required (kops-oracle 1.19-1.22 accept any other); from 1.24 it must be one kops knows,
     * the empty name listed as unsupported too (kops-oracle 1.24-1.36).
     */
    private static void name(RuleContext ctx, String name, String path, Findings out) {
        if (ctx.in(NAME)) {
            List<String> allowed = ctx.in(NAME_LEASES) ? NAMES_LEASES : NAMES;
            if (allowed.contains(name)) return;
            out.add((ctx.in(NAME_LEASES) ? NAME_LEASES : NAME).tag(Finding.unsupported(path + ".name", name, allowed))
                    .hint("name the etcd clusters main and events (and cilium for Cilium's managed etcd)"));
        } else if (name.isEmpty() && ctx.in(NAME_REQUIRED)) {
            out.add(NAME_REQUIRED.tag(Finding.required(path + ".name", "etcdCluster did not have name"))
                    .hint("name the etcd clusters main and events"));
        }
    }

    /**
     * The provider, when given, must be Manager; up to 1.22 kops also lists Legacy, refused with its own text from
     * Kubernetes 1.18 (kops-oracle 1.19-1.22 accept it at Kubernetes 1.17.0).
     * A v1alpha3 document has no provider (kops-oracle 1.30-1.36 accept any there: its decoder drops the key).
     */
    private static void provider(RuleContext ctx, EtcdCluster c, String path, Findings out) {
        if (ctx.cluster().cloudProvider().isPresent() && ctx.cluster().cloudProvider().get().objectForm()) return;
        String provider = text(c.extraFields(), "provider");
        if (provider.isEmpty() || provider.equals("Manager")) return;
        boolean legacy = ctx.in(PROVIDER_LEGACY);
        if (legacy && provider.equals("Legacy")) {
            if (!ctx.k8sAtLeast(1, 18)) return;
            out.add(PROVIDER_LEGACY.tag(Finding.forbidden(path + ".provider", "support for Legacy mode removed as of Kubernetes 1.18"))
                    .hint("remove provider or set it to Manager"));
        } else {
            out.add((legacy ? PROVIDER_LEGACY : PROVIDER)
                    .tag(Finding.unsupported(path + ".provider", provider, legacy ? List.of("Manager", "Legacy") : List.of("Manager")))
                    .hint("remove provider or set it to Manager"));
        }
    }

    /** kops' storage version: a semver after one leading v, major 3 (2 too up to 1.19); unset is kops' default. */
    private static void version(RuleContext ctx, String version, String path, Findings out) {
        if (version.isEmpty()) return;
        // the library's strict parse, after one leading v
        Optional<GoSemver.Version> parsed = GoSemver.parse(version.startsWith("v") ? version.substring(1) : version).version();
        if (parsed.isEmpty()) {
            out.add(VERSION.tag(Finding.invalid(path + ".version", version, "the storage version is invalid"))
                    .hint("write the etcd version as MAJOR.MINOR.PATCH, such as 3.5.9, or remove it"));
            return;
        }
        BigInteger major = parsed.get().major();
        boolean two = ctx.in(VERSION_MAJOR_2);
        if (major.equals(BigInteger.valueOf(3)) || (two && major.equals(BigInteger.TWO))) return;
        out.add((two ? VERSION_MAJOR_2 : VERSION).tag(Finding.invalid(path + ".version", version,
                        two ? "unsupported storage version, we only support major versions 2 and 3"
                            : "unsupported storage version, we only support major version 3"))
                .hint("use an etcd 3 version, or remove version"));
    }

    /**
     * Every cluster that sets a version must set the first cluster's (kops' {@code validateEtcdStorage}): the first
     * other one is reported. On the completed spec a cluster without one has kops' default for the release and Kubernetes
     * version, so one cluster stating another version fails there (kops-oracle 1.19 on Kubernetes 1.15 with main at 3.4.13:
     * events' default 3.3.10; 1.36 on 1.33 with main at 3.5.9: events' 3.5.31; found by the fields profile, seed 20262007,
     * v1.19.0-cilium-eni-001, v1.36.0-gce-001).
     */
    private static void sharedVersion(RuleContext ctx, List<EtcdCluster> etcd, Findings out) {
        if (etcd.isEmpty()) return;
        String fallback = ctx.strict() ? defaultVersion(ctx) : "";
        String first = text(etcd.get(0).extraFields(), "version");
        if (first.isEmpty()) first = fallback;
        for (int i = 0; i < etcd.size(); i++) {
            String v = text(etcd.get(i).extraFields(), "version");
            if (v.isEmpty()) v = fallback;
            if (!v.isEmpty() && !v.equals(first)) {
                String name = etcd.get(i).name().orElse("");
                out.add(SAME_VERSION.tag(Finding.forbidden("spec.etcdClusters[" + i + "].version",
                                "cluster: " + GoText.quote(name) + ", has a different storage version: " + GoText.quote(v) + ", both must be the same"))
                        .hint("give every etcd cluster the same version, or set none"));
                return;
            }
        }
    }

    /** kops' default etcd storage version for the release and Kubernetes version; empty where podnet has none. */
    private static String defaultVersion(RuleContext ctx) {
        return FACTS.etcdDefaultVersions().at(ctx.release()).orElse(List.of()).stream()
                .filter(d -> ctx.k8sAtLeast(1, d.kubernetesMinor())).map(ClusterFacts.EtcdDefault::version).findFirst().orElse("");
    }

    private static String text(Map<?, ?> fields, String key) {
        return fields.get(key) instanceof String s ? s : "";
    }
}
