package dev.podnet.manifests.amazonvpc;

import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.internal.facts.ReleaseFacts;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.FactTables;
import java.util.List;
import java.util.Set;

/**
 * The facts of one kops release that decide the AWS VPC CNI's edits ({@code releases.yaml} beside this class,
 * where each fact is explained; read and checked when the provider first renders).
 *
 * @param rollingUpdateFor the templates whose channel entry says {@code needsRollingUpdate: all} ({@code any}: every one)
 * @param initImage whether {@code initImage} replaces the aws-vpc-cni-init image
 * @param envMap whether aws-node's env is a map written sorted by name
 * @param ipFamilyEnv whether the IP-family env is written
 * @param additionalEniTags whether aws-node gets {@code ADDITIONAL_ENI_TAGS}
 * @param annotatePodIpPatch whether {@code ANNOTATE_POD_IP} adds the pods patch rule
 * @param networkPolicyAgentImage whether {@code networkPolicyAgentImage} replaces the aws-eks-nodeagent image
 * @param runtimeSocket whether the dockershim volume's host path follows the container runtime
 */
record AmazonVpcFacts(List<String> rollingUpdateFor, boolean initImage, boolean envMap, boolean ipFamilyEnv,
        boolean additionalEniTags, boolean annotatePodIpPatch, boolean networkPolicyAgentImage, boolean runtimeSocket) {
    private static final ReleaseFacts<AmazonVpcFacts> TABLE =
            FactTables.cumulative(AmazonVpcFacts.class, "releases.yaml", AmazonVpcFacts::read);

    static AmazonVpcFacts at(KopsVersion release) {
        return TABLE.require(release, "amazonvpc");
    }

    static AmazonVpcFacts read(FactNode n) {
        n.onlyKeys(Set.of("rollingUpdateFor", "initImage", "envMap", "ipFamilyEnv", "additionalEniTags",
                "annotatePodIpPatch", "networkPolicyAgentImage", "runtimeSocket"));
        return new AmazonVpcFacts(n.texts("rollingUpdateFor"), n.bool("initImage", false), n.bool("envMap", false),
                n.bool("ipFamilyEnv", false), n.bool("additionalEniTags", false), n.bool("annotatePodIpPatch", false),
                n.bool("networkPolicyAgentImage", false), n.bool("runtimeSocket", false));
    }
}
