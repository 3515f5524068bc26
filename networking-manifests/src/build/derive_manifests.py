#!/usr/bin/env python3
"""Derives podnet's neutral manifest data from kops' rendered manifests (the corpus).

Usage: derive_manifests.py <corpus-dir> <resources-dir> [provider-folder ...]

With provider folders given (e.g. `cilium`), only those folders are rewritten.
With `--oracle=<oracle-dir>` (repeatable), the oracle's cases (kops' rendering of podnet's own specs) for the
named folders are read as well: they add the releases, templates and optional objects (kindnet's
ANP/BANP CRDs, kops 1.18's weave templates) that kops' own suites do not render; era_oracle.py
writes such a directory for kops 1.19-1.21 (every provider with default options). With
`--fill=<oracle-dir>` (repeatable), an oracle's cases only add the (release, template) pairs that
nothing else holds: default-option renders never outvote the forms the corpus stores. With
`--optional=<oracle-dir>` (repeatable), an oracle's cases only add the objects a (release, template)
pair already held (or filled) does not have (e.g. Hubble's hubble-relay objects at kops 1.22/1.24, which kops'
suites never render there): they never vote on the objects held.

For every provider, kops release and template id, the objects kops rendered are stripped of
what podnet adds back at render time (kops' labels and bookkeeping, container images) and
stored once per distinct object:

  <provider>/objects.yaml   distinct neutral objects (multi-document YAML)
  <provider>/objects.idx    where each of them starts (write_index)

Then every pool (objects.yaml, objects-NAME.yaml) is rewritten, with its index, in the form a render copies:
each object as go-yaml writes it (java -cp <networking-manifests' test class path>
dev.podnet.manifests.internal.StoredPoolForm POOL.yaml...; StoredPoolFormTest fails on a pool not in that form).
  <provider>/variants.tsv   release, template id, the indexes of its objects in order
  <provider>/images.tsv     release, template id, Kind/name, container, image

The renderers re-apply every spec-driven value as a typed edit; where several corpus cases
share a release, the most common form of an object is stored (ties: the largest), and objects
that only some cases have (optional objects) are kept so that a renderer can drop them.
Data from the kops project (Apache License 2.0).
"""
import collections, hashlib, json, os, sys
import yaml

KOPS_LABELS = {"addon.kops.k8s.io/name", "app.kubernetes.io/managed-by", "addon.kops.k8s.io/version",
               "role.kubernetes.io/networking"}
FOLDER = {"cilium-eni": "cilium", "amazonvpc": "amazonvpc"}
# Per provider folder, the corpus case whose objects are stored when it has them: the case with the
# spec closest to kops' defaults, so that the stored data is the default form and the renderer adds
# every spec-driven value (Hubble mounts, annotations, ...) rather than removing another case's.
BASELINE = {"cilium": "minimal-warmpool"}
CRD_STATUS = {"acceptedNames": {"kind": "", "plural": ""}, "conditions": [], "storedVersions": []}


def release_of(tag):
    if tag == "master":
        return "1.37"
    return ".".join(tag.lstrip("v").split(".")[:2])


def strip_ts(node):
    if isinstance(node, dict):
        md = node.get("metadata")
        if isinstance(md, dict) and "creationTimestamp" in md and md["creationTimestamp"] is None:
            del md["creationTimestamp"]
        for v in node.values():
            strip_ts(v)
    elif isinstance(node, list):
        for v in node:
            strip_ts(v)


def pod_spec(o):
    t = o.get("spec", {}).get("template") if isinstance(o.get("spec"), dict) else None
    return t.get("spec") if isinstance(t, dict) else None


def neutral(o, images, key, stamped=True):
    """stamped: kops stamps its labels on every object (1.21+); before, a label in the output is template data."""
    md = o.setdefault("metadata", {})
    labels = md.get("labels")
    if isinstance(labels, dict) and stamped:
        for k in list(labels):
            if k in KOPS_LABELS:
                del labels[k]
        if not labels:
            del md["labels"]
    t = o.get("spec", {}).get("template") if isinstance(o.get("spec"), dict) else None
    if isinstance(t, dict) and isinstance(t.get("metadata"), dict):
        pl = t["metadata"].get("labels")
        if isinstance(pl, dict) and "kops.k8s.io/managed-by" in pl:
            del pl["kops.k8s.io/managed-by"]
            if not pl:
                del t["metadata"]["labels"]
    strip_ts(o)
    if isinstance(t, dict) and t.get("metadata") == {}:
        del t["metadata"]
    # an empty CRD status block stays: kops writes it for some CRDs only (up to 1.33), so it is data
    ps = pod_spec(o)
    if ps:
        for lst in ("containers", "initContainers"):
            for c in ps.get(lst) or []:
                if "image" in c:
                    images.append((key, c["name"], c["image"]))
                    c["image"] = ""
    return o


USER_ENV = {}  # manifest path -> the amazonVPC env of the case's input spec


def amazonvpc_env(input_path):
    docs = [d for d in yaml.safe_load_all(open(input_path)) if d]
    for d in docs:
        if d.get("kind") == "Cluster":
            nw = (d.get("spec") or {}).get("networking") or {}
            vpc = nw.get("amazonvpc") or nw.get("amazonVPC") or {}
            return [(e.get("name"), str(e.get("value", ""))) for e in vpc.get("env") or []]
    return []


def strip_user_env(o, env):
    """kops <=1.21 appended the spec's env items to aws-node's env: they are spec, not upstream data."""
    if not env or o.get("kind") != "DaemonSet":
        return
    for c in (pod_spec(o) or {}).get("containers") or []:
        items = c.get("env") or []
        tail = [(e.get("name"), str(e.get("value", ""))) for e in items[len(items) - len(env):]]
        if c.get("name") == "aws-node" and tail == env:
            del items[len(items) - len(env):]


def ident(o):
    md = o.get("metadata", {})
    return (o["apiVersion"], o["kind"], md.get("namespace", ""), md.get("name", ""))


def canon(o):
    return json.dumps(o, sort_keys=True)


def write_index(d, name="objects"):
    """<name>.idx: the byte offset of each document of <name>.yaml (its "--- # N" line), then the file's length,
    so that a render reads the documents it needs without scanning the whole file (ManifestData.ObjectPool).
    Every pool has one: objects.yaml and the added pools objects-NAME.yaml (python3 derive_manifests.py --index FILE)."""
    data = open(os.path.join(d, name + ".yaml"), "rb").read()
    starts = [i for i in range(len(data)) if data.startswith(b"---", i) and (i == 0 or data[i - 1:i] == b"\n")
              and (i + 3 == len(data) or data[i + 3:i + 4] in (b" ", b"\n", b"\r", b"\t"))]
    with open(os.path.join(d, name + ".idx"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# byte offset of each document of " + name + ".yaml, then its length. Generated by src/build/derive_manifests.py.\n")
        f.write("\n".join(str(n) for n in starts + [len(data)]) + "\n")


def main(corpus, out, only=(), oracles=(), fills=(), optionals=()):
    index = json.load(open(os.path.join(corpus, "index.json")))
    groups = collections.defaultdict(list)
    for c in index:
        if c["provider"] not in ("calico", "canal", "cilium", "cilium-eni", "amazonvpc", "flannel", "kopeio", "weave", "kindnet"):
            continue  # other renderers keep their own data
        for key, path in (c["files"].get("manifests") or {}).items():
            prov = FOLDER.get(c["provider"], c["provider"])
            if only and prov not in only:
                continue
            groups[(prov, release_of(c["kops_tag"]), key.split("/")[1])].append(
                (os.path.join(corpus, path), c["case"] == BASELINE.get(prov)))
            if prov == "amazonvpc" and c["files"].get("input"):
                USER_ENV[os.path.join(corpus, path)] = amazonvpc_env(os.path.join(corpus, c["files"]["input"]))
    for oracle, c in [(o, c) for o in oracles for c in json.load(open(os.path.join(o, "index.json")))]:
        prov = FOLDER.get(c["provider"], c["provider"])
        if prov in only:
            for key, path in (c["files"].get("manifests") or {}).items():
                groups[(prov, release_of(c["release"]), key.split("/")[1])].append((os.path.join(oracle, path), False))
    held = set(groups)
    for oracle, c in [(o, c) for o in fills for c in json.load(open(os.path.join(o, "index.json")))]:
        prov = FOLDER.get(c["provider"], c["provider"])
        if prov in only:
            for key, path in (c["files"].get("manifests") or {}).items():
                if (prov, release_of(c["release"]), key.split("/")[1]) not in held:
                    groups[(prov, release_of(c["release"]), key.split("/")[1])].append((os.path.join(oracle, path), False))
    extra = collections.defaultdict(list)
    for oracle, c in [(o, c) for o in optionals for c in json.load(open(os.path.join(o, "index.json")))]:
        prov = FOLDER.get(c["provider"], c["provider"])
        if prov in only:
            for key, path in (c["files"].get("manifests") or {}).items():
                if (prov, release_of(c["release"]), key.split("/")[1]) in groups:  # held or filled
                    extra[(prov, release_of(c["release"]), key.split("/")[1])].append(os.path.join(oracle, path))
    by_provider = collections.defaultdict(dict)
    for (prov, rel, tid), paths in sorted(groups.items()):
        forms = collections.defaultdict(collections.Counter)  # ident -> canon -> count
        imgs = collections.defaultdict(collections.Counter)   # (ident, container) -> image -> count
        baseline = {}                                          # ident -> canon of the baseline case
        order = []
        weights = collections.Counter(p for p, _ in paths)
        is_base = {p for p, b in paths if b}
        for path in sorted(weights):
            weight = weights[path]
            docs = [d for d in yaml.safe_load_all(open(path)) if d]
            prev = None
            for d in docs:
                found = []
                o = neutral(d, found, ident(d), tuple(map(int, rel.split("."))) >= (1, 21))
                if tuple(map(int, rel.split("."))) < (1, 22):
                    strip_user_env(o, USER_ENV.get(path, []))
                i = ident(o)
                if i not in order:
                    order.insert(order.index(prev) + 1 if prev in order else len(order), i)
                prev = i
                forms[i][canon(o)] += weight
                if path in is_base:
                    baseline[i] = canon(o)
                for (k, cname, image) in found:
                    imgs[(k, cname)][image] += weight
        for path in sorted(extra.get((prov, rel, tid), [])):
            prev = None
            for d in [d for d in yaml.safe_load_all(open(path)) if d]:
                found = []
                o = neutral(d, found, ident(d), tuple(map(int, rel.split("."))) >= (1, 21))
                i = ident(o)
                if i not in forms:  # an optional object: only objects nothing else holds, never a vote
                    order.insert(order.index(prev) + 1 if prev in order else len(order), i)
                    forms[i][canon(o)] += 1
                    for (k, cname, image) in found:
                        imgs[(k, cname)][image] += 1
                prev = i
        objs = []
        for i in order:
            best = baseline.get(i) or max(forms[i].items(), key=lambda kv: (kv[1], len(kv[0])))[0]
            objs.append(best)
        images = []
        for (k, cname), cnt in imgs.items():
            image = max(cnt.items(), key=lambda kv: (kv[1], kv[0]))[0]
            images.append((k[1] + "/" + k[3], cname, image))
        by_provider[prov][(rel, tid)] = (objs, images)
    for prov, variants in by_provider.items():
        d = os.path.join(out, prov)
        os.makedirs(d, exist_ok=True)
        pool, ids = [], {}
        vrows, irows = [], []
        for (rel, tid), (objs, images) in sorted(variants.items(), key=lambda kv: (tuple(map(int, kv[0][0].split("."))), kv[0][1])):
            idx = []
            for o in objs:
                if o not in ids:
                    ids[o] = len(pool)
                    pool.append(o)
                idx.append(str(ids[o]))
            vrows.append("\t".join([rel, tid, ",".join(idx)]))
            for (obj, cname, image) in sorted(images):
                irows.append("\t".join([rel, tid, obj, cname, image]))
        with open(os.path.join(d, "objects.yaml"), "w") as f:
            f.write("# Neutral upstream objects kops renders for this provider, derived from kops' own output\n"
                    "# (kops project, Apache License 2.0). Generated by src/build/derive_manifests.py.\n")
            for n, o in enumerate(pool):
                f.write("--- # %d\n" % n)
                # ASCII only (other characters as escapes in double quotes): a render decodes and parses the documents
                # it reads as Latin-1 strings, which a cold JVM handles much faster than UTF-16 ones
                f.write(yaml.safe_dump(json.loads(o), sort_keys=True, default_flow_style=False, width=100000,
                                       allow_unicode=False))
        write_index(d)
        with open(os.path.join(d, "variants.tsv"), "w") as f:
            f.write("# release\ttemplate id\tobjects (indexes into objects.yaml, in order)\n")
            f.write("\n".join(vrows) + "\n")
        with open(os.path.join(d, "images.tsv"), "w") as f:
            f.write("# release\ttemplate id\tKind/name\tcontainer\timage\n")
            f.write("\n".join(irows) + "\n")


if __name__ == "__main__" and sys.argv[1:2] == ["--index"]:
    for pool in sys.argv[2:]:
        write_index(os.path.dirname(pool) or ".", os.path.basename(pool)[:-len(".yaml")])
elif __name__ == "__main__":
    opts = [a for a in sys.argv[3:] if a.startswith(("--oracle=", "--fill=", "--optional="))]
    main(sys.argv[1], sys.argv[2], tuple(a for a in sys.argv[3:] if a not in opts),
         [o.split("=", 1)[1] for o in opts if o.startswith("--oracle=")],
         [o.split("=", 1)[1] for o in opts if o.startswith("--fill=")],
         [o.split("=", 1)[1] for o in opts if o.startswith("--optional=")])
