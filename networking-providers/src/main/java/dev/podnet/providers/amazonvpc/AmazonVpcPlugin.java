package dev.podnet.providers.amazonvpc;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cluster;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.TablePlugin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * AmazonVpc: lifecycle, names, defaults (from {@code dev/podnet/providers/amazonvpc/provider.yaml}) and validation
 * rules ({@link AmazonVpcRules}), registered once; an {@code env} item without a name completed with an empty one.
 */
public final class AmazonVpcPlugin extends TablePlugin {
    /**
     * Creates the Amazon VPC plugin with its rules ({@link AmazonVpcRules}). The module provides it as a
     * {@code ProviderPlugin}, which {@link dev.podnet.providers.KopsNetworkingEngine} finds through
     * {@link java.util.ServiceLoader}.
     */
    public AmazonVpcPlugin() {
        super(ProviderKind.AMAZON_VPC, "amazonvpc");
    }

    @Override
    protected SpecRules<?> newRules() {
        return new AmazonVpcRules();
    }

    /**
     * kops' EnvVar holds {@code name} as a plain Go string without omitempty: an item without one (a null item too)
     * comes out of completion as {@code name: ""} (kops-oracle 1.19-1.36, oracle/amazonvpc-env.tsv's specs).
     */
    @Override
    @SuppressWarnings("unchecked")
    protected void computed(Map<String, Object> tree, Cluster cluster, KopsVersion release,
            Consumer<AppliedDefault> applied, boolean first) {
        if (first || !(tree.get("env") instanceof List<?> env)) return;
        List<Object> items = (List<Object>) env;
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> item = items.get(i) instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
            if (item.get("name") != null) continue;
            item.put("name", "");
            items.set(i, item);
            applied.accept(AppliedDefault.of("spec.networking.amazonvpc.env[" + i + "].name", "", "amazonvpc.env-name",
                    "an env item's name is a plain Go string kops always writes: empty when not given"));
        }
    }
}
