package dev.podnet.conformance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.podnet.api.Cluster;
import dev.podnet.corpus.gen.JudgedCase;
import dev.podnet.corpus.gen.YamlText;

/**
 * podnet against kops on one generated case: (a) verdict, (b) networking part of the completed
 * spec, (c) manifestHash per networking addon; the first failing part names the failure family.
 *
 * @param verdictOk  accept/reject equal (and, for rejects whose kops error names field errors, the same set of path + type)
 * @param specOk     networking part equal; {@code null} when kops rejected the spec
 * @param hashOk     every addon id and manifestHash equal to kops' channel; {@code null} when kops rejected the spec
 * @param family     failure family, {@code null} when the case passes
 * @param detail     what differs, one line
 */
record Judgement(JudgedCase c, boolean verdictOk, Boolean specOk, Boolean hashOk, String family, String detail) {
    /** {@code spec} keys of the networking part, as the project's other conformance tests compare it (NetworkingSlice). */
    static final Pattern FIELD_ERROR = Pattern.compile(
            "([A-Za-z][\\w.\\[\\]-]*): (Required value|Invalid value|Unsupported value|Forbidden|Duplicate value|Not found|Too long|Too many|Internal error)");
    static final Set<String> COMPONENTS = Set.of("spec.kubelet", "spec.masterKubelet", "spec.controlPlaneKubelet",
            "spec.kubeAPIServer", "spec.kubeControllerManager", "spec.kubeProxy", "spec.cloudControllerManager");

    /**
     * Parts of the spec podnet checks only in part (IAM): kops' findings there are outside podnet's scope; a case that
     * differs only there gets the family {@code outside-scope}. The addons, container runtime, warm pool, node
     * termination handler and authentication rules podnet has (WholeSpecRules, NodeTerminationHandlerRules,
     * AuthenticationRules) are judged like the rest.
     */
    static final List<String> OUTSIDE_SCOPE = List.of("spec.iam");

    static boolean outsideScope(Collection<PodnetAdapter.FieldError> errors) {
        return !errors.isEmpty() && errors.stream().allMatch(e -> OUTSIDE_SCOPE.stream().anyMatch(p -> e.path().startsWith(p)));
    }

    boolean passes() {
        return family == null;
    }

    static Judgement of(JudgedCase c) {
        PodnetAdapter.Verdict v = PodnetAdapter.judge(c.release(), c.input());
        if (c.rejected()) {
            Set<PodnetAdapter.FieldError> want = kopsFieldErrors(c.error());
            if (v.accepted()) return new Judgement(c, false, null, null, acceptFamily(c, want), "kops: " + oneLine(c.error()));
            Set<PodnetAdapter.FieldError> got = new TreeSet<>(java.util.Comparator.comparing(PodnetAdapter.FieldError::toString));
            got.addAll(v.errors());
            if (!want.isEmpty() && !want.equals(got)) {
                Set<PodnetAdapter.FieldError> only = new LinkedHashSet<>(want);
                only.addAll(got);
                only.removeIf(e -> want.contains(e) && got.contains(e));
                boolean components = only.stream().allMatch(e -> COMPONENTS.stream().anyMatch(p -> e.path().startsWith(p)));
                String family = outsideScope(only) || outsideScope(want) ? "outside-scope" : components ? "partial-component-block" : "reject-fields-differ";
                return new Judgement(c, false, null, null, family,
                        "kops " + want + " podnet " + got);
            }
            return new Judgement(c, true, null, null, null, null);
        }
        if (!v.accepted()) {
            return new Judgement(c, false, false, false, rejectFamily(c, v), "podnet " + oneLine(v.message()));
        }
        Map<String, Object> want = NetworkingSlice.of(PodnetAdapter.read(kopsDocument(c.completed())));
        Map<String, Object> got = NetworkingSlice.of(v.completed());
        String specFamily = null;
        String specDetail = null;
        if (!want.equals(got)) {
            specFamily = specFamily(c, want, got);
            specDetail = diff(want, got);
        }
        Map<String, String> kops = new LinkedHashMap<>();
        for (Map<String, Object> a : c.addons()) kops.put(a.get("name") + "/" + a.get("id"), String.valueOf(a.get("manifestHash")));
        String hashFamily = null;
        String hashDetail = null;
        try {
            Map<String, String> mine = PodnetAdapter.manifestHashes(c.release(), v.completion());
            if (!kops.keySet().equals(mine.keySet())) {
                hashFamily = "addon-set-differs";
                hashDetail = "kops " + kops.keySet() + " podnet " + mine.keySet();
            } else if (!kops.equals(mine)) {
                Object block = ((Map<?, ?>) c.completed().get("networking")).values().iterator().next();
                boolean options = inputProviderBlockHasOptions(c);
                hashFamily = options ? "manifest-option-effect" : "manifest-base-differs";
                List<String> differing = new ArrayList<>();
                kops.forEach((k, h) -> { if (!h.equals(mine.get(k))) differing.add(k); });
                hashDetail = "manifestHash differs for " + differing + (block == null ? "" : "");
            }
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            hashFamily = m.toLowerCase().contains("no manifest") || m.contains("no template") ? "no-manifest-data" : "render-error";
            hashDetail = e.getClass().getSimpleName() + ": " + oneLine(m);
        }
        boolean specOk = specFamily == null;
        boolean hashOk = hashFamily == null;
        String family = specOk ? hashFamily : specFamily;
        String detail = specOk ? hashDetail : specDetail;
        return new Judgement(c, true, specOk, hashOk, family, detail);
    }

    // ------------------------------------------------------------------ verdict

    static Set<PodnetAdapter.FieldError> kopsFieldErrors(String error) {
        Set<PodnetAdapter.FieldError> out = new TreeSet<>(java.util.Comparator.comparing(PodnetAdapter.FieldError::toString));
        if (error == null) return out;
        Matcher m = FIELD_ERROR.matcher(error);
        while (m.find()) out.add(new PodnetAdapter.FieldError(m.group(1), m.group(2)));
        return out;
    }

    /** kops rejects, podnet accepts: what kops checked that podnet does not. */
    static String acceptFamily(JudgedCase c, Set<PodnetAdapter.FieldError> kops) {
        if (c.error().startsWith("Decode:")) return "decode-false-accept";
        String e = c.error().toLowerCase();
        if (outsideScope(kops)) return "outside-scope";
        // kops read an existing subnet (id, no cidr, in networkID's VPC) from its mock cloud, which has none:
        // podnet makes no cloud calls and keeps what the spec says (README, known limits)
        if (c.error().startsWith("PerformAssignments: Subnet ") && c.error().contains(" not found in VPC ")) return "cloud-lookup";
        // a Private DNS topology without dnsZone: kops looks the cluster's hosted zone up in its mock cloud, which has none
        if (c.error().startsWith("PopulateClusterSpec: error determining default DNS zone: No matching hosted zones")) return "cloud-lookup";
        if (ipv6(c) && (e.contains("cidr") || e.contains("ipv6") || e.contains("subnet"))) return "ipv6-subnets";
        if (kops.stream().anyMatch(f -> f.path().contains("loudControllerManager"))) return "cloud-controller-manager-rules";
        if (kops.stream().anyMatch(f -> COMPONENTS.stream().anyMatch(p -> f.path().startsWith(p)))) return "partial-component-block";
        return "verdict-false-accept";
    }

    @SuppressWarnings("unchecked")
    static String rejectFamily(JudgedCase c, PodnetAdapter.Verdict v) {
        String msg = v.message();
        if (msg.startsWith("read:")) return "read-refused";
        if (msg.contains("did not match cluster") || v.errors().stream().anyMatch(e -> COMPONENTS.stream().anyMatch(p -> e.path().startsWith(p)))) {
            return "partial-component-block";
        }
        Map<String, Object> spec = (Map<String, Object>) ((Map<String, Object>) PodnetAdapter.toMap(PodnetAdapter.read(c.input()))).get("spec");
        Map<String, Object> net = (Map<String, Object>) spec.getOrDefault("networking", Map.of());
        if (net.containsKey("cni") && net.size() > 1) return "cni-beside-provider";
        if (ipv6(c) && (msg.toLowerCase().contains("cidr") || msg.toLowerCase().contains("subnet") || msg.toLowerCase().contains("ipv6"))) {
            return "ipv6-subnets";
        }
        if (msg.startsWith("exception:")) return "podnet-exception";
        return "verdict-false-reject";
    }

    static boolean ipv6(JudgedCase c) {
        return c.input().contains("ipv6CIDR") || c.input().contains("\"::/0\"");
    }

    // ------------------------------------------------------------------ completed spec

    static String kopsDocument(Map<String, Object> completed) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("apiVersion", "kops.k8s.io/v1alpha2");
        doc.put("kind", "Cluster");
        doc.put("metadata", Map.of("name", "minimal.example.com"));
        doc.put("spec", completed);
        return YamlText.write(doc);
    }

    @SuppressWarnings("unchecked")
    static String specFamily(JudgedCase c, Map<String, Object> want, Map<String, Object> got) {
        Set<String> keys = differingKeys(want, got);
        if (keys.contains("subnets") && ipv6(c)) return "ipv6-subnets";
        if (keys.contains("networking")) {
            Map<String, Object> w = (Map<String, Object>) want.get("networking");
            Map<String, Object> g = (Map<String, Object>) got.get("networking");
            if (w != null && g != null && w.keySet().equals(g.keySet())) {
                Set<String> kinds = new LinkedHashSet<>();
                for (String provider : w.keySet()) {
                    Object wp = w.get(provider);
                    Object gp = g.get(provider);
                    if (wp instanceof Map<?, ?> wm && gp instanceof Map<?, ?> gm) {
                        Set<Object> fields = new LinkedHashSet<>(wm.keySet());
                        fields.addAll(gm.keySet());
                        for (Object f : fields) {
                            Object a = wm.get(f);
                            Object b = gm.get(f);
                            if (Objects.equals(a, b)) continue;
                            if (a == null && zero(b) || b == null && zero(a)) kinds.add("completed-form-zero-values");
                            else if (a != null && b != null && quantityForm(a, b)) kinds.add("quantity-form");
                            else kinds.add("provider-defaults");
                        }
                    } else {
                        kinds.add("provider-defaults");
                    }
                }
                for (String k : List.of("provider-defaults", "completed-form-zero-values", "quantity-form")) {
                    if (kinds.contains(k)) return k;
                }
            } else {
                return "provider-defaults";
            }
        }
        if (keys.contains("subnets")) return "subnet-assignment";
        if (keys.stream().allMatch(k -> k.startsWith("kubeProxy.") || k.startsWith("kubeControllerManager."))) return "component-defaults";
        return "cluster-defaults";
    }

    static boolean zero(Object v) {
        return v == null || Boolean.FALSE.equals(v) || v instanceof Number n && n.doubleValue() == 0 || "".equals(v)
                || v instanceof Collection<?> col && col.isEmpty() || v instanceof Map<?, ?> m && m.isEmpty();
    }

    /** The same quantity written in another form: {@code 0.5} / {@code "500m"}, {@code 1} / {@code "1"}. */
    static boolean quantityForm(Object a, Object b) {
        Double x = quantity(a);
        Double y = quantity(b);
        return x != null && x.equals(y);
    }

    static Double quantity(Object v) {
        String s = String.valueOf(v);
        try {
            if (s.endsWith("m")) return Double.parseDouble(s.substring(0, s.length() - 1)) / 1000;
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Set<String> differingKeys(Map<String, Object> want, Map<String, Object> got) {
        Set<String> keys = new LinkedHashSet<>(want.keySet());
        keys.addAll(got.keySet());
        keys.removeIf(k -> Objects.equals(want.get(k), got.get(k)));
        return keys;
    }

    /** The differing values, descending into maps ({@code networking.calico.mtu: kops=… podnet=…}). */
    static String diff(Map<String, Object> want, Map<String, Object> got) {
        List<String> out = new ArrayList<>();
        diff("", want, got, out);
        return oneLine(String.join("; ", out));
    }

    private static void diff(String prefix, Map<?, ?> want, Map<?, ?> got, List<String> out) {
        Set<Object> keys = new LinkedHashSet<>(want.keySet());
        keys.addAll(got.keySet());
        for (Object k : keys) {
            Object a = want.get(k);
            Object b = got.get(k);
            if (Objects.equals(a, b)) continue;
            if (a instanceof Map<?, ?> am && b instanceof Map<?, ?> bm) diff(prefix + k + ".", am, bm, out);
            else out.add(prefix + k + ": kops=" + a + " podnet=" + b);
        }
    }

    @SuppressWarnings("unchecked")
    static boolean inputProviderBlockHasOptions(JudgedCase c) {
        Map<String, Object> spec = (Map<String, Object>) PodnetAdapter.toMap(PodnetAdapter.read(c.input())).get("spec");
        Map<String, Object> net = (Map<String, Object>) spec.getOrDefault("networking", Map.of());
        for (Object v : net.values()) if (v instanceof Map<?, ?> m && !m.isEmpty()) return true;
        return false;
    }

    static String oneLine(String s) {
        if (s == null) return "";
        String t = s.replace('\t', ' ').replace('\n', ' ');
        return t.length() > 240 ? t.substring(0, 240) + "…" : t;
    }
}
