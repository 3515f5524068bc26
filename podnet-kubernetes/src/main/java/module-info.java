/** Optional bridge: rendered podnet objects as the official Kubernetes Java client models. */
// the Kubernetes client models are an automatic module; their types are this module's API
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.podnet.kubernetes {
    requires transitive dev.podnet.api;
    requires transitive io.kubernetes.client.java.api;
    requires com.google.gson;

    exports dev.podnet.kubernetes;
}
