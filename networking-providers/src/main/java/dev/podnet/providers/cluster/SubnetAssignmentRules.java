package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.api.Subnet;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * kops' {@code PerformAssignments} gives the subnets without a cidr one before it validates the spec; where that fails
 * ({@code PerformAssignments: ...}) its error is the only one reported, whatever else the spec holds (kops-oracle
 * 1.19-1.36, oracle/additional-routes.tsv: a cidr-less subnet of an unknown type beside refused routes, an update
 * policy or a non-masquerade range; at 1.28-1.36 a Private subnet left no block beside a Utility one). kops' text is
 * podnet's detail; podnet names the subnet's type or cidr ({@link SubnetCidrAssignment} carves the blocks).
 */
final class SubnetAssignmentRules {
    private static final Gate TYPE_UNEXPECTED = gate("cluster.subnet-type#unexpected");
    private static final Gate ASSIGNMENT = gate("cluster.subnet-cidr-assignment");

    private SubnetAssignmentRules() {
    }

    /** {@return kops' refusal to assign the subnets' CIDRs, if any} */
    static Optional<Diagnostic> refusal(RuleContext ctx) {
        try {
            SubnetCidrAssignment.assign(ClusterRanges.beforeSubnetCidrs(ctx), ctx.release(), ClusterRanges.UNREPORTED);
            return Optional.empty();
        } catch (SubnetCidrAssignment.Refused e) {
            List<Subnet> subnets = ctx.cluster().networking().subnets();
            if (e.unknownType() && ctx.in(TYPE_UNEXPECTED)) {
                int i = e.subnet().orElseThrow();
                String type = subnets.get(i).type().orElse("");
                return Optional.of(TYPE_UNEXPECTED.tag(Finding.invalid(ctx.net("subnets[" + i + "].type"), type, e.getMessage()))
                        .hint("set the subnet's type (Public, Private or Utility) or its cidr").build());
            }
            if (e.unknownType() || !ctx.in(ASSIGNMENT)) return Optional.empty();
            Diagnostic.Builder finding = e.subnet().isPresent()
                    ? Finding.required(ctx.net("subnets[" + e.subnet().getAsInt() + "].cidr"), e.getMessage())
                    : Finding.invalid(ctx.net("networkCIDR"), ctx.cluster().networking().networkCIDR().orElse(""), e.getMessage());
            return Optional.of(ASSIGNMENT.tag(finding)
                    .hint("give the subnets cidrs of their own inside networkCIDR, or leave room in it for the ones kops assigns").build());
        }
    }
}
