package dev.podnet.manifests.kuberouter;

import dev.podnet.api.Cluster;
import dev.podnet.api.provider.KubeRouterSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.NodeHooks;
import dev.podnet.manifests.internal.ProviderRenderer;
import dev.podnet.api.render.RenderOptions;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.manifests.internal.AddonPackager;
import dev.podnet.manifests.internal.ImageAssets;
import dev.podnet.manifests.internal.RenderCaches;
import dev.podnet.manifests.internal.Resources;
import dev.podnet.manifests.internal.ServiceAccountRoles;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import dev.podnet.manifests.yaml.KopsYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kube-router's networking addon ({@code networking.kuberouter}) as kops renders it: the upstream
 * objects of the release's template (resources beside this class) with the edits the spec decides:
 * <ul>
 *   <li>images per release ({@code releases.yaml}), for the kube-router container and the
 *       {@code install-cni} init container;</li>
 *   <li>the service range: {@code --service-cluster-ip-range="<serviceClusterIPRange>"} (1.29+);</li>
 *   <li>the pod CIDR source: none in the manifest; the CNI conflist uses {@code host-local} IPAM,
 *       so every node's pods come from the node's {@code spec.podCIDR} (KCM allocates them);</li>
 *   <li>RBAC: the template's ClusterRole/ClusterRoleBinding for SA {@code kube-system/kube-router}
 *       and user {@code system:kube-router} (the identity of the kubeconfig nodeup writes);</li>
 *   <li>kubeconfig handling: the DaemonSet mounts {@code /var/lib/kube-router/kubeconfig} that
 *       nodeup writes on every node (see the node config);</li>
 *   <li>per release: the conflist, cpu request, extra args, rt_tables path, SELinux type and
 *       {@code useNFTablesForNetpol};</li>
 *   <li>from kops 1.24, with {@code spec.iam.useServiceAccountExternalPermissions} on AWS: the IAM role of service
 *       account {@code kube-system/kube-router} on the DaemonSet ({@link ServiceAccountRoles}), which needs the
 *       options' AWS account.</li>
 * </ul>
 * kops 1.18 and 1.19 also render the {@code k8s-1.6} template for Kubernetes &lt; 1.12: both
 * addons are returned, each with its channel range. Stateless and thread-safe.
 */
public final class KubeRouterRenderer implements ProviderRenderer {

    @Override
    public final boolean rendersAddons() {
        return true;
    }

    static final String ADDON_KEY = "networking.kuberouter";
    private static final String CONTAINER = "kube-router";
    private static final String INIT = "install-cni";

    /** Parsed templates, by resource. */
    private static final RenderCaches.Memo<String, Manifest> TEMPLATES = RenderCaches.Memo.data("kube-router templates");
    /** CNI conflists, by resource. */
    private static final RenderCaches.Memo<String, String> TEXTS = RenderCaches.Memo.data("kube-router conflists");

    @Override
    public ProviderKind kind() {
        return ProviderKind.KUBE_ROUTER;
    }

    @Override
    public RenderResult render(Cluster completed, KopsVersion release, RenderStyle style, RenderCaches caches) {
        return render(completed, release, RenderOptions.of(style), caches);
    }

    @Override
    public RenderResult render(Cluster completed, KopsVersion release, RenderOptions options, RenderCaches caches) {
        RenderStyle style = options.style();
        KubeRouterFacts f = facts(release);
        KubeRouterSpec spec = completed.networking().provider()
                .filter(KubeRouterSpec.class::isInstance).map(KubeRouterSpec.class::cast)
                .orElseThrow(() -> new IllegalArgumentException("cluster " + completed.name()
                        + " does not select kube-router"));
        RenderResult.Builder out = RenderResult.builder();
        // kops remaps the images of every addon by spec.assets after rendering it
        ImageAssets assets = ImageAssets.of(completed, release);
        if (f.legacy().isPresent()) {
            KubeRouterFacts.Legacy legacy = f.legacy().get();
            Manifest m = template(legacy.template(), caches)
                    .edit("DaemonSet", "kube-router", ds -> ds
                            .withImage(CONTAINER, legacy.image())
                            .withImage(INIT, legacy.initImage()));
            out.addAddons(pack(assets.remap(m), template(legacy.template(), caches), legacy.id(),
                    Optional.of(legacy.channelVersion()), Optional.of(legacy.kubernetesVersion()),
                    release, style, caches));
        }
        Manifest m = main(completed, spec, f, caches);
        // kops sets the service-account roles where it remaps the images: on the rendered addon
        m = ServiceAccountRoles.apply(assets.remap(m), ADDON_KEY, completed, release, options.awsAccount());
        out.addAddons(pack(m, template(f.template(), caches), "k8s-1.12", f.channelVersion(),
                f.kubernetesVersion(), release, style, caches));
        out.addGuidance("kube-router replaces kube-proxy: keep spec.kubeProxy.enabled: false"
                + (f.kubeProxyDisabledByCreate() ? " (kops create cluster sets it; validation requires it)" : ""));
        return out.build();
    }

    /** The k8s-1.12 manifest with the edits of the release, before kops' packaging labels. */
    static Manifest main(Cluster completed, KubeRouterSpec spec, KubeRouterFacts f, RenderCaches caches) {
        Manifest m = template(f.template(), caches);
        Optional<String> conflist = f.conflist();
        if (conflist.isPresent()) {
            String text = caches.get(TEXTS, conflist.get(),
                    r -> Resources.text(KubeRouterRenderer.class, r));
            m = m.edit("ConfigMap", "kube-router-cfg", cm -> cm.withData("cni-conf.json", text));
        }
        if (!f.clusterRoleNamespaced()) {
            m = m.edit("ClusterRole", "kube-router", cr -> cr.without("metadata.namespace"));
        }
        String image = f.image();
        List<String> leadingArgs = f.leadingArgs();
        List<String> extraArgs = new ArrayList<>(f.extraArgs());
        boolean serviceAccountField = f.serviceAccountField();
        if (f.nfTablesOption() && spec.useNFTablesForNetpol().orElse(false)) {
            extraArgs.add("--use-nftables-for-netpol=true");
        }
        Optional<String> serviceRange = f.serviceRangeArg()
                ? Optional.of(completed.networking().serviceClusterIPRange().orElseThrow(() ->
                        new IllegalArgumentException("cluster " + completed.name()
                                + " has no serviceClusterIPRange: complete it first")))
                : Optional.empty();
        boolean seLinux = f.seLinux() && containerdSeLinux(completed);
        String cpu = f.cpuRequest();
        Optional<String> rtTables = f.rtTablesPath();
        return m.edit("DaemonSet", "kube-router", ds -> {
            KubeObject d = ds.withImage(CONTAINER, image).withImage(INIT, image);
            List<String> args = args(d);
            List<String> newArgs = new ArrayList<>(leadingArgs.size() + args.size() + extraArgs.size());
            newArgs.addAll(leadingArgs);
            for (String a : args) {
                if (a.startsWith("--service-cluster-ip-range=")) {
                    serviceRange.ifPresent(r -> newArgs.add("--service-cluster-ip-range=\"" + r + "\""));
                } else {
                    newArgs.add(a);
                }
            }
            newArgs.addAll(extraArgs);
            if (!newArgs.equals(args)) {
                d = d.withArgs(CONTAINER, newArgs);
            }
            int c = d.containerNames().indexOf(CONTAINER);
            String base = "spec.template.spec.containers[" + c + "]";
            if (!cpu.equals(d.get(base + ".resources.requests.cpu").orElse(null))) {
                d = d.with(base + ".resources.requests.cpu", cpu);
            }
            if (rtTables.isPresent()) {
                d = setRtTables(d, base, rtTables.get());
            }
            if (seLinux) {
                d = d.with("spec.template.spec.securityContext.seLinuxOptions.type", "spc_t");
            }
            if (serviceAccountField) {
                d = d.with("spec.template.spec.serviceAccount", "kube-router");
            }
            return d;
        });
    }

    private static KubeObject setRtTables(KubeObject d, String container, String path) {
        List<?> mounts = (List<?>) d.get(container + ".volumeMounts").orElse(List.of());
        for (int i = 0; i < mounts.size(); i++) {
            if (mounts.get(i) instanceof Map<?, ?> mm && "rt-tables".equals(mm.get("name"))
                    && !path.equals(mm.get("mountPath"))) {
                d = d.with(container + ".volumeMounts[" + i + "].mountPath", path);
            }
        }
        List<?> volumes = (List<?>) d.get("spec.template.spec.volumes").orElse(List.of());
        for (int i = 0; i < volumes.size(); i++) {
            if (volumes.get(i) instanceof Map<?, ?> v && "rt-tables".equals(v.get("name"))) {
                String at = "spec.template.spec.volumes[" + i + "].hostPath.path";
                if (!path.equals(d.get(at).orElse(null))) {
                    d = d.with(at, path);
                }
            }
        }
        return d;
    }

    @SuppressWarnings("unchecked")
    private static List<String> args(KubeObject ds) {
        Object a = ds.container(CONTAINER).map(c -> c.get("args")).orElse(List.of());
        return (List<String>) a;
    }

    private static boolean containerdSeLinux(Cluster c) {
        return c.extraSpec().get("containerd") instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("seLinuxEnabled"));
    }

    /**
     * kops' packaging of one entry: {@code version} is the channel version (none from 1.36), {@code k8sRange} its range;
     * {@code stored} the template {@code m} was edited from, whose objects' text the edited ones copy what they share.
     */
    private static RenderedAddon pack(Manifest m, Manifest stored, String id, Optional<String> version,
            Optional<String> k8sRange, KopsVersion release, RenderStyle style, RenderCaches caches) {
        return AddonPackager.pack(new AddonPackager.Addon(ADDON_KEY, id, Optional.empty(), false, version, k8sRange),
                release, m, stored, style, caches);
    }

    static KubeRouterFacts facts(KopsVersion release) {
        return KubeRouterFacts.at(release).orElseThrow(() -> new dev.podnet.api.PodnetException(
                "kube-router has no manifest for kops " + release + " (podnet covers kops 1.18 and later)"));
    }

    static Manifest template(String resource, RenderCaches caches) {
        return caches.get(TEMPLATES, resource,
                // held as data: the objects no spec edits keep their packaged form and text at any cacheEntries
                r -> caches.holdAsData(KopsYaml.parseManifest(Resources.text(KubeRouterRenderer.class, r))));
    }

    /** What nodeup does for this provider beyond the shared node configuration. */
    @Override
    public NodeHooks nodeHooks() {
        return KubeRouterNode.HOOKS;
    }
}
