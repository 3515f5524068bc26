package dev.podnet.manifests.weave;

import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.provider.WeaveSpec;
import dev.podnet.manifests.internal.DataRenderer;
import dev.podnet.manifests.internal.Edits;
import dev.podnet.manifests.internal.RenderContext;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Weave Net ({@code networking.weave}, kops up to 1.27). Substitutions: {@code weave} env
 * {@code IPALLOC_RANGE} (KCM clusterCIDR), {@code WEAVE_MTU}, {@code NO_MASQ_LOCAL},
 * {@code CONN_LIMIT}, {@code EXTRA_ARGS} (each only when set), {@code WEAVE_PASSWORD} and the
 * {@code weave-net} Secret when a password is given; {@code weave-npc} env {@code EXTRA_ARGS};
 * requests and limits of both containers with the template's fallbacks; the image tag from
 * {@code version} (kops 1.19+; 1.18's two templates, k8s-1.8 and k8s-1.12, pin 2.6.5).
 *
 * <p>The password is kops' state-store secret {@code weavepassword}, which is not part of the
 * cluster spec: the renderer found through the SPI renders as kops does without that secret; a
 * tool that holds it renders with {@code new WeaveRenderer(password)}. Stateless and thread-safe.
 */
public final class WeaveRenderer extends DataRenderer {

    static final String SECRET = "weave-net";
    static final String SECRET_KEY = "network-password";

    private final Optional<String> password;

    /** As kops renders when the cluster has no {@code weavepassword} secret. */
    public WeaveRenderer() {
        this.password = Optional.empty();
    }

    /**
     * As kops renders when the cluster's {@code weavepassword} secret holds {@code password}; an
     * empty password is the same as none (kops' {@code WeaveSecret} returns "" then).
     */
    public WeaveRenderer(String password) {
        Objects.requireNonNull(password, "password");
        this.password = password.isEmpty() ? Optional.empty() : Optional.of(password);
    }

    @Override
    public ProviderKind kind() {
        return ProviderKind.WEAVE;
    }

    @Override
    protected String folder() {
        return "weave";
    }

    @Override
    protected String addonKey() {
        return "networking.weave";
    }

    @Override
    protected Manifest edit(Manifest base, RenderContext ctx) {
        WeaveSpec s = ctx.cluster().networking().provider(WeaveSpec.class).orElseThrow();
        Manifest m = base.edit("DaemonSet", "weave-net", ds -> daemonSet(ds, s, ctx, password.isPresent()));
        if (password.isPresent()) {
            List<KubeObject> objects = new ArrayList<>();
            objects.add(secret(password.get()));
            objects.addAll(m.objects());
            m = Manifest.of(objects);
        }
        return m;
    }

    static KubeObject secret(String password) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", SECRET);
        metadata.put("namespace", "kube-system");
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("apiVersion", "v1");
        tree.put("kind", "Secret");
        tree.put("metadata", metadata);
        tree.put("stringData", Map.of(SECRET_KEY, password));
        return KubeObject.of(tree);
    }

    private static KubeObject daemonSet(KubeObject ds, WeaveSpec s, RenderContext ctx, boolean withPassword) {
        KubeObject o = ds;
        String w = "weave";
        String cidr = ctx.clusterCidr().orElseThrow(() -> new IllegalArgumentException(
                "networking.weave: cluster " + ctx.cluster().name() + " has no pod CIDR: complete it first"));
        o = o.withEnv(w, "IPALLOC_RANGE", cidr);
        o = optionalEnv(o, w, "WEAVE_MTU", s.mtu().map(String::valueOf));
        o = optionalEnv(o, w, "NO_MASQ_LOCAL", s.noMasqLocal().map(String::valueOf));
        o = optionalEnv(o, w, "CONN_LIMIT", s.connLimit().map(String::valueOf));
        o = optionalEnv(o, w, "EXTRA_ARGS", s.netExtraArgs().filter(v -> !v.isEmpty()));
        o = o.withoutEnv(w, "WEAVE_PASSWORD");
        if (withPassword) {
            o = o.withEnvValueFrom(w, "WEAVE_PASSWORD",
                    Map.of("secretKeyRef", Map.of("key", SECRET_KEY, "name", SECRET)));
        }
        o = optionalEnv(o, "weave-npc", "EXTRA_ARGS", s.npcExtraArgs().filter(v -> !v.isEmpty()));
        o = o.withResources(w, resources(s.cpuRequest().orElse("50m"), s.memoryRequest().orElse("200Mi"),
                s.cpuLimit(), s.memoryLimit().orElse("200Mi")));
        o = o.withResources("weave-npc", resources(s.npcCPURequest().orElse("50m"),
                s.npcMemoryRequest().orElse("200Mi"), s.npcCPULimit(), s.npcMemoryLimit().orElse("200Mi")));
        if (s.version().isPresent() && WeaveFacts.at(ctx.release()).versionField()
                && !WeaveFacts.at(ctx.release()).versionPinnedTemplates().contains(ctx.templateId())) {
            for (String c : o.containerNames()) {
                String image = String.valueOf(o.container(c).orElseThrow().get("image"));
                o = o.withImage(c, Edits.image(image, null, s.version().get()));
            }
        }
        return o;
    }

    private static KubeObject optionalEnv(KubeObject o, String container, String name, Optional<String> value) {
        return value.isPresent() ? o.withEnv(container, name, value.get()) : o.withoutEnv(container, name);
    }

    private static Map<String, Object> resources(String cpuRequest, String memoryRequest, Optional<String> cpuLimit,
            String memoryLimit) {
        Map<String, Object> limits = new LinkedHashMap<>();
        cpuLimit.ifPresent(v -> limits.put("cpu", quantity(v)));
        limits.put("memory", quantity(memoryLimit));
        Map<String, Object> requests = new LinkedHashMap<>();
        requests.put("cpu", quantity(cpuRequest));
        requests.put("memory", quantity(memoryRequest));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("limits", limits);
        r.put("requests", requests);
        return r;
    }

    /**
     * kops' template writes resources unquoted ({@code cpu: {{ .CPULimit }}}), so a quantity that is
     * a plain integer ({@code 1}) is a YAML integer in kops' output, any other a string.
     */
    static Object quantity(String q) {
        return Edits.digits(q, 18) ? (Object) Long.parseLong(q) : q;
    }
}
