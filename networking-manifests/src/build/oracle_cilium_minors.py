#!/usr/bin/env python3
"""Has kops itself (kops-oracle, issue 9) render seeded, varied Cilium specs where kops 1.20-1.21 render an older or
newer Cilium minor from a template of its own: Cilium 1.6/1.7 at kops 1.20 and 1.21 (Kubernetes 1.11-1.16), Cilium 1.10
at kops 1.21 (Kubernetes 1.16-1.21); options varied: Hubble (on/off, metrics), etcdManaged, ipam, tunnel,
enableNodePort, resource requests, Prometheus, debug, policy and more. Writes the compact fixture of
src/test/resources/oracle-cilium-minors (kops' completed specs and manifestHashes, the format of oracle_fixtures.py)
that CiliumMinorsOracleTest reads:

    KOPS_ORACLE=<kops-oracle> oracle_cilium_minors.py 20261206 40 <work-dir> <resources-dir>/oracle-cilium-minors
    KOPS_ORACLE=<kops-oracle> oracle_cilium_minors.py 20261208 40 <work-dir> <resources-dir>/oracle-cilium-minors kops-1.19

(the second: kops 1.19's two entries for Cilium 1.6/1.7, Kubernetes 1.11-1.16).
"""
import gzip, json, os, random, subprocess, sys, yaml
from concurrent.futures import ThreadPoolExecutor
ORACLE = os.environ.get("KOPS_ORACLE", "kops-oracle")

def base(k8s):
    return {"apiVersion": "kops.k8s.io/v1alpha2", "kind": "Cluster", "metadata": {"name": "minimal.example.com"},
            "spec": {"cloudProvider": "aws", "configBase": "memfs://clusters.example.com/minimal.example.com",
                     "etcdClusters": [{"etcdMembers": [{"instanceGroup": "master-us-test-1a", "name": "a"}],
                                       "name": n} for n in ("main", "events")],
                     "iam": {}, "kubernetesVersion": k8s, "networkCIDR": "172.20.0.0/16",
                     "networking": {"cilium": {}}, "nonMasqueradeCIDR": "100.64.0.0/10",
                     "subnets": [{"cidr": "172.20.32.0/19", "name": "us-test-1a", "type": "Public", "zone": "us-test-1a"}]}}

def spec(rng, rel, family):
    if family == "1.10":
        k8s = rng.choice(["1.16.0", "1.17.3", "1.18.0", "1.19.7", "1.20.0", "1.21.0", "1.21.4"])
        version = rng.choice(["v1.10.0", "v1.10.3", "v1.10.5"])
    else:
        k8s = rng.choice(["1.11.0", "1.11.10", "1.12.0", "1.13.5", "1.14.0", "1.15.3", "1.16.0", "1.16.9"])
        version = rng.choice(["v1.7.0", "v1.7.5", "v1.7.16", "v1.6.12"])
    d = base(k8s); c = {"version": version}; s = d["spec"]
    if rng.random() < 0.4:
        c["hubble"] = {"enabled": rng.random() < 0.8}
        if rng.random() < 0.5: c["hubble"]["metrics"] = rng.sample(["dns", "drop", "tcp", "flow", "port-distribution", "icmp", "http"], rng.randint(1, 3))
        if rel == "v1.21.0": s["certManager"] = {"enabled": True}
    if rng.random() < 0.3:
        c["etcdManaged"] = True
        s["etcdClusters"].append({"etcdMembers": [{"instanceGroup": "master-us-test-1a", "name": "a"}], "name": "cilium"})
    ipam = rng.choice([None, None, "hostscope", "kubernetes", "crd", "eni"])
    if ipam: c["ipam"] = ipam
    if ipam == "eni" or rng.random() < 0.2: c["disableMasquerade"] = True
    if rng.random() < 0.4: c["tunnel"] = rng.choice(["vxlan", "geneve", "disabled"])
    if rng.random() < 0.3:
        c["enableNodePort"] = True; s["kubeProxy"] = {"enabled": False}
    if rng.random() < 0.3: c["cpuRequest"] = rng.choice(["25m", "100m", "1"])
    if rng.random() < 0.3: c["memoryRequest"] = rng.choice(["128Mi", "512Mi", "1Gi"])
    if rng.random() < 0.3: c["debug"] = True
    if rng.random() < 0.3: c["enablePrometheusMetrics"] = True
    if rng.random() < 0.2: c["agentPrometheusPort"] = rng.choice([9090, 9876])
    if rng.random() < 0.2: c["monitorAggregation"] = rng.choice(["low", "maximum"])
    if rng.random() < 0.2: c["bpfCTGlobalAnyMax"] = rng.choice([65536, 300000])
    if rng.random() < 0.2: c["preallocateBPFMaps"] = True
    if rng.random() < 0.2: c["enableRemoteNodeIdentity"] = False
    if rng.random() < 0.2: c["enablePolicy"] = rng.choice(["default", "always", "never"])
    if rng.random() < 0.2: c["containerRuntimeLabels"] = rng.choice(["none", "containerd", "docker"])
    if rng.random() < 0.15: c["enableEncryption"] = True
    if rng.random() < 0.15: c["autoDirectNodeRoutes"] = True
    if rng.random() < 0.15: c["clusterName"] = "c1"
    if rng.random() < 0.15: c["toFqdnsDnsRejectResponseCode"] = "nameError"
    if rng.random() < 0.15: c["enableL7Proxy"] = False
    if rng.random() < 0.1: c["ipv6"] = True
    s["networking"]["cilium"] = c
    return d

def run(args):
    out, rel, n, d = args
    p = os.path.join(out, "%s-%03d" % (rel, n)); os.makedirs(p, exist_ok=True)
    with open(os.path.join(p, "cluster.yaml"), "w") as f: yaml.safe_dump(d, f, sort_keys=False)
    r = subprocess.run([ORACLE, rel, os.path.join(p, "cluster.yaml"), p], capture_output=True, text=True)
    if r.returncode not in (0, 3): raise SystemExit("oracle failed: " + r.stderr[-300:])
    return p

SETS = {"dev": (("v1.20.0", "1.7"), ("v1.21.0", "1.7"), ("v1.21.0", "1.10")),
        # kops 1.19's two entries for Cilium below 1.8 (k8s-1.7 below Kubernetes 1.12, k8s-1.12 from it)
        "kops-1.19": (("v1.19.0", "1.7"),)}


def cases(seed, per, name="dev"):
    rng = random.Random(seed)
    out = []
    for rel, family in SETS[name]:
        for n in range(per):
            out.append((rel, family, spec(rng, rel, family)))
    return out

def fixture(seed, per, dirs, target, name="dev"):
    os.makedirs(target, exist_ok=True)
    rows, specs = [], []
    for n, p in enumerate(dirs):
        case = "cilium-minors-%d-%03d" % (seed, n)
        rel = os.path.basename(p).split("-")[0]
        if os.path.exists(os.path.join(p, "error.txt")):
            rows.append("\t".join([case, rel, "error", open(os.path.join(p, "error.txt")).read().strip().replace("\t", " ").replace("\n", " ")]))
            specs.append(open(os.path.join(p, "cluster.yaml")).read())
            continue
        specs.append(open(os.path.join(p, "completed-spec.yaml")).read())
        for e in yaml.safe_load(open(os.path.join(p, "channel.yaml"))):
            rows.append("\t".join([case, rel, "%s/%s" % (e["name"], e["id"]), e["manifestHash"]]))
    with open(os.path.join(target, name + ".tsv"), "w") as f:
        f.write("# case\tkops release\taddon name/id\tkops' manifestHash (sha1 before 1.22) -- generated by "
                "src/build/oracle_cilium_minors.py %d %d <work> <target> %s\n" % (seed, per, name))
        f.write("\n".join(rows) + "\n")
    with gzip.GzipFile(os.path.join(target, name + "-specs.yaml.gz"), "wb", mtime=0) as f:
        f.write("---\n".join(specs).encode("utf-8"))


if __name__ == "__main__":
    seed, per, out, target = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
    name = sys.argv[5] if len(sys.argv) > 5 else "dev"
    todo = [(out, rel, i, d) for i, (rel, fam, d) in enumerate(cases(seed, per, name))]
    with ThreadPoolExecutor(2) as ex:
        dirs = list(ex.map(run, todo))
    fixture(seed, per, dirs, target, name)
