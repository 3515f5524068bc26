package dev.podnet.providers.kindnet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.internal.cluster.IpFamily;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.TablePlugin;

/**
 * kindnet (kops 1.32+): version, log level and fast path from {@code kindnet/provider.yaml}; the
 * masquerade block and NAT64 are computed from the cluster (pkg/model/components/kindnet.go), and only
 * when the user wrote no {@code masquerade} block at all.
 */
public final class KindnetPlugin extends TablePlugin {
    /**
     * Creates the kindnet plugin with its rules ({@link KindnetRules}). The module provides it as a
     * {@code ProviderPlugin}, which {@link dev.podnet.providers.KopsNetworkingEngine} finds through
     * {@link java.util.ServiceLoader}.
     */
    public KindnetPlugin() {
        super(ProviderKind.KINDNET, "kindnet");
    }

    @Override
    protected SpecRules<?> newRules() {
        return new KindnetRules();
    }

    @Override
    protected void computed(Map<String, Object> tree, Cluster cluster, KopsVersion release,
            Consumer<AppliedDefault> applied, boolean first) {
        if (!first || !info(release).status().equals(dev.podnet.api.ProviderStatus.SUPPORTED)) return;
        if (tree.get("masquerade") != null) return;
        boolean v6 = IpFamily.isIpv6Only(cluster);
        if (v6 && tree.get("nat64") == null && !Cloud.AWS.equals(cluster.cloud().orElse(null))) {
            tree.put("nat64", true);
            applied.accept(AppliedDefault.of("spec.networking.kindnet.nat64", "true", "kindnet.nat64",
                    "NAT64 on IPv6-only clusters outside AWS (kops >=1.32; only without a masquerade block)"));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        if (v6) {
            m.put("enabled", false);
        } else {
            m.put("enabled", true);
            List<String> cidrs = new ArrayList<>();
            for (Optional<String> o : List.of(cluster.networking().networkCIDR(), cluster.networking().podCIDR(),
                    cluster.networking().serviceClusterIPRange())) {
                if (!o.orElse("").isEmpty()) cidrs.add(o.get());
            }
            if (!cidrs.isEmpty()) m.put("nonMasqueradeCIDRs", cidrs);
        }
        tree.put("masquerade", m);
        applied.accept(AppliedDefault.of("spec.networking.kindnet.masquerade", m.toString(), "kindnet.masquerade",
                "masquerade off on IPv6-only clusters; else on, except networkCIDR, podCIDR and service range (kops >=1.32; only without a masquerade block)"));
    }
}
