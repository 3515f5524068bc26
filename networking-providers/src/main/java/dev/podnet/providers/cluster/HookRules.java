package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.List;
import java.util.Map;

/**
 * kops' checks of each {@code spec.hooks} entry ({@code validateHookSpec} in kops' validateClusterSpec, after
 * {@code updatePolicy}), in kops' order, all at the hook's own path but the image: a {@code manifest} or an
 * {@code execContainer}; no {@code execContainer} with {@code useRawManifest}; a {@code manifest} with
 * {@code useRawManifest}; no {@code before}, then no {@code requires}, with {@code useRawManifest}; then the
 * {@code execContainer}'s {@code image}. A disabled hook is not checked: {@code disabled: true} in a v1alpha2
 * document, {@code enabled: false} in a v1alpha3 one (each version's decoder drops the other's key). The hook's
 * {@code name} and {@code roles} are not checked. {@code manifest} and {@code image} are strings ({@code ""} is
 * unset); {@code execContainer}, {@code before} and {@code requires} count when given, empty or not, unless null.
 * Same at every release (kops-oracle 1.19-1.36; v1alpha3 at 1.30, 1.33.1, 1.36).
 */
final class HookRules {
    private static final Gate HOOKS = gate("cluster.hooks");

    private HookRules() {
    }

    static void check(RuleContext ctx, Findings out) {
        if (!ctx.in(HOOKS) || !(ctx.extraSpec("hooks").orElse(null) instanceof List<?> hooks)) return;
        // kops' v1alpha3 document is the one whose cloudProvider is a block
        boolean v1alpha3 = ctx.cloudProviderBlock();
        for (int i = 0; i < hooks.size(); i++) {
            Map<?, ?> hook = hooks.get(i) instanceof Map<?, ?> m ? m : Map.of();
            if (v1alpha3 ? Boolean.FALSE.equals(hook.get("enabled")) : Boolean.TRUE.equals(hook.get("disabled"))) continue;
            hook(hook, "spec.hooks[" + i + "]", "hooks[" + i + "]", out);
        }
    }

    private static void hook(Map<?, ?> hook, String path, String name, Findings out) {
        boolean manifest = !EmptyGoStrings.unset(hook.get("manifest"));
        Object exec = hook.get("execContainer");
        boolean raw = Boolean.TRUE.equals(hook.get("useRawManifest"));
        if (exec == null && !manifest) {
            out.add(HOOKS.tag(Finding.required(path, "you must set either manifest or execContainer for a hook"))
                    .hint("give " + name + " a manifest (a systemd unit body) or an execContainer"));
        }
        if (exec != null && raw) {
            out.add(HOOKS.tag(Finding.forbidden(path, "execContainer may not be used with useRawManifest (use manifest instead)"))
                    .hint("remove " + name + ".execContainer or useRawManifest"));
        }
        if (!manifest && raw) {
            out.add(HOOKS.tag(Finding.required(path, "you must set manifest when useRawManifest is true"))
                    .hint("give " + name + " a manifest, or remove useRawManifest"));
        }
        for (String field : List.of("before", "requires")) {
            if (hook.get(field) != null && raw) {
                out.add(HOOKS.tag(Finding.forbidden(path, field + " may not be used with useRawManifest"))
                        .hint("remove " + name + "." + field + " or useRawManifest"));
            }
        }
        if (exec != null && EmptyGoStrings.unset(exec instanceof Map<?, ?> e ? e.get("image") : null)) {
            out.add(HOOKS.tag(Finding.required(path + ".execContainer.image", "image must be specified"))
                    .hint("give " + name + ".execContainer an image"));
        }
    }
}
