package dev.podnet.providers.amazonvpc;

import dev.podnet.api.Cloud;
import dev.podnet.api.provider.AmazonVpcSpec;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.RuleContext;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleGates;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * AWS VPC CNI: AWS only, Kubernetes ≤ 1.21 in kops 1.22 only, no IPv6 (1.23+); up to 1.20 an {@code env} name kops'
 * first template cannot write (a build failure).
 */
public final class AmazonVpcRules extends SpecRules<AmazonVpcSpec> {
    private static final RuleGates GATES = RuleGates.ofFolder("amazonvpc");
    private static final Gate AWS_ONLY = GATES.gate("amazonvpc.aws-only");
    private static final Gate KUBERNETES_122 = GATES.gate("amazonvpc.kubernetes-1.22");
    private static final Gate IPV6 = GATES.gate("amazonvpc.ipv6");
    private static final List<Gate> ENV_NAME = List.of(GATES.gate("amazonvpc.env-name.build#k8s-1.10"),
            GATES.gate("amazonvpc.env-name.build#k8s-1.12"));

    /** Creates the Amazon VPC rules; {@link AmazonVpcPlugin} holds the instance that validates clusters. */
    public AmazonVpcRules() { super(ProviderKind.AMAZON_VPC, AmazonVpcSpec.class); }

    @Override
    protected void check(RuleContext ctx, AmazonVpcSpec a, Findings out) {
        if (ctx.in(AWS_ONLY) && !ctx.onCloud(Cloud.AWS)) {
            out.add(AWS_ONLY.tag(Finding.forbidden(path(ctx), "amazon-vpc-routed-eni networking is supported only in AWS"))
                    .hint("use amazonvpc only with cloudProvider: aws"));
        } else if (ctx.in(KUBERNETES_122) && ctx.k8sAtLeast(1, 22)) {
            out.add(KUBERNETES_122.tag(Finding.forbidden(path(ctx), "amazon-vpc-routed-eni networking is supported only for Kubernetes 1.21 and lower"))
                    .hint("use kops 1.23+ for amazonvpc on Kubernetes 1.22 and later"));
        }
        if (ctx.in(IPV6) && ctx.ipv6Only()) {
            out.add(IPV6.tag(Finding.forbidden(path(ctx), "amazon-vpc-routed-eni networking does not support IPv6")).hint("use calico or cilium for IPv6"));
        }        envNames(ctx, a, out);
    }

    /**
     * kops' k8s-1.10 (1.19) and k8s-1.12 (1.20) templates, the first of the channel, write each env item as
     * {@code - name: {{ .Name }}}, unquoted: a name YAML reads as null (empty or absent, {@code null}, {@code ~}, a
     * comment, a flow mapping with a null in it) leaves a null in the manifest and kops' image remapping fails
     * ("unhandled type in manifest: <nil>"; kops-oracle 1.19 and 1.20, oracle/amazonvpc-env.tsv). kops' text echoes the
     * whole manifest between the two reasons, which podnet leaves out. 1.21 writes {@code name: null} there and goes on
     * (podnet writes {@code name: ""}: docs/release-boundaries.md). A name that is no YAML at all fails kops' parse
     * with a line number of the manifest's, not reported here.
     */
    private void envNames(RuleContext ctx, AmazonVpcSpec a, Findings out) {
        if (!ctx.strict()) return;
        for (Gate gate : ENV_NAME) {
            if (!ctx.in(gate)) continue;
            for (int i = 0; i < a.env().size(); i++) {
                String name = a.env().get(i).name().orElse("");
                if (!readsAsNull(name)) continue;
                String template = gate.id().substring(gate.id().indexOf('#') + 1);
                out.add(gate.tag(Finding.invalid(path(ctx, "env[" + i + "].name"), name, "error remapping manifest addons/"
                                + "networking.amazon-vpc-routed-eni/" + template + ".yaml: error remapping images: unhandled type in manifest: <nil>"))
                        .hint("give every env item a name, a plain word such as WARM_IP_TARGET"));
                return;
            }
        }
    }

    /** The name as YAML reads it after {@code name: }, unquoted: null, or holding a null. */
    private static boolean readsAsNull(String name) {
        try {
            // the core schema's nulls (~, null, Null, NULL, empty) are those of kops' YAML reader
            Object doc = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromString("name: " + name);
            return doc instanceof Map<?, ?> m && holdsNull(m.get("name"));
        } catch (YamlEngineException e) {
            return false;
        }
    }

    private static boolean holdsNull(Object v) {
        if (v == null) return true;
        if (v instanceof Map<?, ?> m) return m.keySet().stream().anyMatch(AmazonVpcRules::holdsNull) || m.values().stream().anyMatch(AmazonVpcRules::holdsNull);
        if (v instanceof List<?> l) return l.stream().anyMatch(AmazonVpcRules::holdsNull);
        return false;
    }
}
