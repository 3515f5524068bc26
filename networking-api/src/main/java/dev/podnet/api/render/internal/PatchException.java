package dev.podnet.api.render.internal;

/** An operation that cannot apply; the message says which part and why. */
final class PatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PatchException(String message) {
        super(message);
    }
}
