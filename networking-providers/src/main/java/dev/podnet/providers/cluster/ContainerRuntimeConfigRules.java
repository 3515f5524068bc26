package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;

/**
 * The container runtime and its own blocks, as kops validates them beside networking (kops-oracle 1.19-1.36):
 * {@code containerRuntime} is containerd or docker (case-sensitive; empty is unset), after the external policies and
 * before the containerd block (kops-oracle 1.19, 1.22, 1.24, 1.28, 1.33.1, 1.36); {@code containerd.version} older than 1.3.4 is a legacy containerd kops no longer installs, and from 1.30 any
 * {@code docker} block of a v1alpha2 document is refused, whatever the Kubernetes version (kops-oracle 1.30 refuses it
 * beside Kubernetes 1.23; a v1alpha3 document has no docker).
 */
final class ContainerRuntimeConfigRules {
    private static final Gate CONTAINERD_LEGACY = gate("cluster.containerd-legacy-version");
    private static final Gate DOCKER_CONFIG = gate("cluster.docker-config-removed");
    private static final Gate RUNTIME = gate("cluster.container-runtime");
    private static final java.util.List<String> RUNTIMES = java.util.List.of("containerd", "docker");
    /** kops' tolerant semver: an optional v, one to three numeric parts, then an optional pre-release and build. */
    private static final int[] OLDEST_CONTAINERD = {1, 3, 4};

    private ContainerRuntimeConfigRules() {
    }

    static void check(RuleContext ctx, Findings out) {
        String runtime = ctx.extraSpecString("containerRuntime").orElse("");
        if (ctx.in(RUNTIME) && !runtime.isEmpty() && !RUNTIMES.contains(runtime)) {
            out.add(RUNTIME.tag(Finding.unsupported("spec.containerRuntime", runtime, RUNTIMES)).hint("use containerd"));
        }
        containerdVersion(ctx, out);
        if (ctx.in(DOCKER_CONFIG) && ctx.extraSpec("docker").isPresent() && !v1alpha3(ctx)) {
            out.add(DOCKER_CONFIG.tag(Finding.forbidden("spec.docker",
                    "Docker CRI support was removed in Kubernetes 1.24: https://kubernetes.io/blog/2020/12/02/dockershim-faq"))
                    .hint("remove the docker block: kops 1.30 and later run containerd only"));
        }
    }

    /**
     * kops' v1alpha3 document (the one whose cloudProvider is a block) has no docker: its decoder drops the key unread,
     * whatever its value (kops-oracle 1.30, 1.33.1, 1.36, oracle/runtime-decode.tsv).
     */
    private static boolean v1alpha3(RuleContext ctx) {
        return ctx.cloudProviderBlock();
    }

    /**
     * kops parses the version tolerantly ({@link GoSemver}: a leading v, a missing minor or patch) and refuses anything before
     * 1.3.4, a pre-release of 1.3.4 included; a version it cannot parse (the empty string too) fails the parse and
     * the comparison both.
     */
    private static void containerdVersion(RuleContext ctx, Findings out) {
        if (!ctx.in(CONTAINERD_LEGACY)) return;
        // a pointer in kops: an empty string is set (and fails the parse), only null is unset; a number is kops'
        // decode error, not this rule's
        if (!(ctx.extraSpec("containerd.version").orElse(null) instanceof String v)) return;
        GoSemver.Parsed parsed = GoSemver.parseTolerant(v);
        if (parsed.version().isEmpty()) {
            out.add(CONTAINERD_LEGACY.tag(Finding.invalid("spec.containerd.version", v, "unable to parse version string: " + parsed.error()))
                    .hint("write containerd.version as MAJOR.MINOR.PATCH, such as 1.6.20"));
        } else if (!legacy(parsed.version().get())) {
            return;
        }
        out.add(CONTAINERD_LEGACY.tag(Finding.invalid("spec.containerd.version", v, "unsupported legacy version"))
                .hint("use containerd 1.3.4 or later, or remove containerd.version to take kops' default"));
    }

    /** Before 1.3.4, a pre-release of 1.3.4 included (semantic versioning's order). */
    private static boolean legacy(GoSemver.Version v) {
        java.math.BigInteger[] parts = {v.major(), v.minor(), v.patch()};
        for (int i = 0; i < 3; i++) {
            int c = parts[i].compareTo(java.math.BigInteger.valueOf(OLDEST_CONTAINERD[i]));
            if (c != 0) return c < 0;
        }
        return v.preRelease();
    }
}
