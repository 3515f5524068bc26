package dev.podnet.api;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The part of {@code spec.kubeDNS} networking reads (the cluster DNS service IP). */
@Value.Immutable
public interface KubeDns {
    Optional<String> serverIP();

    @AllowNulls
    Map<String, Object> extraFields();

    static Builder builder() { return new Builder(); }

    final class Builder extends ImmutableKubeDns.Builder {
    }
}
