#!/usr/bin/env python3
"""Seeded, varied Cilium specs at kops 1.28, 1.30, 1.33 and 1.36 (issue 9): Gateway API (with and without
secrets sync), every ingress mode, Hubble with metrics, ENI IPAM, etcdManaged, IPv6-only, encryption, the bpf
options, cpu/memory quantities, pod annotations and the Kubernetes versions each release accepts; judged by kops
itself (the kops-oracle) and written in oracle_fixtures.py's format (oracle-cilium-newer/<set>.tsv and
<set>-specs.yaml.gz), which OracleFixtureTest reads.

Usage: oracle_cilium_newer.py <kops-oracle> <set> <seed> <count> <test-resources-dir> [work-dir]
The committed set: oracle_cilium_newer.py KOPS_ORACLE dev 9 40 networking-manifests/src/test/resources
"""
import os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle_fixtures as of  # noqa: E402

RELEASES = ["v1.28.0", "v1.30.0", "v1.33.1", "v1.36.0"]
# Kubernetes versions each release accepts and kops' channels tell apart (oldest supported to the release's own)
KUBERNETES = {"v1.28.0": ["1.23.5", "1.25.0", "1.27.3", "1.28.0"], "v1.30.0": ["1.24.0", "1.26.5", "1.29.2", "1.30.1"],
              "v1.33.1": ["1.28.0", "1.30.5", "1.32.3", "1.33.0"], "v1.36.0": ["1.29.0", "1.32.3", "1.34.1", "1.36.0"]}


def ipv6(spec):
    """kops' IPv6-only scaffolding (corpus minimal-ipv6-cilium): ::/0, IPv6 private subnets, dual-stack utility."""
    spec["nonMasqueradeCIDR"] = "::/0"
    spec.pop("kubeControllerManager", None)
    spec["cloudControllerManager"] = {}
    spec["api"] = {"loadBalancer": {"type": "Public", "class": "Network"}}
    spec["subnets"] = [
        {"ipv6CIDR": "2001:db8:0:111::/64", "name": "us-test-1a", "type": "Private", "zone": "us-test-1a"},
        {"cidr": "172.20.32.0/19", "ipv6CIDR": "2001:db8:0:113::/64", "name": "dualstack-us-test-1a",
         "type": "DualStack", "zone": "us-test-1a"},
        {"cidr": "172.20.0.0/22", "ipv6CIDR": "2001:db8:0:115::/64", "name": "utility-us-test-1a",
         "type": "Utility", "zone": "us-test-1a"}]


def cilium(rnd, release, spec):
    minor = int(release.split(".")[1])
    m = of.maybe
    c = {}
    m(rnd, c, "enablePrometheusMetrics", [True, False])
    m(rnd, c, "agentPrometheusPort", [9090, 9962])
    m(rnd, c, "metrics", [["+cilium_bpf_map_pressure"], ["-cilium_node_connectivity_status", "+cilium_endpoint_state"]], 0.2)
    m(rnd, c, "cpuRequest", ["25m", "0.5", "1", "100m", "1.5", "2000m"])
    m(rnd, c, "memoryRequest", ["128Mi", "1Gi", "500M", "1.5Gi", "256000Ki"])
    m(rnd, c, "tunnel", ["vxlan", "geneve"] + (["disabled"] if minor >= 33 else []))
    if spec.get("kubeProxy") == {"enabled": False}:
        c["enableNodePort"] = True
    m(rnd, c, "debug", [True], 0.2)
    m(rnd, c, "bpfLBAlgorithm", ["random", "maglev"], 0.25)
    m(rnd, c, "bpfLBMaglevTableSize", ["16381", "65521"], 0.15)
    m(rnd, c, "bpfNATGlobalMax", [1048576], 0.15)
    m(rnd, c, "bpfCTGlobalTCPMax", [1048576], 0.15)
    m(rnd, c, "bpfPolicyMapMax", [32768], 0.15)
    m(rnd, c, "bpfLBSockHostNSOnly", [True], 0.15)
    m(rnd, c, "preallocateBPFMaps", [True], 0.15)
    m(rnd, c, "enableBPFMasquerade", [True, False], 0.25)
    m(rnd, c, "enableL7Proxy", [False], 0.15)
    m(rnd, c, "monitorAggregation", ["low", "maximum"], 0.15)
    m(rnd, c, "enableEndpointHealthChecking", [False], 0.15)
    m(rnd, c, "identityAllocationMode", ["crd"], 0.15)
    m(rnd, c, "clusterName", ["c2", "mesh.example.com"], 0.2)
    m(rnd, c, "clusterID", [3, 200], 0.15)
    m(rnd, c, "agentPodAnnotations", [{"example.com/a": "1"}], 0.15)
    m(rnd, c, "operatorPodAnnotations", [{"example.com/b": "x y"}], 0.15)
    m(rnd, c, "enableLocalRedirectPolicy", [True], 0.1)
    m(rnd, c, "toFqdnsDnsRejectResponseCode", ["nameError"], 0.1)
    m(rnd, c, "enableServiceTopology", [True], 0.1)
    m(rnd, c, "registry", ["registry.example.com"], 0.1)
    m(rnd, c, "chainingMode", ["portmap", "generic-veth"], 0.08)
    m(rnd, c, "enablePolicy", ["always", "never"], 0.1)
    m(rnd, c, "disableEndpointCRD", [True], 0.08)
    m(rnd, c, "installIptablesRules", [False], 0.08)
    m(rnd, c, "enableHostReachableServices", [True], 0.08)
    m(rnd, c, "enableRemoteNodeIdentity", [False], 0.08)
    m(rnd, c, "enableUnreachableRoutes", [True], 0.08)
    m(rnd, c, "disableCNPStatusUpdates", [False], 0.08)
    m(rnd, c, "identityChangeGracePeriod", ["10s"], 0.08)
    m(rnd, c, "toFqdnsEnablePoller", [True], 0.08)
    m(rnd, c, "sidecarIstioProxyImage", ["example/istio_proxy"], 0.08)
    m(rnd, c, "autoDirectNodeRoutes", [True], 0.08)
    m(rnd, c, "version", {"v1.28.0": ["v1.13.5", "v1.13.16"], "v1.30.0": ["v1.15.2", "v1.15.6"],
                          "v1.33.1": ["v1.16.2", "v1.16.9"], "v1.36.0": ["v1.18.2", "v1.18.4"]}[release], 0.12)
    if minor >= 33:
        m(rnd, c, "cniExclusive", [False], 0.15)
    if minor >= 36:
        m(rnd, c, "enableHostFirewall", [True], 0.15)
        m(rnd, c, "bpfLBSock", [True], 0.15)
        if c.get("bpfLBSockHostNSOnly"):  # kops 1.36 wants socket LB for it
            c["bpfLBSock"] = True
        m(rnd, c, "extraConfig", [{"bpf-lb-acceleration": "disabled"}, {"debug": "true"}], 0.15)
    if rnd.random() < 0.15:
        c["enableEncryption"] = True
        m(rnd, c, "encryptionType", ["ipsec", "wireguard"], 0.8)
        if c.get("encryptionType") == "wireguard":
            m(rnd, c, "nodeEncryption", [True], 0.5)
    if rnd.random() < 0.15:
        c["etcdManaged"] = True
        m(rnd, c, "identityAllocationMode", ["kvstore"], 0.5)
        spec["etcdClusters"].append({"etcdMembers": [{"instanceGroup": "master-us-test-1a", "name": "a"}],
                                     "name": "cilium"})
    if rnd.random() < 0.15:
        c["ipam"] = "eni"
    elif rnd.random() < 0.12 and not c.get("enableEncryption"):
        ipv6(spec)
    if rnd.random() < 0.35:
        c["hubble"] = {"enabled": rnd.random() < 0.9}
        m(rnd, c["hubble"], "metrics", [["dns", "drop"], ["flow", "port-distribution", "icmp"]], 0.5)
        if c["hubble"]["enabled"]:
            spec["certManager"] = {"enabled": True}
    if rnd.random() < 0.45:
        c["ingress"] = {"enabled": rnd.random() < 0.9}
        m(rnd, c["ingress"], "enforceHttps", [True, False], 0.25)
        m(rnd, c["ingress"], "enableSecretsSync", [True, False], 0.25)
        m(rnd, c["ingress"], "loadBalancerAnnotationPrefixes", ["service.beta.kubernetes.io"], 0.3)
        m(rnd, c["ingress"], "sharedLoadBalancerServiceName", ["my-lb"], 0.3)
        m(rnd, c["ingress"], "defaultLoadBalancerMode", ["shared", "dedicated"], 0.5)
    if rnd.random() < (0.5 if minor >= 33 else 0.15):
        c["gatewayAPI"] = {"enabled": rnd.random() < 0.85}
        m(rnd, c["gatewayAPI"], "enableSecretsSync", [True, False], 0.4)
    return c


# Fixed combinations after the seeded ones: Gateway API with ingress, Hubble and Prometheus metrics, which decide
# the objects and their order (kops 1.33 and 1.36)
HAND = [
    {"gatewayAPI": {"enabled": True}, "ingress": {"enabled": True}},
    {"gatewayAPI": {"enabled": True, "enableSecretsSync": True}},
    {"gatewayAPI": {"enabled": True, "enableSecretsSync": False},
     "ingress": {"enabled": True, "defaultLoadBalancerMode": "dedicated"}},
    {"gatewayAPI": {"enabled": True}, "hubble": {"enabled": True}},
    {"gatewayAPI": {"enabled": True}, "hubble": {"enabled": True, "metrics": ["dns", "drop"]},
     "ingress": {"enabled": True, "sharedLoadBalancerServiceName": "my-lb"}},
    {"enablePrometheusMetrics": True, "ingress": {"enabled": True}},
    {"enablePrometheusMetrics": True, "gatewayAPI": {"enabled": True}, "hubble": {"enabled": True, "metrics": ["dns"]}},
    {"enablePrometheusMetrics": True, "agentPrometheusPort": 9999, "gatewayAPI": {"enabled": True},
     "ingress": {"enabled": True, "sharedLoadBalancerServiceName": "lb1"}},
]


def make(seed, count):
    rnd = random.Random("cilium-newer-%d" % seed)
    out = []
    for n in range(count):
        rel = RELEASES[n % len(RELEASES)]
        doc = of.base(rel, rnd.choice(KUBERNETES[rel]), rnd)
        doc["spec"]["networking"] = {"cilium": cilium(rnd, rel, doc["spec"])}
        out.append(("cilium-newer-%d-%03d" % (seed, n), rel, doc))
    for n, block in enumerate(HAND):
        for rel, k8s in (("v1.33.1", "1.32.3"), ("v1.36.0", "1.35.0")):
            doc = of.base(rel, k8s, random.Random(n))
            doc["spec"]["networking"] = {"cilium": dict(block)}
            if block.get("hubble"):
                doc["spec"]["certManager"] = {"enabled": True}
            out.append(("cilium-newer-hand-%02d-%s" % (n, rel[1:5]), rel, doc))
    return out


if __name__ == "__main__":
    of.make = lambda provider, seed, count: make(seed, count)
    oracle, set_name, seed, count, resources = sys.argv[1:6]
    of.main(oracle, "cilium-newer", set_name, seed, count, resources, *sys.argv[6:7])
