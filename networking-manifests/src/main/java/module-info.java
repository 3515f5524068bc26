/**
 * The renderers (one per provider), the typed edit API over Kubernetes objects
 * ({@code dev.podnet.manifests.object}) and the kops-compatible YAML writer
 * ({@code dev.podnet.manifests.yaml}). Provides the {@link dev.podnet.api.spi.RenderingEngineFactory}
 * the {@link dev.podnet.api.Podnet} facade finds.
 */
module dev.podnet.manifests {
    requires transitive dev.podnet.api;
    requires dev.podnet.providers;
    requires org.snakeyaml.engine;
    requires static org.immutables.value;

    exports dev.podnet.manifests;
    exports dev.podnet.manifests.amazonvpc;
    exports dev.podnet.manifests.calico;
    exports dev.podnet.manifests.canal;
    exports dev.podnet.manifests.cilium;
    exports dev.podnet.manifests.flannel;
    exports dev.podnet.manifests.kindnet;
    exports dev.podnet.manifests.kopeio;
    exports dev.podnet.manifests.kuberouter;
    exports dev.podnet.manifests.node;
    exports dev.podnet.manifests.object;
    exports dev.podnet.manifests.romana;
    exports dev.podnet.manifests.weave;
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
    opens dev.podnet.manifests.node;
    opens dev.podnet.manifests.romana;
    opens dev.podnet.manifests.weave;

    uses dev.podnet.manifests.ManifestRenderer;
    uses dev.podnet.manifests.NodeConfigProvider;

    provides dev.podnet.api.spi.RenderingEngineFactory with
            dev.podnet.manifests.KopsRenderingEngineFactory;
    provides dev.podnet.manifests.ManifestRenderer with
            dev.podnet.manifests.kuberouter.KubeRouterRenderer,
            dev.podnet.manifests.calico.CalicoRenderer,
            dev.podnet.manifests.flannel.FlannelRenderer,
            dev.podnet.manifests.kopeio.KopeioRenderer,
            dev.podnet.manifests.node.NodeLevelRenderers.Kubenet,
            dev.podnet.manifests.node.NodeLevelRenderers.External,
            dev.podnet.manifests.node.NodeLevelRenderers.Gcp,
            dev.podnet.manifests.node.NodeLevelRenderers.LyftVpc,
            dev.podnet.manifests.node.NodeLevelRenderers.Cni,
            dev.podnet.manifests.amazonvpc.AmazonVpcRenderer,
            dev.podnet.manifests.romana.RomanaRenderer,
            dev.podnet.manifests.kindnet.KindnetRenderer,
            dev.podnet.manifests.cilium.CiliumRenderer,
            dev.podnet.manifests.weave.WeaveRenderer,
            dev.podnet.manifests.canal.CanalRenderer;
    provides dev.podnet.manifests.NodeConfigProvider with
            dev.podnet.manifests.node.NodeConfigs.AmazonVpc,
            dev.podnet.manifests.node.NodeConfigs.Calico,
            dev.podnet.manifests.node.NodeConfigs.Canal,
            dev.podnet.manifests.node.NodeConfigs.Cilium,
            dev.podnet.manifests.node.NodeConfigs.Flannel,
            dev.podnet.manifests.node.NodeConfigs.Kopeio,
            dev.podnet.manifests.node.NodeConfigs.KubeRouter,
            dev.podnet.manifests.node.NodeConfigs.Kubenet,
            dev.podnet.manifests.node.NodeConfigs.LyftVpc,
            dev.podnet.manifests.node.NodeConfigs.Romana,
            dev.podnet.manifests.node.NodeConfigs.Weave,
            dev.podnet.manifests.node.NodeConfigs.Cni,
            dev.podnet.manifests.node.NodeConfigs.External,
            dev.podnet.manifests.node.NodeConfigs.Gcp,
            dev.podnet.manifests.node.NodeConfigs.Kindnet,
            dev.podnet.manifests.node.NodeConfigs.Classic;
}
