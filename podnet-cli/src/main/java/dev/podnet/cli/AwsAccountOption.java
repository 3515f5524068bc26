package dev.podnet.cli;

import dev.podnet.api.render.AwsAccount;
import java.util.Optional;

/**
 * The {@code --aws-account ID} and {@code --aws-partition P} options ({@code render}, {@code channel},
 * {@code explain}, {@code diff}, {@code migrate}): the AWS account kops would ask AWS for, given to the render as
 * {@link dev.podnet.api.render.RenderOptions#awsAccount()}. A render that names it (a service account's IAM role,
 * {@code spec.iam.useServiceAccountExternalPermissions} on AWS) is refused without it.
 */
final class AwsAccountOption {
    static final OptionSpec ACCOUNT = OptionSpec.value("--aws-account", "ID",
            "the cluster's AWS account (12 digits), for the role ARNs of service accounts kops gives AWS permissions"
                    + " (spec.iam.useServiceAccountExternalPermissions); podnet does not ask AWS");
    static final OptionSpec PARTITION = OptionSpec.value("--aws-partition", "P",
            "the AWS account's partition: aws, aws-cn, aws-us-gov, ... (with --aws-account)").withDefault(AwsAccount.DEFAULT_PARTITION);

    private final String id;
    private final String partition;

    /** The options as given; they are checked when the account is asked for (a usage error then). */
    AwsAccountOption(Arguments args) {
        this.id = args.value(ACCOUNT);
        this.partition = args.value(PARTITION);
    }

    /**
     * The account given; empty without {@code --aws-account}.
     *
     * @throws PodnetCli.UsageError if the id or the partition is malformed, or a partition is given without an account
     */
    Optional<AwsAccount> account() {
        if (id == null) {
            if (!AwsAccount.DEFAULT_PARTITION.equals(partition)) {
                throw new PodnetCli.UsageError("--aws-partition goes with --aws-account ID");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(AwsAccount.of(id, partition));
        } catch (IllegalArgumentException e) {
            throw new PodnetCli.UsageError((e.getMessage().startsWith("AWS account") ? "--aws-account: " : "--aws-partition: ")
                    + e.getMessage());
        }
    }
}
