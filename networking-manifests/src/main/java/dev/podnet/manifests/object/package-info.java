/**
 * Kubernetes objects as immutable data with typed edits: {@link dev.podnet.manifests.object.KubeObject}
 * (one object; set an image, an env var, args, resources, a ConfigMap key, labels, any path) and
 * {@link dev.podnet.manifests.object.Manifest} (the ordered objects of one addon).
 *
 * <p>Renderers change upstream manifests only through these edits, never through text
 * templating, so a user value cannot break the YAML or add a field. Objects are written with
 * {@link dev.podnet.manifests.yaml.KopsYaml}.
 */
package dev.podnet.manifests.object;
