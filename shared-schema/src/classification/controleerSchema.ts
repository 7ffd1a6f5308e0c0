import {
  type DirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  Kind,
  parse,
  print,
  type TypeNode,
} from "graphql";
import { organisatieRegister } from "../organisaties/organisatieRegister";
import { Gegevenscategorie } from "./Gegevenscategorie";

/** A subgraph as the checks know it: its name in the supergraph and the organisation that owns its data. */
export interface SubgraphEigenaar {
  /** Name in the supergraph, e.g. `veilig-thuis`. */
  name: string;
  /** The owner the decision service decides for, e.g. `VEILIG_THUIS`; missing is a defect. */
  organisatie?: string;
}

/** One thing in a schema the gateway could not protect. */
export interface Schemagebrek {
  /** The subgraphs that declare it (one for a subgraph's SDL; every graph of the field's type in a supergraph). */
  subgraphs: string[];
  /** Schema coordinate, e.g. `Dossier.notitie`; absent when the defect is the subgraph's organisation. */
  coordinaat?: string;
  /** What is wrong and how to mend it, in one sentence. */
  melding: string;
}

/** What {@link leesClassificatie} read: every classified field's category and every defect. */
export interface GelezenClassificatie {
  /** Category per `Type.field`; a root field is in it only when it carries one. */
  categorieen: Map<string, Gegevenscategorie>;
  /** Every field the gateway could not protect, attributed to subgraphs where a supergraph says who declares it. */
  gebreken: Schemagebrek[];
}

/** Thrown by {@link controleerSchema}: a schema the gateway could not protect, with every defect listed. */
export class OnbeschermdSchemaFout extends Error {
  /**
   * @param gebreken every defect, one line each in the message
   * @param toelichting a last line saying what likely caused them; default none
   */
  constructor(
    readonly gebreken: readonly Schemagebrek[],
    toelichting?: string,
  ) {
    super(`The gateway cannot protect these subgraph declarations:\n${gebreken.map(beschrijfGebrek).join("\n")}${toelichting ? `\n${toelichting}` : ""}`);
    this.name = "OnbeschermdSchemaFout";
  }
}

/** One line of {@link OnbeschermdSchemaFout}'s message: `- partner: Dossier.notitie has no data category; …`. */
export function beschrijfGebrek(gebrek: Schemagebrek): string {
  const wie = gebrek.subgraphs.length > 0 ? `${gebrek.subgraphs.join(", ")}: ` : "";
  return `- ${wie}${gebrek.coordinaat ? `${gebrek.coordinaat} ` : ""}${gebrek.melding}`;
}

const CATEGORIEEN: ReadonlySet<string> = new Set(Object.values(Gegevenscategorie));
const BEKENDE_CATEGORIEEN = `known are ${[...CATEGORIEEN].join(", ")}`;

/** Federation's own entry points on the query root: plumbing the gateway never serves to a client. */
const FEDERATIE_VELDEN: ReadonlySet<string> = new Set(["_entities", "_service"]);

/** Types that are GraphQL, federation or supergraph plumbing, not anyone's data. */
function isPlumbing(type: string): boolean {
  return type === "_Service" || type.startsWith("__") || type.startsWith("join__") || type.startsWith("link__") || type.startsWith("federation__");
}

type TypeDefinitie = Extract<DefinitionNode, { kind: Kind.OBJECT_TYPE_DEFINITION | Kind.OBJECT_TYPE_EXTENSION | Kind.INTERFACE_TYPE_DEFINITION | Kind.INTERFACE_TYPE_EXTENSION }>;

const MET_VELDEN: ReadonlySet<Kind> = new Set([Kind.OBJECT_TYPE_DEFINITION, Kind.OBJECT_TYPE_EXTENSION, Kind.INTERFACE_TYPE_DEFINITION, Kind.INTERFACE_TYPE_EXTENSION]);

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/**
 * Read and check the `@gegevens(categorie: …)` of every field of `sdl`, a
 * subgraph's SDL or a composed supergraph. The rules, which the gateway needs
 * to protect every field it serves:
 *
 * - every field of every object and interface type (extensions too) carries
 *   `@gegevens` with a category of {@link Gegevenscategorie}; GraphQL,
 *   federation and supergraph plumbing (`_Service`, `join__*`, `link__*`,
 *   `federation__*`) excepted;
 * - a root field (`Query`, `Mutation`, `Subscription`, or what `schema` names)
 *   is an entry point: it may go without a category when it returns an object,
 *   interface or union, whose own fields are classified; one that returns a
 *   scalar or enum hands out data itself and needs a category, which the
 *   gateway then enforces like any other; one that carries a category needs a
 *   known one. Federation's `_entities` and `_service` are plumbing;
 * - enum, input, scalar and union types carry no category of their own: an
 *   enum value or a scalar is only ever read through a field, and that field's
 *   category is the one that counts; an input is what a caller sends, not what
 *   the gateway hands out. `@gegevens` on an input field, an argument or an
 *   enum value would protect nothing and is a defect.
 */
export function leesClassificatie(sdl: string | DocumentNode): GelezenClassificatie {
  const document = typeof sdl === "string" ? parse(sdl) : sdl;
  const wieDeclareert = supergraphEigenaren(document);
  const roots = rootTypes(document);
  const samengesteld = new Set<string>();
  for (const definition of document.definitions) {
    if (MET_VELDEN.has(definition.kind) || definition.kind === Kind.UNION_TYPE_DEFINITION || definition.kind === Kind.UNION_TYPE_EXTENSION) {
      samengesteld.add((definition as { name: { value: string } }).name.value);
    }
  }
  const categorieen = new Map<string, Gegevenscategorie>();
  const gebreken: Schemagebrek[] = [];
  const gebrek = (definition: DefinitionNode, field: FieldDefinitionNode | undefined, coordinaat: string, melding: string): void => {
    gebreken.push({ subgraphs: wieDeclareert(definition, field), coordinaat, melding });
  };
  for (const definition of document.definitions) {
    if (!MET_VELDEN.has(definition.kind)) {
      misplaatst(definition, (coordinaat, melding) => gebrek(definition, undefined, coordinaat, melding));
      continue;
    }
    const type = (definition as TypeDefinitie).name.value;
    if (isPlumbing(type)) continue;
    const isRoot = roots.has(type);
    for (const field of (definition as TypeDefinitie).fields ?? []) {
      const coordinaat = `${type}.${field.name.value}`;
      for (const argument of field.arguments ?? []) {
        if (gegevensVan(argument.directives)) gebrek(definition, field, `${coordinaat}(${argument.name.value}:)`, "carries @gegevens on an argument, where it protects nothing; classify the field instead");
      }
      if (isRoot && type === roots.query && FEDERATIE_VELDEN.has(field.name.value)) continue;
      const directive = gegevensVan(field.directives);
      if (!directive) {
        if (isRoot && samengesteld.has(namedType(field.type))) continue;
        gebrek(
          definition,
          field,
          coordinaat,
          isRoot
            ? `returns ${namedType(field.type)}, data itself, without a data category; add @gegevens(categorie: "…") or return an object whose fields are classified`
            : `has no data category; add @gegevens(categorie: "…"), GEEN when it holds no personal data`,
        );
        continue;
      }
      const argument = directive.arguments?.find((a) => a.name.value === "categorie");
      const waarde = argument?.value.kind === Kind.STRING ? argument.value.value : undefined;
      if (waarde !== undefined && CATEGORIEEN.has(waarde)) categorieen.set(coordinaat, waarde as Gegevenscategorie);
      else gebrek(definition, field, coordinaat, `has an unknown data category ${argument ? print(argument.value) : "(none given)"}; ${BEKENDE_CATEGORIEEN}`);
    }
  }
  return { categorieen, gebreken };
}

/**
 * The check `npm run compose` runs on every subgraph's SDL and on the supergraph
 * it composes, and the gateway runs on its supergraph before it starts: the
 * rules of {@link leesClassificatie}, and that every subgraph names an
 * organisation the hub knows (the organisation register, `gateway/organisaties.json`).
 *
 * @param sdl a subgraph's SDL, or a composed supergraph (recognised by its `join__Graph`)
 * @param subgraphs for a subgraph's SDL: that one subgraph; for a supergraph: its
 *   subgraphs, each graph of the supergraph looked up by name
 * @returns the category of every classified field, keyed `Type.field`
 * @throws OnbeschermdSchemaFout listing every defect
 */
export function controleerSchema(sdl: string | DocumentNode, subgraphs: readonly SubgraphEigenaar[]): Map<string, Gegevenscategorie> {
  const document = typeof sdl === "string" ? parse(sdl) : sdl;
  const grafen = [...joinGraphs(document).values()];
  if (grafen.length === 0 && subgraphs.length !== 1) throw new Error(`controleerSchema: a subgraph's SDL is checked for one subgraph, not ${subgraphs.length}`);
  const { categorieen, gebreken } = leesClassificatie(document);
  const namen = grafen.length > 0 ? grafen : [subgraphs[0].name];
  const eigenaren = new Map(subgraphs.map((subgraph) => [subgraph.name, subgraph.organisatie]));
  const alle: Schemagebrek[] = [];
  for (const naam of namen) {
    const organisatie = eigenaren.get(naam);
    const register = organisatieRegister();
    if (organisatie === undefined) alle.push({ subgraphs: [naam], melding: `names no organisation that owns its data; set "organisatie" in gateway/subgraphs.json (known are ${register.codes().join(", ")})` });
    else if (!register.bekend(organisatie)) alle.push({ subgraphs: [naam], melding: `names organisation "${organisatie}", which is not an organisation of the hub; known are ${register.codes().join(", ")}` });
  }
  alle.push(...gebreken.map((gebrek) => (gebrek.subgraphs.length > 0 || grafen.length > 0 ? gebrek : { ...gebrek, subgraphs: [subgraphs[0].name] })));
  if (alle.length > 0) throw new OnbeschermdSchemaFout(alle);
  return categorieen;
}

function gegevensVan(directives: readonly DirectiveNode[] | undefined): DirectiveNode | undefined {
  return directives?.find((d) => d.name.value === "gegevens");
}

/** Report `@gegevens` where it protects nothing: on input fields and enum values. */
function misplaatst(definition: DefinitionNode, gebrek: (coordinaat: string, melding: string) => void): void {
  if (definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION || definition.kind === Kind.INPUT_OBJECT_TYPE_EXTENSION) {
    for (const field of definition.fields ?? []) {
      if (gegevensVan(field.directives)) gebrek(`${definition.name.value}.${field.name.value}`, "carries @gegevens on an input field, where it protects nothing: an input is what a caller sends; classify the fields that return it");
    }
  } else if (definition.kind === Kind.ENUM_TYPE_DEFINITION || definition.kind === Kind.ENUM_TYPE_EXTENSION) {
    for (const value of definition.values ?? []) {
      if (gegevensVan(value.directives)) gebrek(`${definition.name.value}.${value.name.value}`, "carries @gegevens on an enum value, where it protects nothing; classify the fields that return the enum");
    }
  }
}

/** The root type names: what a `schema` definition or extension names, else the defaults. */
function rootTypes(document: DocumentNode): ReadonlySet<string> & { query: string } {
  const roots = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.SCHEMA_DEFINITION || definition.kind === Kind.SCHEMA_EXTENSION) {
      for (const root of definition.operationTypes ?? []) roots.set(root.operation, root.type.name.value);
    }
  }
  const names = new Set([roots.get("query") ?? "Query", roots.get("mutation") ?? "Mutation", roots.get("subscription") ?? "Subscription"]);
  return Object.assign(names, { query: roots.get("query") ?? "Query" });
}

/** A supergraph's graphs: `join__Graph` value → subgraph name. Empty for a subgraph's SDL. */
function joinGraphs(document: DocumentNode): Map<string, string> {
  const grafen = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== "join__Graph") continue;
    for (const value of definition.values ?? []) {
      const naam = value.directives?.find((d) => d.name.value === "join__graph")?.arguments?.find((a) => a.name.value === "name")?.value;
      if (naam?.kind === Kind.STRING) grafen.set(value.name.value, naam.value);
    }
  }
  return grafen;
}

/**
 * Who declares a field of a supergraph: the graphs of its `@join__field`s, else
 * those of its type's `@join__type`s. In a subgraph's SDL: nobody named (the caller knows).
 */
function supergraphEigenaren(document: DocumentNode): (definition: DefinitionNode, field: FieldDefinitionNode | undefined) => string[] {
  const grafen = joinGraphs(document);
  if (grafen.size === 0) return () => [];
  const graafVan = (directives: readonly DirectiveNode[] | undefined, naam: string): string[] =>
    (directives ?? []).filter((d) => d.name.value === naam).flatMap((d) => {
      const value = d.arguments?.find((a) => a.name.value === "graph")?.value;
      return value?.kind === Kind.ENUM && grafen.has(value.value) ? [grafen.get(value.value)!] : [];
    });
  return (definition, field) => {
    const vanVeld = field ? graafVan(field.directives, "join__field") : [];
    const vanType = "directives" in definition ? graafVan(definition.directives, "join__type") : [];
    return [...new Set(vanVeld.length > 0 ? vanVeld : vanType)];
  };
}
