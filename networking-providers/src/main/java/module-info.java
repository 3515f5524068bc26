/**
 * kops' rules: one package per provider (lifecycle, {@code --networking} names, defaults, validation),
 * the cluster-level defaults and validation, release facts as data tables. Provides the
 * {@link dev.podnet.api.spi.NetworkingEngine} the {@link dev.podnet.Podnet} facade finds.
 */
module dev.podnet.providers {
    requires transitive dev.podnet.api;
    requires org.snakeyaml.engine;
    // the single-field constraints are jakarta.validation annotations (internal.FieldConstraints)
    requires jakarta.validation;
    requires static org.immutables.value;

    exports dev.podnet.providers;
    exports dev.podnet.providers.amazonvpc;
    exports dev.podnet.providers.calico;
    exports dev.podnet.providers.canal;
    exports dev.podnet.providers.cilium;
    exports dev.podnet.providers.classic;
    exports dev.podnet.providers.cni;
    exports dev.podnet.providers.external;
    exports dev.podnet.providers.flannel;
    exports dev.podnet.providers.gcp;
    exports dev.podnet.providers.kindnet;
    exports dev.podnet.providers.kopeio;
    exports dev.podnet.providers.kubenet;
    exports dev.podnet.providers.kuberouter;
    exports dev.podnet.providers.lyftvpc;
    exports dev.podnet.providers.romana;
    exports dev.podnet.providers.weave;
    exports dev.podnet.providers.cluster;
    exports dev.podnet.providers.validation;

    // the release tables are resources of these packages, read through the class loader
    opens dev.podnet.providers.amazonvpc;
    opens dev.podnet.providers.calico;
    opens dev.podnet.providers.canal;
    opens dev.podnet.providers.cilium;
    opens dev.podnet.providers.classic;
    opens dev.podnet.providers.cluster;
    opens dev.podnet.providers.cni;
    opens dev.podnet.providers.external;
    opens dev.podnet.providers.flannel;
    opens dev.podnet.providers.gcp;
    opens dev.podnet.providers.kindnet;
    opens dev.podnet.providers.kopeio;
    opens dev.podnet.providers.kubenet;
    opens dev.podnet.providers.kuberouter;
    opens dev.podnet.providers.lyftvpc;
    opens dev.podnet.providers.romana;
    opens dev.podnet.providers.weave;

    uses dev.podnet.api.spi.ProviderPlugin;

    provides dev.podnet.api.spi.NetworkingEngine with
            dev.podnet.providers.KopsNetworkingEngine;
    provides dev.podnet.api.spi.ProviderPlugin with
            dev.podnet.providers.amazonvpc.AmazonVpcPlugin,
            dev.podnet.providers.calico.CalicoPlugin,
            dev.podnet.providers.canal.CanalPlugin,
            dev.podnet.providers.cilium.CiliumPlugin,
            dev.podnet.providers.flannel.FlannelPlugin,
            dev.podnet.providers.kopeio.KopeioPlugin,
            dev.podnet.providers.kuberouter.KubeRouterPlugin,
            dev.podnet.providers.kubenet.KubenetPlugin,
            dev.podnet.providers.lyftvpc.LyftVpcPlugin,
            dev.podnet.providers.romana.RomanaPlugin,
            dev.podnet.providers.weave.WeavePlugin,
            dev.podnet.providers.cni.CniPlugin,
            dev.podnet.providers.external.ExternalPlugin,
            dev.podnet.providers.gcp.GcpPlugin,
            dev.podnet.providers.kindnet.KindnetPlugin,
            dev.podnet.providers.classic.ClassicPlugin;
}
