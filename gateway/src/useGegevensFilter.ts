import { parse as parseUrl } from "node:url";
import type { ApolloServerPlugin } from "@apollo/server";
import {
  Gegevenscategorie,
  type GatewayWeigering,
  geenGegevensZonderLog,
  leesClassificatie,
  magOoitLezen,
  OnbeschermdSchemaFout,
  PERSOONSGEGEVENS,
  type Principal,
  Weigerreden,
} from "@gezinsbeeld/shared-schema";
import type { Request, RequestHandler, Response } from "express";
import {
  type ASTNode,
  type DefinitionNode,
  type DocumentNode,
  type FieldNode,
  type FormattedExecutionResult,
  type FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  type SelectionSetNode,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
} from "graphql";
import type { GatewayContext } from "./startGateway";

/** Options of {@link useGegevensFilter}. */
export interface GegevensFilterOptions {
  /**
   * Who asks, for one HTTP request. Default: `res.locals.principal`, put there by
   * the gateway's identity check. Without a principal nothing is filtered.
   */
  principalFor?: (req: Request, res: Response) => Principal | null | undefined;
  /** Where each removed field is logged, as one JSON line. Default `console.warn`. */
  log?: (line: string) => void;
  /**
   * Most tokens the middleware parses: a longer query is left to Apollo, which
   * refuses it with the same limit. Default: no limit; the gateway passes its
   * query limit's `maxTokens`.
   */
  maxTokens?: number;
  /**
   * Records the refusals the gateway made, in the chained log of the subgraph
   * that owns the fields (`subgraph`), before the response leaves; when it
   * throws, the response carries no data (AUDIT_UNAVAILABLE). Default: none
   * (only the JSON line of `log`); the gateway passes one that posts them to
   * each owner's `/toegangslog/v1/gateway-weigeringen`.
   */
  meldWeigeringen?: (subgraph: string, verzoek: GatewayContext, weigeringen: GatewayWeigering[]) => Promise<void>;
}

/** One field the gateway removed from the operation before planning. */
export interface RemovedField {
  /** Schema coordinate, e.g. `Gezin.meldingen`. */
  veld: string;
  categorie: Gegevenscategorie;
  reden: Weigerreden;
  /** Response keys (alias or name) from the root to the field; list indices are left out. */
  path: string[];
}

/** The outcome of {@link filterOperation}. */
export interface FilteredOperation {
  /** The document to plan; the original one when nothing was removed or it does not validate. */
  document: DocumentNode;
  /** One entry per removed field occurrence in the operation that runs. */
  removed: RemovedField[];
  /** Response paths of the placeholders that keep an emptied selection valid; they leave the answer again. */
  placeholders: string[][];
  /**
   * Response paths of the objects the gateway asked its household of (`Gezin.id`,
   * `…gezinId`, under the key {@link HUISHOUDEN_KEY}), so a refusal can be logged
   * with its household; they leave the answer again.
   */
  huishoudens: string[][];
}

/** What the middleware hands to the plugin through the context. */
export interface GefilterdVerzoek extends Omit<FilteredOperation, "document"> {
  principal: Principal;
}

/** Response key of the `__typename` put in a selection that lost all its fields; no client asks for it. */
export const PLACEHOLDER_KEY = "__verwijderd";

/** Response key under which the gateway asks an object's household when it removes fields: no client asks for it. */
export const HUISHOUDEN_KEY = "__gezinsbeeldHuishouden";

/** The field that names an object's household: a `Gezin` is one, other types name theirs in `gezinId`. */
function huishoudveld(type: GraphQLNamedType | null | undefined): string | undefined {
  if (!type || !isObjectType(type)) return undefined;
  const velden = type.getFields();
  if (type.name === "Gezin" && velden.id) return "id";
  return velden.gezinId ? "gezinId" : undefined;
}

const PLACEHOLDER: FieldNode = {
  kind: Kind.FIELD,
  alias: { kind: Kind.NAME, value: PLACEHOLDER_KEY },
  name: { kind: Kind.NAME, value: "__typename" },
};

/** Where the middleware leaves its outcome for the context function. */
const LOCALS_KEY = "gegevensFilter";

/**
 * Never more field visits than this when expanding fragments to find response
 * paths: nested spreads can grow exponentially. Beyond it some nulls and errors
 * are missing from the answer; the fields themselves are removed all the same.
 */
const MAX_FIELD_VISITS = 10_000;

type Categorieen = ReadonlyMap<string, Gegevenscategorie>;

/**
 * Read the `@gegevens(categorie: …)` of every field from the supergraph, keyed
 * `Type.field`, by the rules of `leesClassificatie` (shared-schema), the ones
 * `npm run compose` checks too. Throws when a field has none or an unknown one:
 * the gateway cannot protect a field it cannot classify, so it must not start.
 */
export function readGegevenscategorieen(supergraphSdl: string): Map<string, Gegevenscategorie> {
  const { categorieen, gebreken } = leesClassificatie(supergraphSdl);
  if (gebreken.length > 0) throw new OnbeschermdSchemaFout(gebreken);
  return categorieen;
}

/** The category of `type.field` and why `principal` may never read it, or undefined when it may. */
function weigering(categorieen: Categorieen, principal: Principal, type: string, field: string): { categorie: Gegevenscategorie; reden: Weigerreden } | undefined {
  const categorie = categorieen.get(`${type}.${field}`);
  const reden = categorie && weigerreden(principal, categorie);
  return categorie && reden ? { categorie, reden } : undefined;
}

/** Why `principal` may never read `categorie`, or undefined when it may. */
function weigerreden(principal: Principal, categorie: Gegevenscategorie): Weigerreden | undefined {
  // Step 1 of the policy covers a household's personal data only, exactly as `beslis` applies it.
  if (!PERSOONSGEGEVENS.includes(categorie) || magOoitLezen(principal.organisatie, principal.rol, categorie)) return undefined;
  return categorie === Gegevenscategorie.MELDER ? Weigerreden.BESCHERMDE_MELDER : Weigerreden.CATEGORIE_NIET_TOEGESTAAN;
}

/**
 * Remove from `document` every field whose category `principal` may never read,
 * so the gateway plans no subgraph fetch for it. The decision depends on the
 * requester alone, so a field is removed from a fragment definition wherever
 * that fragment is spread. A selection left empty gets a `__typename`
 * placeholder; fragments and variables used only inside removed fields are
 * dropped. A document that does not validate is returned as it is, so Apollo
 * reports its errors as usual.
 *
 * @param operationName the operation that runs; default: the only one in the document
 */
export function filterOperation(
  document: DocumentNode,
  schema: GraphQLSchema,
  categorieen: Categorieen,
  principal: Principal,
  operationName?: string | null,
): FilteredOperation {
  const refused = (type: string, field: string) => weigering(categorieen, principal, type, field);
  let count = 0;
  const typeInfo = new TypeInfo(schema);
  // One frame per open selection set: whether a field was removed below it.
  const verwijderdOnder: boolean[] = [];
  const edited = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (!parent || !refused(parent.name, node.name.value)) return undefined;
        count++;
        verwijderdOnder.fill(true);
        return null;
      },
      SelectionSet: {
        enter() {
          verwijderdOnder.push(false);
        },
        leave(node) {
          // Above a removed field, where an object names its household, ask for it: the refusal is logged with it.
          const veld = verwijderdOnder.pop() ? huishoudveld(typeInfo.getParentType()) : undefined;
          const huishouden: FieldNode[] = veld
            ? [{ kind: Kind.FIELD, alias: { kind: Kind.NAME, value: HUISHOUDEN_KEY }, name: { kind: Kind.NAME, value: veld } }]
            : [];
          const selections = [...node.selections, ...huishouden];
          return selections.length === 0 ? { ...node, selections: [PLACEHOLDER] } : { ...node, selections };
        },
      },
    }),
  );
  if (count === 0 || validate(schema, document).length > 0) return { document, removed: [], placeholders: [], huishoudens: [] };

  const removed = new Map<string, RemovedField>();
  walkOperation(document, schema, operationName, (field, parentType, path) => {
    const refusal = refused(parentType.name, field.name.value);
    if (!refusal) return true;
    const veld = `${parentType.name}.${field.name.value}`;
    removed.set(JSON.stringify([veld, path]), { veld, ...refusal, path });
    return false;
  });
  const filtered = dropUnused(edited);
  const placeholders: string[][] = [];
  const huishoudens: string[][] = [];
  walkOperation(filtered, schema, operationName, (field, _parentType, path) => {
    if (field.alias?.value === PLACEHOLDER_KEY) placeholders.push(path.slice(0, -1));
    else if (field.alias?.value === HUISHOUDEN_KEY) huishoudens.push(path.slice(0, -1));
    else return true;
    return false;
  });
  return { document: filtered, removed: [...removed.values()], placeholders, huishoudens };
}

/**
 * Visit the fields of the operation that runs, fragments expanded, with their
 * response paths. `visitor` returns whether to descend into the field.
 */
function walkOperation(
  document: DocumentNode,
  schema: GraphQLSchema,
  operationName: string | null | undefined,
  visitor: (field: FieldNode, parentType: GraphQLNamedType, path: string[]) => boolean,
): void {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return;
  const fragments = fragmentsOf(document);
  let budget = MAX_FIELD_VISITS;
  const walk = (selectionSet: SelectionSetNode, parentType: GraphQLNamedType, path: string[], spreading: ReadonlySet<string>): void => {
    for (const selection of selectionSet.selections) {
      if (budget <= 0) return;
      if (selection.kind === Kind.FIELD) {
        budget--;
        const fieldPath = [...path, (selection.alias ?? selection.name).value];
        if (!visitor(selection, parentType, fieldPath) || !selection.selectionSet) continue;
        const definition = isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[selection.name.value] : undefined;
        if (definition) walk(selection.selectionSet, getNamedType(definition.type), fieldPath, spreading);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        if (type) walk(selection.selectionSet, type, path, spreading);
      } else {
        const fragment = fragments.get(selection.name.value);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        // A spread inside itself is a validation error; Apollo reports it.
        if (fragment && type && !spreading.has(fragment.name.value)) walk(fragment.selectionSet, type, path, new Set(spreading).add(fragment.name.value));
      }
    }
  };
  walk(operation.selectionSet, root, [], new Set());
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
}

/** Fragments reached from `nodes`, following spreads. */
function reachableFragments(nodes: readonly ASTNode[], fragments: ReadonlyMap<string, FragmentDefinitionNode>): FragmentDefinitionNode[] {
  const reached = new Map<string, FragmentDefinitionNode>();
  const pending = [...nodes];
  for (let node = pending.pop(); node; node = pending.pop()) {
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !reached.has(fragment.name.value)) {
          reached.set(fragment.name.value, fragment);
          pending.push(fragment);
        }
      },
    });
  }
  return [...reached.values()];
}

/**
 * Drop fragments and variable definitions that only removed fields used:
 * GraphQL refuses an unused fragment or variable, and the document validated
 * before the removal, so whatever is unused now was used only there.
 */
function dropUnused(document: DocumentNode): DocumentNode {
  const fragments = fragmentsOf(document);
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const used = new Set(reachableFragments(operations, fragments).map((f) => f.name.value));
  const definitions = document.definitions.flatMap((definition): DefinitionNode[] => {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) return used.has(definition.name.value) ? [definition] : [];
    if (definition.kind !== Kind.OPERATION_DEFINITION || !definition.variableDefinitions?.length) return [definition];
    const variables = new Set<string>();
    const parts: ASTNode[] = [definition.selectionSet, ...(definition.directives ?? [])];
    for (const part of [...parts, ...reachableFragments(parts, fragments)]) {
      visit(part, {
        Variable(variable) {
          variables.add(variable.name.value);
        },
      });
    }
    return [{ ...definition, variableDefinitions: definition.variableDefinitions.filter((v) => variables.has(v.variable.name.value)) }];
  });
  return { ...document, definitions };
}

/** The parent objects at `path` in `data`, lists expanded; absent or null parents are skipped. */
function parentsAt(data: unknown, path: readonly string[]): Record<string, unknown>[] {
  let level: unknown[] = [data];
  for (const key of path) {
    level = level.flatMap((value) => (isRecord(value) ? [value[key]] : [])).flatMap(function expand(value): unknown[] {
      return Array.isArray(value) ? value.flatMap(expand) : [value];
    });
  }
  return level.filter(isRecord);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Put the removed fields back into an answer: null wherever such a field would
 * have appeared, and one FORBIDDEN error per removed field occurrence.
 * Placeholders leave the answer. Under a type condition on an abstract type the
 * null goes only where that type's field would have been: an answered field of
 * another type under the same response key is left as it is.
 */
export function applyToResult(
  result: FormattedExecutionResult,
  gefilterd: Pick<FilteredOperation, "removed" | "placeholders"> & Partial<Pick<FilteredOperation, "huishoudens">>,
): void {
  // Without data the operation did not run (e.g. a validation error): nothing to fill in.
  if (result.data === undefined) return;
  for (const path of gefilterd.placeholders) {
    for (const parent of parentsAt(result.data, path)) delete parent[PLACEHOLDER_KEY];
  }
  for (const path of gefilterd.huishoudens ?? []) {
    for (const parent of parentsAt(result.data, path)) delete parent[HUISHOUDEN_KEY];
  }
  for (const field of gefilterd.removed) {
    const key = field.path[field.path.length - 1];
    const typeName = field.veld.slice(0, field.veld.indexOf("."));
    for (const parent of parentsAt(result.data, field.path.slice(0, -1))) {
      // Under a union or interface the same response key may be another type's field that was asked and answered:
      // only an object of the removed field's own type (or one that says no type) gets the null.
      const anderType = typeof parent.__typename === "string" && parent.__typename !== typeName;
      if (anderType || (key in parent && parent[key] !== null && parent[key] !== undefined)) continue;
      parent[key] = null;
    }
  }
  const errors: GraphQLFormattedError[] = gefilterd.removed.map((field) => ({
    message:
      field.reden === Weigerreden.BESCHERMDE_MELDER
        ? `Geen toegang tot ${field.veld}: wie een melding deed, weet alleen Veilig Thuis.`
        : `Geen toegang tot ${field.veld}: gegevens van categorie ${field.categorie} zijn voor uw organisatie en rol nooit in te zien.`,
    path: field.path,
    // `veld` (the schema coordinate, `TijdlijnMedisch.titel`): the path has no list index, and under a union only that type's entries lack it.
    extensions: { code: "FORBIDDEN", categorie: field.categorie, reden: field.reden, veld: field.veld, verwijderdDoor: "gateway" },
  }));
  if (errors.length > 0) result.errors = [...(result.errors ?? []), ...errors];
}

/**
 * The refusals of one answer, per owning subgraph: each removed field once per
 * household it was asked of (the nearest object above it that names its
 * household), or once without a household when none is known. Read before
 * {@link applyToResult} takes the household keys out again.
 */
export function weigeringenPerEigenaar(
  result: FormattedExecutionResult,
  removed: readonly RemovedField[],
  eigenaren: ReadonlyMap<string, string>,
): Map<string, GatewayWeigering[]> {
  const perEigenaar = new Map<string, Map<string, GatewayWeigering>>();
  for (const field of removed) {
    const eigenaar = eigenaren.get(field.veld);
    if (!eigenaar) continue;
    const huishoudens = result.data ? huishoudensAt(result.data, field.path.slice(0, -1)) : new Set<string | null>();
    if (huishoudens.size === 0) huishoudens.add(null);
    const lijst = perEigenaar.get(eigenaar) ?? new Map<string, GatewayWeigering>();
    for (const gezinId of huishoudens) {
      lijst.set(`${gezinId}|${field.veld}`, { gezinId, veld: field.veld, categorie: field.categorie, reden: field.reden });
    }
    perEigenaar.set(eigenaar, lijst);
  }
  return new Map([...perEigenaar].map(([eigenaar, lijst]) => [eigenaar, [...lijst.values()]]));
}

/** For each object at `path`, the household named by it or by the nearest object above it. */
function huishoudensAt(data: unknown, path: readonly string[]): Set<string | null> {
  type Stap = { waarde: unknown; gezin: string | null };
  const expand = (stap: Stap): Stap[] =>
    Array.isArray(stap.waarde) ? stap.waarde.flatMap((waarde) => expand({ waarde, gezin: stap.gezin })) : [stap];
  const metEigen = (stap: Stap): Stap => {
    const eigen = isRecord(stap.waarde) ? stap.waarde[HUISHOUDEN_KEY] : undefined;
    return typeof eigen === "string" ? { ...stap, gezin: eigen } : stap;
  };
  let level: Stap[] = [metEigen({ waarde: data, gezin: null })];
  for (const key of path) {
    level = level
      .flatMap((stap) => (isRecord(stap.waarde) ? expand({ waarde: stap.waarde[key], gezin: stap.gezin }) : []))
      .filter((stap) => isRecord(stap.waarde))
      .map(metEigen);
  }
  return new Set(level.map((stap) => stap.gezin));
}

/**
 * Which subgraph owns each field (`Type.veld`), from the supergraph's
 * `@join__field(graph:)`, else its type's only `@join__type(graph:)`: the
 * subgraph in whose chained log a refusal of that field belongs.
 */
export function readEigenaren(supergraphSdl: string): Map<string, string> {
  const document = parse(supergraphSdl);
  const grafen = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== "join__Graph") continue;
    for (const value of definition.values ?? []) {
      const naam = value.directives?.find((d) => d.name.value === "join__graph")?.arguments?.find((a) => a.name.value === "name")?.value;
      if (naam?.kind === Kind.STRING) grafen.set(value.name.value, naam.value);
    }
  }
  const graaf = (directives: readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: ASTNode }[] }[] | undefined, naam: string): string[] =>
    (directives ?? []).filter((d) => d.name.value === naam).flatMap((d) => {
      const value = d.arguments?.find((a) => a.name.value === "graph")?.value;
      return value?.kind === Kind.ENUM ? [grafen.get(value.value) ?? ""] : [];
    }).filter(Boolean);
  const eigenaren = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const vanType = graaf(definition.directives, "join__type");
    for (const field of definition.fields ?? []) {
      const vanVeld = graaf(field.directives, "join__field");
      const eigenaar = vanVeld[0] ?? (vanType.length === 1 ? vanType[0] : undefined);
      if (eigenaar) eigenaren.set(`${definition.name.value}.${field.name.value}`, eigenaar);
    }
  }
  return eigenaren;
}

/** Why the gateway refuses a request whose query it could not check: no data, whatever the query asks. */
const ONLEESBAAR =
  "De gateway weigert deze aanvraag: de query staat er in een vorm waarin de gateway niet kan nagaan welke gegevens u vraagt. Stuur één query, één keer, als tekst.";

/** What the middleware reads of a request, exactly where Apollo Server reads it. */
interface GelezenVerzoek {
  query?: string;
  operationName?: string;
  /** Whether the request names a stored query (automatic persisted queries). */
  persisted: boolean;
  /** A GET request's parameters, to write the filtered query back into. */
  search?: URLSearchParams;
}

/**
 * Read `query` and `operationName` the way Apollo Server 5 does: a GET from
 * `url.parse(req.url).search` (what `@as-integrations/express5` hands Apollo),
 * anything else from the JSON body. "onleesbaar" when query text is there in a
 * form the filter cannot check as one operation: a parameter given twice, a
 * batch, a query that is not a string.
 */
function leesVerzoek(req: Request): GelezenVerzoek | "onleesbaar" {
  if (req.method.toUpperCase() === "GET") {
    const search = new URLSearchParams(parseUrl(req.url).search ?? "");
    if (search.getAll("query").length > 1 || search.getAll("operationName").length > 1 || search.getAll("extensions").length > 1) return "onleesbaar";
    return { query: search.get("query") ?? undefined, operationName: search.get("operationName") ?? undefined, persisted: search.has("extensions"), search };
  }
  const body: unknown = req.body;
  // Apollo Server refuses batches unless they are switched on; the filter refuses them either way.
  if (Array.isArray(body)) return "onleesbaar";
  if (!isRecord(body)) return { persisted: false };
  if (body.query !== undefined && body.query !== null && typeof body.query !== "string") return "onleesbaar";
  return {
    query: typeof body.query === "string" ? body.query : undefined,
    operationName: typeof body.operationName === "string" ? body.operationName : undefined,
    persisted: isRecord(body.extensions) && "persistedQuery" in body.extensions,
  };
}

/**
 * Every field anywhere in `document` (every operation and fragment) whose
 * category `principal` may never read, once per `Type.field`, with its category
 * and reason (no response path: the document is not walked as an operation).
 * Linear in the document: no fragment is expanded.
 */
export function refusedFields(document: DocumentNode, schema: GraphQLSchema, categorieen: Categorieen, principal: Principal): RemovedField[] {
  const refused = new Map<string, RemovedField>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const refusal = parent && weigering(categorieen, principal, parent.name, node.name.value);
        if (parent && refusal) refused.set(`${parent.name}.${node.name.value}`, { veld: `${parent.name}.${node.name.value}`, ...refusal, path: [] });
      },
    }),
  );
  return [...refused.values()];
}

/** How many (query, operation, organisation, role) combinations the filter keeps its outcome for. */
export const FILTER_CACHE_ENTRIES = 1000;
/** Queries longer than this (characters) are filtered anew each time, so the cache stays small. */
export const FILTER_CACHE_MAX_LENGTH = 20_000;

/** A filtered operation and its printed text. */
type GefilterdeTekst = FilteredOperation & { tekst: string };

/**
 * The gateway's first line of the access policy (issue 3): before the gateway
 * plans an operation, remove every field whose data category the requester's
 * organisation and role may never read (`magOoitLezen`), so no subgraph is even
 * asked for it. The answer carries null and a FORBIDDEN error for each.
 *
 * The rewrite happens in express, before Apollo Server parses the request: the
 * gateway then caches parse, validation and query plan under the rewritten
 * text, never under the original one another requester may read in full.
 *
 * The middleware reads a request exactly where Apollo Server reads it, and
 * refuses (403 FORBIDDEN) one whose query text it cannot read as one operation.
 * The plugin checks the document Apollo parsed once more and refuses the whole
 * request (FORBIDDEN, no data) if a field the requester may never read is still
 * in it; it also answers an unknown `operationName` with 400
 * OPERATION_RESOLUTION_FAILURE, as Apollo Server does for a plain schema.
 *
 * @returns the express middleware (mount it after the identity check, right
 * before Apollo's) and the Apollo Server plugin; put {@link gefilterdVerzoek}
 * of the response on the context
 */
export function useGegevensFilter(options: GegevensFilterOptions = {}): { middleware: RequestHandler; plugin: ApolloServerPlugin<GatewayContext> } {
  const principalFor = options.principalFor ?? ((_req: Request, res: Response) => res.locals.principal as Principal | undefined);
  const log = options.log ?? ((line: string) => console.warn(line));
  let loaded: { schema: GraphQLSchema; categorieen: Categorieen; eigenaren: ReadonlyMap<string, string> } | undefined;
  const melden = options.meldWeigeringen;
  /** Record the refusals in their owners' chains; throws when one cannot be recorded. */
  const meld = async (verzoek: GatewayContext, perEigenaar: ReadonlyMap<string, GatewayWeigering[]>): Promise<void> => {
    if (!melden) return;
    await Promise.all([...perEigenaar].map(([subgraph, weigeringen]) => melden(subgraph, verzoek, weigeringen)));
  };

  /**
   * The rewritten text of `query` for a requester of this organisation and role,
   * or null when nothing is removed (or it does not parse: Apollo reports that).
   * What is removed depends on the query, the operation and the requester's
   * organisation and role alone, so each combination is parsed and walked once
   * and then answered from memory (the most recent {@link FILTER_CACHE_ENTRIES};
   * a query longer than {@link FILTER_CACHE_MAX_LENGTH} is not kept).
   */
  const cache = new Map<string, GefilterdeTekst | null>();
  const gefilterdeTekst = (query: string, operationName: string | null | undefined, principal: Principal): GefilterdeTekst | null => {
    const sleutel = `${principal.organisatie ?? ""}|${principal.rol}|${operationName ?? ""}|${query}`;
    const bekend = cache.get(sleutel);
    if (bekend !== undefined) {
      // Most recently used last: the oldest is dropped first.
      cache.delete(sleutel);
      cache.set(sleutel, bekend);
      return bekend;
    }
    let uitkomst: GefilterdeTekst | null = null;
    try {
      const document = parse(query, options.maxTokens ? { maxTokens: options.maxTokens } : undefined);
      const filtered = filterOperation(document, loaded!.schema, loaded!.categorieen, principal, operationName);
      if (filtered.document !== document) uitkomst = { ...filtered, tekst: print(filtered.document) };
    } catch {
      return null; // Apollo reports the syntax error, or the query's length.
    }
    if (query.length <= FILTER_CACHE_MAX_LENGTH) {
      cache.set(sleutel, uitkomst);
      if (cache.size > FILTER_CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
    }
    return uitkomst;
  };
  /** What the plugin's second check found in a document Apollo parsed (its own cache hands the same object back), per organisation and role. */
  const nogGeweigerd = new WeakMap<DocumentNode, Map<string, RemovedField[]>>();

  const middleware: RequestHandler = (req, res, next) => {
    const principal = principalFor(req, res);
    if (!principal) return next();
    if (!loaded) return next(new Error("gegevensfilter: the supergraph is not loaded yet"));
    const verzoek = leesVerzoek(req);
    if (verzoek === "onleesbaar") {
      // Apollo would refuse most of these too, but the filter must not depend on it: what it cannot read does not pass.
      res.status(403).json({ errors: [{ message: ONLEESBAAR, extensions: { code: "FORBIDDEN", verwijderdDoor: "gateway" } }] });
      return;
    }
    const { query, operationName, persisted, search } = verzoek;
    if (query === undefined) {
      // A stored query could be one another requester sent in full: make the client send its text.
      if (persisted) {
        res.json({ errors: [{ message: "PersistedQueryNotSupported", extensions: { code: "PERSISTED_QUERY_NOT_SUPPORTED" } }] });
        return;
      }
      return next();
    }
    const filtered = gefilterdeTekst(query, operationName, principal);
    if (!filtered) return next();
    const rewritten = filtered.tekst;
    if (search) {
      search.set("query", rewritten);
      search.delete("extensions"); // its hash belongs to the original text
      req.url = `${req.url.split("?")[0]}?${search.toString()}`;
    } else if (isRecord(req.body)) {
      req.body.query = rewritten;
      if (isRecord(req.body.extensions)) delete req.body.extensions.persistedQuery;
    }
    const { removed, placeholders, huishoudens } = filtered;
    res.locals[LOCALS_KEY] = { principal, removed, placeholders, huishoudens } satisfies GefilterdVerzoek;
    next();
  };

  const plugin: ApolloServerPlugin<GatewayContext> = {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ apiSchema, coreSupergraphSdl }) {
          if (!coreSupergraphSdl) throw new Error("gegevensfilter: the gateway gave no supergraph SDL to read categories from");
          // Throws on an unclassified field, which stops the gateway's start.
          loaded = { schema: apiSchema, categorieen: readGegevenscategorieen(coreSupergraphSdl), eigenaren: readEigenaren(coreSupergraphSdl) };
        },
      };
    },
    async requestDidStart({ contextValue }) {
      const gefilterd = contextValue.gegevensFilter;
      if (gefilterd) {
        const { userId, organisatie, rol } = gefilterd.principal;
        for (const { veld, categorie, reden } of gefilterd.removed) {
          log(JSON.stringify({ event: "veld-verwijderd", requestId: contextValue.requestId, userId, organisatie, rol, veld, categorie, reden }));
        }
      }
      return {
        async didResolveOperation({ document, operation, request }) {
          // Without an operation the gateway's executor would throw, and Apollo answer 500.
          if (!operation) {
            const message = request.operationName
              ? `De aanvraag bevat geen operatie met de naam "${request.operationName}".`
              : "De aanvraag bevat meer dan één operatie; geef met operationName aan welke moet worden uitgevoerd.";
            throw new GraphQLError(message, { extensions: { code: "OPERATION_RESOLUTION_FAILURE", http: { status: 400 } } });
          }
          // Defence in depth: the document Apollo parsed is checked once more, however it reached Apollo (a
          // request form the middleware misread, a stored query, executeOperation). The middleware removed
          // every refused field, so one still here means it missed it: nothing of this request runs.
          const principal = contextValue.principal;
          if (!principal || !loaded) return;
          let perRol = nogGeweigerd.get(document);
          if (!perRol) nogGeweigerd.set(document, (perRol = new Map()));
          const wie = `${principal.organisatie ?? ""}|${principal.rol}`;
          let over = perRol.get(wie);
          if (!over) perRol.set(wie, (over = refusedFields(document, loaded.schema, loaded.categorieen, principal)));
          if (over.length === 0) return;
          const { userId, organisatie, rol } = principal;
          log(JSON.stringify({ event: "verzoek-geweigerd", requestId: contextValue.requestId, userId, organisatie, rol, velden: over.map((f) => f.veld) }));
          // Refused whole: every field it asked that the requester may never read is a refusal in its owner's chain.
          await meld(contextValue, weigeringenPerEigenaar({}, over, loaded.eigenaren)).catch((error: unknown) => {
            log(JSON.stringify({ event: "weigering-niet-gelogd", requestId: contextValue.requestId, fout: String(error) }));
          });
          throw new GraphQLError(ONLEESBAAR, { extensions: { code: "FORBIDDEN", verwijderdDoor: "gateway", http: { status: 403 } } });
        },
        async willSendResponse({ response }) {
          // Incremental delivery (@defer) is not switched on in this gateway.
          if (!gefilterd || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          const perEigenaar = loaded ? weigeringenPerEigenaar(result, gefilterd.removed, loaded.eigenaren) : new Map<string, GatewayWeigering[]>();
          applyToResult(result, gefilterd);
          try {
            await meld(contextValue, perEigenaar);
          } catch (error) {
            // No log, no data: the same rule as in every subgraph.
            log(JSON.stringify({ event: "weigering-niet-gelogd", requestId: contextValue.requestId, fout: String(error) }));
            geenGegevensZonderLog(response);
          }
        },
      };
    },
  };
  return { middleware, plugin };
}

/** What the middleware removed from this request's operation, for the context; undefined when nothing. */
export function gefilterdVerzoek(res: Response): GefilterdVerzoek | undefined {
  return res.locals[LOCALS_KEY] as GefilterdVerzoek | undefined;
}
