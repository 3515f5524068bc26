package dev.podnet.api.render;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The AWS account a cluster runs in, as rendering needs it: kops asks AWS for it (the caller's identity) when it
 * builds the addons; podnet never guesses it, so a render that needs it takes it from
 * {@link RenderOptions#awsAccount()}. kops names it in the role ARNs of service accounts that get AWS permissions
 * ({@code spec.iam.useServiceAccountExternalPermissions}): {@code arn:<partition>:iam::<accountId>:role/<name>}.
 * Immutable.
 *
 * <pre>{@code
 * AwsAccount account = AwsAccount.of("123456789012");              // partition aws
 * AwsAccount china = AwsAccount.of("123456789012", "aws-cn");
 * }</pre>
 */
public final class AwsAccount {
    /** The partition of the commercial regions, and the default. */
    public static final String DEFAULT_PARTITION = "aws";

    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");
    // AWS partitions are "aws" and "aws-" plus lower-case words: aws-cn, aws-us-gov, aws-iso, aws-iso-b, ...
    private static final Pattern PARTITION = Pattern.compile("aws(-[a-z0-9]+)*");

    private final String accountId;
    private final String partition;

    private AwsAccount(String accountId, String partition) {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(partition, "partition");
        if (!ACCOUNT_ID.matcher(accountId).matches()) {
            throw new IllegalArgumentException("AWS account id: expected 12 digits, got \"" + accountId + "\"");
        }
        if (!PARTITION.matcher(partition).matches()) {
            throw new IllegalArgumentException("AWS partition: expected aws or aws-<name> (aws-cn, aws-us-gov, ...),"
                    + " got \"" + partition + "\"");
        }
        this.accountId = accountId;
        this.partition = partition;
    }

    /**
     * @param accountId the account's 12 digits, e.g. {@code 123456789012}
     * @return the account in the {@code aws} partition
     * @throws IllegalArgumentException if the id is not 12 digits
     */
    public static AwsAccount of(String accountId) {
        return new AwsAccount(accountId, DEFAULT_PARTITION);
    }

    /**
     * @param accountId the account's 12 digits
     * @param partition its partition: {@code aws}, {@code aws-cn}, {@code aws-us-gov}, ...
     * @return the account
     * @throws IllegalArgumentException if the id is not 12 digits or the partition is not {@code aws} or
     *         {@code aws-<name>}
     */
    public static AwsAccount of(String accountId, String partition) {
        return new AwsAccount(accountId, partition);
    }

    /** @return a builder (partition {@code aws} unless set) */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the account id: 12 digits */
    public String accountId() {
        return accountId;
    }

    /** @return the partition, {@code aws} unless set */
    public String partition() {
        return partition;
    }

    /**
     * @param roleName an IAM role's name
     * @return the role's ARN in this account: {@code arn:<partition>:iam::<accountId>:role/<roleName>}
     */
    public String roleArn(String roleName) {
        return "arn:" + partition + ":iam::" + accountId + ":role/" + Objects.requireNonNull(roleName, "roleName");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AwsAccount a && a.accountId.equals(accountId) && a.partition.equals(partition);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, partition);
    }

    /** @return {@code aws:123456789012} */
    @Override
    public String toString() {
        return partition + ":" + accountId;
    }

    /** Builds an {@link AwsAccount}; the id is required, the partition {@code aws} unless set. */
    public static final class Builder {
        private Optional<String> accountId = Optional.empty();
        private String partition = DEFAULT_PARTITION;

        private Builder() {
        }

        /**
         * @param accountId the account's 12 digits
         * @return this builder
         */
        public Builder accountId(String accountId) {
            this.accountId = Optional.of(Objects.requireNonNull(accountId, "accountId"));
            return this;
        }

        /**
         * @param partition {@code aws}, {@code aws-cn}, {@code aws-us-gov}, ...
         * @return this builder
         */
        public Builder partition(String partition) {
            this.partition = Objects.requireNonNull(partition, "partition");
            return this;
        }

        /**
         * @return the account
         * @throws IllegalStateException if no account id was set
         * @throws IllegalArgumentException if the id or the partition is malformed
         */
        public AwsAccount build() {
            return new AwsAccount(accountId.orElseThrow(() -> new IllegalStateException(
                    "AwsAccount: accountId is required")), partition);
        }
    }
}
