import type { SubgraphDefinition } from "@gezinsbeeld/shared-schema";
import type { DemoScenario } from "@gezinsbeeld/demo";
import { ervaringsdeskundigen } from "@gezinsbeeld/ervaringsdeskundigen";
import { gi } from "@gezinsbeeld/gi";
import { lokaalTeam } from "@gezinsbeeld/lokaal-team";
import { rvdk } from "@gezinsbeeld/rvdk";
import { veiligThuis } from "@gezinsbeeld/veilig-thuis";

/** The five organisation subgraphs, in start order (the owner of `Gezin` first). */
export const subgraphs: readonly SubgraphDefinition<DemoScenario>[] = [lokaalTeam, veiligThuis, rvdk, gi, ervaringsdeskundigen];

/** The subgraph named `name`; throws with the known names otherwise. */
export function subgraphNamed(name: string): SubgraphDefinition {
  const found = subgraphs.find((subgraph) => subgraph.name === name);
  if (!found) throw new Error(`Unknown subgraph '${name}'; known: ${subgraphs.map((s) => s.name).join(", ")}`);
  return found;
}
