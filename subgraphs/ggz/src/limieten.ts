import { type ArgumentNode, type DocumentNode, type FragmentDefinitionNode, GraphQLError, Kind, type OperationDefinitionNode, type SelectionSetNode, type ValueNode } from "graphql";
import type { Limieten } from "./config";

/** What one operation measures, before it runs. */
export interface Maat {
  diepte: number;
  aliassen: number;
  directives: number;
  kosten: number;
}

const OBJECT = 2;
const BLAD = 1;
const DIEPTEFACTOR = 1.5;

function waarde(node: ValueNode, variabelen: Record<string, unknown>): unknown {
  if (node.kind === Kind.VARIABLE) return variabelen[node.name.value];
  if (node.kind === Kind.INT) return Number.parseInt(node.value, 10);
  if (node.kind === Kind.LIST) return node.values;
  return undefined;
}

/** How many times a field's selection is paid for: `first`/`last` (literal, variable or default), or the representations of `_entities`. */
function veelvoud(naam: string, args: readonly ArgumentNode[] | undefined, variabelen: Record<string, unknown>, standaardFirst: number): number {
  let n = 1;
  for (const arg of args ?? []) {
    const w = waarde(arg.value, variabelen);
    if ((arg.name.value === "first" || arg.name.value === "last") && typeof w === "number" && Number.isFinite(w)) n = Math.max(n, w);
    if (naam === "_entities" && arg.name.value === "representations" && Array.isArray(w)) n = Math.max(n, w.length);
  }
  if (naam.startsWith("toegangslog") && !(args ?? []).some((a) => a.name.value === "first")) n = Math.max(n, standaardFirst);
  return n;
}

/**
 * Measure an operation as the hub's subgraphs do (graphql-armor's cost: an object
 * field 2, a leaf 1, each level deeper 1.5 times as heavy; `first`/`last`
 * multiply their selection, and `_entities` its number of representations; a
 * fragment counts one level).
 */
export function meet(operatie: OperationDefinitionNode, document: DocumentNode, variabelen: Record<string, unknown> = {}): Maat {
  const fragmenten = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragmenten.set(d.name.value, d);
  let aliassen = 0;
  let directives = operatie.directives?.length ?? 0;
  let diepte = 0;
  const bezig = new Set<string>();
  const kostenVan = (set: SelectionSetNode, niveau: number): number => {
    diepte = Math.max(diepte, niveau);
    let totaal = 0;
    for (const s of set.selections) {
      directives += s.directives?.length ?? 0;
      if (s.kind === Kind.FIELD) {
        if (s.alias && s.name.value !== "__typename") aliassen += 1;
        if (s.name.value === "__schema" || s.name.value === "__type") continue;
        if (!s.selectionSet) {
          totaal += BLAD;
          continue;
        }
        totaal += (OBJECT + DIEPTEFACTOR * kostenVan(s.selectionSet, niveau + 1)) * veelvoud(s.name.value, s.arguments, variabelen, 50);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        totaal += OBJECT + DIEPTEFACTOR * kostenVan(s.selectionSet, niveau + 1);
      } else {
        const fragment = fragmenten.get(s.name.value);
        if (!fragment || bezig.has(fragment.name.value)) continue;
        bezig.add(fragment.name.value);
        directives += fragment.directives?.length ?? 0;
        totaal += OBJECT + DIEPTEFACTOR * kostenVan(fragment.selectionSet, niveau + 1);
        bezig.delete(fragment.name.value);
      }
    }
    return totaal;
  };
  const kosten = kostenVan(operatie.selectionSet, 1);
  return { diepte, aliassen, directives, kosten: Math.round(kosten) };
}

/** The refusal of an operation beyond a limit: HTTP 400, GRAPHQL_VALIDATION_FAILED, `limiet`, a Dutch message; nothing runs. */
export function toets(maat: Maat, limieten: Limieten): GraphQLError | null {
  const weiger = (limiet: string, bericht: string): GraphQLError =>
    new GraphQLError(bericht, { extensions: { code: "GRAPHQL_VALIDATION_FAILED", limiet, http: { status: 400 } } });
  if (maat.diepte > limieten.maxDepth) return weiger("maxDepth", `De query is te diep genest (${maat.diepte}): ten hoogste ${limieten.maxDepth} niveaus.`);
  if (maat.aliassen > limieten.maxAliases) return weiger("maxAliases", `De query gebruikt te veel aliassen (${maat.aliassen}): ten hoogste ${limieten.maxAliases}.`);
  if (maat.directives > limieten.maxDirectives) return weiger("maxDirectives", `De query gebruikt te veel directives (${maat.directives}): ten hoogste ${limieten.maxDirectives}.`);
  if (maat.kosten > limieten.maxCost) return weiger("maxCost", `De query is te zwaar (kosten ${maat.kosten}): ten hoogste ${limieten.maxCost}.`);
  return null;
}
