/**
 * The renderers (one package per provider, each with its {@code ProviderRenderer} registered once),
 * the typed edit API over Kubernetes objects ({@code dev.podnet.manifests.object}) and the
 * kops-compatible YAML writer ({@code dev.podnet.manifests.yaml}). Provides the
 * {@link dev.podnet.api.spi.RenderingEngineFactory} the {@link dev.podnet.Podnet} facade finds; the
 * renderers and their shared machinery are not exported.
 */
// Immutables is an automatic module, read (requires static) by its annotation processor at build time only
@SuppressWarnings("requires-automatic")
module dev.podnet.manifests {
    requires transitive dev.podnet.api;
    requires org.snakeyaml.engine;
    requires static org.immutables.value;

    // dev.podnet.manifests holds only the service provider, found through provides, not API
    exports dev.podnet.manifests.object;
    exports dev.podnet.manifests.yaml;

    // upstream objects and release data are resources of these packages, some read through the class loader
    opens dev.podnet.manifests;
    opens dev.podnet.manifests.amazonvpc;
    opens dev.podnet.manifests.calico;
    opens dev.podnet.manifests.canal;
    opens dev.podnet.manifests.cilium;
    opens dev.podnet.manifests.flannel;
    opens dev.podnet.manifests.kindnet;
    opens dev.podnet.manifests.kopeio;
    opens dev.podnet.manifests.kuberouter;
    opens dev.podnet.manifests.romana;
    opens dev.podnet.manifests.weave;

    uses dev.podnet.manifests.internal.ProviderRenderer;

    provides dev.podnet.api.spi.RenderingEngineFactory with
            dev.podnet.manifests.KopsRenderingEngineFactory;
    provides dev.podnet.manifests.internal.ProviderRenderer with
            dev.podnet.manifests.amazonvpc.AmazonVpcRenderer,
            dev.podnet.manifests.calico.CalicoRenderer,
            dev.podnet.manifests.canal.CanalRenderer,
            dev.podnet.manifests.cilium.CiliumRenderer,
            dev.podnet.manifests.classic.ClassicRenderer,
            dev.podnet.manifests.cni.CniRenderer,
            dev.podnet.manifests.external.ExternalRenderer,
            dev.podnet.manifests.flannel.FlannelRenderer,
            dev.podnet.manifests.gcp.GcpRenderer,
            dev.podnet.manifests.kindnet.KindnetRenderer,
            dev.podnet.manifests.kopeio.KopeioRenderer,
            dev.podnet.manifests.kuberouter.KubeRouterRenderer,
            dev.podnet.manifests.kubenet.KubenetRenderer,
            dev.podnet.manifests.lyftvpc.LyftVpcRenderer,
            dev.podnet.manifests.romana.RomanaRenderer,
            dev.podnet.manifests.weave.WeaveRenderer;
}
