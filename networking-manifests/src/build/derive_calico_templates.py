#!/usr/bin/env python3
"""Adds to the Calico and Canal manifest data what kops' own test suites never render, from kops
itself (the kops-oracle tool, see its README): the templates a release selects for older
Kubernetes versions and the calico-typha objects of every template.

    derive_calico_templates.py ORACLE RESOURCES-DIR WORKDIR

For each (oracle release, template) below it renders a default spec, and the same spec with
`typhaReplicas: 1`, through kops; strips them as derive_manifests.py does (neutral()); then
- adds the variant (objects.yaml / variants.tsv / images.tsv) where the data has none;
- writes typha-objects.yaml (the distinct calico-typha objects) and typha.tsv: release, template
  id, the indexes of the calico-typha Service, Deployment and PodDisruptionBudget;
- adds Calico's k8s-1.7-v3 template (majorVersion: v3, kops 1.18-1.19; V3 below);
- writes Calico's srcdst-objects.yaml and srcdst.tsv: the k8s-ec2-srcdst objects kops 1.19-1.21
  append with crossSubnet on AWS, by release and template.
Releases the oracle lacks take the data of one that has it (FILL, and for Typha the nearest
oracle release of the same template, preferring one with the same calico/node image).
Run after derive_manifests.py; existing objects keep their indexes. Data from the kops project
(Apache License 2.0).
"""
import glob
import json
import os
import subprocess
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import derive_manifests as dm  # noqa: E402

# (provider, kops release, Kubernetes version that selects the template)
BASE = [
    ("calico", "v1.22.0", "1.21.0"), ("calico", "v1.24.0", "1.22.0"), ("calico", "v1.24.0", "1.24.0"),
    ("calico", "v1.28.0", "1.24.0"), ("calico", "v1.28.0", "1.27.0"), ("calico", "v1.30.0", "1.24.0"),
    ("calico", "v1.30.0", "1.29.0"), ("calico", "v1.33.1", "1.30.0"), ("calico", "v1.36.0", "1.33.0"),
    ("canal", "v1.22.0", "1.21.0"), ("canal", "v1.24.0", "1.21.0"), ("canal", "v1.24.0", "1.23.0"),
    ("canal", "v1.28.0", "1.24.0"), ("canal", "v1.30.0", "1.24.0"),
]
# Variants of releases the oracle lacks: (provider, release, template) <- release whose data it takes.
# kops keeps an older template frozen once a newer one takes over: 1.28 and 1.30 render k8s-1.22 alike,
# so the releases in between and around (1.25-1.31, where templates.tsv has k8s-1.22) take 1.28's;
# k8s-1.16 at 1.25-1.26 takes 1.24's, its last oracle release.
FILL = {
    ("calico", "1.25", "k8s-1.22"): "1.28", ("calico", "1.26", "k8s-1.22"): "1.28",
    ("calico", "1.27", "k8s-1.22"): "1.28", ("calico", "1.29", "k8s-1.22"): "1.28",
    ("calico", "1.31", "k8s-1.22"): "1.28",
    ("calico", "1.25", "k8s-1.16"): "1.24", ("calico", "1.26", "k8s-1.16"): "1.24",
    ("canal", "1.25", "k8s-1.22"): "1.28", ("canal", "1.26", "k8s-1.22"): "1.28",
    ("canal", "1.27", "k8s-1.22"): "1.28", ("canal", "1.29", "k8s-1.22"): "1.28",
    ("canal", "1.31", "k8s-1.22"): "1.28",
    ("canal", "1.25", "k8s-1.16"): "1.24", ("canal", "1.26", "k8s-1.16"): "1.24",
}
TYPHA = ("Service", "Deployment", "PodDisruptionBudget")
# kops 1.19-1.21 list every template of the provider in the channel and render them all for any cluster:
# one render with Typha per (provider, release), at a Kubernetes version all three accept, gives the
# calico-typha objects of each template ("-": the template has none of that kind; a template without
# any has the row "none": it ignores typhaReplicas). Before 1.21 kops stamps no labels, so the
# objects keep theirs (template data).
ERA = [("calico", "v1.19.0"), ("calico", "v1.20.0"), ("calico", "v1.21.0"),
       ("canal", "v1.19.0"), ("canal", "v1.20.0"), ("canal", "v1.21.0")]
ERA_KUBERNETES = "1.19.9"
# kops 1.18-1.19 list k8s-1.7-v3 (Calico 3.8 with etcd) instead of k8s-1.7 for Kubernetes <1.12 when the spec says
# majorVersion: v3; kops' suites never render it: one render with majorVersion v3 per oracle release that has the
# choice (kops 1.18 is no oracle release) gives its objects, one with crossSubnet too its k8s-ec2-srcdst objects.
V3 = ["v1.19.0"]
V3_TEMPLATE = "k8s-1.7-v3"


def spec(provider, k8s, typha):
    s = {"cloudProvider": "aws", "configBase": "memfs://clusters.example.com/minimal.example.com",
         "etcdClusters": [{"etcdMembers": [{"instanceGroup": "master-us-test-1a", "name": "a"}], "name": n}
                          for n in ("main", "events")],
         "iam": {}, "kubernetesVersion": k8s, "networkCIDR": "172.20.0.0/16",
         "networking": {provider: {"typhaReplicas": 1} if typha else {}}, "nonMasqueradeCIDR": "100.64.0.0/10",
         "subnets": [{"cidr": "172.20.32.0/19", "name": "us-test-1a", "type": "Public", "zone": "us-test-1a"}]}
    return {"apiVersion": "kops.k8s.io/v1alpha2", "kind": "Cluster", "metadata": {"name": "minimal.example.com"},
            "spec": s}


def render(oracle, work, provider, release, k8s, typha):
    name = f"{provider}-{release}-{k8s}-t{int(typha)}"
    path = os.path.join(work, name + ".yaml")
    with open(path, "w") as f:
        yaml.safe_dump(spec(provider, k8s, typha), f)
    out = os.path.join(work, name)
    if not glob.glob(os.path.join(out, "*.yaml")):  # a rerun in the same WORKDIR reuses kops' renders
        if subprocess.run([oracle, release, path, out], capture_output=True).returncode != 0:
            return None  # kops itself refuses (Canal's k8s-1.25 template with Typha)
    if not glob.glob(os.path.join(out, "networking*.yaml")):
        return None
    f = glob.glob(os.path.join(out, "networking*.yaml"))[0]
    template = os.path.basename(f)[:-5].rsplit("-k8s-", 1)[1]
    images = []
    objs = [dm.neutral(o, images, dm.ident(o)) for o in yaml.safe_load_all(open(f)) if o]
    return "k8s-" + template, objs, images


def era_render(oracle, work, name, cluster, release):
    """kops-oracle's render of cluster at release (reused when already in work):
    (release key, whether kops stamps its labels, [(template id, manifest file)])."""
    path = os.path.join(work, name + ".yaml")
    with open(path, "w") as f:
        yaml.safe_dump(cluster, f)
    out = os.path.join(work, name)
    if not glob.glob(os.path.join(out, "networking*.yaml")):
        subprocess.run([oracle, release, path, out], capture_output=True, check=True)
    rel = dm.release_of(release)
    stamped = tuple(map(int, rel.split("."))) >= (1, 21)
    files = [("k8s-" + os.path.basename(f)[:-5].rsplit("-k8s-", 1)[1], f)
             for f in sorted(glob.glob(os.path.join(out, "networking*.yaml")))]
    return rel, stamped, files


def era_typha(oracle, work, provider, release, tindex):
    """(release, template) -> ([Service, Deployment, PDB index or "-"], placement) or None (no Typha)."""
    rel, stamped, files = era_render(oracle, work, f"{provider}-{release}-era-t1",
                                     spec(provider, ERA_KUBERNETES, True), release)
    rows = {}
    for tid, f in files:
        objs = [dm.neutral(o, [], dm.ident(o), stamped) for o in yaml.safe_load_all(open(f)) if o]
        t = {o["kind"]: o for o in objs if o["metadata"]["name"] == "calico-typha"}
        if not t:
            rows[(rel, tid)] = None
            continue
        names = [(o["kind"], o["metadata"]["name"]) for o in objs]
        together = names.index(("Deployment", "calico-typha")) == names.index(("Service", "calico-typha")) + 1
        rows[(rel, tid)] = ([tindex(t[k]) if k in t else "-" for k in TYPHA], "together" if together else "by-kind")
    return rows


def v3_spec(calico):
    s = spec("calico", ERA_KUBERNETES, False)
    s["spec"]["networking"]["calico"] = dict(calico, majorVersion="v3")
    return s


def era_v3(oracle, work, release):
    """The k8s-1.7-v3 template kops lists with majorVersion v3: (release, template) -> (objects, images)."""
    rel, stamped, files = era_render(oracle, work, f"calico-{release}-era-v3", v3_spec({}), release)
    out = {}
    for tid, f in files:
        if tid == V3_TEMPLATE:
            images = []
            objs = [dm.neutral(o, images, dm.ident(o), stamped) for o in yaml.safe_load_all(open(f)) if o]
            out[(rel, tid)] = (objs, images)
    return out


def era_srcdst(oracle, work, release, pool, v3=False):
    """kops 1.19-1.21 with crossSubnet on AWS append the k8s-ec2-srcdst objects to some Calico templates:
    (release, template) -> their indexes into pool (images kept: they are no Calico image). With v3, the
    render with majorVersion v3 too, for its k8s-1.7-v3 template only."""
    s = v3_spec({"crossSubnet": True}) if v3 else spec("calico", ERA_KUBERNETES, False)
    if not v3:
        s["spec"]["networking"]["calico"] = {"crossSubnet": True}
    name = f"calico-{release}-era-crosssubnet" + ("-v3" if v3 else "")
    rel, stamped, files = era_render(oracle, work, name, s, release)
    rows = {}
    for tid, f in files:
        if v3 and tid != V3_TEMPLATE:
            continue
        idx = []
        for o in yaml.safe_load_all(open(f)):
            if not o or o["metadata"]["name"] != "k8s-ec2-srcdst":
                continue
            images = []
            o = dm.neutral(o, images, dm.ident(o), stamped)
            for c in dm.pod_spec(o).get("containers", []) if dm.pod_spec(o) else []:
                c["image"] = [img for k, n, img in images if n == c["name"]][0]
            c = dm.canon(o)
            if c not in pool:
                pool.append(c)
            idx.append(pool.index(c))
        if idx:
            rows[(rel, tid)] = idx
    return rows


def write_srcdst(resources, work, oracle):
    d = os.path.join(resources, "calico")
    pool, rows = [], {}
    for prov, release in ERA:
        if prov == "calico":
            rows.update(era_srcdst(oracle, work, release, pool))
    for release in V3:
        rows.update(era_srcdst(oracle, work, release, pool, v3=True))
    key = lambda k: (tuple(map(int, k[0].split("."))), k[1])
    with open(os.path.join(d, "srcdst.tsv"), "w") as f:
        f.write("# release\ttemplate id\tthe k8s-ec2-srcdst objects kops appends with crossSubnet on AWS (indexes into"
                " srcdst-objects.yaml, in order)\n")
        f.write("# Generated by src/build/derive_calico_templates.py from kops' output (kops project, Apache License 2.0).\n")
        f.write("\n".join("\t".join([k[0], k[1], ",".join(map(str, rows[k]))]) for k in sorted(rows, key=key)) + "\n")
    with open(os.path.join(d, "srcdst-objects.yaml"), "w") as f:
        f.write("# k8s-ec2-srcdst objects kops 1.19-1.21 render with crossSubnet on AWS (kops' labels stripped where\n"
                "# kops stamps them), indexed by srcdst.tsv. Generated by src/build/derive_calico_templates.py from\n"
                "# kops' output (kops project, Apache License 2.0).\n")
        for n, c in enumerate(pool):
            f.write("--- # %d\n" % n)
            f.write(yaml.safe_dump(json.loads(c), sort_keys=True, default_flow_style=False, width=100000,
                                   allow_unicode=True))


def main(oracle, resources, work):
    os.makedirs(work, exist_ok=True)
    for provider in ("calico", "canal"):
        d = os.path.join(resources, provider)
        pool = [dm.canon(o) for o in yaml.safe_load_all(open(os.path.join(d, "objects.yaml"))) if o is not None]
        ids = {o: i for i, o in enumerate(pool)}
        added = []

        def index(o):
            c = dm.canon(o)
            if c not in ids:
                ids[c] = len(pool)
                pool.append(c)
                added.append(c)
            return ids[c]

        vrows = [l.rstrip("\n").split("\t") for l in open(os.path.join(d, "variants.tsv")) if not l.startswith("#")]
        have = {(r[0], r[1]) for r in vrows}
        irows = [l.rstrip("\n") for l in open(os.path.join(d, "images.tsv")) if not l.startswith("#")]
        variants, typha, node = {}, {}, {}
        tpool = []

        def tindex(o):
            c = dm.canon(o)
            if c not in tpool:
                tpool.append(c)
            return tpool.index(c)

        for prov, release, k8s in BASE:
            if prov != provider:
                continue
            rel = dm.release_of(release)
            tid, objs, images = render(oracle, work, provider, release, k8s, False)
            variants[(rel, tid)] = ([index(o) for o in objs],
                                    sorted((k[1] + "/" + k[3], c, img) for k, c, img in images))
            node[(rel, tid)] = [img for k, c, img in images if c == "calico-node"][0]
            with_typha = render(oracle, work, provider, release, k8s, True)
            if with_typha:
                t = {o["kind"]: o for o in with_typha[1] if o["metadata"]["name"] == "calico-typha"}
                names = [(o["kind"], o["metadata"]["name"]) for o in with_typha[1]]
                # older templates have the three objects together before the DaemonSet; k8s-1.25 groups by kind
                together = names.index(("Deployment", "calico-typha")) == names.index(("Service", "calico-typha")) + 1
                typha[(rel, tid)] = ([tindex(t[k]) for k in TYPHA], "together" if together else "by-kind")
        if provider == "calico":
            for release in V3:
                for (rel, tid), (objs, images) in era_v3(oracle, work, release).items():
                    variants[(rel, tid)] = ([index(o) for o in objs],
                                            sorted((k[1] + "/" + k[3], c, img) for k, c, img in images))
        era = {}
        for prov, release in ERA:
            if prov == provider:
                era.update(era_typha(oracle, work, provider, release, tindex))
        for (prov, rel, tid), src in FILL.items():
            if prov == provider:
                variants[(rel, tid)] = variants[(src, tid)]
        for (rel, tid), (idx, images) in sorted(variants.items()):
            if (rel, tid) not in have:
                vrows.append([rel, tid, ",".join(map(str, idx))])
                irows.extend("\t".join([rel, tid, k, c, img]) for k, c, img in images)
        key = lambda r: (tuple(map(int, r[0].split("."))), r[1])
        with open(os.path.join(d, "variants.tsv"), "w") as f:
            f.write("# release\ttemplate id\tobjects (indexes into objects.yaml, in order)\n")
            f.write("\n".join("\t".join(r) for r in sorted(vrows, key=key)) + "\n")
        with open(os.path.join(d, "images.tsv"), "w") as f:
            f.write("# release\ttemplate id\tKind/name\tcontainer\timage\n")
            f.write("\n".join(sorted(irows, key=lambda l: key(l.split("\t")) + tuple(l.split("\t")[2:]))) + "\n")
        with open(os.path.join(d, "objects.yaml"), "a") as f:
            for c in added:
                f.write("--- # %d\n" % ids[c])
                f.write(yaml.safe_dump(json.loads(c), sort_keys=True, default_flow_style=False, width=100000,
                                       allow_unicode=True))
        dm.write_index(d)
        write_typha(d, vrows, typha, images_of(d), era)
        with open(os.path.join(d, "typha-objects.yaml"), "w") as f:
            f.write("# calico-typha objects kops renders with typhaReplicas > 0, neutral (images and kops' labels\n"
                    "# stripped), indexed by typha.tsv. Generated by src/build/derive_calico_templates.py from kops'\n"
                    "# output (kops project, Apache License 2.0).\n")
            for n, c in enumerate(tpool):
                f.write("--- # %d\n" % n)
                f.write(yaml.safe_dump(json.loads(c), sort_keys=True, default_flow_style=False, width=100000,
                                       allow_unicode=True))


def images_of(d):
    out = {}
    for l in open(os.path.join(d, "images.tsv")):
        r = l.rstrip("\n").split("\t")
        if not l.startswith("#") and r[3] == "calico-node":
            out[(r[0], r[1])] = r[4]
    return out


def write_typha(d, vrows, typha, node, era):
    """Every release and template of the data gets the Typha objects of an oracle release of the
    same template: the one with the same calico/node image, else the nearest (the later on a tie);
    kops 1.19-1.21 take their own render (era)."""
    rows = []
    for r in vrows:
        rel, tid = r[0], r[1]
        if (rel, tid) in era:
            e = era[(rel, tid)]
            rows.append("\t".join([rel, tid, "none", "-", rel] if e is None
                                   else [rel, tid, ",".join(map(str, e[0])), e[1], rel]))
            continue
        same = [k for k in typha if k[1] == tid]
        if not same or rel == "1.18":  # kops 1.18's templates are rendered by Kops118 (its own Typha)
            continue
        minor = int(rel.split(".")[1])
        best = min(same, key=lambda k: (node.get(k) != node.get((rel, tid)),
                                        abs(int(k[0].split(".")[1]) - minor), -int(k[0].split(".")[1])))
        rows.append("\t".join([rel, tid, ",".join(map(str, typha[best][0])), typha[best][1], best[0]]))
    with open(os.path.join(d, "typha.tsv"), "w") as f:
        f.write("# release\ttemplate id\tcalico-typha Service,Deployment,PodDisruptionBudget (indexes into typha-objects.yaml)"
                "\tplacement (together: the three before the DaemonSet; by-kind: each after its calico-kube-controllers"
                " namesake, the Service before calico-node; none: the template has no Typha, - no object of that kind)"
                "\tfrom the oracle's render at kops release\n")
        f.write("# Generated by src/build/derive_calico_templates.py from kops' output (kops project, Apache License 2.0).\n")
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
    write_srcdst(sys.argv[2], sys.argv[3], sys.argv[1])
