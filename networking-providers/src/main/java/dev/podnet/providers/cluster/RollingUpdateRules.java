package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.ErrorType;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.Map;
import java.util.Optional;

/**
 * kops' checks of the cluster's {@code rollingUpdate} block ({@code validateRollingUpdate} in
 * {@code pkg/apis/kops/validation/validation.go}, not on a control plane group), in kops' order: {@code maxUnavailable}
 * parsed (Go's {@code intstr}, scaled to 1 rounding down; unset counts as 1) and not negative, then {@code maxSurge}
 * parsed (scaled to 1000 rounding up) and not negative, then a zero surge beside a zero unavailable count refused; a
 * value that does not parse counts as zero. {@code drainAndTerminate} is not checked. Same rule at every kops-oracle
 * release (1.19-1.36); how a string is read ({@link IntOrPercent}) and how the value is printed change by release
 * ({@code cluster.rolling-update#*} rows).
 */
final class RollingUpdateRules {
    private static final Gate ROLLING_UPDATE = gate("cluster.rolling-update");
    private static final Gate PERCENT_ONLY = gate("cluster.rolling-update#percent-only");
    private static final Gate JSON_VALUE = gate("cluster.rolling-update#json-value");
    private static final String PATH = "spec.rollingUpdate.";
    private static final String FORMS = "write rollingUpdate.%s as a whole number or a percentage such as 20%%";

    private RollingUpdateRules() {
    }

    static void check(RuleContext ctx, Findings out) {
        if (!ctx.in(ROLLING_UPDATE) || !(ctx.extraSpec("rollingUpdate").orElse(null) instanceof Map<?, ?> r)) return;
        boolean percentOnly = ctx.in(PERCENT_ONLY);
        // the parse errors depend on how the release reads a string; the other findings hold at every release
        Gate g = percentOnly ? PERCENT_ONLY : ROLLING_UPDATE;
        boolean json = ctx.in(JSON_VALUE);
        long unavailable = 1;
        Optional<IntOrPercent> maxUnavailable = IntOrPercent.of(r.get("maxUnavailable"));
        if (maxUnavailable.isPresent()) {
            IntOrPercent.Scaled s = maxUnavailable.get().scaled(1, false, percentOnly);
            unavailable = s.value();
            s.error().ifPresent(e -> out.add(g.tag(invalid("maxUnavailable", maxUnavailable.get(), json, "Unable to parse: " + e))
                    .hint(FORMS.formatted("maxUnavailable"))));
            if (unavailable < 0) {
                out.add(ROLLING_UPDATE.tag(invalid("maxUnavailable", maxUnavailable.get(), json, "Cannot be negative"))
                        .hint("make rollingUpdate.maxUnavailable 0 or more"));
            }
        }
        Optional<IntOrPercent> maxSurge = IntOrPercent.of(r.get("maxSurge"));
        if (maxSurge.isEmpty()) return;
        IntOrPercent.Scaled s = maxSurge.get().scaled(1000, true, percentOnly);
        s.error().ifPresent(e -> out.add(g.tag(invalid("maxSurge", maxSurge.get(), json, "Unable to parse: " + e))
                .hint(FORMS.formatted("maxSurge"))));
        if (s.value() < 0) {
            out.add(ROLLING_UPDATE.tag(invalid("maxSurge", maxSurge.get(), json, "Cannot be negative")).hint("make rollingUpdate.maxSurge 0 or more"));
        }
        if (unavailable == 0 && s.value() == 0) {
            out.add(ROLLING_UPDATE.tag(Finding.forbidden(PATH + "maxSurge", "Cannot be zero if maxUnavailable is zero"))
                    .hint("let rollingUpdate.maxSurge or maxUnavailable be above zero"));
        }
    }

    private static Diagnostic.Builder invalid(String field, IntOrPercent v, boolean json, String detail) {
        return Diagnostic.builder().path(PATH + field).type(ErrorType.INVALID).value(v.printed(json)).detail(detail);
    }
}
