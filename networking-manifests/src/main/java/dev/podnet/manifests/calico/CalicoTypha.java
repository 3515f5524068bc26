package dev.podnet.manifests.calico;

import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.manifests.internal.ManifestData;
import dev.podnet.manifests.internal.RenderCaches;
import dev.podnet.manifests.internal.RenderContext;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import dev.podnet.manifests.yaml.KopsYaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The calico-typha objects kops' Calico template adds when {@code typhaReplicas} &gt; 0: Service (5473/TCP,
 * targetPort {@code calico-typha}), Deployment ({@code replicas = typhaReplicas}, image
 * {@code <registry>/calico/typha:<version>} beside the release's calico/node image,
 * {@code TYPHA_PROMETHEUSMETRICSENABLED}/{@code TYPHA_PROMETHEUSMETRICSPORT} from the spec,
 * default false/9093) and PodDisruptionBudget (maxUnavailable 1, the template's PDB apiVersion).
 * The objects are data: kops' own render per release and template ({@code typha.tsv},
 * {@code typha-objects.yaml}, from src/build/derive_calico_templates.py), else {@code typha.yaml}.
 */
public final class CalicoTypha {

    static final String NAME = "calico-typha";
    static final String NODE_ENV = "FELIX_TYPHAK8SSERVICENAME";

    /** The generic calico-typha objects ({@code typha.yaml}), parsed once per engine. */
    private static final RenderCaches.Memo<String, Manifest> GENERIC = RenderCaches.Memo.data("typha generic objects");

    private static Manifest generic(RenderCaches caches) {
        return caches.get(GENERIC, "dev/podnet/manifests/calico/typha.yaml", r -> KopsYaml.parseManifest(text(r)));
    }

    /** The calico-typha objects kops renders, per provider folder ({@code typha.tsv}, {@code typha-objects.yaml}). */
    private static final RenderCaches.Memo<String, Table> RENDERED =
            RenderCaches.Memo.data("typha objects");

    /**
     * The Service, Deployment and PodDisruptionBudget kops renders for a (release, template) of a
     * provider (images blank), and where the template puts them: {@code together} before the DaemonSet,
     * or {@code by-kind} beside calico-kube-controllers' object of the same kind.
     */
    public record Rendered(KubeObject service, KubeObject deployment, Optional<KubeObject> pdb, boolean together) {
    }

    /**
     * What {@code typha.tsv} says of a (release, template): Typha's objects by template, or {@code none}
     * (the template has no Typha and ignores {@code typhaReplicas}: kops 1.19-1.21's Canal k8s-1.9 and
     * k8s-1.12, Calico's k8s-1.7).
     */
    private record Table(Map<String, Rendered> rendered, java.util.Set<String> without) {
    }

    /** The objects {@code typha.tsv} of {@code folder} lists for a release key and template, if any. */
    public static Optional<Rendered> rendered(RenderCaches caches, String folder, String release, String templateId) {
        return Optional.ofNullable(caches.get(RENDERED, folder, CalicoTypha::loadRendered).rendered()
                .get(release + " " + templateId));
    }

    /**
     * True where {@code typha.tsv} of {@code folder} says the release's template has no Typha at all
     * ({@code none}): kops renders it alike whatever {@code typhaReplicas} says (kops-oracle renders).
     */
    public static boolean templateWithoutTypha(RenderCaches caches, String folder, String release, String templateId) {
        return caches.get(RENDERED, folder, CalicoTypha::loadRendered).without().contains(release + " " + templateId);
    }

    private static Table loadRendered(String folder) {
        String base = "dev/podnet/manifests/" + folder + "/";
        List<KubeObject> pool = ManifestData.pool(text(base + "typha-objects.yaml"), base + "typha-objects.yaml");
        Map<String, Rendered> out = new HashMap<>();
        java.util.Set<String> without = new java.util.HashSet<>();
        for (String line : text(base + "typha.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] row = line.split("\t");
            if (row[2].equals("none")) {
                without.add(row[0] + " " + row[1]);
                continue;
            }
            String[] ids = row[2].split(",");
            Optional<KubeObject> pdb = ids[2].equals("-") ? Optional.empty() : Optional.of(pool.get(Integer.parseInt(ids[2])));
            out.put(row[0] + " " + row[1], new Rendered(pool.get(Integer.parseInt(ids[0])),
                    pool.get(Integer.parseInt(ids[1])), pdb, "together".equals(row[3])));
        }
        return new Table(Map.copyOf(out), java.util.Set.copyOf(without));
    }

    /** The rendered Deployment with the spec's values: replicas, image, Typha's Prometheus env. */
    public static KubeObject deployment(KubeObject deployment, int replicas, String image, boolean metrics,
            int metricsPort) {
        return deployment.with("spec.replicas", replicas)
                .withImage(NAME, image)
                .withEnv(NAME, "TYPHA_PROMETHEUSMETRICSENABLED", String.valueOf(metrics))
                .withEnv(NAME, "TYPHA_PROMETHEUSMETRICSPORT", String.valueOf(metricsPort));
    }

    /**
     * {@code m} with the rendered objects where the template has them (kops 1.19-1.21's k8s-1.12 has no
     * PodDisruptionBudget): together before {@code daemonSet}, or by kind (the PDB after calico-kube-controllers' PDB, the Service before
     * {@code daemonSet}, the Deployment after calico-kube-controllers' Deployment).
     */
    public static Manifest place(Manifest m, Rendered r, KubeObject deployment, String daemonSet) {
        List<KubeObject> out = new ArrayList<>();
        for (KubeObject o : m.objects()) {
            boolean ds = o.kind().equals("DaemonSet") && o.name().equals(daemonSet);
            if (ds && r.together()) {
                out.add(r.service());
                out.add(deployment);
                r.pdb().ifPresent(out::add);
            } else if (ds) {
                out.add(r.service());
            }
            out.add(o);
            if (!r.together() && o.name().equals("calico-kube-controllers")) {
                if (o.kind().equals("PodDisruptionBudget")) {
                    r.pdb().ifPresent(out::add);
                } else if (o.kind().equals("Deployment")) {
                    out.add(deployment);
                }
            }
        }
        return Manifest.of(out);
    }

    private CalicoTypha() {
    }

    /**
     * The three calico-typha objects (Service, Deployment, PodDisruptionBudget) for another addon of
     * the Calico family (Canal): {@code replicas}, the Typha image, the Prometheus env, the pods'
     * service account and the PDB's apiVersion are the caller's.
     */
    public static List<KubeObject> objects(RenderCaches caches, int replicas, String image, boolean metrics,
            int metricsPort, String serviceAccount, String pdbApiVersion) {
        Manifest objects = generic(caches);
        KubeObject deployment = objects.get("Deployment", NAME)
                .with("spec.replicas", replicas)
                .with("spec.template.spec.serviceAccountName", serviceAccount)
                .withImage(NAME, image)
                .withEnv(NAME, "TYPHA_PROMETHEUSMETRICSENABLED", String.valueOf(metrics))
                .withEnv(NAME, "TYPHA_PROMETHEUSMETRICSPORT", String.valueOf(metricsPort));
        return List.of(objects.get("Service", NAME), deployment,
                objects.get("PodDisruptionBudget", NAME).with("apiVersion", pdbApiVersion));
    }

    /**
     * {@code m} with the typha objects where kops' template has them: kops' render of the release and
     * template where {@code typha.tsv} has it ({@link #place}), else the generic objects: the PDB after
     * calico-kube-controllers' PDB, the Service before the calico-node DaemonSet, the Deployment
     * after calico-kube-controllers' Deployment (appended where an anchor is missing).
     */
    static Manifest add(Manifest m, CalicoSpec s, int replicas, RenderContext ctx) {
        return add(m, s, replicas, rendered(ctx.caches(), "calico", ctx.releaseKey(), ctx.templateId()), ctx.caches());
    }

    private static Manifest add(Manifest m, CalicoSpec s, int replicas, Optional<Rendered> rendered,
            RenderCaches caches) {
        String nodeImage = String.valueOf(m.get("DaemonSet", "calico-node").container("calico-node").orElseThrow()
                .get("image"));
        String typhaImage = nodeImage.replace("/node:", "/typha:");
        if (rendered.isPresent()) {
            return place(m, rendered.get(), deployment(rendered.get().deployment(), replicas, typhaImage,
                    s.typhaPrometheusMetricsEnabled().orElse(false), s.typhaPrometheusMetricsPort().orElse(9093)),
                    "calico-node");
        }
        Manifest objects = generic(caches);
        KubeObject deployment = objects.get("Deployment", NAME)
                .with("spec.replicas", replicas)
                .withImage(NAME, typhaImage)
                .withEnv(NAME, "TYPHA_PROMETHEUSMETRICSENABLED",
                        String.valueOf(s.typhaPrometheusMetricsEnabled().orElse(false)))
                .withEnv(NAME, "TYPHA_PROMETHEUSMETRICSPORT", String.valueOf(s.typhaPrometheusMetricsPort().orElse(9093)));
        KubeObject service = objects.get("Service", NAME);
        KubeObject pdb = objects.get("PodDisruptionBudget", NAME);
        KubeObject controllersPdb = m.find("PodDisruptionBudget", "calico-kube-controllers").orElse(null);
        if (controllersPdb != null) {
            pdb = pdb.with("apiVersion", controllersPdb.apiVersion());
        }
        List<KubeObject> out = new ArrayList<>();
        boolean placedPdb = false;
        boolean placedService = false;
        boolean placedDeployment = false;
        for (KubeObject o : m.objects()) {
            if (o.kind().equals("DaemonSet") && o.name().equals("calico-node")) {
                out.add(service);
                placedService = true;
            }
            out.add(o);
            if (o.kind().equals("PodDisruptionBudget") && o.name().equals("calico-kube-controllers")) {
                out.add(pdb);
                placedPdb = true;
            }
            if (o.kind().equals("Deployment") && o.name().equals("calico-kube-controllers")) {
                out.add(deployment);
                placedDeployment = true;
            }
        }
        if (!placedService) {
            out.add(service);
        }
        if (!placedDeployment) {
            out.add(deployment);
        }
        if (!placedPdb) {
            out.add(pdb);
        }
        return Manifest.of(out);
    }

    /**
     * kops' templates of some releases write {@code policy/v1} PodDisruptionBudgets only from a
     * Kubernetes minor ({@code pdbV1FromKubernetes}, releases.yaml), {@code policy/v1beta1} below it.
     */
    public static Manifest pdbApiVersion(Manifest m, java.util.Optional<String> fromKubernetes, int kubernetesMinor) {
        if (dev.podnet.manifests.internal.PodDisruptionBudgets.apiVersion(fromKubernetes, kubernetesMinor).equals("policy/v1")) {
            return m;
        }
        Manifest out = m;
        for (KubeObject pdb : m.findAll("PodDisruptionBudget")) {
            out = out.edit("PodDisruptionBudget", pdb.name(), o -> o.with("apiVersion", "policy/v1beta1"));
        }
        return out;
    }

    private static String text(String name) {
        try (InputStream in = CalicoTypha.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
