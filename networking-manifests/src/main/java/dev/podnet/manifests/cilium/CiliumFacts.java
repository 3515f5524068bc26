package dev.podnet.manifests.cilium;

import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.internal.facts.ReleaseFacts;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.internal.FactTables;
import dev.podnet.manifests.internal.TemplateEdit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The facts of one kops release that decide Cilium's edits ({@code releases.yaml} beside this class, where each
 * fact is explained under its name; read and checked when Cilium first renders). Flags absent from the table
 * are false.
 *
 * @param templateId the template id
 * @param legacyTemplate the template id for older Cilium versions (up to kops 1.24)
 * @param registry whether spec.networking.cilium.registry replaces the images' registry
 * @param hubble whether Hubble is rendered when enabled
 * @param hubbleTls whether Hubble serves with TLS
 * @param resourceRequests whether agent and operator get resource requests
 * @param hubbleCertName the cluster label of hubble-server-certs: default, clusterName or clusterNameDashed
 * @param hubbleCertCommonName whether hubble-server-certs also carries commonName
 * @param relayClusterName whether hubble-relay-config gets cluster-name
 * @param operatorIpv6ProbeHost whether operator probes use ::1 on IPv6-only clusters
 * @param operatorPodAnnotations whether operatorPodAnnotations go on the operator's pods
 * @param ingress whether ingress.enabled renders Cilium Ingress
 * @param ingressStatusResources resources the agent's ClusterRole may update for Ingress
 * @param gatewayAPI whether gatewayAPI.enabled renders Gateway API support
 * @param etcdAgentConfigMode the agent's etcd-config-path defaultMode
 * @param etcdOperatorConfigMode the operator's etcd-config-path defaultMode
 * @param etcdConfigBlankLine whether etcd-config has an empty line after the endpoints
 * @param prometheusPortRune whether the prometheus.io/port annotation is the port's code point
 * @param prometheusPortLast whether the agent's prometheus port follows the Hubble ports
 * @param operatorPrometheusPort the operator's prometheus port
 * @param debugMonitor the cilium-monitor sidecar's command with debug (empty: no sidecar)
 * @param sharedIngressLb the form of the shared ingress LoadBalancer
 * @param channelVersion the channel entry's own version (empty: the packaging's)
 * @param channelKubernetesVersion the channel entry's Kubernetes range
 * @param eraTemplate whether the 1.19-1.21 k8s-1.12 template carries the Prometheus ports and etcd mounts
 * @param rollingUpdate whether the channel entry says needsRollingUpdate: all
 * @param noPrometheusAnnotations whether the agent's pods get no prometheus.io annotations
 * @param extraConfig whether extraConfig entries are written last into cilium-config
 * @param hubbleMetricsPortAlone whether the hubble-metrics port needs only the metrics listed
 * @param hubbleMetricsPort the agent's hubble-metrics port
 * @param hubblePeerServicePort whether the agent has the peer-service port with Hubble
 * @param enablePolicyEnv whether enablePolicy is the agent's env CILIUM_ENABLE_POLICY
 * @param eniPostStartHook the agent's postStart hook with ipam: eni
 * @param hubbleTlsVolume the hubble-tls volume's form: secret, projected or projected-items
 * @param hubbleTlsMountAfter the volumeMount the hubble-tls mount follows
 * @param hubbleTlsVolumeAfter the volume the hubble-tls volume follows
 * @param gatewayOperatorRules the form of gateway-operator-rules.yaml
 * @param agentMetricsService the form of the agent's envoy-metrics Service with Prometheus metrics and Gateway API
 * @param oldCiliumEntries the channel entries listed instead for older Cilium versions
 * @param eniOperatorOnMasters whether the operator runs on masters with ipam: eni
 * @param minorTemplates the templates of older Cilium minors kept beside the default one (kops 1.20-1.21)
 * @param templateChannelVersion the channel version of one template's entry where it differs from channelVersion
 * @param manifestFiles the file names of the entries' manifests, by template id and Cilium minor
 * @param pdbV1FromKubernetes the Kubernetes minor from which the operator's PodDisruptionBudget is policy/v1
 *     (empty: policy/v1 whatever the version)
 * @param unsetVersionTags by template id and container, the image tag a template falls back to when the spec
 *     names no Cilium version (kops 1.18, which defaults none)
 * @param templateEdits by template id, the named edits ({@link CiliumTemplateEdit}) that make the release's
 *     template from the objects podnet holds for it (borrowed.tsv)
 * @param remoteNodeIdentityPointer whether enableRemoteNodeIdentity is a pointer the pre-1.8 templates test for
 *     truth (they write "true" whatever its value)
 */
record CiliumFacts(String templateId, Optional<LegacyTemplate> legacyTemplate, boolean registry, boolean hubble,
        boolean hubbleTls, boolean resourceRequests, String hubbleCertName, boolean hubbleCertCommonName,
        boolean relayClusterName, boolean operatorIpv6ProbeHost, boolean operatorPodAnnotations, boolean ingress,
        List<String> ingressStatusResources, boolean gatewayAPI, int etcdAgentConfigMode, int etcdOperatorConfigMode,
        boolean etcdConfigBlankLine, boolean prometheusPortRune, boolean prometheusPortLast, int operatorPrometheusPort,
        Optional<String> debugMonitor, Optional<String> sharedIngressLb, Optional<String> channelVersion,
        Optional<String> channelKubernetesVersion, boolean eraTemplate, boolean rollingUpdate, boolean noPrometheusAnnotations,
        boolean extraConfig, boolean hubbleMetricsPortAlone, int hubbleMetricsPort, boolean hubblePeerServicePort,
        boolean enablePolicyEnv, Optional<String> eniPostStartHook, String hubbleTlsVolume, String hubbleTlsMountAfter,
        String hubbleTlsVolumeAfter, Optional<String> gatewayOperatorRules, Optional<String> agentMetricsService,
        List<OldEntry> oldCiliumEntries, boolean eniOperatorOnMasters, List<MinorTemplate> minorTemplates,
        Optional<TemplateChannelVersion> templateChannelVersion, List<ManifestFile> manifestFiles,
        Optional<String> pdbV1FromKubernetes, Map<String, Map<String, String>> unsetVersionTags,
        Map<String, List<CiliumTemplateEdit>> templateEdits, boolean remoteNodeIdentityPointer) {
    private static final Set<String> KEYS = Set.of("templateId", "legacyTemplate", "registry", "hubble", "hubbleTls",
            "resourceRequests", "hubbleCertName", "hubbleCertCommonName", "relayClusterName", "operatorIpv6ProbeHost",
            "operatorPodAnnotations", "ingress", "ingressStatusResources", "gatewayAPI", "etcdAgentConfigMode",
            "etcdOperatorConfigMode", "etcdConfigBlankLine", "prometheusPortRune", "prometheusPortLast",
            "operatorPrometheusPort", "debugMonitor", "sharedIngressLb", "channelVersion", "channelKubernetesVersion",
            "eraTemplate", "rollingUpdate", "noPrometheusAnnotations", "extraConfig", "hubbleMetricsPortAlone",
            "hubbleMetricsPort", "hubblePeerServicePort", "enablePolicyEnv", "eniPostStartHook", "hubbleTlsVolume",
            "hubbleTlsMountAfter", "hubbleTlsVolumeAfter", "gatewayOperatorRules", "agentMetricsService",
            "oldCiliumEntries", "eniOperatorOnMasters", "minorTemplates", "templateChannelVersion",
            "manifestFiles", "pdbV1FromKubernetes", "unsetVersionTags", "templateEdits", "remoteNodeIdentityPointer");
    private static final ReleaseFacts<CiliumFacts> TABLE = FactTables.cumulative(CiliumFacts.class, "releases.yaml", CiliumFacts::read);

    /**
     * The template of older Cilium versions.
     *
     * @param id its template id
     * @param ciliumMinorBelow it applies when the Cilium version's minor is below this
     */
    record LegacyTemplate(String id, int ciliumMinorBelow) {
        static LegacyTemplate read(FactNode n) {
            n.onlyKeys(Set.of("id", "ciliumMinorBelow"));
            return new LegacyTemplate(n.text("id"), n.integer("ciliumMinorBelow"));
        }
    }

    /**
     * A channel entry kops lists for older Cilium versions.
     *
     * @param id the addon id
     * @param data the variant of variants.tsv it renders from
     * @param version the channel entry's version
     * @param kubernetesVersion the channel entry's Kubernetes range
     * @param ciliumMinorBelow it applies when the Cilium version's minor is below this; empty: whatever the version
     *     (kops 1.18 lists both entries for every spec)
     */
    record OldEntry(String id, String data, String version, String kubernetesVersion, Optional<Integer> ciliumMinorBelow) {
        static OldEntry read(FactNode n) {
            n.onlyKeys(Set.of("id", "data", "version", "kubernetesVersion", "ciliumMinorBelow"));
            return new OldEntry(n.text("id"), n.text("data"), n.text("version"), n.text("kubernetesVersion"),
                    optionalInteger(n, "ciliumMinorBelow"));
        }

        /** Whether kops lists this entry for Cilium minor {@code minor}. */
        boolean appliesTo(int minor) {
            return ciliumMinorBelow.isEmpty() || minor < ciliumMinorBelow.get();
        }
    }

    /**
     * The template of an older Cilium minor, listed under the release's template id.
     *
     * @param data the variant of variants.tsv it renders from
     * @param version the channel entry's version
     * @param ciliumMinorBelow it applies when the Cilium version's minor is below this (the row with the lowest
     *     such bound that holds is taken)
     * @param oldTemplate it is kops' template for Cilium below 1.8 (the k8s-1.12 entry of kops 1.19's
     *     oldCiliumEntries): rendered with {@link CiliumOldTemplates}' edits and without needsRollingUpdate
     * @param eniOperatorOnMasters with ipam: eni the operator runs on masters, as {@link #eniOperatorOnMasters()} of
     *     the release says for its own template (kops' k8s-1.12-v1.8 template, kept from kops 1.19)
     */
    record MinorTemplate(String data, Optional<String> version, int ciliumMinorBelow, boolean oldTemplate,
            boolean eniOperatorOnMasters) {
        static MinorTemplate read(FactNode n) {
            n.onlyKeys(Set.of("data", "version", "ciliumMinorBelow", "oldTemplate", "eniOperatorOnMasters"));
            return new MinorTemplate(n.text("data"), n.optionalText("version"), n.integer("ciliumMinorBelow"),
                    n.bool("oldTemplate", false), n.bool("eniOperatorOnMasters", false));
        }
    }

    /**
     * The channel version of the entry of one template id, where it is not the release's channelVersion.
     *
     * @param id the template id
     * @param version the channel entry's version
     */
    record TemplateChannelVersion(String id, String version) {
        static TemplateChannelVersion read(FactNode n) {
            n.onlyKeys(Set.of("id", "version"));
            return new TemplateChannelVersion(n.text("id"), n.text("version"));
        }
    }

    /**
     * The file name of the manifest of a template id's entry, for Cilium minors below a bound.
     *
     * @param id the template id
     * @param ciliumMinorBelow it applies when the Cilium version's minor is below this; empty: any minor (the row
     *     with the lowest bound that holds is taken, else the id's row without one)
     * @param file the manifest's file name without {@code .yaml}
     */
    record ManifestFile(String id, Optional<Integer> ciliumMinorBelow, String file) {
        static ManifestFile read(FactNode n) {
            n.onlyKeys(Set.of("id", "ciliumMinorBelow", "file"));
            return new ManifestFile(n.text("id"), optionalInteger(n, "ciliumMinorBelow"), n.text("file"));
        }
    }

    /**
     * The manifest file name (without {@code .yaml}) of the entry of template {@code id} for Cilium minor {@code minor}.
     *
     * @return the matching {@code manifestFiles} row's file, or the id itself when no row matches
     */
    String manifestFile(String id, int minor) {
        String file = id;
        int bound = Integer.MAX_VALUE;
        boolean found = false;
        for (ManifestFile f : manifestFiles) {
            int b = f.ciliumMinorBelow().orElse(Integer.MAX_VALUE);
            if (f.id().equals(id) && minor < b && (!found || b < bound)) {
                file = f.file();
                bound = b;
                found = true;
            }
        }
        return file;
    }

    /** The tag template {@code templateId}'s {@code container} falls back to when the spec names no version. */
    Optional<String> unsetVersionTag(String templateId, String container) {
        return Optional.ofNullable(unsetVersionTags.getOrDefault(templateId, Map.of()).get(container));
    }

    /** The edits of template {@code templateId} at this release, in the table's order; none by default. */
    List<CiliumTemplateEdit> edits(String templateId) {
        return templateEdits.getOrDefault(templateId, List.of());
    }

    static CiliumFacts at(KopsVersion release) {
        return TABLE.require(release, "cilium");
    }

    static CiliumFacts read(FactNode n) {
        n.onlyKeys(KEYS);
        return new CiliumFacts(n.text("templateId"), n.has("legacyTemplate") ? Optional.of(LegacyTemplate.read(n.get("legacyTemplate"))) : Optional.empty(), flag(n, "registry"),
                flag(n, "hubble"), flag(n, "hubbleTls"), flag(n, "resourceRequests"),
                oneOf(n, "hubbleCertName", "default", "clusterName", "clusterNameDashed"), flag(n, "hubbleCertCommonName"),
                flag(n, "relayClusterName"), flag(n, "operatorIpv6ProbeHost"), flag(n, "operatorPodAnnotations"),
                flag(n, "ingress"), n.texts("ingressStatusResources"), flag(n, "gatewayAPI"), n.integer("etcdAgentConfigMode"),
                n.integer("etcdOperatorConfigMode"), flag(n, "etcdConfigBlankLine"), flag(n, "prometheusPortRune"),
                flag(n, "prometheusPortLast"), n.integer("operatorPrometheusPort"), n.optionalText("debugMonitor"),
                n.optionalText("sharedIngressLb"), n.optionalText("channelVersion"), n.optionalText("channelKubernetesVersion"),
                flag(n, "eraTemplate"), flag(n, "rollingUpdate"), flag(n, "noPrometheusAnnotations"), flag(n, "extraConfig"),
                flag(n, "hubbleMetricsPortAlone"), n.integer("hubbleMetricsPort"), flag(n, "hubblePeerServicePort"),
                flag(n, "enablePolicyEnv"), n.optionalText("eniPostStartHook"),
                oneOf(n, "hubbleTlsVolume", "secret", "projected", "projected-items"), n.text("hubbleTlsMountAfter"),
                n.text("hubbleTlsVolumeAfter"), n.optionalText("gatewayOperatorRules"), n.optionalText("agentMetricsService"),
                n.rows("oldCiliumEntries", OldEntry::read), flag(n, "eniOperatorOnMasters"),
                n.rows("minorTemplates", MinorTemplate::read),
                n.has("templateChannelVersion") ? Optional.of(TemplateChannelVersion.read(n.get("templateChannelVersion")))
                        : Optional.empty(),
                n.has("manifestFiles") ? n.rows("manifestFiles", ManifestFile::read) : List.of(),
                n.optionalText("pdbV1FromKubernetes"), unsetVersionTags(n), templateEdits(n),
                flag(n, "remoteNodeIdentityPointer"));
    }

    private static Map<String, Map<String, String>> unsetVersionTags(FactNode n) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        FactNode table = n.find("unsetVersionTags").orElse(null);
        if (table != null) {
            for (String template : table.keys()) {
                FactNode tags = table.get(template);
                Map<String, String> byContainer = new LinkedHashMap<>();
                for (String container : tags.keys()) {
                    byContainer.put(container, tags.get(container).text());
                }
                out.put(template, Map.copyOf(byContainer));
            }
        }
        return Map.copyOf(out);
    }

    private static Map<String, List<CiliumTemplateEdit>> templateEdits(FactNode n) {
        return n.has("templateEdits") ? TemplateEdit.read(n.get("templateEdits"), CiliumTemplateEdit.values(), "Cilium") : Map.of();
    }

    private static Optional<Integer> optionalInteger(FactNode n, String key) {
        return n.has(key) ? Optional.of(n.integer(key)) : Optional.empty();
    }

    private static boolean flag(FactNode n, String key) {
        return n.bool(key, false);
    }

    private static String oneOf(FactNode n, String key, String... allowed) {
        String v = n.text(key);
        if (!List.of(allowed).contains(v)) throw n.get(key).fail("expected one of " + String.join(", ", allowed) + ", found " + v);
        return v;
    }
}
