package dev.podnet.api.diag;

/** The error types of Kubernetes' field validation, printed as kops prints them. */
public enum ErrorType {
    REQUIRED("Required value"),
    INVALID("Invalid value"),
    UNSUPPORTED("Unsupported value"),
    FORBIDDEN("Forbidden"),
    DUPLICATE("Duplicate value"),
    TOO_LONG("Too long"),
    TOO_MANY("Too many"),
    INTERNAL("Internal error");

    private final String text;

    ErrorType(String text) { this.text = text; }

    /** {@code Required value}, {@code Invalid value}, ... */
    public String text() { return text; }

    @Override
    public String toString() { return text; }
}
