#!/usr/bin/env python3
"""Has kops itself (kops-oracle, issue 9) list the networking entries of its bootstrap channel for seeded specs: every
provider each release accepts (kube-router with kube-proxy off, Cilium also at each older minor the release keeps a
template for), at a Kubernetes version the release accepts; then, from the same seeded stream, specs with varied
provider options (OPTIONS below: Calico typha/BPF/wireguard/IPv6/encapsulation, Cilium versions, Hubble, managed etcd,
ENI IPAM, Gateway API, ingress, Canal typha, Flannel backends, Amazon VPC env, Weave, kube-router, kopeio, kindnet,
Lyft VPC, cni) at Kubernetes versions spanning each release's templates. Writes the compact fixture of
src/test/resources/oracle-channel that ChannelEntryOracleTest reads: entries.yaml (per case its kops release and kops'
channel entries, every field; gzip'd as entries.yaml.gz) and specs.yaml.gz (kops' completed spec of each case, in case order):

    KOPS_ORACLE=<kops-oracle> oracle_channel_entries.py 20261204 <work-dir> <resources-dir>/oracle-channel
"""
import gzip, os, random, subprocess, sys, yaml
from concurrent.futures import ThreadPoolExecutor
ORACLE = os.environ.get("KOPS_ORACLE", "kops-oracle")

RELEASES = ["v1.19.0", "v1.20.0", "v1.21.0", "v1.22.0", "v1.24.0", "v1.28.0", "v1.30.0", "v1.33.1", "v1.36.0"]
PROVIDERS = ["calico", "canal", "cilium", "flannel", "weave", "kuberouter", "amazonvpc", "kopeio", "kindnet"]
# Cilium versions of the older templates (kops rejects those a release does not take; such cases are dropped)
CILIUM = {"v1.19.0": ["v1.8.0", "v1.7.5"], "v1.20.0": ["v1.8.4", "v1.7.5"], "v1.21.0": ["v1.8.0", "v1.10.0", "v1.6.12"],
          "v1.22.0": ["v1.8.0", "v1.9.10"], "v1.24.0": ["v1.8.0", "v1.9.10", "v1.10.5"]}


def base(k8s, provider, options, name):
    s = {"cloudProvider": "aws", "configBase": "memfs://clusters.example.com/minimal.example.com",
         "etcdClusters": [{"etcdMembers": [{"instanceGroup": "master-us-test-1a", "name": "a"}], "name": n}
                          for n in ("main", "events")],
         "iam": {}, "kubernetesVersion": k8s, "networkCIDR": "172.20.0.0/16",
         "networking": {provider: options}, "nonMasqueradeCIDR": "100.64.0.0/10",
         "subnets": [{"cidr": "172.20.32.0/19", "name": "us-test-1a", "type": "Public", "zone": "us-test-1a"}]}
    if provider == "kuberouter":
        s["kubeProxy"] = {"enabled": False}
    return {"apiVersion": "kops.k8s.io/v1alpha2", "kind": "Cluster", "metadata": {"name": name}, "spec": s}


def k8s_for(rng, rel, provider, options):
    minor = int(rel.split(".")[1])
    version = options.get("version", "")
    if version.startswith("v1.6") or version.startswith("v1.7"):
        return rng.choice(["1.12.0", "1.14.0", "1.16.0"]) if rel != "v1.19.0" else rng.choice(["1.11.10", "1.14.0"])
    if provider in ("canal", "flannel", "weave", "kuberouter") and minor >= 22:
        return rng.choice(["1.21.0", "1.22.0"])  # their last releases' Kubernetes; kops rejects them above
    return "1.%d.%d" % (min(minor, 34) - rng.randint(0, 2), rng.choice([0, 3]))


# The oldest Kubernetes minor each release accepts, and the newest some providers take there (kops refuses newer)
OLDEST = {19: 11, 20: 13, 21: 15, 22: 17, 24: 19, 28: 23, 30: 25, 33: 27, 36: 31}
NEWEST = {"canal": {22: 21, 28: 27, 30: 27, 33: 27}, "flannel": {28: 27, 30: 27}, "kuberouter": {28: 27},
          "weave": {24: 22, 28: 22, 30: 22}, "amazonvpc": {22: 21}}
# Cilium versions tried per release (kops' pinned one, other patches and minors it may take; kops' refusals are dropped)
CILIUM_VERSIONS = {19: ["v1.8.6", "v1.8.0", "v1.7.5"], 20: ["v1.9.4", "v1.8.4", "v1.9.0"],
                   21: ["v1.9.7", "v1.8.0", "v1.10.0"], 22: ["v1.10.3", "v1.9.10", "v1.10.0"],
                   24: ["v1.11.6", "v1.10.5", "v1.11.5"], 28: ["v1.13.5", "v1.13.10", "v1.13.0"],
                   30: ["v1.15.6", "v1.14.5", "v1.15.0"], 33: ["v1.16.7", "v1.16.3", "v1.16.0"],
                   36: ["v1.18.6", "v1.18.2", "v1.18.0"]}
OPTION_PROVIDERS = ["calico", "canal", "cilium", "flannel", "weave", "kuberouter", "amazonvpc", "kopeio", "kindnet",
                    "lyftvpc", "cni"]
# releases that still take the provider (kops refuses it after)
UNTIL = {"weave": 24, "lyftvpc": 22, "canal": 33}
PER = {"calico": 8, "cilium": 10, "canal": 4, "flannel": 3, "weave": 3, "kuberouter": 2, "amazonvpc": 3, "kopeio": 2,
       "kindnet": 3, "lyftvpc": 2, "cni": 1}


def some(rng, chance, d, key, value):
    if rng.random() < chance:
        d[key] = value


def calico(rng, m, extra):
    o = {}
    some(rng, 0.4, o, "typhaReplicas", rng.choice([0, 1, 3]))
    x = rng.random()
    if x < 0.3: o["encapsulationMode"] = "vxlan"
    elif x < 0.5: o["encapsulationMode"] = "ipip"
    if o.get("encapsulationMode") == "vxlan" and m >= 22: some(rng, 0.4, o, "vxlanMode", rng.choice(["Always", "CrossSubnet"]))
    if o.get("encapsulationMode") != "vxlan": some(rng, 0.3, o, "ipipMode", rng.choice(["Always", "CrossSubnet", "Never"]))
    if m <= 24: some(rng, 0.25, o, "crossSubnet", True)
    if m >= 20 and rng.random() < 0.25:
        o["bpfEnabled"] = True
        extra["kubeProxy"] = {"enabled": False}
        some(rng, 0.5, o, "bpfExternalServiceMode", rng.choice(["Tunnel", "DSR"]))
    if m >= 22: some(rng, 0.25, o, "wireguardEnabled", True)
    if m >= 24 and rng.random() < 0.2:
        extra["ipv6"] = True
        o.pop("encapsulationMode", None); o.pop("ipipMode", None); o.pop("vxlanMode", None); o.pop("crossSubnet", None)
    some(rng, 0.2, o, "awsSrcDstCheck", rng.choice(["Enable", "Disable", "DoNothing"]))
    some(rng, 0.2, o, "mtu", rng.choice([1440, 8981]))
    some(rng, 0.2, o, "prometheusMetricsEnabled", True)
    some(rng, 0.15, o, "typhaPrometheusMetricsEnabled", True)
    some(rng, 0.15, o, "chainInsertMode", "append")
    some(rng, 0.15, o, "iptablesBackend", rng.choice(["Legacy", "NFT"]))
    some(rng, 0.15, o, "ipv4AutoDetectionMethod", "can-reach=8.8.8.8")
    if m <= 22: some(rng, 0.15, o, "majorVersion", "v3")
    return o


def canal(rng, m, extra):
    o = {}
    some(rng, 0.6, o, "typhaReplicas", rng.choice([1, 3]))
    some(rng, 0.3, o, "mtu", 8981)
    some(rng, 0.3, o, "defaultEndpointToHostAction", rng.choice(["ACCEPT", "DROP"]))
    some(rng, 0.3, o, "disableFlannelForwardRules", True)
    some(rng, 0.3, o, "iptablesBackend", "NFT")
    some(rng, 0.3, o, "prometheusMetricsEnabled", True)
    some(rng, 0.2, o, "typhaPrometheusMetricsEnabled", True)
    return o


def cilium(rng, m, extra):
    o = {}
    if rng.random() < 0.6: o["version"] = rng.choice(CILIUM_VERSIONS[m])
    if rng.random() < 0.3:
        o["hubble"] = {"enabled": True}
        some(rng, 0.5, o["hubble"], "metrics", ["dns", "drop", "tcp", "flow"])
        if m >= 21: extra["certManager"] = {"enabled": True}  # kops 1.21+ refuse Hubble without it
    if rng.random() < 0.15:
        o["etcdManaged"] = True
        extra["ciliumEtcd"] = True
    if rng.random() < 0.2:
        o["ipam"] = "eni"
        if m <= 21: o["disableMasquerade"] = True
    elif rng.random() < 0.15:
        o["ipam"] = "crd" if m >= 22 else rng.choice(["crd", "kubernetes"])
    if m >= 28: some(rng, 0.2, o, "ingress", {"enabled": True})
    if m >= 30: some(rng, 0.2, o, "gatewayAPI", {"enabled": True})
    if rng.random() < 0.2:
        o["enableNodePort"] = True
        extra["kubeProxy"] = {"enabled": False}
    if m >= 22 and rng.random() < 0.15:
        o["enableEncryption"] = True
        some(rng, 0.7, o, "encryptionType", rng.choice(["ipsec", "wireguard"]))
    some(rng, 0.2, o, "enablePrometheusMetrics", True)
    if "ipam" not in o or o["ipam"] != "eni": some(rng, 0.15, o, "tunnel", rng.choice(["geneve", "disabled"]))
    some(rng, 0.1, o, "enableBPFMasquerade", True)
    some(rng, 0.1, o, "debug", True)
    return o


def flannel(rng, m, extra):
    o = {"backend": rng.choice(["vxlan", "udp"])} if rng.random() < 0.8 else {}
    some(rng, 0.3, o, "iptablesResyncSeconds", rng.choice([5, 60]))
    return o


def amazonvpc(rng, m, extra):
    env = [{"name": "WARM_IP_TARGET", "value": rng.choice(["0", "10"])}]
    if rng.random() < 0.5: env.append({"name": "ENABLE_PREFIX_DELEGATION", "value": "true"})
    if rng.random() < 0.5: env.append({"name": "AWS_VPC_K8S_CNI_LOGLEVEL", "value": "DEBUG"})
    return {"env": env} if rng.random() < 0.8 else {}


def weave(rng, m, extra):
    o = {}
    some(rng, 0.4, o, "mtu", rng.choice([1376, 8912]))
    some(rng, 0.3, o, "connLimit", 200)
    some(rng, 0.3, o, "noMasqLocal", 1)
    some(rng, 0.3, o, "memoryRequest", "200Mi")
    some(rng, 0.3, o, "cpuLimit", "100m")
    some(rng, 0.3, o, "npcExtraArgs", "--log-level=info")
    return o


def kuberouter(rng, m, extra):
    extra["kubeProxy"] = {"enabled": False}
    return {"useNFTablesForNetpol": rng.random() < 0.5} if m >= 33 and rng.random() < 0.6 else {}


def kindnet(rng, m, extra):
    o = {}
    some(rng, 0.4, o, "networkPolicies", rng.random() < 0.5)
    some(rng, 0.3, o, "dnsCaching", True)
    some(rng, 0.3, o, "fastPathThreshold", rng.choice([0, 10]))
    some(rng, 0.3, o, "logLevel", rng.choice([0, 4]))
    if rng.random() < 0.3: o["masquerade"] = {"enabled": rng.random() < 0.5}
    return o


def lyftvpc(rng, m, extra):
    return {"subnetTags": {"KubernetesCluster": "minimal.example.com"}} if rng.random() < 0.5 else {}


def cni(rng, m, extra):
    return {}


OPTIONS = {"calico": calico, "canal": canal, "cilium": cilium, "flannel": flannel, "weave": weave,
           "kuberouter": kuberouter, "amazonvpc": amazonvpc, "kopeio": lambda rng, m, extra: {}, "kindnet": kindnet,
           "lyftvpc": lyftvpc, "cni": cni}


def with_options(rng, rel, provider):
    m = int(rel.split(".")[1])
    extra = {}
    o = OPTIONS[provider](rng, m, extra)
    newest = NEWEST.get(provider, {}).get(m, m)
    oldest = max(OLDEST[m], 22) if extra.get("ipv6") else OLDEST[m]  # kops: IPv6 with private topology needs 1.22+
    k = rng.randint(oldest, max(oldest, newest))
    if o.get("version", "").startswith("v1.7"):
        k = min(k, 16)
    d = base("1.%d.%d" % (k, rng.choice([0, 3])), provider, o, rng.choice(["minimal.example.com", "c1.k8s.local"]))
    s = d["spec"]
    if "kubeProxy" in extra: s["kubeProxy"] = extra["kubeProxy"]
    if "certManager" in extra: s["certManager"] = extra["certManager"]
    if extra.get("ciliumEtcd"):
        s["etcdClusters"].append({"etcdMembers": [{"instanceGroup": "master-us-test-1a", "name": "a"}], "name": "cilium"})
    if extra.get("ipv6"):
        s["nonMasqueradeCIDR"] = "::/0"
        s["subnets"] = [{"cidr": "172.20.32.0/19", "ipv6CIDR": "/64#0", "name": "us-test-1a", "type": "Private",
                         "zone": "us-test-1a"},
                        {"cidr": "172.20.64.0/19", "ipv6CIDR": "/64#1", "name": "utility-us-test-1a",
                         "type": "Utility", "zone": "us-test-1a"}]
        s["topology"] = {"dns": {"type": "Public"}, "masters": "private", "nodes": "private"}
        s["cloudControllerManager"] = {}
        if o.get("awsSrcDstCheck") not in (None, "DoNothing"): o["awsSrcDstCheck"] = "DoNothing"
        o.pop("wireguardEnabled", None)
    return d


def cases(seed):
    rng = random.Random(seed)
    out = []
    for rel in RELEASES:
        variants = [(p, {}) for p in PROVIDERS] + [("cilium", {"version": v}) for v in CILIUM.get(rel, [])]
        for p, o in variants:
            name = rng.choice(["minimal.example.com", "c1.k8s.local"])
            out.append((rel, base(k8s_for(rng, rel, p, o), p, o, name)))
    # the option cases follow the default ones in the same stream, so the default cases stay as they were
    for rel in RELEASES:
        for p in OPTION_PROVIDERS:
            if int(rel.split(".")[1]) > UNTIL.get(p, 99):
                continue
            for _ in range(PER[p]):
                out.append((rel, with_options(rng, rel, p)))
    return out


def run(args):
    out, n, rel, d = args
    p = os.path.join(out, "%03d-%s" % (n, rel)); os.makedirs(p, exist_ok=True)
    with open(os.path.join(p, "cluster.yaml"), "w") as f: yaml.safe_dump(d, f, sort_keys=False)
    r = subprocess.run([ORACLE, rel, os.path.join(p, "cluster.yaml"), p], capture_output=True, text=True)
    if r.returncode not in (0, 3): raise SystemExit("oracle failed: " + r.stderr[-300:])
    return rel, p


def fixture(seed, done, target):
    os.makedirs(target, exist_ok=True)
    rows, specs = [], []
    for rel, p in done:
        if os.path.exists(os.path.join(p, "error.txt")):
            continue
        entries = yaml.safe_load(open(os.path.join(p, "channel.yaml"))) or []
        if not entries:
            continue
        rows.append({"case": "channel-%d-%03d" % (seed, len(rows)), "release": rel, "entries": entries})
        specs.append(open(os.path.join(p, "completed-spec.yaml")).read())
    text = ("# kops' bootstrap-channel networking entries per case (kops-oracle), generated by\n"
            "# src/build/oracle_channel_entries.py %d <work> <target>; specs.yaml.gz: the completed specs\n" % seed
            + yaml.safe_dump(rows, sort_keys=False, width=1000))
    with gzip.GzipFile(os.path.join(target, "entries.yaml.gz"), "wb", mtime=0) as f:
        f.write(text.encode("utf-8"))
    with gzip.GzipFile(os.path.join(target, "specs.yaml.gz"), "wb", mtime=0) as f:
        f.write("---\n".join(specs).encode("utf-8"))


if __name__ == "__main__":
    seed, out, target = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    todo = [(out, n, rel, d) for n, (rel, d) in enumerate(cases(seed))]
    with ThreadPoolExecutor(2) as ex:
        done = list(ex.map(run, todo))
    fixture(seed, done, target)
