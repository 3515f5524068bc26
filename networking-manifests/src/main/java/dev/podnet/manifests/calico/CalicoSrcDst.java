package dev.podnet.manifests.calico;

import dev.podnet.api.Cloud;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.manifests.internal.ManifestData;
import dev.podnet.manifests.internal.RenderCaches;
import dev.podnet.manifests.internal.RenderContext;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code crossSubnet} on AWS at kops 1.19-1.21: kops' Calico templates append the k8s-ec2-srcdst
 * ClusterRole, ServiceAccount, ClusterRoleBinding and Deployment (the controller that turns off the EC2
 * source/destination check, so cross-subnet traffic goes unencapsulated). Which templates do, and the
 * objects as kops renders them, are data ({@code srcdst.tsv}, {@code srcdst-objects.yaml}, from
 * src/build/derive_calico_templates.py): all three templates at 1.19 (k8s-1.16's Deployment with no
 * replica: calico-node's Felix does the job there), only k8s-1.12 at 1.20-1.21; none from 1.22, where
 * the field is gone.
 */
final class CalicoSrcDst {

    private static final String BASE = "dev/podnet/manifests/calico/";

    /** The objects by "release template" ({@code srcdst.tsv}), parsed once per engine. */
    private static final RenderCaches.Memo<String, Map<String, List<KubeObject>>> OBJECTS =
            RenderCaches.Memo.data("k8s-ec2-srcdst objects");

    private CalicoSrcDst() {
    }

    /** True when kops' templates see {@code crossSubnet} on AWS (their {@code and (eq .CloudProvider "aws") .Networking.Calico.CrossSubnet}). */
    static boolean awsCrossSubnet(CalicoSpec s, RenderContext ctx) {
        return ctx.cloud().filter(Cloud.AWS::equals).isPresent() && s.crossSubnet().orElse(false);
    }

    /** {@code m} with the release's template's k8s-ec2-srcdst objects appended, with crossSubnet on AWS. */
    static Manifest add(Manifest m, CalicoSpec s, RenderContext ctx) {
        if (!awsCrossSubnet(s, ctx)) {
            return m;
        }
        List<KubeObject> extra = ctx.caches().get(OBJECTS, "srcdst", k -> load())
                .getOrDefault(ctx.releaseKey() + " " + ctx.templateId(), List.of());
        if (extra.isEmpty()) {
            return m;
        }
        List<KubeObject> out = new ArrayList<>(m.objects());
        out.addAll(extra);
        return Manifest.of(out);
    }

    private static Map<String, List<KubeObject>> load() {
        List<KubeObject> pool = ManifestData.pool(text(BASE + "srcdst-objects.yaml"), BASE + "srcdst-objects.yaml");
        Map<String, List<KubeObject>> out = new HashMap<>();
        for (String line : text(BASE + "srcdst.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] row = line.split("\t");
            List<KubeObject> objects = new ArrayList<>();
            for (String i : row[2].split(",")) {
                objects.add(pool.get(Integer.parseInt(i)));
            }
            out.put(row[0] + " " + row[1], List.copyOf(objects));
        }
        return Map.copyOf(out);
    }

    private static String text(String name) {
        try (InputStream in = CalicoSrcDst.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
