package dev.podnet.corpus.gen;

import static dev.podnet.corpus.gen.Draws.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** The invalidating mutations a share of generated cases get (bad CIDRs, two providers, unsupported options, ...). */
final class CaseMutations {
    private final GeneratedCase c;
    private final Draws r;

    CaseMutations(GeneratedCase c) {
        this.c = c;
        this.r = c.r;
    }

    /** Applies one invalidating mutation; returns its name. */
    String mutate() {
        List<String> options = new ArrayList<>(List.of("bad-cidr", "two-providers", "service-range-outside",
                "pod-cidr-overlaps-network", "unsupported-option", "duplicate-subnet"));
        if (c.subnets.stream().anyMatch(s -> s.containsKey("cidr"))) options.add("subnet-outside-network");
        if (c.stack.equals("ipv4") && !c.gce) options.add("ipv6-without-ipv6-nonmasq");
        if (c.m <= 24) options.add("kubelet-nonmasq-mismatch");
        if (c.m >= 33 && !c.gce && (c.provider.startsWith("cilium") || c.provider.equals("amazonvpc"))) options.add("aws-only-on-gce");
        String pick = options.get(r.nextInt(options.size()));
        switch (pick) {
            case "bad-cidr" -> {
                if (c.spec.containsKey("networkCIDR") && r.nextBoolean()) c.spec.put("networkCIDR", "172.20.0.0/33");
                else c.spec.put("nonMasqueradeCIDR", r.pick("100.64.0.0/33", "100.64.0.0", "not-a-cidr"));
            }
            case "two-providers" -> c.networking.put(c.providerKey.equals("kubenet") ? "calico" : r.pick("kubenet", "cni", "calico", "kopeio"), new LinkedHashMap<>());
            case "service-range-outside" -> c.spec.put("serviceClusterIPRange", "192.168.0.0/16");
            case "pod-cidr-overlaps-network" -> c.spec.put("podCIDR", c.spec.containsKey("networkCIDR") ? c.spec.get("networkCIDR") : "172.20.0.0/16");
            case "duplicate-subnet" -> c.subnets.add(new LinkedHashMap<>(c.subnets.get(0)));
            case "subnet-outside-network" -> c.subnets.stream().filter(s -> s.containsKey("cidr")).findFirst().get().put("cidr", "192.168.0.0/19");
            case "ipv6-without-ipv6-nonmasq" -> c.subnets.get(0).put("ipv6CIDR", "/64#0");
            case "kubelet-nonmasq-mismatch" -> c.spec.put("kubelet", map("nonMasqueradeCIDR", "10.128.0.0/9"));
            case "aws-only-on-gce" -> {
                c.spec.put("cloudProvider", "gce");
                c.spec.put("project", "testproject");
                c.spec.remove("networkCIDR");
                c.spec.remove("additionalNetworkCIDRs");
                c.spec.remove("topology");
                c.subnets.clear();
                c.subnets.add(map("name", "us-test1", "region", "us-test1", "type", "Public"));
                if (c.provider.startsWith("cilium")) c.p.put("ipam", "eni");
            }
            case "unsupported-option" -> unsupportedOption();
            default -> throw new IllegalStateException(pick);
        }
        return pick;
    }

    void unsupportedOption() {
        switch (c.provider) {
            case "calico" -> c.p.put(r.pick("encapsulationMode", "ipipMode", "iptablesBackend"), "gre");
            case "canal" -> c.p.put("logSeveritySys", "TRACE");
            case "cilium", "cilium-eni" -> c.p.put(r.pick("tunnel", "enablePolicy", "monitorAggregation"), "bogus");
            case "flannel" -> c.p.put("backend", r.pick("host-gw", ""));
            case "kindnet" -> c.p.put("masquerade", map("enabled", true, "nonMasqueradeCIDRs", List.of("not-a-cidr")));
            default -> c.networking.put("classic", new LinkedHashMap<>());
        }
    }
}
