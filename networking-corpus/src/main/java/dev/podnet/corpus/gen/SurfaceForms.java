package dev.podnet.corpus.gen;

import static dev.podnet.corpus.gen.Draws.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The surface profile ({@link SpecGenerator#SURFACE}): a narrow-profile document (without invalidating
 * mutation) rewritten in one of the forms users write and the generator otherwise keeps uniform: key
 * spelling, unknown and duplicate keys, scalar forms of numbers, booleans and strings (quoted, YAML 1.1,
 * overflowing), nulls and empty collections, collections of the wrong kind, flow style, anchors, aliases
 * and merge keys, comments, document markers, several documents, CRLF, a byte order mark, tabs, indentation
 * and {@code apiVersion} / {@code kind} variants. kops reads a Cluster with sigs.k8s.io/yaml (go-yaml v2,
 * then JSON into Go structs); its answer per release is what the fixtures record.
 */
final class SurfaceForms {
    /** Every form, in the order the case index cycles through them. */
    static final List<String> FORMS = List.of(
            "key-lowercase", "key-capitalized", "key-uppercase", "key-unknown-provider", "key-unknown-spec",
            "key-unknown-networking", "key-unknown-top", "key-duplicate-same", "key-duplicate-other",
            "int-quoted", "int-float", "int-exponent", "int-hex", "int-octal", "int-underscore", "int-negative",
            "int-zero", "int-overflow32", "int-fraction", "int-bool",
            "bool-quoted", "bool-yaml11", "bool-int", "str-single-quoted", "str-double-quoted", "str-number",
            "str-bool-word", "str-tag",
            "null-field", "null-provider", "null-networking", "null-list", "null-component", "empty-component",
            "empty-list", "list-as-scalar", "map-as-list", "provider-as-scalar",
            "flow-networking", "flow-document", "anchor-alias-list", "anchor-alias-scalar", "merge-key",
            "comments", "document-start", "document-end", "multi-document", "multi-document-cluster-last",
            "empty-documents", "crlf", "bom", "tab-separator", "indent-four", "quoted-keys",
            "api-v1alpha3", "api-legacy-group", "api-v1alpha1", "kind-lowercase", "api-version-missing");

    private final GeneratedCase c;
    private final Draws r;
    private final Map<String, Object> doc;
    private final Map<String, Object> spec;

    SurfaceForms(GeneratedCase c) {
        this.c = c;
        this.r = c.r;
        this.doc = c.document();
        this.spec = c.spec;
    }

    /** The document in the form named, as text. */
    String write(String form) {
        switch (form) {
            case "key-lowercase" -> renameKey(String::toLowerCase);
            case "key-capitalized" -> renameKey(k -> Character.toUpperCase(k.charAt(0)) + k.substring(1));
            case "key-uppercase" -> renameKey(String::toUpperCase);
            case "key-unknown-provider" -> providerBlock().put("someUnknownField", r.pick(1, "x", true));
            case "key-unknown-spec" -> spec.put("someUnknownField", r.pick("x", 1, map("a", "b")));
            case "key-unknown-networking" -> c.networking.put("someUnknownField", r.pick(map(), "x"));
            case "key-unknown-top" -> doc.put("status", map("phase", "x"));
            case "key-duplicate-same", "key-duplicate-other" -> { return duplicateKey(form.endsWith("other")); }
            case "int-quoted" -> setInt("\"" + intValue() + "\"");
            case "int-float" -> setInt(intValue() + ".0");
            case "int-exponent" -> setInt(intValue() == 0 ? "0e0" : exponent(intValue()));
            case "int-hex" -> setInt("0x" + Integer.toHexString(intValue()));
            case "int-octal" -> setInt("0" + Integer.toOctalString(intValue()));
            case "int-underscore" -> setInt(underscored(intValue()));
            case "int-negative" -> setInt("-" + r.pick(1, 1440));
            case "int-zero" -> setInt(r.pick("0", "-0", "00"));
            case "int-overflow32" -> setInt(r.pick("2147483648", "4294967297", "9223372036854775808"));
            case "int-fraction" -> setInt(intValue() + ".5");
            case "int-bool" -> setInt(r.pick("true", "yes"));
            case "bool-quoted" -> setBool(r.pick("\"true\"", "\"false\"", "'true'"));
            case "bool-yaml11" -> setBool(r.pick("yes", "no", "on", "off", "Y", "n", "True", "FALSE"));
            case "bool-int" -> setBool(r.pick("1", "0"));
            case "str-single-quoted" -> setString("'" + stringValue() + "'");
            case "str-double-quoted" -> setString("\"" + stringValue() + "\"");
            case "str-number" -> setString(r.pick("12345", "1.5", "0x1f"));
            case "str-bool-word" -> setString(r.pick("yes", "on", "off", "true"));
            case "str-tag" -> setString("!!str " + YamlText.scalar(stringValue()));
            case "null-field" -> nullField();
            case "null-provider" -> c.networking.put(c.providerKey, raw(nullWord()));
            case "null-networking" -> spec.put("networking", raw(nullWord()));
            case "null-list" -> spec.put(r.pick("additionalNetworkCIDRs", "subnets"), raw(nullWord()));
            case "null-component" -> spec.put(component(), raw(nullWord()));
            case "empty-component" -> spec.put(component(), raw("{}"));
            case "empty-list" -> spec.put("additionalNetworkCIDRs", raw("[]"));
            case "list-as-scalar" -> listAsScalar();
            case "map-as-list" -> c.networking.put(c.providerKey, raw("[]"));
            case "provider-as-scalar" -> c.networking.put(c.providerKey, raw(r.pick("true", "\"\"", "enabled")));
            case "flow-networking" -> spec.put("networking", raw(flow(c.networking)));
            case "flow-document" -> { return flow(doc) + "\n"; }
            case "anchor-alias-list" -> { return anchorEtcdMembers(YamlText.write(doc)); }
            case "anchor-alias-scalar" -> anchorSubnetZone();
            case "merge-key" -> { return mergeEtcd(YamlText.write(doc)); }
            case "api-v1alpha3" -> toV1alpha3();
            case "api-legacy-group" -> doc.put("apiVersion", "kops/v1alpha2");
            case "api-v1alpha1" -> doc.put("apiVersion", "kops.k8s.io/v1alpha1");
            case "kind-lowercase" -> doc.put("kind", r.pick("cluster", "CLUSTER"));
            case "api-version-missing" -> doc.remove("apiVersion");
            case "indent-four" -> { return YamlText.write(doc, 4); }
            default -> { return SurfaceLayout.write(form, YamlText.write(doc), r, c.gce); }
        }
        return YamlText.write(doc);
    }

    // ------------------------------------------------------------------ keys

    /** Renames a key of the provider block, or a network field of spec when the block is empty. */
    private void renameKey(java.util.function.UnaryOperator<String> how) {
        Map<String, Object> block = providerBlock();
        Map<String, Object> target = block.isEmpty() ? spec : block;
        List<String> keys = new ArrayList<>(target.keySet());
        if (target == spec) keys.retainAll(List.of("nonMasqueradeCIDR", "networkCIDR", "kubernetesVersion", "networking", "subnets"));
        String key = keys.get(r.nextInt(keys.size()));
        String renamed = how.apply(key);
        if (renamed.equals(key)) renamed = key.toUpperCase();
        rename(target, key, renamed);
    }

    private static void rename(Map<String, Object> m, String from, String to) {
        Map<String, Object> copy = new LinkedHashMap<>(m);
        m.clear();
        copy.forEach((k, v) -> m.put(k.equals(from) ? to : k, v));
    }

    private String duplicateKey(boolean other) {
        String text = YamlText.write(doc);
        String key = spec.containsKey("nonMasqueradeCIDR") ? "nonMasqueradeCIDR" : "kubernetesVersion";
        String line = "  " + key + ": " + YamlText.scalar(spec.get(key)) + "\n";
        String second = other ? "  " + key + ": " + (key.equals("kubernetesVersion") ? "1.0.0" : "10.0.0.0/8") + "\n" : line;
        // the second one after the first: go-yaml v2 keeps the last
        return other ? text.replace(line, second + line) : text.replace(line, line + second);
    }

    // ------------------------------------------------------------------ scalar values

    /** The provider's field of each kind kops types (int32, bool, string), valid at every release the provider exists in. */
    private String providerField(String kind) {
        String p = c.provider;
        return switch (kind) {
            case "int" -> switch (p) {
                case "calico", "canal", "weave" -> "mtu";
                case "cilium", "cilium-eni" -> "agentPrometheusPort";
                case "flannel" -> "iptablesResyncSeconds";
                case "kindnet" -> "fastPathThreshold";
                default -> null;
            };
            case "bool" -> switch (p) {
                case "calico" -> "prometheusMetricsEnabled";
                case "canal" -> "disableFlannelForwardRules";
                case "cilium", "cilium-eni" -> "enableL7Proxy";
                case "flannel" -> "disableTxChecksumOffloading";
                case "kindnet" -> "dnsCaching";
                case "cni" -> "usesSecondaryIP";
                case "kuberouter" -> c.m >= 33 ? "useNFTablesForNetpol" : null;
                default -> null;
            };
            default -> switch (p) {
                case "calico", "canal" -> "chainInsertMode";
                case "cilium", "cilium-eni" -> "monitorAggregation";
                case "flannel" -> "backend";
                case "weave" -> "netExtraArgs";
                default -> null;
            };
        };
    }

    private int intValue() {
        return switch (String.valueOf(providerField("int"))) {
            case "mtu" -> c.provider.equals("weave") ? 1376 : 1440;
            case "agentPrometheusPort" -> 9090;
            case "iptablesResyncSeconds" -> 60;
            case "fastPathThreshold" -> 10;
            default -> 110; // kubelet.maxPods
        };
    }

    private String stringValue() {
        String f = providerField("string");
        if (f == null) return (String) spec.getOrDefault("nonMasqueradeCIDR", spec.get("kubernetesVersion"));
        return switch (f) {
            case "chainInsertMode" -> "append";
            case "monitorAggregation" -> "medium";
            case "backend" -> "vxlan";
            default -> "--log-level=info";
        };
    }

    private void setInt(String text) {
        String f = providerField("int");
        if (f != null) providerBlock().put(f, raw(text));
        else spec.put("kubelet", map("maxPods", raw(text)));
    }

    private void setBool(String text) {
        String f = providerField("bool");
        if (f != null) providerBlock().put(f, raw(text));
        else spec.put("isolateMasters", raw(text));
    }

    private void setString(String text) {
        String f = providerField("string");
        if (f != null) providerBlock().put(f, raw(text));
        else spec.put(spec.containsKey("nonMasqueradeCIDR") ? "nonMasqueradeCIDR" : "kubernetesVersion", raw(text));
    }

    private static String exponent(int v) {
        String digits = Integer.toString(v);
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + "e" + (digits.length() - 1);
    }

    private static String underscored(int v) {
        String d = Integer.toString(v);
        return d.length() < 2 ? d + "_0" : d.charAt(0) + "_" + d.substring(1);
    }

    private String nullWord() {
        return r.pick("~", "null", "Null", "NULL", "");
    }

    private void nullField() {
        Map<String, Object> block = providerBlock();
        if (!block.isEmpty()) {
            List<String> keys = new ArrayList<>(block.keySet());
            block.put(keys.get(r.nextInt(keys.size())), raw(nullWord()));
        } else {
            spec.put(r.pick("podCIDR", "serviceClusterIPRange", "topology"), raw(nullWord()));
        }
    }

    private String component() {
        return r.pick("kubeProxy", "kubeControllerManager", "kubelet", "kubeDNS");
    }

    private void listAsScalar() {
        if (spec.containsKey("networkCIDR") && r.nextBoolean()) spec.put("additionalNetworkCIDRs", "172.21.0.0/16");
        else spec.put("etcdClusters", raw(r.pick("main", "\"\"")));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> providerBlock() {
        Object b = c.networking.get(c.providerKey);
        if (b instanceof Map<?, ?>) return (Map<String, Object>) b;
        Map<String, Object> m = new LinkedHashMap<>();
        c.networking.put(c.providerKey, m);
        return m;
    }

    // ------------------------------------------------------------------ layout

    /** Flow style with every string double-quoted (JSON, which is YAML too). */
    static String flow(Object v) {
        if (v instanceof RawYaml raw) return raw.text().isEmpty() ? "null" : raw.text();
        if (v instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, x) -> parts.add(quoted(String.valueOf(k)) + ": " + flow(x)));
            return "{" + String.join(", ", parts) + "}";
        }
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            l.forEach(x -> parts.add(flow(x)));
            return "[" + String.join(", ", parts) + "]";
        }
        if (v instanceof String s) return quoted(s);
        return YamlText.scalar(v);
    }

    private static String quoted(String s) {
        String q = YamlText.scalar(s);
        return q.startsWith("\"") ? q : "\"" + q + "\"";
    }

    private String anchorEtcdMembers(String text) {
        String ig = c.gce ? "master-us-test1-a" : "master-us-test-1a";
        String members = "  - etcdMembers:\n    - instanceGroup: " + ig + "\n      name: a\n";
        String first = members + "    name: main\n";
        String second = members + "    name: events\n";
        return text.replace(first, "  - etcdMembers: &members\n    - instanceGroup: " + ig + "\n      name: a\n    name: main\n")
                .replace(second, "  - etcdMembers: *members\n    name: events\n");
    }

    private String mergeEtcd(String text) {
        String ig = c.gce ? "master-us-test1-a" : "master-us-test-1a";
        String members = "  - etcdMembers:\n    - instanceGroup: " + ig + "\n      name: a\n";
        return text.replace(members + "    name: main\n", "  - &main\n    etcdMembers:\n    - instanceGroup: " + ig
                        + "\n      name: a\n    name: main\n")
                .replace(members + "    name: events\n", "  - <<: *main\n    name: events\n");
    }

    @SuppressWarnings("unchecked")
    private void anchorSubnetZone() {
        for (Object o : (List<Object>) spec.get("subnets")) {
            Map<String, Object> s = (Map<String, Object>) o;
            if (s.get("zone") != null && s.get("zone").equals(s.get("name"))) {
                s.put("name", raw("&zone " + s.get("name")));
                s.put("zone", raw("*zone"));
                return;
            }
        }
        // no subnet named as its zone: alias the Kubernetes version into a key kops ignores
        spec.put("kubernetesVersion", raw("&kv " + YamlText.scalar(spec.get("kubernetesVersion"))));
        doc.put("someUnknownField", raw("*kv"));
    }

    /** v1alpha3: network fields under networking, the cloud as a mapping, the config base in configStore, the DNS type a scalar. */
    @SuppressWarnings("unchecked")
    private void toV1alpha3() {
        doc.put("apiVersion", "kops.k8s.io/v1alpha3");
        spec.put("configStore", map("base", spec.remove("configBase")));
        if (spec.get("topology") instanceof Map<?, ?> t) {
            Object dns = ((Map<String, Object>) t.get("dns")).get("type");
            spec.put("topology", map("dns", dns));
        }
        Map<String, Object> net = new LinkedHashMap<>();
        for (String k : List.of("networkID", "networkCIDR", "additionalNetworkCIDRs", "nonMasqueradeCIDR", "podCIDR",
                "serviceClusterIPRange", "subnets", "topology")) {
            if (spec.containsKey(k)) net.put(k, spec.remove(k));
        }
        net.putAll(c.networking);
        c.networking.clear();
        c.networking.putAll(net);
        Object cloud = spec.get("cloudProvider");
        Map<String, Object> settings = new LinkedHashMap<>();
        Object project = spec.remove("project");
        if (project != null) settings.put("project", project);
        spec.put("cloudProvider", map(String.valueOf(cloud), settings));
    }

    private static RawYaml raw(String text) {
        return new RawYaml(text);
    }
}
