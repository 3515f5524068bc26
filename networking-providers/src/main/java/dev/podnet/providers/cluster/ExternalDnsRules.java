package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.List;

/**
 * kops' checks of the {@code externalDns} block (validateExternalDNS in {@code pkg/apis/kops/validation/validation.go}),
 * at kops' path {@code spec.externalDNS}, in kops' order: {@code provider} one of {@code ""}, {@code dns-controller},
 * {@code external-dns} (and {@code none} from 1.24), {@code watchNamespace} empty or {@code kube-system}, then
 * {@code provider: external-dns} refused on a gossip cluster (a name ending in {@code .k8s.local}): up to 1.24 on the
 * completed spec only ("does not support gossip clusters"), from 1.28 on the input too and with DNS topology None
 * ("requires public or private DNS topology"). kops-oracle 1.19-1.21 check none of them.
 */
final class ExternalDnsRules {
    private static final Gate PROVIDER = gate("cluster.external-dns-provider");
    private static final Gate PROVIDER_NONE = gate("cluster.external-dns-provider#none");
    private static final Gate WATCH_NAMESPACE = gate("cluster.external-dns-watch-namespace");
    private static final Gate GOSSIP = gate("cluster.external-dns-gossip");
    private static final Gate DNS_TOPOLOGY = gate("cluster.external-dns-gossip#dns-topology");
    private static final List<String> PROVIDERS = List.of("", "dns-controller", "external-dns");
    private static final List<String> PROVIDERS_NONE = List.of("", "dns-controller", "external-dns", "none");

    private ExternalDnsRules() {
    }

    static void check(RuleContext ctx, Findings out) {
        if (ctx.extraSpec("externalDns").isEmpty()) return;
        String provider = ctx.extraSpecString("externalDns.provider").orElse("");
        if (ctx.in(PROVIDER)) {
            Gate row = ctx.in(PROVIDER_NONE) ? PROVIDER_NONE : PROVIDER;
            List<String> allowed = row == PROVIDER_NONE ? PROVIDERS_NONE : PROVIDERS;
            if (!allowed.contains(provider)) {
                out.add(row.tag(Finding.unsupported("spec.externalDNS.provider", provider, allowed))
                        .hint("set externalDns.provider to dns-controller or external-dns (or leave it out)"));
            }
        }
        String namespace = ctx.extraSpecString("externalDns.watchNamespace").orElse("");
        if (ctx.in(WATCH_NAMESPACE) && !namespace.isEmpty() && !namespace.equals("kube-system")) {
            out.add(WATCH_NAMESPACE.tag(Finding.forbidden("spec.externalDNS.watchNamespace",
                    "externalDNS must watch either all namespaces or only kube-system"))
                    .hint("set externalDns.watchNamespace to kube-system, or leave it out to watch every namespace"));
        }
        if (!provider.equals("external-dns")) return;
        boolean gossip = ctx.cluster().name().endsWith(".k8s.local");
        if (ctx.in(DNS_TOPOLOGY)) {
            boolean none = "None".equals(ComponentFields.dnsType(ctx.cluster()).orElse(null));
            if (gossip || none) {
                out.add(DNS_TOPOLOGY.tag(Finding.forbidden("spec.externalDNS.provider", "external-dns requires public or private DNS topology"))
                        .hint("use externalDns.provider: dns-controller, or a cluster with a DNS zone"));
            }
        } else if (ctx.in(GOSSIP) && ctx.strict() && gossip) {
            // kops-oracle 1.22 and 1.24 report it on the completed spec only ("completed cluster failed validation")
            out.add(GOSSIP.tag(Finding.forbidden("spec.externalDNS.provider", "external-dns does not support gossip clusters"))
                    .hint("use externalDns.provider: dns-controller on a gossip cluster"));
        }
    }
}
