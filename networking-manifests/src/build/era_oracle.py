#!/usr/bin/env python3
"""Has kops itself (the kops-oracle, see issue 9) render every provider with default options at
kops 1.19-1.21, for Kubernetes versions each release accepts, and writes the answers as an oracle
directory (index.json + files, the format of networking-corpus's podnet-oracle) that
derive_manifests.py reads with --oracle=<dir>: the upstream objects per (release, template id)
that kops' own test suites never rendered.

Usage: era_oracle.py <kops-oracle> <out-dir> [--hubble | --hubble-cilium-1.8 | --gateway | --flannel-k8s-1.12] [provider ...]

With --hubble: Cilium with Hubble enabled at kops 1.19, 1.21, 1.22 and 1.24 (with cert-manager from
1.21, which requires it; kops 1.20 fails on its own Hubble template), the optional hubble-relay
objects kops' suites never render there; with --gateway: Cilium with Gateway API enabled at kops
1.33 and 1.36 (GatewayClass, the gateway secrets roles). derive_manifests.py reads both with
--optional=<dir> (it adds only objects the default renders lack).
With --cilium-1.6: Cilium at kops 1.19 for Kubernetes 1.11, where kops defaults Cilium to 1.6 and lists
two entries (k8s-1.7 for Kubernetes <1.12, k8s-1.12 for >=1.12, both rendered with Cilium 1.6); the
k8s-1.12 one is written as template id "k8s-1.12@cilium-1.6" (a data variant beside the Cilium 1.8
form); derive_manifests.py reads it with --fill=<dir>.
With --cilium-1.8: Cilium 1.8 at kops 1.20 and 1.21, where kops renders the k8s-1.12 entry from its Cilium
1.8 template (version 1.8.0-kops.1) beside the Cilium 1.9 one it defaults to; written as template id
"k8s-1.12@cilium-1.8"; derive_manifests.py reads it with --fill=<dir>.
With --hubble-cilium-1.8: the same at kops 1.20 with Hubble enabled (no cert-manager: 1.20 does not require it),
the hubble-relay Service and Deployment of kops' Cilium 1.8 template (its Cilium 1.9 one fails on Hubble);
derive_manifests.py reads it with --optional=<dir>.
With --flannel-k8s-1.12: Flannel with default options at kops 1.28 and 1.30 for Kubernetes 1.23 and
1.24, kops' k8s-1.12 template there (Kubernetes below 1.25), which its suites never render;
derive_manifests.py reads it with --fill=<dir>.

The output is the input of the derivation, not a fixture: it is not committed (the derived
objects are, in dev/podnet/manifests/<provider>/).
"""
import json, os, shutil, subprocess, sys
import yaml
from concurrent.futures import ThreadPoolExecutor

RELEASES = ["v1.19.0", "v1.20.0", "v1.21.0"]
KEY = {"amazonvpc": "amazonvpc", "kuberouter": "kuberouter"}
PROVIDERS = ["cilium", "flannel", "canal", "calico", "weave", "kopeio", "amazonvpc", "kuberouter"]


def k8s_versions(release):
    minor = int(release.split(".")[1])
    return ["1.%d.0" % m for m in range(minor - 3, minor + 1)]


def spec(provider, k8s, mode=None, rel=None):
    doc = {"apiVersion": "kops.k8s.io/v1alpha2", "kind": "Cluster", "metadata": {"name": "minimal.example.com"},
            "spec": {"cloudProvider": "aws", "configBase": "memfs://clusters.example.com/minimal.example.com",
                     "etcdClusters": [{"etcdMembers": [{"instanceGroup": "master-us-test-1a", "name": "a"}],
                                       "name": n} for n in ("main", "events")],
                     "iam": {}, "kubernetesVersion": k8s, "networkCIDR": "172.20.0.0/16",
                     "networking": {KEY.get(provider, provider): {}}, "nonMasqueradeCIDR": "100.64.0.0/10",
                     "subnets": [{"cidr": "172.20.32.0/19", "name": "us-test-1a", "type": "Public",
                                  "zone": "us-test-1a"}]}}
    if mode == "--hubble":
        doc["spec"]["networking"]["cilium"] = {"hubble": {"enabled": True}}
        if rel not in ("v1.19.0", "v1.20.0"):  # cert-manager is required from 1.21
            doc["spec"]["certManager"] = {"enabled": True}
    if mode == "--cilium-1.8":
        doc["spec"]["networking"]["cilium"] = {"version": "v1.8.0"}
    if mode == "--hubble-cilium-1.8":
        doc["spec"]["networking"]["cilium"] = {"version": "v1.8.0", "hubble": {"enabled": True}}
    if mode == "--gateway":
        doc["spec"]["networking"]["cilium"] = {"gatewayAPI": {"enabled": True}}
    if provider == "kuberouter":  # kops refuses kube-router beside kube-proxy
        doc["spec"]["kubeProxy"] = {"enabled": False}
    return doc


def run(oracle, out, case, mode=None):
    provider, rel, k8s = case
    name = "%s-default-%s" % (provider, k8s)
    d = os.path.join(out, rel, name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    with open(os.path.join(d, "cluster.yaml"), "w") as f:
        yaml.safe_dump(spec(provider, k8s, mode, rel), f, sort_keys=False)
    p = subprocess.run([oracle, rel, os.path.join(d, "cluster.yaml"), d], capture_output=True, text=True)
    if p.returncode not in (0, 3):
        raise SystemExit("oracle failed on %s %s: %s" % (rel, name, p.stderr[-500:]))
    if p.returncode == 3:
        return None
    channel = yaml.safe_load(open(os.path.join(d, "channel.yaml")))
    manifests = {}
    for a in channel:
        key = "%s/%s" % (a["name"], a["id"])
        if mode == "--cilium-1.6" and a["id"] == "k8s-1.12":
            key += "@cilium-1.6"  # kops 1.19's k8s-1.12 entry as Cilium 1.6 renders it: its own data variant
        if mode in ("--cilium-1.8", "--hubble-cilium-1.8") and a["id"] == "k8s-1.12":
            key += "@cilium-1.8"  # kops 1.20-1.21's k8s-1.12 entry from its Cilium 1.8 template
        manifests[key] = os.path.join(rel, name, "%s-%s.yaml" % (a["name"], a["id"]))
    return {"case": name, "provider": provider, "release": rel, "kubernetes_version": k8s,
            "files": {"input": os.path.join(rel, name, "cluster.yaml"), "manifests": manifests}}


MODES = {  # mode -> (releases, providers, Kubernetes versions per release)
    "--hubble": (["v1.19.0", "v1.21.0", "v1.22.0", "v1.24.0"], ("cilium",), None),
    "--gateway": (["v1.33.1", "v1.36.0"], ("cilium",), lambda r: ["1.33.0"] if r == "v1.33.1" else ["1.34.0", "1.35.0"]),
    "--cilium-1.6": (["v1.19.0"], ("cilium",), lambda r: ["1.11.0", "1.11.5", "1.11.10"]),
    "--cilium-1.8": (["v1.20.0", "v1.21.0"], ("cilium",), lambda r: ["1.17.0", "1.18.0", "1.19.0"]),
    "--hubble-cilium-1.8": (["v1.20.0"], ("cilium",), lambda r: ["1.17.0", "1.18.0", "1.19.0"]),
    "--flannel-k8s-1.12": (["v1.28.0", "v1.30.0"], ("flannel",), lambda r: ["1.23.0", "1.24.0"]),
}


def main(oracle, out, *providers):
    mode = next((p for p in providers if p in MODES), None)
    releases, only, versions = MODES.get(mode, (RELEASES, None, None))
    providers = only or tuple(p for p in providers if p not in MODES)
    versions = versions or k8s_versions
    cases = [(p, r, k) for p in (providers or PROVIDERS) for r in releases for k in versions(r)]
    with ThreadPoolExecutor(max_workers=2) as ex:
        index = [c for c in ex.map(lambda c: run(oracle, out, c, mode), cases) if c]
    with open(os.path.join(out, "index.json"), "w") as f:
        json.dump(index, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
