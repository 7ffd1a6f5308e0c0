import type { K8sObject, LabelSelector, NetworkPolicyPeer, NetworkPolicyPort, NetworkPolicySpec } from "./k8sObjects";
import { workloadPods } from "./k8sObjects";

/**
 * Who talks to whom under a set of NetworkPolicies, decided the way the
 * Kubernetes API defines it, simply enough to assert a matrix in a test:
 *
 * - a pod is isolated for a direction once a policy in its namespace selects it
 *   with that direction among its `policyTypes` (default: Ingress, plus Egress
 *   when the policy has `egress` rules); an isolated pod allows only what one of
 *   those policies' rules allows; policies add up, none can deny;
 * - a connection needs both: the sender's egress and the receiver's ingress;
 * - a peer with `podSelector` alone means pods in the policy's own namespace;
 *   with `namespaceSelector`, pods in the namespaces it selects; `ipBlock`
 *   matches addresses outside the cluster only (whether a CNI applies ipBlock
 *   to pod addresses varies; these manifests never rely on it);
 * - a rule without `from`/`to` allows every peer, without `ports` every port;
 * - namespaces carry `kubernetes.io/metadata.name`, as the API server sets it.
 *
 * `matchExpressions` and named ports are refused rather than approximated; the
 * manifests use neither. Traffic from the node (kubelet probes) is outside the
 * model: CNIs allow it whatever the policies say.
 */
export interface Cluster {
  /** Labels of each namespace. */
  namespaces: Map<string, Record<string, string>>;
  policies: { namespace: string; name: string; spec: NetworkPolicySpec }[];
}

/** One end of a connection: a pod (namespace and labels) or an address outside the cluster. */
export type Party = { name: string; namespace: string; labels: Record<string, string> } | { name: string; ip: string };

/**
 * The cluster that `objects` describe: their namespaces and NetworkPolicies,
 * and `extraNamespaces` (e.g. kube-system, a namespace outside the hub).
 */
export function clusterOf(objects: readonly K8sObject[], extraNamespaces: Record<string, Record<string, string>> = {}): Cluster {
  const namespaces = new Map<string, Record<string, string>>();
  const addNamespace = (name: string, labels: Record<string, string> = {}): void => {
    namespaces.set(name, { ...(namespaces.get(name) ?? {}), ...labels, "kubernetes.io/metadata.name": name });
  };
  for (const [name, labels] of Object.entries(extraNamespaces)) addNamespace(name, labels);
  for (const object of objects) {
    if (object.kind === "Namespace") addNamespace(object.metadata.name, object.metadata.labels);
    else if (object.metadata.namespace && !namespaces.has(object.metadata.namespace)) addNamespace(object.metadata.namespace);
  }
  const policies = objects
    .filter((object) => object.kind === "NetworkPolicy")
    .map((object) => ({ namespace: object.metadata.namespace ?? "default", name: object.metadata.name, spec: object.spec as NetworkPolicySpec }));
  return { namespaces, policies };
}

/** The pods of every workload among `objects`, one per workload, named after it. */
export function podsOf(objects: readonly K8sObject[]): { name: string; namespace: string; labels: Record<string, string> }[] {
  return workloadPods(objects).map(({ owner, template }) => ({
    name: owner.metadata.name,
    namespace: owner.metadata.namespace ?? "default",
    labels: template.metadata?.labels ?? {},
  }));
}

/** Whether `from` may open a connection to `to` on `port`. */
export function isAllowed(cluster: Cluster, from: Party, to: Party, port: number, protocol: "TCP" | "UDP" = "TCP"): boolean {
  const egress = "namespace" in from ? allowedBy(cluster, from, "Egress", to, port, protocol) : true;
  const ingress = "namespace" in to ? allowedBy(cluster, to, "Ingress", from, port, protocol) : true;
  return egress && ingress;
}

function allowedBy(
  cluster: Cluster,
  pod: { namespace: string; labels: Record<string, string> },
  direction: "Ingress" | "Egress",
  peer: Party,
  port: number,
  protocol: string,
): boolean {
  const selecting = cluster.policies.filter(
    (policy) => policy.namespace === pod.namespace && policyTypes(policy.spec).includes(direction) && selects(policy.spec.podSelector, pod.labels),
  );
  if (selecting.length === 0) return true;
  return selecting.some((policy) => {
    const rules = direction === "Ingress" ? (policy.spec.ingress ?? []).map((rule) => ({ peers: rule.from, ports: rule.ports })) : (policy.spec.egress ?? []).map((rule) => ({ peers: rule.to, ports: rule.ports }));
    return rules.some((rule) => portMatches(rule.ports, port, protocol) && (!rule.peers?.length || rule.peers.some((candidate) => peerMatches(cluster, policy.namespace, candidate, peer))));
  });
}

function policyTypes(spec: NetworkPolicySpec): ("Ingress" | "Egress")[] {
  return spec.policyTypes ?? (spec.egress ? ["Ingress", "Egress"] : ["Ingress"]);
}

function peerMatches(cluster: Cluster, policyNamespace: string, candidate: NetworkPolicyPeer, peer: Party): boolean {
  if (candidate.ipBlock) return "ip" in peer && inBlock(peer.ip, candidate.ipBlock.cidr) && !(candidate.ipBlock.except ?? []).some((cidr) => inBlock(peer.ip, cidr));
  if (!("namespace" in peer)) return false;
  const namespaceOk = candidate.namespaceSelector ? selects(candidate.namespaceSelector, cluster.namespaces.get(peer.namespace) ?? { "kubernetes.io/metadata.name": peer.namespace }) : peer.namespace === policyNamespace;
  return namespaceOk && (candidate.podSelector ? selects(candidate.podSelector, peer.labels) : true);
}

function portMatches(ports: NetworkPolicyPort[] | undefined, port: number, protocol: string): boolean {
  if (!ports?.length) return true;
  return ports.some((candidate) => {
    if ((candidate.protocol ?? "TCP") !== protocol) return false;
    if (candidate.port === undefined) return true;
    if (typeof candidate.port !== "number") throw new Error(`named port '${candidate.port}' in a NetworkPolicy: not modelled, use the number`);
    return candidate.endPort === undefined ? candidate.port === port : port >= candidate.port && port <= candidate.endPort;
  });
}

function selects(selector: LabelSelector, labels: Record<string, string>): boolean {
  if (selector.matchExpressions?.length) throw new Error("matchExpressions in a NetworkPolicy selector: not modelled, use matchLabels");
  return Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
}

function inBlock(ip: string, cidr: string): boolean {
  const [network, bits] = cidr.split("/");
  const size = Number(bits ?? 32);
  const mask = size === 0 ? 0 : (~0 << (32 - size)) >>> 0;
  return ((ipv4(ip) & mask) >>> 0) === ((ipv4(network) & mask) >>> 0);
}

function ipv4(address: string): number {
  const parts = address.split(".").map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255)) throw new Error(`not an IPv4 address: ${address}`);
  return parts.reduce((value, part) => ((value << 8) | part) >>> 0, 0);
}
