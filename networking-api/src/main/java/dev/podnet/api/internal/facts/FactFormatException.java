package dev.podnet.api.internal.facts;

/** A fact table that does not have the shape its reader expects: names the resource, the row and the reason. */
public final class FactFormatException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public FactFormatException(String resource, String location, String reason) {
        super(resource + ": " + (location.isEmpty() ? "document" : location) + ": " + reason);
    }

    public FactFormatException(String resource, String location, String reason, Throwable cause) {
        super(resource + ": " + (location.isEmpty() ? "document" : location) + ": " + reason, cause);
    }
}
