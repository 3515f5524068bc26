package dev.podnet.kubernetes;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import dev.podnet.api.render.ObjectView;
import dev.podnet.api.render.RenderedAddon;
import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ClusterRole;
import io.kubernetes.client.openapi.models.V1ClusterRoleBinding;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1CronJob;
import io.kubernetes.client.openapi.models.V1CustomResourceDefinition;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Endpoints;
import io.kubernetes.client.openapi.models.V1IngressClass;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1PriorityClass;
import io.kubernetes.client.openapi.models.V1Role;
import io.kubernetes.client.openapi.models.V1RoleBinding;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V1ValidatingWebhookConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rendered podnet objects as the official Kubernetes Java client models
 * ({@code io.kubernetes:client-java-api}). Conversion is strict: a field the model does not know
 * fails it. Custom resources and API versions the models no longer carry (e.g.
 * {@code policy/v1beta1}) have no model: {@link #toModel} gives empty for them. Stateless.
 *
 * <pre>{@code
 * V1DaemonSet node = KubernetesModels.as(addon.manifest().get("DaemonSet", "calico-node"), V1DaemonSet.class);
 * }</pre>
 */
public final class KubernetesModels {
    private static final Map<String, Class<? extends KubernetesObject>> MODELS = Map.ofEntries(
            Map.entry("v1/ConfigMap", V1ConfigMap.class),
            Map.entry("v1/Secret", V1Secret.class),
            Map.entry("v1/Service", V1Service.class),
            Map.entry("v1/ServiceAccount", V1ServiceAccount.class),
            Map.entry("v1/Namespace", V1Namespace.class),
            Map.entry("v1/Endpoints", V1Endpoints.class),
            Map.entry("v1/Pod", V1Pod.class),
            Map.entry("apps/v1/DaemonSet", V1DaemonSet.class),
            Map.entry("apps/v1/Deployment", V1Deployment.class),
            Map.entry("apps/v1/StatefulSet", V1StatefulSet.class),
            Map.entry("batch/v1/Job", V1Job.class),
            Map.entry("batch/v1/CronJob", V1CronJob.class),
            Map.entry("rbac.authorization.k8s.io/v1/ClusterRole", V1ClusterRole.class),
            Map.entry("rbac.authorization.k8s.io/v1/ClusterRoleBinding", V1ClusterRoleBinding.class),
            Map.entry("rbac.authorization.k8s.io/v1/Role", V1Role.class),
            Map.entry("rbac.authorization.k8s.io/v1/RoleBinding", V1RoleBinding.class),
            Map.entry("policy/v1/PodDisruptionBudget", V1PodDisruptionBudget.class),
            Map.entry("scheduling.k8s.io/v1/PriorityClass", V1PriorityClass.class),
            Map.entry("networking.k8s.io/v1/IngressClass", V1IngressClass.class),
            Map.entry("admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration", V1ValidatingWebhookConfiguration.class),
            Map.entry("apiextensions.k8s.io/v1/CustomResourceDefinition", V1CustomResourceDefinition.class));

    private KubernetesModels() {
    }

    /**
     * The client model class this bridge maps an object of this apiVersion and kind to.
     *
     * @param apiVersion e.g. {@code apps/v1}
     * @param kind e.g. {@code DaemonSet}
     * @return the model class of that apiVersion and kind, if this bridge has one
     */
    public static Optional<Class<? extends KubernetesObject>> modelClass(String apiVersion, String kind) {
        return Optional.ofNullable(MODELS.get(apiVersion + "/" + kind));
    }

    /**
     * One rendered object as its client model, when the bridge has a model for its apiVersion and kind.
     *
     * @param object a rendered object
     * @return its model, or empty for a custom resource or a retired API version
     * @throws IllegalArgumentException if the object does not fit its model (a field it does not know)
     */
    public static Optional<KubernetesObject> toModel(ObjectView object) {
        return modelClass(object.apiVersion(), object.kind()).map(type -> as(object, type));
    }

    /**
     * One rendered object read as the given client model (through the client's own Gson).
     *
     * @param object a rendered object
     * @param type the model to read it as, e.g. {@code V1DaemonSet.class}
     * @param <T> the model type
     * @return the object as that model
     * @throws IllegalArgumentException if the object does not fit the model
     */
    public static <T extends KubernetesObject> T as(ObjectView object, Class<T> type) {
        Gson gson = JSON.getGson();
        JsonElement json = gson.toJsonTree(object.tree());
        try {
            return gson.fromJson(json, type);
        } catch (JsonParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException(object.kind() + " " + object.name() + " does not fit " + type.getSimpleName()
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every object of an addon that has a client model, as that model; the others are left out.
     *
     * @param addon a rendered addon
     * @return the models of its objects that have one, in manifest order
     * @throws IllegalArgumentException if an object does not fit its model
     */
    public static List<KubernetesObject> toModels(RenderedAddon addon) {
        List<KubernetesObject> out = new ArrayList<>();
        for (ObjectView o : addon.manifest().objects()) toModel(o).ifPresent(out::add);
        return List.copyOf(out);
    }
}
