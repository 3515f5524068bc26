package dev.podnet.manifests.calico;

import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import dev.podnet.manifests.yaml.KopsYaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The calico-typha objects kops' Calico template adds when {@code typhaReplicas} &gt; 0: Service (5473/TCP,
 * targetPort {@code calico-typha}), Deployment ({@code replicas = typhaReplicas}, image
 * {@code <registry>/calico/typha:<version>} beside the release's calico/node image,
 * {@code TYPHA_PROMETHEUSMETRICSENABLED}/{@code TYPHA_PROMETHEUSMETRICSPORT} from the spec,
 * default false/9093) and PodDisruptionBudget (maxUnavailable 1, the template's PDB apiVersion).
 * The objects are data ({@code calico/typha.yaml}), parsed once.
 */
public final class CalicoTypha {

    static final String NAME = "calico-typha";
    static final String NODE_ENV = "FELIX_TYPHAK8SSERVICENAME";

    private static final Manifest OBJECTS = KopsYaml.parseManifest(text("dev/podnet/manifests/calico/typha.yaml"));

    private CalicoTypha() {
    }

    /**
     * The three calico-typha objects (Service, Deployment, PodDisruptionBudget) for another addon of
     * the Calico family (Canal): {@code replicas}, the Typha image, the Prometheus env, the pods'
     * service account and the PDB's apiVersion are the caller's.
     */
    public static List<KubeObject> objects(int replicas, String image, boolean metrics, int metricsPort,
            String serviceAccount, String pdbApiVersion) {
        KubeObject deployment = OBJECTS.get("Deployment", NAME)
                .with("spec.replicas", replicas)
                .with("spec.template.spec.serviceAccountName", serviceAccount)
                .withImage(NAME, image)
                .withEnv(NAME, "TYPHA_PROMETHEUSMETRICSENABLED", String.valueOf(metrics))
                .withEnv(NAME, "TYPHA_PROMETHEUSMETRICSPORT", String.valueOf(metricsPort));
        return List.of(OBJECTS.get("Service", NAME), deployment,
                OBJECTS.get("PodDisruptionBudget", NAME).with("apiVersion", pdbApiVersion));
    }

    /**
     * {@code m} with the typha objects where kops' template has them: the PDB after
     * calico-kube-controllers' PDB, the Service before the calico-node DaemonSet, the Deployment
     * after calico-kube-controllers' Deployment (appended where an anchor is missing).
     */
    static Manifest add(Manifest m, CalicoSpec s, int replicas) {
        String nodeImage = String.valueOf(m.get("DaemonSet", "calico-node").container("calico-node").orElseThrow()
                .get("image"));
        String typhaImage = nodeImage.replace("/node:", "/typha:");
        KubeObject deployment = OBJECTS.get("Deployment", NAME)
                .with("spec.replicas", replicas)
                .withImage(NAME, typhaImage)
                .withEnv(NAME, "TYPHA_PROMETHEUSMETRICSENABLED",
                        String.valueOf(s.typhaPrometheusMetricsEnabled().orElse(false)))
                .withEnv(NAME, "TYPHA_PROMETHEUSMETRICSPORT", String.valueOf(s.typhaPrometheusMetricsPort().orElse(9093)));
        KubeObject service = OBJECTS.get("Service", NAME);
        KubeObject pdb = OBJECTS.get("PodDisruptionBudget", NAME);
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
