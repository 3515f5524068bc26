/**
 * kops' rules: one package per provider (lifecycle, {@code --networking} names, defaults, validation),
 * the cluster-level defaults and validation, release facts as data tables. Provides the
 * {@link dev.podnet.api.spi.NetworkingEngine} the {@link dev.podnet.Podnet} facade finds.
 *
 * <p>Exports no package: callers reach the rules only through the facade and the SPI of
 * {@code dev.podnet.api}, so no rule type becomes API; the module provides services and finds further
 * {@link dev.podnet.api.spi.ProviderPlugin}s the same way.
 */
// Immutables is an automatic module, read (requires static) by its annotation processor at build time only
@SuppressWarnings("requires-automatic")
module dev.podnet.providers {
    requires dev.podnet.api;
    requires org.snakeyaml.engine;
    // the single-field constraints are jakarta.validation annotations (internal.FieldConstraints)
    requires jakarta.validation;
    requires static org.immutables.value;

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
