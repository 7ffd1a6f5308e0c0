import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { baseFiles, K8S_DIR } from "./k8sBase";

/** `npm run k8s:base`: write infra/k8s/base from the subgraph definitions, removing YAML it no longer generates. */
function main(): void {
  const base = path.join(K8S_DIR, "base");
  const files = baseFiles();
  for (const [file, text] of files) {
    const target = path.join(base, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  for (const file of readdirSync(base, { recursive: true, encoding: "utf8" })) {
    if (file.endsWith(".yaml") && !files.has(file.split(path.sep).join("/"))) {
      rmSync(path.join(base, file));
      console.log(`removed ${path.join("infra/k8s/base", file)}`);
    }
  }
  console.log(`wrote ${files.size} files to infra/k8s/base`);
}

main();
