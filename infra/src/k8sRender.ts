import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { K8sObject } from "./k8sObjects";
import { loadYamlDocuments } from "./k8sYaml";

/**
 * Renders a kustomization directory (`infra/k8s/overlays/<overlay>`) into its
 * final objects, the way `kubectl kustomize` / `kubectl apply -k` would, so that
 * tests can check what a cluster receives without the kustomize binary.
 *
 * It supports only what the hub's manifests use, and refuses the rest with an
 * error naming it, never ignoring it:
 *
 * - `resources`: YAML files (any number of documents) inside the
 *   kustomization's own directory, and directories holding a
 *   `kustomization.yaml` (anywhere), rendered first, recursively. As with
 *   kustomize's default load restrictor, a file outside the directory is refused.
 * - `patches`: entries with `path` only; every document of the file is a
 *   strategic-merge patch, matched by kind and name (and namespace, when the
 *   patch names one) against exactly one rendered resource, before `namespace`
 *   is applied, as kustomize does.
 * - `namespace`: set on every namespaced object; a `Namespace` object is renamed
 *   to it, as kustomize does.
 * - `images`: `name` with `newName` and/or `newTag`, on every container and init
 *   container.
 *
 * Strategic merge, simplified: maps merge key by key, `null` deletes a key;
 * lists of containers, init containers, volumes, env and imagePullSecrets merge
 * by `name` and volumeMounts by `mountPath` (patched items first, then the
 * others, in kustomize's order); every other list is replaced whole. Patch
 * directives (`$patch`, `$setElementOrder/…`, `$retainKeys`) are refused.
 *
 * Not supported: generators (configMapGenerator, secretGenerator),
 * labels/commonLabels/commonAnnotations, namePrefix/nameSuffix, components,
 * replacements/vars, replicas, inline patches, `target` selectors, JSON 6902
 * patches, Helm charts, remote resources, and RBAC subjects' namespaces.
 * Objects come in the order the resources list them, where kustomize sorts them
 * by kind; nothing that uses this renderer depends on the order.
 */
export function renderKustomization(directory: string): K8sObject[] {
  const root = path.resolve(directory);
  const file = path.join(root, "kustomization.yaml");
  if (!existsSync(file)) throw new Error(`${root}: no kustomization.yaml (kustomization.yml and Kustomization are not supported here)`);
  const kustomization = readKustomization(file);

  const objects: K8sObject[] = [];
  const add = (object: K8sObject, from: string): void => {
    const id = objectId(object);
    if (objects.some((existing) => objectId(existing) === id)) throw new Error(`${file}: ${id} (from ${from}) is already among the resources`);
    objects.push(object);
  };
  for (const entry of kustomization.resources ?? []) {
    const target = path.resolve(root, entry);
    if (!existsSync(target)) throw new Error(`${file}: resource ${entry} does not exist`);
    if (statSync(target).isDirectory()) {
      for (const object of renderKustomization(target)) add(object, entry);
    } else {
      insideRoot(root, target, file, "resource");
      for (const object of readObjects(target)) add(object, entry);
    }
  }

  for (const entry of kustomization.patches ?? []) {
    const patchFile = path.resolve(root, entry.path);
    insideRoot(root, patchFile, file, "patch");
    for (const patch of readObjects(patchFile)) {
      const matches = objects.filter(
        (object) => object.kind === patch.kind && object.metadata.name === patch.metadata.name && (patch.metadata.namespace === undefined || patch.metadata.namespace === object.metadata.namespace),
      );
      if (matches.length !== 1) throw new Error(`${patchFile}: the patch for ${patch.kind} ${patch.metadata.name} matches ${matches.length} resources, not one`);
      const index = objects.indexOf(matches[0]);
      objects[index] = strategicMerge(matches[0], patch, undefined, patchFile) as K8sObject;
    }
  }

  const namespace = kustomization.namespace;
  if (namespace !== undefined) {
    for (const object of objects) {
      if (object.kind === "Namespace") object.metadata.name = namespace;
      else if (!CLUSTER_SCOPED.has(object.kind)) object.metadata.namespace = namespace;
    }
  }

  for (const image of kustomization.images ?? []) {
    for (const object of objects) retagImages(object, image);
  }
  return objects;
}

/** What this renderer reads of a kustomization.yaml. */
interface Kustomization {
  resources?: string[];
  patches?: { path: string }[];
  namespace?: string;
  images?: ImageOverride[];
}

/** An `images` entry: which image, and its new name and/or tag. */
interface ImageOverride {
  name: string;
  newName?: string;
  newTag?: string;
}

const SUPPORTED_FIELDS = new Set(["apiVersion", "kind", "resources", "patches", "namespace", "images"]);

/** Kinds the namespace transformer leaves without a namespace (those the hub could plausibly use). */
const CLUSTER_SCOPED = new Set(["Namespace", "ClusterRole", "ClusterRoleBinding", "PersistentVolume", "StorageClass", "CustomResourceDefinition", "PriorityClass", "IngressClass"]);

/** Lists that strategic merge combines item by item, and the field that identifies an item. */
const MERGE_KEYS: Record<string, string> = {
  containers: "name",
  initContainers: "name",
  ephemeralContainers: "name",
  volumes: "name",
  env: "name",
  imagePullSecrets: "name",
  volumeMounts: "mountPath",
};

function readKustomization(file: string): Kustomization {
  const [document, ...more] = loadYamlDocuments(readFileSync(file, "utf8"), file);
  if (!isMap(document) || more.length) throw new Error(`${file}: expected one kustomization document`);
  for (const field of Object.keys(document)) {
    if (!SUPPORTED_FIELDS.has(field)) throw new Error(`${file}: '${field}' is not supported by infra/src/k8sRender.ts (see its comment for what is)`);
  }
  if (document.kind !== undefined && document.kind !== "Kustomization") throw new Error(`${file}: kind ${String(document.kind)} is not supported`);
  const patches = document.patches as unknown[] | undefined;
  for (const patch of patches ?? []) {
    if (!isMap(patch) || typeof patch.path !== "string" || Object.keys(patch).length !== 1) {
      throw new Error(`${file}: only patches of the form '- path: <file>' are supported (no inline patch, no target)`);
    }
  }
  const images = document.images as unknown[] | undefined;
  for (const image of images ?? []) {
    if (!isMap(image) || typeof image.name !== "string" || Object.keys(image).some((key) => !["name", "newName", "newTag"].includes(key))) {
      throw new Error(`${file}: an images entry may have name, newName and newTag only`);
    }
  }
  return document as Kustomization;
}

function readObjects(file: string): K8sObject[] {
  return loadYamlDocuments(readFileSync(file, "utf8"), file).map((document, index) => {
    if (!isMap(document) || typeof document.kind !== "string" || !isMap(document.metadata) || typeof document.metadata.name !== "string") {
      throw new Error(`${file}: document ${index + 1} is not a Kubernetes object with kind and metadata.name`);
    }
    return document as unknown as K8sObject;
  });
}

function insideRoot(root: string, target: string, file: string, what: string): void {
  const relative = path.relative(root, target);
  if (relative.startsWith("..") || path.isAbsolute(relative)) {
    throw new Error(`${file}: ${what} ${target} is outside ${root}; kustomize loads only files inside the kustomization's directory (refer to a directory with its own kustomization.yaml instead)`);
  }
}

/** Group, kind, namespace and name: what kustomize tells resources apart by. */
function objectId(object: K8sObject): string {
  const group = object.apiVersion.includes("/") ? object.apiVersion.split("/")[0] : "";
  return `${object.kind}.${group}/${object.metadata.namespace ?? "~"}/${object.metadata.name}`;
}

function strategicMerge(target: unknown, patch: unknown, field: string | undefined, file: string): unknown {
  if (isMap(patch)) {
    const merged: Record<string, unknown> = isMap(target) ? { ...target } : {};
    for (const [key, value] of Object.entries(patch)) {
      if (key.startsWith("$")) throw new Error(`${file}: patch directive ${key} is not supported`);
      if (value === null) delete merged[key];
      else merged[key] = strategicMerge(merged[key], value, key, file);
    }
    return merged;
  }
  const mergeKey = field === undefined ? undefined : MERGE_KEYS[field];
  if (Array.isArray(patch) && mergeKey) {
    const original = Array.isArray(target) ? target : [];
    const keyOf = (item: unknown): unknown => (isMap(item) ? item[mergeKey] : undefined);
    const patched = patch.map((item) => strategicMerge(original.find((candidate) => keyOf(candidate) === keyOf(item)), item, undefined, file));
    const untouched = original.filter((candidate) => !patch.some((item) => keyOf(item) === keyOf(candidate)));
    return [...patched, ...untouched];
  }
  return patch;
}

function retagImages(value: unknown, override: ImageOverride): void {
  if (Array.isArray(value)) {
    for (const item of value) retagImages(item, override);
    return;
  }
  if (!isMap(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if ((key === "containers" || key === "initContainers") && Array.isArray(child)) {
      for (const container of child) {
        if (isMap(container) && typeof container.image === "string") container.image = retag(container.image, override);
      }
    } else {
      retagImages(child, override);
    }
  }
}

function retag(image: string, override: ImageOverride): string {
  const { name, tag } = splitImage(image);
  if (name !== override.name) return image;
  const newTag = override.newTag ?? tag;
  return `${override.newName ?? name}${newTag === undefined ? "" : `:${newTag}`}`;
}

/**
 * An image reference's name and tag: `registry:5000/team/app:1.2` is
 * `registry:5000/team/app` and `1.2`. A digest (`@sha256:…`) is refused: the
 * manifests pin by tag.
 */
export function splitImage(image: string): { name: string; tag?: string } {
  if (image.includes("@")) throw new Error(`image ${image}: digests are not supported by infra/src/k8sRender.ts`);
  const colon = image.lastIndexOf(":");
  if (colon > image.lastIndexOf("/")) return { name: image.slice(0, colon), tag: image.slice(colon + 1) };
  return { name: image };
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
