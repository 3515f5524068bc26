package dev.podnet.providers.internal;

import java.util.Optional;

/** A Go string field as kops reads it: unset and empty are the same value, {@code ""}. */
public final class GoStrings {
    private GoStrings() {
    }

    /** The value when it is set and not empty; otherwise empty. */
    public static Optional<String> nonEmpty(Optional<String> value) {
        return value.isPresent() && !value.get().isEmpty() ? value : Optional.empty();
    }
}
