#!/usr/bin/env python3
"""Generates seeded specs for one provider, has kops itself (the kops-oracle, see issue 9) render
them, and writes the answers as compact test fixtures:

  oracle-<provider>/<set>.tsv          case, kops release, addon key/id, kops' manifestHash
                                       (or "error" and kops' error text)
  oracle-<provider>/<set>-specs.yaml.gz  kops' completed spec of each case, in case order

Usage: oracle_fixtures.py <kops-oracle> <provider> <set> <seed> <count> <test-resources-dir> [work-dir]

Same seed, same specs. Two sets per provider: `dev` (used while developing the edits) and
`fresh` (generated with another seed and run once, to measure). kops' completed spec is kept (not
the input) so that the fixtures judge rendering alone, not podnet's defaulting.
"""
import gzip, os, shutil, random, subprocess, sys, tempfile
import yaml
from concurrent.futures import ThreadPoolExecutor

RELEASES = ["v1.19.0", "v1.20.0", "v1.21.0", "v1.22.0", "v1.24.0", "v1.28.0", "v1.30.0", "v1.33.1", "v1.36.0"]


def k8s_versions(release):
    """Kubernetes minors a release is commonly used with: its own and the three below."""
    minor = int(release.split(".")[1])
    return ["1.%d.%d" % (m, p) for m in range(minor - 3, minor + 1) for p in (0, 5)]


def base(release, k8s, rnd):
    spec = {
        "cloudProvider": "aws",
        "configBase": "memfs://clusters.example.com/minimal.example.com",
        "etcdClusters": [{"etcdMembers": [{"instanceGroup": "master-us-test-1a", "name": "a"}], "name": n}
                         for n in ("main", "events")],
        "iam": {},
        "kubernetesVersion": k8s,
        "networkCIDR": "172.20.0.0/16",
        "nonMasqueradeCIDR": "100.64.0.0/10",
        "subnets": [{"cidr": "172.20.32.0/19", "name": "us-test-1a", "type": "Public", "zone": "us-test-1a"}],
    }
    if rnd.random() < 0.3:
        spec["kubeProxy"] = {"enabled": False}
    if rnd.random() < 0.3:
        spec["kubeControllerManager"] = {"clusterCIDR": "100.96.0.0/11"}
    return {"apiVersion": "kops.k8s.io/v1alpha2", "kind": "Cluster",
            "metadata": {"name": rnd.choice(["minimal.example.com", "c1.k8s.local", "a-b.example.com"])},
            "spec": spec}


def maybe(rnd, d, key, values, p=0.35):
    if rnd.random() < p:
        d[key] = rnd.choice(values)


def cilium(rnd, release, spec):
    minor = int(release.split(".")[1])
    c = {}
    maybe(rnd, c, "enablePrometheusMetrics", [True, False])
    maybe(rnd, c, "agentPrometheusPort", [9090, 9962, 9999])
    maybe(rnd, c, "cpuRequest", ["25m", "0.5", "1", "100m"])
    maybe(rnd, c, "memoryRequest", ["128Mi", "1Gi", "500M"])
    maybe(rnd, c, "tunnel", ["vxlan", "geneve", "disabled"] if minor < 28 else ["vxlan", "geneve"])
    if spec.get("kubeProxy") == {"enabled": False} or rnd.random() < 0.5:
        maybe(rnd, c, "enableNodePort", [True, False] if spec.get("kubeProxy") else [False])
    maybe(rnd, c, "debug", [True])
    maybe(rnd, c, "bpfLBAlgorithm", ["random", "maglev"])
    maybe(rnd, c, "enableBPFMasquerade", [True, False])
    maybe(rnd, c, "enableEndpointHealthChecking", [True, False])
    maybe(rnd, c, "identityAllocationMode", ["crd"], 0.2)
    maybe(rnd, c, "clusterName", ["c2"], 0.15)
    maybe(rnd, c, "clusterID", [3], 0.15)
    maybe(rnd, c, "enableEncryption", [True], 0.15)
    if rnd.random() < 0.2:
        c["etcdManaged"] = True
        maybe(rnd, c, "identityAllocationMode", ["kvstore"], 0.5)
        spec["etcdClusters"].append({"etcdMembers": [{"instanceGroup": "master-us-test-1a", "name": "a"}],
                                     "name": "cilium"})
    if rnd.random() < 0.2:
        c["ipam"] = "eni"
        if minor < 28:  # kops 1.19-1.21 require it; 1.28+ forbid it (masquerade must stay enabled)
            c["disableMasquerade"] = True
    if minor >= 21 and rnd.random() < 0.25:
        c["hubble"] = {"enabled": True}
        spec["certManager"] = {"enabled": True}
    if minor >= 29 and rnd.random() < 0.25:
        c["ingress"] = {"enabled": True}
        maybe(rnd, c["ingress"], "loadBalancerAnnotationPrefixes", ["service.beta.kubernetes.io"], 0.3)
        maybe(rnd, c["ingress"], "sharedLoadBalancerServiceName", ["my-lb"], 0.3)
        maybe(rnd, c["ingress"], "defaultLoadBalancerMode", ["shared", "dedicated"], 0.5)
    if minor >= 32 and rnd.random() < 0.15:
        c["gatewayAPI"] = {"enabled": True}
    return c


def simple(name):
    def gen(rnd, release, spec):
        d = {}
        if name == "flannel":
            maybe(rnd, d, "backend", ["vxlan", "udp"])
            maybe(rnd, d, "iptablesResyncSeconds", [60, 5])
            maybe(rnd, d, "disableTxChecksumOffloading", [True, False])
        elif name == "weave":
            maybe(rnd, d, "mtu", [8912, 1376])
            maybe(rnd, d, "connLimit", [100, 64])
            maybe(rnd, d, "memoryRequest", ["200Mi", "1Gi"])
            maybe(rnd, d, "cpuRequest", ["50m", "0.5"])
            maybe(rnd, d, "memoryLimit", ["300Mi"])
            maybe(rnd, d, "cpuLimit", ["1"])
            maybe(rnd, d, "netExtraArgs", ["--log-level=info"])
            maybe(rnd, d, "noMasqLocal", [1])
            maybe(rnd, d, "npcMemoryRequest", ["100Mi"])
            maybe(rnd, d, "npcCPURequest", ["20m"])
            maybe(rnd, d, "npcExtraArgs", ["--log-level=debug"])
            maybe(rnd, d, "version", ["2.8.1"], 0.1)
        elif name == "amazonvpc":
            if rnd.random() < 0.35:
                d["env"] = [{"name": "WARM_IP_TARGET", "value": rnd.choice(["10", "5"])}]
        elif name == "kindnet":
            if rnd.random() < 0.35:
                d["masquerade"] = {"enabled": rnd.choice([True, False])}
            maybe(rnd, d, "logLevel", [2, 5])
            maybe(rnd, d, "fastPathThreshold", [0, 20])
            maybe(rnd, d, "nat64", [True, False])
        return d
    return gen


def calico_v3(rnd, release, spec):
    """Calico with majorVersion v3 at kops 1.19 (kops lists k8s-1.7-v3 instead of k8s-1.7): the options kops'
    templates read, Kubernetes 1.11 on etcd 3 with and without etcd TLS, several etcd members."""
    d = {"majorVersion": "v3"}
    maybe(rnd, d, "crossSubnet", [True, False])
    maybe(rnd, d, "logSeverityScreen", ["warning", "debug"])
    maybe(rnd, d, "prometheusMetricsPort", [9092, 9999])
    maybe(rnd, d, "prometheusGoMetricsEnabled", [True, False])
    maybe(rnd, d, "mtu", [1400, 8981])
    maybe(rnd, d, "ipipMode", ["Never", "CrossSubnet"])
    maybe(rnd, d, "typhaReplicas", [0, 2])
    maybe(rnd, d, "cpuRequest", ["200m", "1"])
    if rnd.random() < 0.4:
        spec["kubernetesVersion"] = rnd.choice(["1.11.5", "1.11.10"])
        for e in spec["etcdClusters"]:
            e["version"] = "3.2.24"
        if rnd.random() < 0.6:  # kops wants both etcd clusters alike
            tls = rnd.choice([True, False])
            for e in spec["etcdClusters"]:
                e["enableEtcdTLS"] = tls
    if rnd.random() < 0.3:
        spec["etcdClusters"][0]["etcdMembers"] = [{"instanceGroup": "master-us-test-1" + z, "name": z} for z in "abc"]
    return d


GEN = {"cilium": cilium, "calico-v3": calico_v3, "flannel": simple("flannel"), "kopeio": simple("kopeio"), "weave": simple("weave"),
       "amazonvpc": simple("amazonvpc"), "kindnet": simple("kindnet"), "kuberouter": simple("kuberouter")}
KEY = {"amazonvpc": "amazonvpc", "kuberouter": "kuberouter", "calico-v3": "calico"}
RELEASES_OF = {"calico-v3": ["v1.19.0"], "weave": RELEASES[:6], "kindnet": ["v1.33.1", "v1.36.0"], "kopeio": RELEASES[:-1]}


def make(provider, seed, count):
    rnd = random.Random("%s-%d" % (provider, seed))
    releases = RELEASES_OF.get(provider, RELEASES)
    out = []
    for n in range(count):
        rel = releases[n % len(releases)]
        k8s = rnd.choice(k8s_versions(rel))
        doc = base(rel, k8s, rnd)
        doc["spec"]["networking"] = {KEY.get(provider, provider): GEN[provider](rnd, rel, doc["spec"])}
        out.append(("%s-%d-%03d" % (provider, seed, n), rel, doc))
    return out


def run(oracle, work, case):
    name, rel, doc = case
    d = os.path.join(work, name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    with open(os.path.join(d, "cluster.yaml"), "w") as f:
        yaml.safe_dump(doc, f, sort_keys=False)
    p = subprocess.run([oracle, rel, os.path.join(d, "cluster.yaml"), os.path.join(d, "out")],
                       capture_output=True, text=True)
    if p.returncode not in (0, 3):
        raise SystemExit("oracle failed on %s: %s" % (name, p.stderr))
    return d


def main(oracle, provider, set_name, seed, count, resources, work=None):
    work = work or tempfile.mkdtemp(prefix="oracle-")
    cases = make(provider, int(seed), int(count))
    with ThreadPoolExecutor(max_workers=2) as ex:
        dirs = list(ex.map(lambda c: run(oracle, work, c), cases))
    rows, specs = [], []
    for (name, rel, _), d in zip(cases, dirs):
        out = os.path.join(d, "out")
        err = os.path.join(out, "error.txt")
        if os.path.exists(err):
            rows.append("\t".join([name, rel, "error", open(err).read().strip().replace("\n", " ")[:300]]))
            specs.append("{}\n")
            continue
        channel = yaml.safe_load(open(os.path.join(out, "channel.yaml")))
        addons = channel if isinstance(channel, list) else channel.get("spec", {}).get("addons", channel)
        for a in addons:
            rows.append("\t".join([name, rel, "%s/%s" % (a["name"], a.get("id", "")), a["manifestHash"]]))
        specs.append(open(os.path.join(out, "completed-spec.yaml")).read())
    d = os.path.join(resources, "oracle-" + provider)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, set_name + ".tsv"), "w") as f:
        f.write("# case\tkops release\taddon name/id\tkops' manifestHash (sha256; sha1 before 1.22)"
                " -- generated by src/build/oracle_fixtures.py %s %s %s %s\n" % (provider, set_name, seed, count))
        f.write("\n".join(rows) + "\n")
    with gzip.GzipFile(os.path.join(d, set_name + "-specs.yaml.gz"), "wb", mtime=0) as f:
        f.write("---\n".join(s if s.endswith("\n") else s + "\n" for s in specs).encode())
    print(work)


if __name__ == "__main__":
    main(*sys.argv[1:])
