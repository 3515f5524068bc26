package dev.podnet.manifests.internal;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.internal.MutableTrees;
import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.internal.facts.ReleaseFacts;
import dev.podnet.api.render.AwsAccount;
import dev.podnet.api.render.MissingRenderOptionException;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * kops' AWS IAM roles for the service accounts of addon workloads ({@code service-account-roles.yaml} beside this
 * class says which, from which release). With {@code spec.iam.useServiceAccountExternalPermissions: true} on AWS, kops
 * remaps each addon's manifest after rendering it and gives every {@code apps/v1} Deployment and DaemonSet running as
 * such a service account the role, through a web identity: a projected service-account token volume
 * {@code token-amazonaws-com} (audience {@code amazonaws.com}, 86400 s, mode 420), its read-only mount at
 * {@code /var/run/secrets/amazonaws.com/} and the env {@code AWS_ROLE_ARN} and {@code AWS_WEB_IDENTITY_TOKEN_FILE}
 * appended in every container (not the init containers), and {@code fsGroup: 10001} unless the pod sets one. The
 * pod spec is then written as Go writes kops' typed pod spec ({@link TypedPodSpec}). The role is named
 * {@code <service account>.<namespace>.sa.<cluster>}, cut to 64 characters as kops cuts names (kops-oracle 1.24-1.36:
 * long cluster names), in the account of {@link dev.podnet.api.render.RenderOptions#awsAccount()}, which the render
 * then needs.
 */
public final class ServiceAccountRoles {
    /** The option a render with a role needs, as the message names it. */
    public static final String OPTION = "RenderOptions.awsAccount";
    static final String VOLUME = "token-amazonaws-com";
    static final String TOKEN_DIR = "/var/run/secrets/amazonaws.com/";
    static final String TOKEN_PATH = "token";
    static final int TOKEN_SECONDS = 86400;
    static final int TOKEN_MODE = 420;
    static final int FS_GROUP = 10001;
    static final int ROLE_NAME_MAX = 64;
    static final int HASH_LENGTH = 6;

    private static final ReleaseFacts<List<Role>> TABLE =
            FactTables.cumulative(ServiceAccountRoles.class, "service-account-roles.yaml", ServiceAccountRoles::read);

    private ServiceAccountRoles() {
    }

    /**
     * A service account of an addon that gets a role.
     *
     * @param addonKey the addon, e.g. {@code networking.kuberouter}
     * @param namespace the service account's namespace
     * @param name the service account's name
     */
    record Role(String addonKey, String namespace, String name) {
        static Role parse(FactNode n) {
            String[] parts = n.text().split("[ /]");
            if (parts.length != 3) {
                throw n.fail("expected \"<addon key> <namespace>/<service account>\", got \"" + n.text() + "\"");
            }
            return new Role(parts[0], parts[1], parts[2]);
        }
    }

    /**
     * The addon's manifest with the roles kops sets at {@code release}: unchanged unless the cluster takes
     * service-account permissions from AWS and a workload of the addon runs as a service account with a role.
     *
     * @throws MissingRenderOptionException if a role is set and {@code account} is empty
     */
    public static Manifest apply(Manifest m, String addonKey, Cluster completed, KopsVersion release,
            Optional<AwsAccount> account) {
        if (!externalPermissions(completed)) {
            return m;
        }
        Manifest out = m;
        for (Role role : TABLE.at(release).orElse(List.of())) {
            if (!role.addonKey().equals(addonKey)) {
                continue;
            }
            for (KubeObject o : m.objects()) {
                if (!runsAs(o, role)) {
                    continue;
                }
                AwsAccount a = account.orElseThrow(() -> missing(o, role, completed));
                String arn = a.roleArn(roleName(role, completed.name()));
                out = out.edit(o.kind(), o.name(), w -> withRole(w, arn));
            }
        }
        return out;
    }

    /** The addons with a service-account role at {@code release}, in table order. */
    static List<String> addons(KopsVersion release) {
        return TABLE.at(release).orElse(List.of()).stream().map(Role::addonKey).distinct().toList();
    }

    /** kops' {@code UseServiceAccountExternalPermissions} on AWS (elsewhere kops refuses the channel build). */
    static boolean externalPermissions(Cluster c) {
        return c.cloud().filter(Cloud.AWS::equals).isPresent()
                && c.extraSpec().get("iam") instanceof Map<?, ?> iam
                && Boolean.TRUE.equals(iam.get("useServiceAccountExternalPermissions"));
    }

    private static boolean runsAs(KubeObject o, Role role) {
        return o.apiVersion().equals("apps/v1") && (o.kind().equals("DaemonSet") || o.kind().equals("Deployment"))
                && role.namespace().equals(o.namespace().orElse(""))
                && role.name().equals(o.get("spec.template.spec.serviceAccountName").orElse(null));
    }

    private static MissingRenderOptionException missing(KubeObject o, Role role, Cluster c) {
        return new MissingRenderOptionException(OPTION, o.kind() + " " + role.namespace() + "/" + o.name()
                + " of " + role.addonKey() + " gets the AWS IAM role of service account " + role.namespace() + "/"
                + role.name() + " (spec.iam.useServiceAccountExternalPermissions on AWS), whose ARN names the AWS"
                + " account of cluster " + c.name() + ": set " + OPTION
                + " (command line: --aws-account ID, and --aws-partition P outside the aws partition)");
    }

    /** kops' role name: {@code <name>.<namespace>.sa.<cluster>}, cut to 64 characters. */
    static String roleName(Role role, String cluster) {
        return truncate(role.name() + "." + role.namespace() + ".sa." + cluster, ROLE_NAME_MAX);
    }

    /**
     * kops' {@code truncate.TruncateString}: a longer string keeps its first {@code max - 7} characters, then
     * {@code -} and the first 6 characters of its FNV-1a 32-bit hash in lower-case base32hex (kops-oracle 1.24-1.36).
     */
    static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int h = 0x811c9dc5;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x01000193;
        }
        String digits = "0123456789abcdefghijklmnopqrstuv";
        StringBuilder hash = new StringBuilder(HASH_LENGTH);
        for (int i = 0; i < HASH_LENGTH; i++) {
            hash.append(digits.charAt((h >>> (27 - 5 * i)) & 31));
        }
        return s.substring(0, max - HASH_LENGTH - 1) + "-" + hash;
    }

    /** The workload with the role's web identity, its pod spec written as kops' typed round trip writes it. */
    static KubeObject withRole(KubeObject w, String arn) {
        @SuppressWarnings("unchecked")
        Map<String, Object> spec = (Map<String, Object>) MutableTrees.copy(w.get("spec.template.spec").orElseThrow());
        Map<String, Object> token = new LinkedHashMap<>();
        token.put("audience", "amazonaws.com");
        token.put("expirationSeconds", TOKEN_SECONDS);
        token.put("path", TOKEN_PATH);
        Map<String, Object> projected = new LinkedHashMap<>();
        projected.put("defaultMode", TOKEN_MODE);
        projected.put("sources", new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("serviceAccountToken", token)))));
        Map<String, Object> volume = new LinkedHashMap<>();
        volume.put("name", VOLUME);
        volume.put("projected", projected);
        list(spec, "volumes").add(volume);
        for (Object c : list(spec, "containers")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> container = (Map<String, Object>) c;
            List<Object> env = list(container, "env");
            env.add(entry("name", "AWS_ROLE_ARN", "value", arn));
            env.add(entry("name", "AWS_WEB_IDENTITY_TOKEN_FILE", "value", TOKEN_DIR + TOKEN_PATH));
            Map<String, Object> mount = entry("mountPath", TOKEN_DIR, "name", VOLUME);
            mount.put("readOnly", true);
            list(container, "volumeMounts").add(mount);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> security = (Map<String, Object>) spec.computeIfAbsent("securityContext",
                k -> new LinkedHashMap<String, Object>());
        if (security.get("fsGroup") == null) {
            security.put("fsGroup", FS_GROUP);
        }
        TypedPodSpec.normalize(spec);
        return w.with("spec.template.spec", spec);
    }

    private static Map<String, Object> entry(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v instanceof List<?>) {
            return (List<Object>) v;
        }
        List<Object> l = new ArrayList<>();
        m.put(key, l);
        return l;
    }


    private static List<Role> read(FactNode n) {
        n.onlyKeys(Set.of("roles"));
        return n.rows("roles", Role::parse);
    }
}
