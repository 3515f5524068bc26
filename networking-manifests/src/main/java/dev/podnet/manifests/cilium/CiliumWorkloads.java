package dev.podnet.manifests.cilium;

import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.manifests.internal.RenderContext;
import dev.podnet.manifests.object.ContainerEdits;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.yaml.KopsYaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Edits the Cilium agent and operator share (the API server env, resource requests, ports, etcd
 * mounts) and loading the extra objects stored beside the templates.
 */
final class CiliumWorkloads {

    private CiliumWorkloads() {
    }

    static Map<String, Object> item(String key, String path) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", key);
        m.put("path", path);
        return m;
    }

    /** The etcd config and client-certificate mounts. */
    static KubeObject etcdMounts(KubeObject o, String c, boolean etcd, String mountAfter, String volumeAfter,
            Object defaultMode) {
        KubeObject out = o;
        for (String n : new String[] {"etcd-config-path", "etcd-secrets"}) {
            out = ContainerEdits.removeNamed(out, c, "volumeMounts", n);
            out = ContainerEdits.removeNamed(out, null, "volumes", n);
        }
        if (!etcd) {
            return out;
        }
        Map<String, Object> m1 = new LinkedHashMap<>();
        m1.put("mountPath", "/var/lib/etcd-config");
        m1.put("name", "etcd-config-path");
        m1.put("readOnly", true);
        Map<String, Object> m2 = new LinkedHashMap<>();
        m2.put("mountPath", "/var/lib/etcd-secrets");
        m2.put("name", "etcd-secrets");
        m2.put("readOnly", true);
        Map<String, Object> cm = new LinkedHashMap<>();
        cm.put("defaultMode", Integer.parseInt(String.valueOf(defaultMode)));
        cm.put("items", List.of(item("etcd-config", "etcd.config")));
        cm.put("name", "cilium-config");
        Map<String, Object> v1 = new LinkedHashMap<>();
        v1.put("configMap", cm);
        v1.put("name", "etcd-config-path");
        Map<String, Object> hp = new LinkedHashMap<>();
        hp.put("path", "/etc/kubernetes/pki/cilium");
        hp.put("type", "Directory");
        Map<String, Object> v2 = new LinkedHashMap<>();
        v2.put("hostPath", hp);
        v2.put("name", "etcd-secrets");
        out = ContainerEdits.insertAfter(out, c, "volumeMounts", mountAfter, List.of(m1, m2));
        return ContainerEdits.insertAfter(out, null, "volumes", volumeAfter, List.of(v1, v2));
    }


    /** {@code KUBERNETES_SERVICE_HOST=api.internal.<cluster>} in every container that has it. */
    static KubeObject apiServer(KubeObject o, RenderContext ctx) {
        KubeObject out = o;
        for (String name : o.containerNames()) {
            if (dev.podnet.manifests.internal.Edits.hasEnv(out, name, "KUBERNETES_SERVICE_HOST")) {
                out = out.withEnv(name, "KUBERNETES_SERVICE_HOST", ctx.apiInternalName());
            }
        }
        return out;
    }

    static KubeObject requests(KubeObject o, String c, CiliumSpec s) {
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("cpu", quantity(s.cpuRequest().orElse("25m")));
        req.put("memory", quantity(s.memoryRequest().orElse("128Mi")));
        return ContainerEdits.field(o, c, List.of("resources", "requests"), req, false);
    }

    /**
     * kops' templates write a request unquoted ({@code cpu: {{ .CPURequest }}}), so a quantity that
     * is a plain integer ({@code 1}) is a YAML integer in kops' output, any other a string.
     */
    static Object quantity(String q) {
        return dev.podnet.manifests.internal.Edits.digits(q, 18) ? (Object) Long.parseLong(q) : q;
    }

    static Map<String, Object> port(long port, String name, boolean hostPort) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("containerPort", port);
        if (hostPort) {
            p.put("hostPort", port);
        }
        p.put("name", name);
        p.put("protocol", "TCP");
        return p;
    }

    static List<KubeObject> load(String resource) {
        try (InputStream in = CiliumWorkloads.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return KopsYaml.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
