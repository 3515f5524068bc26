package dev.podnet.api.diag;

/** The error types of Kubernetes' field validation, printed as kops prints them. */
public enum ErrorType {
    /** kops' {@code Required value}. */
    REQUIRED("Required value"),
    /** kops' {@code Invalid value}. */
    INVALID("Invalid value"),
    /** kops' {@code Unsupported value}. */
    UNSUPPORTED("Unsupported value"),
    /** kops' {@code Forbidden}. */
    FORBIDDEN("Forbidden"),
    /** kops' {@code Not found}. */
    NOT_FOUND("Not found"),
    /** kops' {@code Duplicate value}. */
    DUPLICATE("Duplicate value"),
    /** kops' {@code Too long}. */
    TOO_LONG("Too long"),
    /** kops' {@code Too many}. */
    TOO_MANY("Too many"),
    /** kops' {@code Internal error}. */
    INTERNAL("Internal error");

    private final String text;

    ErrorType(String text) { this.text = text; }

    /**
     * {@code Required value}, {@code Invalid value}, ...
     *
     * @return the text, e.g. {@code Invalid value}
     */
    public String text() { return text; }

    @Override
    public String toString() { return text; }
}
