import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { baseFiles } from "@gezinsbeeld/infra/dist/k8sBase";
import { SERVICE_NODE_FLAGS } from "@gezinsbeeld/infra/dist/nodeVlaggen";
import { clusterOf, isAllowed, type Party, podsOf } from "@gezinsbeeld/infra/dist/k8sNetworkPolicy";
import { type Container, type K8sObject, type PodTemplate, workloadPods } from "@gezinsbeeld/infra/dist/k8sObjects";
import { renderKustomization } from "@gezinsbeeld/infra/dist/k8sRender";
import { loadYamlDocuments } from "@gezinsbeeld/infra/dist/k8sYaml";

/**
 * The Kubernetes manifests (infra/k8s), rendered overlay by overlay the way
 * `kubectl apply -k` would, and checked for what a cluster receives. The
 * organisations, ports and allowed flows are written out here, not taken from
 * the generator.
 */
const REPO = path.join(__dirname, "..", "..");
const K8S = path.join(REPO, "infra", "k8s");
const PORT: Record<string, number> = { "lokaal-team": 4001, "veilig-thuis": 4002, rvdk: 4003, gi: 4004, ervaringsdeskundigen: 4005 };
const ORGANISATIONS = Object.keys(PORT);
/** The organisations that ask lokaal-team's decision service. */
const PARTNERS = ORGANISATIONS.filter((name) => name !== "lokaal-team");
const OVERLAYS = ["demo", "productie", ...["gateway", ...ORGANISATIONS].map((part) => `productie/${part}`)];

const rendered = new Map(OVERLAYS.map((overlay) => [overlay, renderKustomization(path.join(K8S, "overlays", overlay))]));
const render = (overlay: string): K8sObject[] => rendered.get(overlay)!;
const ofKind = (objects: K8sObject[], kind: string): K8sObject[] => objects.filter((object) => object.kind === kind);
const named = (objects: K8sObject[], kind: string, name: string): K8sObject => {
  const found = objects.filter((object) => object.kind === kind && object.metadata.name === name);
  if (found.length !== 1) throw new Error(`expected one ${kind} ${name}, found ${found.length}`);
  return found[0];
};
const podOf = (object: K8sObject): PodTemplate => workloadPods([object])[0].template;
const scripts = (JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
/** An npm script without its `tsc -b &&`: the image is compiled and has no TypeScript. */
const compiledCommand = (script: string): string[] => {
  const text = scripts[script];
  if (!text) throw new Error(`package.json has no script ${script}`);
  return text.replace(/^tsc -b && /, "").split(" ");
};

describe("the kustomize base", () => {
  it("is exactly what `npm run k8s:base` generates from the subgraph definitions", () => {
    const generated = baseFiles();
    const onDisk = readdirSync(path.join(K8S, "base"), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".yaml"))
      .map((file) => file.split(path.sep).join("/"))
      .sort();
    expect(onDisk).toEqual([...generated.keys()].sort());
    for (const [file, text] of generated) expect({ file, text: readFileSync(path.join(K8S, "base", file), "utf8") }).toEqual({ file, text });
  });
});

describe("the renderer", () => {
  const kubectl = (() => {
    try {
      execFileSync("kubectl", ["version", "--client"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();

  (kubectl ? it : it.skip)("renders every overlay as `kubectl kustomize` does (needs kubectl on PATH)", () => {
    const key = (object: K8sObject): string => `${object.kind}/${object.metadata.namespace}/${object.metadata.name}`;
    for (const overlay of OVERLAYS) {
      const kustomized = loadYamlDocuments(execFileSync("kubectl", ["kustomize", path.join(K8S, "overlays", overlay)], { encoding: "utf8" })) as K8sObject[];
      const byKey = (objects: K8sObject[]): [string, K8sObject][] => objects.map((object): [string, K8sObject] => [key(object), object]).sort(([a], [b]) => a.localeCompare(b));
      expect({ overlay, objects: byKey(render(overlay)) }).toEqual({ overlay, objects: byKey(kustomized) });
    }
  });

  it("refuses what it does not implement instead of ignoring it: other kustomize fields, patch directives, files outside the directory", () => {
    const scratch = mkdtempSync(path.join(tmpdir(), "gezinsbeeld-kustomize-"));
    try {
      const overlay = (name: string, kustomization: string, files: Record<string, string> = {}): string => {
        const directory = path.join(scratch, name);
        mkdirSync(directory);
        writeFileSync(path.join(directory, "kustomization.yaml"), kustomization);
        for (const [file, text] of Object.entries(files)) writeFileSync(path.join(directory, file), text);
        return directory;
      };
      const base = `resources:\n  - ${path.join(K8S, "base", "gi")}\n`;
      expect(() => renderKustomization(overlay("labels", `${base}commonLabels:\n  team: gi\n`))).toThrow(/'commonLabels' is not supported/);
      expect(() => renderKustomization(overlay("target", `${base}patches:\n  - path: p.yaml\n    target: { kind: Deployment }\n`))).toThrow(/only patches of the form/);
      const deletion = "apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: gi }\nspec:\n  template:\n    spec:\n      containers:\n        - name: gi\n          $patch: delete\n";
      expect(() => renderKustomization(overlay("directive", `${base}patches:\n  - path: p.yaml\n`, { "p.yaml": deletion }))).toThrow(/patch directive \$patch/);
      expect(() => renderKustomization(overlay("outside", `resources:\n  - ${path.join(K8S, "base", "gi", "deployment.yaml")}\n`))).toThrow(/outside/);
      expect(() => renderKustomization(overlay("nomatch", `${base}patches:\n  - path: p.yaml\n`, { "p.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: rvdk }\n" }))).toThrow(/matches 0 resources/);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe.each(OVERLAYS)("overlay %s", (overlay) => {
  const objects = render(overlay);
  const pods = workloadPods(objects);
  const containers = pods.flatMap(({ owner, template }) => [...template.spec.containers, ...(template.spec.initContainers ?? [])].map((container) => ({ owner, template, container })));

  it("gives every Deployment a liveness probe on /health and a readiness probe on /ready, on its own port", () => {
    const deployments = ofKind(objects, "Deployment");
    expect(deployments.length).toBeGreaterThan(0);
    for (const deployment of deployments) {
      for (const container of podOf(deployment).spec.containers) {
        const port = container.ports?.find((candidate) => candidate.name === "http");
        expect({ deployment: deployment.metadata.name, port: port?.containerPort, liveness: container.livenessProbe?.httpGet, readiness: container.readinessProbe?.httpGet }).toEqual({
          deployment: deployment.metadata.name,
          port: deployment.metadata.name === "gateway" ? 4000 : PORT[deployment.metadata.name],
          liveness: { path: "/health", port: "http" },
          readiness: { path: "/ready", port: "http" },
        });
      }
    }
  });

  it("runs every Deployment with the hub's Node flags, its old space and young generation below its memory limit", () => {
    const deployments = ofKind(objects, "Deployment");
    expect(deployments.length).toBeGreaterThan(0);
    for (const deployment of deployments) {
      for (const container of podOf(deployment).spec.containers) {
        const where = `${deployment.metadata.name}/${container.name}`;
        const flags = (container.env?.find((variable) => variable.name === "NODE_OPTIONS")?.value ?? "").split(" ");
        expect({ where, flags }).toEqual({ where, flags: expect.arrayContaining([...SERVICE_NODE_FLAGS]) });
        const megabytes = (flag: string): number => Number(flags.find((candidate) => candidate.startsWith(`--${flag}=`))?.split("=")[1]);
        const limit = /^(\d+)Mi$/.exec(String(container.resources?.limits?.memory))?.[1];
        // Two semi-spaces, and room (64 MiB) for code, buffers and the rest of the process.
        expect({ where, fits: megabytes("max-old-space-size") + 2 * megabytes("max-semi-space-size") + 64 <= Number(limit) }).toEqual({ where, fits: true });
      }
    }
  });

  it("runs every container non-root on a read-only root filesystem, without privilege escalation or capabilities, within requests and limits", () => {
    for (const { owner, template, container } of containers) {
      const where = `${owner.kind} ${owner.metadata.name}/${container.name}`;
      const pod = template.spec.securityContext ?? {};
      expect({ where, runAsNonRoot: pod.runAsNonRoot, rootUser: (container.securityContext?.runAsUser ?? pod.runAsUser) === 0, seccomp: pod.seccompProfile?.type }).toEqual({
        where,
        runAsNonRoot: true,
        rootUser: false,
        seccomp: "RuntimeDefault",
      });
      expect({ where, ...container.securityContext }).toMatchObject({ where, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } });
      expect(container.securityContext?.capabilities?.add).toBeUndefined();
      for (const kind of ["requests", "limits"] as const) {
        expect({ where, kind, cpu: Boolean(container.resources?.[kind]?.cpu), memory: Boolean(container.resources?.[kind]?.memory) }).toEqual({ where, kind, cpu: true, memory: true });
      }
      expect(template.spec.automountServiceAccountToken).toBe(false);
    }
  });

  it("gives every hub container a writable /tmp from an emptyDir, the only writable place besides declared volumes", () => {
    for (const { owner, template, container } of containers.filter(({ container }) => container.image.startsWith("gezinsbeeld:"))) {
      const mount = container.volumeMounts?.find((candidate) => candidate.mountPath === "/tmp");
      const volume = template.spec.volumes?.find((candidate) => candidate.name === mount?.name);
      expect({ where: `${owner.metadata.name}/${container.name}`, emptyDir: Boolean(volume?.emptyDir) }).toEqual({ where: `${owner.metadata.name}/${container.name}`, emptyDir: true });
    }
  });

  it("keeps every key out of the environment: keys come only as files of mounted Secrets", () => {
    for (const { owner, template, container } of containers) {
      const where = `${owner.metadata.name}/${container.name}`;
      const secretMounts = (container.volumeMounts ?? []).filter((mount) => template.spec.volumes?.some((volume) => volume.name === mount.name && volume.secret));
      for (const variable of container.env ?? []) {
        // A key variable itself (…_KEY) never appears: only its _FILE naming a mounted Secret's file.
        expect({ where, variable: variable.name, isKey: /_KEY$/.test(variable.name) }).toEqual({ where, variable: variable.name, isKey: false });
        if (/_KEY_FILE$/.test(variable.name) || variable.name === "POSTGRES_PASSWORD_FILE") {
          const mounted = secretMounts.some((mount) => mount.readOnly !== false && variable.value?.startsWith(`${mount.mountPath}/`));
          expect({ where, variable: variable.name, mounted }).toEqual({ where, variable: variable.name, mounted: true });
        }
        // The one secret value in the environment is the database password (DATABASE_URL is read from there only).
        if (variable.valueFrom?.secretKeyRef) expect({ where, variable: variable.name }).toEqual({ where, variable: "POSTGRES_PASSWORD" });
        expect(variable.value ?? "").not.toMatch(/-----BEGIN|"d"\s*:|"kty"/);
      }
      expect((container.envFrom ?? []).filter((source) => source.secretRef)).toEqual([]);
    }
    for (const configMap of ofKind(objects, "ConfigMap")) {
      for (const [name, value] of Object.entries((configMap.data as Record<string, string>) ?? {})) {
        expect({ configMap: configMap.metadata.name, name, isKey: /_KEY$/.test(name) || /-----BEGIN|"kty"/.test(value) }).toEqual({ configMap: configMap.metadata.name, name, isKey: false });
      }
    }
    expect(ofKind(objects, "Secret")).toEqual([]);
  });

  it("pins every image by tag: the hub's image by its release, PostgreSQL by its minor version", () => {
    for (const { owner, container } of containers) {
      expect({ where: `${owner.metadata.name}/${container.name}`, image: container.image }).toEqual({
        where: `${owner.metadata.name}/${container.name}`,
        image: expect.stringMatching(/^(gezinsbeeld:\d+\.\d+\.\d+|postgres:\d+\.\d+)$/),
      });
    }
  });

  it("points every address at a Service of this overlay with that port: subgraphs, the decision service, each database", () => {
    const services = ofKind(objects, "Service");
    const resolves = (url: string, namespace: string | undefined): boolean => {
      const { hostname, port } = new URL(url.replace("$(POSTGRES_PASSWORD)", "x"));
      const [name, serviceNamespace = namespace] = hostname.replace(/\.svc\.cluster\.local$/, "").split(".");
      return services.some((service) => service.metadata.name === name && service.metadata.namespace === serviceNamespace && (service.spec as { ports: { port: number }[] }).ports.some((candidate) => candidate.port === Number(port)));
    };
    const addresses: { from: string; url: string; namespace?: string }[] = [];
    for (const configMap of ofKind(objects, "ConfigMap")) {
      for (const [name, value] of Object.entries(configMap.data as Record<string, string>)) {
        if (/^SUBGRAPH_URL_|^GEZINSBEELD_TOEGANGSREGISTER_URL$/.test(name)) addresses.push({ from: `${configMap.metadata.name} ${name}`, url: value, namespace: configMap.metadata.namespace });
      }
    }
    for (const { owner, container } of containers) {
      const url = container.env?.find((variable) => variable.name === "DATABASE_URL")?.value;
      if (url) addresses.push({ from: `${owner.metadata.name} DATABASE_URL`, url, namespace: owner.metadata.namespace });
    }
    expect(addresses.length).toBeGreaterThan(0);
    // One organisation's part alone names the others' Services, which live in their own overlays.
    const standalone = overlay.startsWith("productie/");
    for (const address of addresses) {
      const local = !standalone || address.from.endsWith("DATABASE_URL");
      if (local) expect({ ...address, resolves: resolves(address.url, address.namespace) }).toEqual({ ...address, resolves: true });
    }
  });

  it("names in the README every Secret an operator must create", () => {
    const readme = readFileSync(path.join(REPO, "README.md"), "utf8");
    const deployment = readme.slice(readme.indexOf("## Deployment"));
    const secrets = new Set<string>();
    for (const { template, container } of containers) {
      for (const volume of template.spec.volumes ?? []) if (volume.secret) secrets.add(volume.secret.secretName);
      for (const variable of container.env ?? []) if (variable.valueFrom?.secretKeyRef) secrets.add(variable.valueFrom.secretKeyRef.name);
    }
    const generic = (name: string): string => name.replace(new RegExp(`^(${ORGANISATIONS.join("|")})-`), "<organisatie>-");
    for (const secret of secrets) expect({ secret, documented: deployment.includes(generic(secret)) }).toEqual({ secret, documented: true });
  });
});

describe("what each overlay holds", () => {
  it("runs the whole hub in one namespace for the demo, and each organisation in its own namespace for productie", () => {
    const namespacesOf = (objects: K8sObject[]): string[] => [...new Set(objects.filter((object) => object.kind !== "Namespace").map((object) => object.metadata.namespace ?? "(none)"))].sort();
    expect(namespacesOf(render("demo"))).toEqual(["gezinsbeeld-demo"]);
    expect(namespacesOf(render("productie"))).toEqual(["gateway", ...ORGANISATIONS].map((part) => `gezinsbeeld-${part}`).sort());
    for (const organisation of ORGANISATIONS) {
      expect(namespacesOf(render(`productie/${organisation}`))).toEqual([`gezinsbeeld-${organisation}`]);
      expect(named(render("productie"), "Deployment", organisation).metadata.namespace).toBe(`gezinsbeeld-${organisation}`);
      expect(named(render("productie"), "StatefulSet", `${organisation}-postgres`).metadata.namespace).toBe(`gezinsbeeld-${organisation}`);
    }
  });

  it.each(["demo", "productie"])("%s: a Deployment and Service per service, a PostgreSQL StatefulSet per organisation", (overlay) => {
    const objects = render(overlay);
    expect(ofKind(objects, "Deployment").map((object) => object.metadata.name).sort()).toEqual(["gateway", ...ORGANISATIONS].sort());
    expect(ofKind(objects, "StatefulSet").map((object) => object.metadata.name).sort()).toEqual(ORGANISATIONS.map((name) => `${name}-postgres`).sort());
    for (const name of ["gateway", ...ORGANISATIONS]) {
      const service = named(objects, "Service", name).spec as { selector: Record<string, string>; ports: { port: number }[] };
      expect({ name, selector: service.selector, ports: service.ports.map((port) => port.port) }).toEqual({
        name,
        selector: { "app.kubernetes.io/name": name },
        ports: [name === "gateway" ? 4000 : PORT[name]],
      });
    }
  });

  it.each(["demo", "productie"])("%s: a migration Job per database, running `npm run migrate -- <subgraph>` compiled, on that database", (overlay) => {
    const objects = render(overlay);
    expect(ofKind(objects, "Job").map((object) => object.metadata.name).sort()).toEqual(ORGANISATIONS.map((name) => `${name}-migrate`).sort());
    for (const organisation of ORGANISATIONS) {
      const [container] = podOf(named(objects, "Job", `${organisation}-migrate`)).spec.containers;
      expect(container.command).toEqual([...compiledCommand("migrate"), organisation]);
      expect(container.env?.find((variable) => variable.name === "DATABASE_URL")?.value).toMatch(new RegExp(`@${organisation}-postgres:5432/gezinsbeeld_${organisation.replace(/-/g, "_")}$`));
    }
  });

  it.each(["demo", "productie"])("%s: each subgraph starts as itself, with a startup probe that gives its at-start migration time", (overlay) => {
    // startSubgraph migrates under the advisory lock `npm run migrate` holds (tests/e2e/migreer.test.ts): racing the Job is harmless.
    for (const organisation of ORGANISATIONS) {
      const [container] = podOf(named(render(overlay), "Deployment", organisation)).spec.containers;
      expect(container.command).toEqual(["node", `subgraphs/${organisation}/dist/main.js`]);
      expect(container.startupProbe?.httpGet?.path).toBe("/health");
    }
  });

  it.each(["demo", "productie"])("%s: the access-log CronJobs per organisation (retention monthly, checkpoint daily) and the suspended dossier-retention placeholder", (overlay) => {
    const objects = render(overlay);
    const cronJobs = ofKind(objects, "CronJob");
    expect(cronJobs.map((object) => object.metadata.name).sort()).toEqual(ORGANISATIONS.flatMap((name) => [`${name}-audit-retentie`, `${name}-audit-checkpoint`, `${name}-dossier-retentie`]).sort());
    const fields = (cronJob: K8sObject): string[] => (cronJob.spec as { schedule: string }).schedule.split(" ");
    for (const organisation of ORGANISATIONS) {
      const retentie = named(objects, "CronJob", `${organisation}-audit-retentie`);
      const [minute, hour, day, month, weekday] = fields(retentie);
      expect({ monthly: /^\d+$/.test(minute) && /^\d+$/.test(hour) && /^\d+$/.test(day) && month === "*" && weekday === "*" }).toEqual({ monthly: true });
      expect(podOf(retentie).spec.containers[0].command).toEqual([...compiledCommand("audit:retentie"), "--org", organisation]);

      const checkpoint = named(objects, "CronJob", `${organisation}-audit-checkpoint`);
      const [cMinute, cHour, cDay, cMonth, cWeekday] = fields(checkpoint);
      expect({ daily: /^\d+$/.test(cMinute) && /^\d+$/.test(cHour) && cDay === "*" && cMonth === "*" && cWeekday === "*" }).toEqual({ daily: true });
      const checkpointPod = podOf(checkpoint);
      const [container] = checkpointPod.spec.containers;
      expect(container.command).toEqual([...compiledCommand("audit:checkpoint"), "--org", organisation]);
      expect(container.env?.find((variable) => variable.name === "GEZINSBEELD_AUDIT_PRIVATE_KEY_FILE")?.value).toBe("/var/run/secrets/gezinsbeeld/audit-private-key");
      // Checkpoints land in the command's default directory, on a volume that outlives the pod.
      const checkpoints = container.volumeMounts?.find((mount) => mount.mountPath === "/app/.data/checkpoints");
      const claim = checkpointPod.spec.volumes?.find((volume) => volume.name === checkpoints?.name)?.persistentVolumeClaim?.claimName;
      expect(named(objects, "PersistentVolumeClaim", claim ?? "(none)").metadata.namespace).toBe(checkpoint.metadata.namespace);

      for (const cronJob of [retentie, checkpoint]) {
        expect({ name: cronJob.metadata.name, concurrencyPolicy: (cronJob.spec as { concurrencyPolicy: string }).concurrencyPolicy, suspend: (cronJob.spec as { suspend?: boolean }).suspend }).toEqual({
          name: cronJob.metadata.name,
          concurrencyPolicy: "Forbid",
          suspend: undefined,
        });
      }

      const placeholder = named(objects, "CronJob", `${organisation}-dossier-retentie`);
      expect((placeholder.spec as { suspend?: boolean }).suspend).toBe(true);
      expect(placeholder.metadata.annotations?.["gezinsbeeld.nl/placeholder"]).toMatch(/household's-rights issue/);
    }
  });

  it.each(["demo", "productie", "productie/gateway"])("%s: a HorizontalPodAutoscaler scales the gateway on CPU, and the gateway's replicas are left to it", (overlay) => {
    const objects = render(overlay);
    const [autoscaler, ...more] = ofKind(objects, "HorizontalPodAutoscaler");
    expect(more).toEqual([]);
    const spec = autoscaler.spec as { scaleTargetRef: unknown; minReplicas: number; maxReplicas: number; metrics: { type: string; resource?: { name: string } }[] };
    expect(spec.scaleTargetRef).toEqual({ apiVersion: "apps/v1", kind: "Deployment", name: "gateway" });
    expect(autoscaler.metadata.namespace).toBe(named(objects, "Deployment", "gateway").metadata.namespace);
    expect(spec.metrics).toEqual([expect.objectContaining({ type: "Resource", resource: expect.objectContaining({ name: "cpu" }) })]);
    expect(spec.minReplicas).toBeLessThanOrEqual(spec.maxReplicas);
    expect((named(objects, "Deployment", "gateway").spec as { replicas?: number }).replicas).toBeUndefined();
    // Its CPU target needs a CPU request to measure against.
    expect(podOf(named(objects, "Deployment", "gateway")).spec.containers[0].resources?.requests?.cpu).toBeDefined();
  });
});

/**
 * The allowed flows, written from the issue: clients reach the gateway; only
 * the gateway reaches the subgraphs' ports (GraphQL and
 * /toegangslog/v1/gateway-weigeringen share each port); the partners reach
 * lokaal-team's decision service (its port; NetworkPolicies cannot tell paths
 * apart); each organisation's subgraph, migration and audit jobs reach only its
 * own PostgreSQL; every hub pod but the databases and the placeholder resolves
 * names. Nothing else.
 */
function expectedFlows(): string[] {
  const flows = ["external -> gateway:4000/TCP", "elders/gateway -> gateway:4000/TCP"];
  for (const organisation of ORGANISATIONS) flows.push(`gateway -> ${organisation}:${PORT[organisation]}/TCP`);
  for (const partner of PARTNERS) flows.push(`${partner} -> lokaal-team:4001/TCP`);
  for (const organisation of ORGANISATIONS) {
    for (const client of [organisation, `${organisation}-migrate`, `${organisation}-audit-retentie`, `${organisation}-audit-checkpoint`]) flows.push(`${client} -> ${organisation}-postgres:5432/TCP`);
  }
  const resolving = ["gateway", ...ORGANISATIONS.flatMap((name) => [name, `${name}-migrate`, `${name}-audit-retentie`, `${name}-audit-checkpoint`])];
  for (const pod of resolving) flows.push(`${pod} -> kube-dns:53/UDP`);
  return flows.sort();
}

describe.each(["demo", "productie"])("NetworkPolicies of %s", (overlay) => {
  const objects = render(overlay);
  const cluster = clusterOf(objects, { "kube-system": {}, elders: {} });
  const hubPods = podsOf(objects);
  const dns: Party = { name: "kube-dns", namespace: "kube-system", labels: { "k8s-app": "kube-dns" } };
  // A pod calling itself the gateway, in a namespace that does not say it hosts the hub's gateway.
  const impostor: Party = { name: "elders/gateway", namespace: "elders", labels: { "app.kubernetes.io/name": "gateway" } };
  const external: Party = { name: "external", ip: "203.0.113.7" };

  it("allow exactly the hub's flows, for every pair of party and service port", () => {
    const destinations: { party: Party; port: number; protocol: "TCP" | "UDP" }[] = [];
    for (const service of ofKind(objects, "Service")) {
      const spec = service.spec as { selector: Record<string, string>; ports: { port: number; protocol?: "TCP" | "UDP" }[] };
      const targets = hubPods.filter((pod) => pod.namespace === service.metadata.namespace && Object.entries(spec.selector).every(([key, value]) => pod.labels[key] === value));
      expect({ service: service.metadata.name, pods: targets.length }).toEqual({ service: service.metadata.name, pods: 1 });
      for (const port of spec.ports) destinations.push({ party: targets[0], port: port.port, protocol: port.protocol ?? "TCP" });
    }
    destinations.push({ party: dns, port: 53, protocol: "UDP" }, { party: { name: "external", ip: "198.51.100.9" }, port: 443, protocol: "TCP" });

    const allowed: string[] = [];
    for (const from of [...hubPods, impostor, external]) {
      for (const { party: to, port, protocol } of destinations) {
        // Outside the hub's reach to decide: the world reaching kube-dns or the internet, or another namespace's own egress.
        if (!("namespace" in from && hubPods.includes(from as (typeof hubPods)[number])) && !("namespace" in to && hubPods.includes(to as (typeof hubPods)[number]))) continue;
        if (from === to) continue;
        if (isAllowed(cluster, from, to, port, protocol)) allowed.push(`${from.name} -> ${to.name}:${port}/${protocol}`);
      }
    }
    expect(allowed.sort()).toEqual(expectedFlows());
  });

  it("let the gateway in only from its own namespace's label: the same pod name elsewhere reaches no subgraph", () => {
    for (const organisation of ORGANISATIONS) {
      const subgraph = hubPods.find((pod) => pod.name === organisation)!;
      expect({ organisation, allowed: isAllowed(cluster, impostor, subgraph, PORT[organisation]) }).toEqual({ organisation, allowed: false });
    }
  });

  it("put every namespace of the hub under a default deny", () => {
    const namespaces = [...new Set(hubPods.map((pod) => pod.namespace))];
    for (const namespace of namespaces) {
      const policies = ofKind(objects, "NetworkPolicy").filter((policy) => policy.metadata.namespace === namespace && policy.metadata.name === "default-deny");
      expect({ namespace, spec: policies.map((policy) => policy.spec) }).toEqual({ namespace, spec: [{ podSelector: {}, policyTypes: ["Ingress", "Egress"] }] });
    }
  });
});
