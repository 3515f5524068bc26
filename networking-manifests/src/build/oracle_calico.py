#!/usr/bin/env python3
"""Seeded Calico/Canal specs judged by kops itself (the kops-oracle tool, see its README).

    oracle_calico.py ORACLE SEED COUNT OUTDIR [--keep-manifests]

Generates COUNT specs from SEED (same seed -> same specs), spread over the oracle's releases
1.24/1.28/1.30/1.33.1/1.36 (and, for Canal, the releases that still have it), runs
`ORACLE vX.Y.Z spec.yaml dir` on each (two at a time) and writes OUTDIR/cases.tsv:

    id  release  verdict(ok|rejected)  addon/templateId=manifestHash,...

plus OUTDIR/specs/<id>.yaml (the input) and, with --keep-manifests, OUTDIR/kops/<id>/ (kops'
output, for object-level diffs while developing). Specs kops rejects are kept with their verdict.
"""
import os
import random
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

import yaml

RELEASES = {  # release -> Kubernetes minors tried (kops refuses the ones it does not accept)
    "v1.24.0": [20, 21, 22, 23, 24],
    "v1.28.0": [22, 23, 24, 25, 26, 27, 28],
    "v1.30.0": [24, 25, 26, 27, 28, 29, 30],
    "v1.33.1": [26, 27, 28, 29, 30, 31, 32, 33],
    "v1.36.0": [28, 29, 30, 31, 32, 33, 34],
}
CANAL_RELEASES = ["v1.24.0", "v1.28.0", "v1.30.0", "v1.33.1"]


def maybe(rng, p=0.35):
    return rng.random() < p


def calico(rng, ipv6):
    c = {}
    if ipv6:
        c["encapsulationMode"] = "none"
    elif maybe(rng, 0.5):
        c["encapsulationMode"] = rng.choice(["ipip", "vxlan"])
    # kops refuses a pool mode of the other encapsulation: mostly the valid one
    if maybe(rng) and c.get("encapsulationMode", "ipip") == "ipip":
        c["ipipMode"] = rng.choice(["Always", "CrossSubnet", "Never"])
    if maybe(rng) and c.get("encapsulationMode") == "vxlan":
        c["vxlanMode"] = rng.choice(["Always", "CrossSubnet", "Never"])
    if maybe(rng, 0.15):
        c["crossSubnet"] = rng.choice([True, False])
    if maybe(rng):
        c["mtu"] = rng.choice([0, 1400, 1440, 8981])
    if maybe(rng):
        c["cpuRequest"] = rng.choice(["100m", "250m", "0.5", "1", "1500m", "0.1"])
    if maybe(rng):
        c["typhaReplicas"] = rng.choice([0, 1, 2, 3])
    if maybe(rng, 0.25):
        c["typhaPrometheusMetricsEnabled"] = rng.choice([True, False])
    if maybe(rng, 0.25):
        c["typhaPrometheusMetricsPort"] = rng.choice([9093, 9095])
    if maybe(rng):
        c["prometheusMetricsEnabled"] = rng.choice([True, False])
    if maybe(rng, 0.25):
        c["prometheusMetricsPort"] = rng.choice([9091, 9092])
    if maybe(rng, 0.25):
        c["prometheusGoMetricsEnabled"] = rng.choice([True, False])
    if maybe(rng, 0.25):
        c["prometheusProcessMetricsEnabled"] = rng.choice([True, False])
    if maybe(rng, 0.25):
        c["chainInsertMode"] = rng.choice(["insert", "append"])
    if maybe(rng, 0.25):
        c["iptablesBackend"] = rng.choice(["Auto", "Legacy", "NFT"])
    if maybe(rng, 0.25):
        c["logSeverityScreen"] = rng.choice(["info", "debug", "warning"])
    if maybe(rng, 0.25) and not ipv6:
        c["wireguardEnabled"] = rng.choice([True, False])
    if maybe(rng, 0.2) and not ipv6:
        c["awsSrcDstCheck"] = rng.choice(["Enable", "Disable", "DoNothing"])
    if maybe(rng, 0.2):
        c["ipv4AutoDetectionMethod"] = rng.choice(["first-found", "can-reach=8.8.8.8", "interface=eth.*"])
    if maybe(rng, 0.15):
        c["ipv6AutoDetectionMethod"] = rng.choice(["first-found", "can-reach=2001:db8::1"])
    if maybe(rng, 0.25):
        c["bpfEnabled"] = rng.choice([True, False])
        if maybe(rng, 0.5):
            c["bpfExternalServiceMode"] = rng.choice(["Tunnel", "DSR"])
        if maybe(rng, 0.5):
            c["bpfLogLevel"] = rng.choice(["Off", "Info", "Debug"])
        if maybe(rng, 0.5):
            c["bpfKubeProxyIptablesCleanupEnabled"] = rng.choice([True, False])
    if maybe(rng, 0.1):
        c["registry"] = "registry.example.com"
    if maybe(rng, 0.1):
        c["version"] = "v3.26.1"
    return c


def canal(rng):
    c = {}
    if maybe(rng):
        c["chainInsertMode"] = rng.choice(["insert", "append"])
    if maybe(rng):
        c["cpuRequest"] = rng.choice(["100m", "250m", "0.5", "1", "0.1"])
    if maybe(rng):
        c["defaultEndpointToHostAction"] = rng.choice(["ACCEPT", "DROP", "RETURN"])
    if maybe(rng, 0.2):
        c["disableFlannelForwardRules"] = rng.choice([True, False])
    if maybe(rng, 0.2):
        c["disableTxChecksumOffloading"] = rng.choice([True, False])
    if maybe(rng, 0.25):
        c["iptablesBackend"] = rng.choice(["Auto", "Legacy", "NFT"])
    if maybe(rng, 0.25):
        c["logSeveritySys"] = rng.choice(["INFO", "DEBUG", "WARNING"])
    if maybe(rng):
        c["mtu"] = rng.choice([0, 1400, 1440])
    if maybe(rng, 0.25):
        c["prometheusGoMetricsEnabled"] = rng.choice([True, False])
    if maybe(rng, 0.25):
        c["prometheusMetricsEnabled"] = rng.choice([True, False])
    if maybe(rng, 0.25):
        c["prometheusMetricsPort"] = rng.choice([9091, 9092])
    if maybe(rng, 0.25):
        c["prometheusProcessMetricsEnabled"] = rng.choice([True, False])
    if maybe(rng, 0.2):
        c["typhaReplicas"] = rng.choice([0, 1, 2])
    if maybe(rng, 0.2):
        c["typhaPrometheusMetricsEnabled"] = rng.choice([True, False])
    if maybe(rng, 0.2):
        c["typhaPrometheusMetricsPort"] = rng.choice([9093, 9095])
    return c


def spec(rng, provider):
    releases = list(RELEASES) if provider == "calico" else CANAL_RELEASES
    release = rng.choice(releases)
    minor = rng.choice(RELEASES[release] if provider == "calico" else [m for m in RELEASES[release] if m < 28])
    patch = rng.choice([0, 1, 5])
    ipv6 = provider == "calico" and maybe(rng, 0.2)
    net = {provider: calico(rng, ipv6) if provider == "calico" else canal(rng)}
    s = {
        "cloudProvider": "aws",
        "configBase": "memfs://clusters.example.com/minimal.example.com",
        "etcdClusters": [{"etcdMembers": [{"instanceGroup": "master-us-test-1a", "name": "a"}], "name": n}
                         for n in ("main", "events")],
        "iam": {},
        "kubernetesVersion": f"1.{minor}.{patch}",
        "networkCIDR": "172.20.0.0/16",
        "networking": net,
        "nonMasqueradeCIDR": "::/0" if ipv6 else "100.64.0.0/10",
        "subnets": [{"cidr": "172.20.32.0/19", "name": "us-test-1a", "type": "Public", "zone": "us-test-1a"}],
    }
    if ipv6:  # kops wants the external cloud controller manager with IPv6
        s["subnets"][0]["ipv6CIDR"] = "/64#0"
        s["cloudControllerManager"] = {}
    if provider == "calico" and net["calico"].get("bpfEnabled") or maybe(rng, 0.1):
        s["kubeProxy"] = {"enabled": False}
    return release, {"apiVersion": "kops.k8s.io/v1alpha2", "kind": "Cluster",
                     "metadata": {"name": "minimal.example.com"}, "spec": s}


def run(oracle, release, path, out):
    p = subprocess.run([oracle, release, path, out], capture_output=True, text=True)
    if p.returncode not in (0, 3):
        raise SystemExit(f"oracle failed on {path}: {p.stderr}")
    if p.returncode == 3:
        return "rejected", ""
    ch = yaml.safe_load(open(os.path.join(out, "channel.yaml")))
    addons = ch if isinstance(ch, list) else ch.get("spec", {}).get("addons", ch)
    hashes = ",".join(f"{a['name']}/{a['id']}={a['manifestHash']}" for a in addons
                      if a["name"].startswith("networking."))
    return "ok", hashes


def main():
    oracle, seed, count, outdir = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    keep = "--keep-manifests" in sys.argv
    rng = random.Random(seed)
    os.makedirs(os.path.join(outdir, "specs"), exist_ok=True)
    jobs = []
    for i in range(count):
        provider = "calico" if rng.random() < 0.7 else "canal"
        release, doc = spec(rng, provider)
        cid = f"{seed}-{i:04d}-{provider}"
        path = os.path.join(outdir, "specs", cid + ".yaml")
        with open(path, "w") as f:
            yaml.safe_dump(doc, f, sort_keys=False)
        jobs.append((cid, release, path))

    def one(job):
        cid, release, path = job
        out = os.path.join(outdir, "kops", cid) if keep else tempfile.mkdtemp()
        os.makedirs(out, exist_ok=True)
        verdict, hashes = run(oracle, release, path, out)
        if not keep:
            subprocess.run(["rm", "-rf", out])
        return f"{cid}\t{release.lstrip('v')}\t{verdict}\t{hashes}"

    with ThreadPoolExecutor(2) as pool:
        rows = list(pool.map(one, jobs))
    with open(os.path.join(outdir, "cases.tsv"), "w") as f:
        f.write("# id\trelease\tverdict\taddon/templateId=manifestHash (kops' bootstrap channel)\n")
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
