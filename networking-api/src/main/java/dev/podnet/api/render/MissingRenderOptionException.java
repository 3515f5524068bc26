package dev.podnet.api.render;

import dev.podnet.api.PodnetException;
import java.util.Objects;

/**
 * A render needs an input podnet does not guess and the {@link RenderOptions} lack it, e.g. the
 * {@link RenderOptions#awsAccount() AWS account} the role ARN of a service account names. The message says which
 * option (and the command line's flag) to set.
 */
public final class MissingRenderOptionException extends PodnetException {
    private static final long serialVersionUID = 1L;
    /** The option the render needs, e.g. {@code RenderOptions.awsAccount}. */
    private final String option;

    /**
     * @param option the option's name, e.g. {@code RenderOptions.awsAccount}
     * @param message what needs it and how to give it
     */
    public MissingRenderOptionException(String option, String message) {
        super(message);
        this.option = Objects.requireNonNull(option, "option");
    }

    /** @return the option the render needs, e.g. {@code RenderOptions.awsAccount} */
    public String option() {
        return option;
    }
}
