package dev.podnet.manifests.cilium;

import static dev.podnet.manifests.cilium.CiliumSubstitutionTest.base;
import static dev.podnet.manifests.cilium.CiliumSubstitutionTest.find;
import static dev.podnet.manifests.cilium.CiliumSubstitutionTest.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.api.provider.HubbleSpec;
import dev.podnet.manifests.object.KubeObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The agent DaemonSet's release facts of {@code cilium/releases.yaml} (enablePolicyEnv, eniPostStartHook,
 * hubbleTlsVolume, hubbleTlsMountAfter, hubbleTlsVolumeAfter), one test per fact, each on both sides of the
 * releases where the fact changes. The objects are as kops renders them (the corpus and oracle
 * conformance tests compare whole manifests); these tests pin each fact to its effect.
 */
class CiliumAgentFactsTest {

    private static final String NMC = "100.64.0.0/10";

    /** A Cilium version each release accepts. */
    private static String version(String release) {
        return switch (release) {
            case "1.28.0" -> "v1.13.6";
            case "1.29.0", "1.30.0" -> "v1.15.6";
            case "1.31.0", "1.33.0" -> "v1.16.7";
            default -> "v1.18.2";
        };
    }

    private static KubeObject daemonSet(String release, CiliumSpec.Builder spec) {
        return find(render(release, spec.build(), NMC), "DaemonSet", "cilium");
    }

    private static Map<String, Object> agent(String release, CiliumSpec.Builder spec) {
        return daemonSet(release, spec).container("cilium-agent").orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(KubeObject o, String path) {
        return (List<Map<String, Object>>) o.get(path).orElse(List.of());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> container, String field) {
        return (List<Map<String, Object>>) container.getOrDefault(field, List.of());
    }

    /** The agent's lifecycle postStart hook, if any. */
    private static Optional<Object> postStart(Map<String, Object> agent) {
        return agent.get("lifecycle") instanceof Map<?, ?> m ? Optional.ofNullable(m.get("postStart")) : Optional.empty();
    }

    /** The name of the entry just before the one named {@code name}. */
    private static String before(List<Map<String, Object>> entries, String name) {
        for (int i = 1; i < entries.size(); i++) {
            if (name.equals(entries.get(i).get("name"))) {
                return String.valueOf(entries.get(i - 1).get("name"));
            }
        }
        throw new AssertionError("no " + name + " after another entry in " + entries);
    }

    private static CiliumSpec.Builder hubble(String release) {
        return base(version(release)).hubble(HubbleSpec.builder().enabled(true).build());
    }

    private static Optional<Map<String, Object>> env(Map<String, Object> agent, String name) {
        return list(agent, "env").stream().filter(e -> name.equals(e.get("name"))).findFirst();
    }

    @Test
    void enablePolicyIsTheAgentsEnvUpTo133() {
        for (String r : List.of("1.28.0", "1.31.0", "1.33.0")) {
            Map<String, Object> agent = agent(r, base(version(r)).enablePolicy("always"));
            assertThat(env(agent, "CILIUM_ENABLE_POLICY")).as(r).hasValueSatisfying(e -> assertThat(e).containsEntry("value", "always"));
        }
        assertThat(env(agent("1.34.0", base(version("1.34.0")).enablePolicy("always")), "CILIUM_ENABLE_POLICY")).isEmpty();
        assertThat(env(agent("1.33.0", base(version("1.33.0"))), "CILIUM_ENABLE_POLICY")).as("unset").isEmpty();
    }

    @Test
    void eniPostStartHookFrom129ByTheReleasesForm() {
        Map<String, Object> hooks = new java.util.LinkedHashMap<>();
        for (KubeObject h : CiliumWorkloads.load("dev/podnet/manifests/cilium/eni-poststart.yaml")) {
            hooks.put(h.name(), h.get("postStart").orElseThrow());
        }
        assertThat(hooks).containsOnlyKeys("1.29", "1.31");
        assertThat(hooks.get("1.29")).isNotEqualTo(hooks.get("1.31"));
        Map<String, String> expected = Map.of("1.29.0", "1.29", "1.30.0", "1.29", "1.31.0", "1.31", "1.33.0", "1.31");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertThat(postStart(agent(e.getKey(), eni(e.getKey())))).as(e.getKey()).contains(hooks.get(e.getValue()));
        }
        Optional<Object> at128 = postStart(agent("1.28.0", eni("1.28.0")));
        assertThat(at128).as("1.28 keeps the template's own hook").isEqualTo(postStart(agent("1.28.0", base(version("1.28.0")))));
        assertThat(hooks.values()).as("1.28").doesNotContain(at128.orElse(null));
    }

    private static CiliumSpec.Builder eni(String release) {
        return base(version(release)).ipam("eni").tunnel("disabled").masquerade(true).enableBPFMasquerade(true);
    }

    private static Map<String, Object> hubbleVolume(String release) {
        return list(daemonSet(release, hubble(release)), "spec.template.spec.volumes").stream()
                .filter(v -> "hubble-tls".equals(v.get("name"))).findFirst().orElseThrow();
    }

    @Test
    void hubbleTlsVolumeIsASecretThenProjectedThenProjectedWithItems() {
        assertThat(hubbleVolume("1.28.0")).containsEntry("secret", Map.of("optional", true, "secretName", "hubble-server-certs"))
                .doesNotContainKey("projected");
        for (String r : List.of("1.29.0", "1.30.0")) {
            assertThat(String.valueOf(hubbleVolume(r).get("projected"))).as(r)
                    .isEqualTo("{defaultMode=256, sources=[{secret={name=hubble-server-certs, optional=true}}]}");
        }
        for (String r : List.of("1.31.0", "1.34.0")) {
            assertThat(String.valueOf(hubbleVolume(r).get("projected"))).as(r).startsWith("{defaultMode=256, sources=[{secret={items=[")
                    .contains("key=tls.crt, path=server.crt").contains("key=ca.crt, path=client-ca.crt");
        }
    }

    @Test
    void hubbleTlsMountFollowsTmpFrom129To133() {
        Map<String, String> expected = Map.of("1.28.0", "xtables-lock", "1.29.0", "tmp", "1.33.0", "tmp", "1.34.0", "xtables-lock");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertThat(before(list(agent(e.getKey(), hubble(e.getKey())), "volumeMounts"), "hubble-tls")).as(e.getKey())
                    .isEqualTo(e.getValue());
        }
    }

    @Test
    void hubbleTlsVolumeFollowsHostProcSysKernelFrom131() {
        Map<String, String> expected = Map.of("1.28.0", "cilium-config-path", "1.30.0", "cilium-config-path",
                "1.31.0", "host-proc-sys-kernel", "1.34.0", "host-proc-sys-kernel");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            KubeObject ds = daemonSet(e.getKey(), hubble(e.getKey()));
            assertThat(before(list(ds, "spec.template.spec.volumes"), "hubble-tls")).as(e.getKey()).isEqualTo(e.getValue());
        }
    }
}
