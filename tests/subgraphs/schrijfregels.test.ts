import { subgraphs } from "@gezinsbeeld/infra/dist/subgraphs";
import { type Benoeming, buildFederatedSchema, gegevensDirective, Regime, schrijfregelsVan, type SubgraphDefinition } from "@gezinsbeeld/shared-schema";
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isScalarType,
} from "graphql";
import { buildSchema } from "type-graphql";
import { getMetadataArgsStorage } from "typeorm";

/**
 * Every mutation of every subgraph carries a `@Schrijft` declaration, and what it
 * declares exists: the guard (`bewaakMutatie`) reads the household and the persons
 * at these argument paths, and a path that names nothing is checked by nobody.
 */

type Schrijfregels = Awaited<ReturnType<typeof buildFederatedSchema>>["schrijfregels"];
type Schrijfregel = NonNullable<ReturnType<Schrijfregels["get"]>>;

interface Gebouwd {
  /** The schema the guard runs on, or the reason it would not start. */
  schema: GraphQLSchema;
  schrijfregels: Schrijfregels;
  /** Set when `buildFederatedSchema` refused: the subgraph does not start. */
  fout?: Error;
}

/**
 * Built as shared-schema builds it. When the guard refuses (the first mutation
 * without a declaration), the bare type-graphql schema is built with the same
 * options instead, so every missing declaration can be named, not only the first.
 */
async function bouw(definition: SubgraphDefinition): Promise<Gebouwd> {
  try {
    const { schema, schrijfregels } = await buildFederatedSchema(definition);
    return { schema, schrijfregels };
  } catch (error) {
    const schema = await buildSchema({
      resolvers: definition.resolvers,
      orphanedTypes: definition.orphanedTypes,
      directives: [gegevensDirective],
      skipCheck: true,
    });
    return { schema, schrijfregels: schrijfregelsVan(schema), fout: error as Error };
  }
}

const mutaties = (schema: GraphQLSchema): Array<GraphQLField<unknown, unknown>> => Object.values(schema.getMutationType()?.getFields() ?? {});

/**
 * What is wrong with a dot path into a mutation's arguments (first segment an
 * argument, later ones input fields), or null. The guard reads a path with plain
 * property access, so a list may only be the last segment: `invoer.leden.persoonId`
 * would read `undefined` from the list and check nothing.
 */
function padFout(field: GraphQLField<unknown, unknown>, pad: string, soort: "persoon" | "gezin"): string | null {
  const [argument, ...velden] = pad.split(".");
  const arg: GraphQLArgument | undefined = field.args.find((a) => a.name === argument);
  if (!arg) return `'${pad}': ${field.name} has no argument '${argument}' (arguments: ${field.args.map((a) => a.name).join(", ") || "none"})`;
  let type: GraphQLInputType = arg.type;
  let gelezen = argument!;
  for (const veld of velden) {
    const nullable = getNullableType(type);
    if (isListType(nullable)) return `'${pad}': '${gelezen}' is a list; only the last segment may be one`;
    if (!isInputObjectType(nullable)) return `'${pad}': '${gelezen}' is ${String(type)}, not an input type with field '${veld}'`;
    const invoerVeld = nullable.getFields()[veld];
    if (!invoerVeld) return `'${pad}': input ${nullable.name} has no field '${veld}' (fields: ${Object.keys(nullable.getFields()).join(", ")})`;
    type = invoerVeld.type;
    gelezen = `${gelezen}.${veld}`;
  }
  const blad = getNamedType(type);
  if (!isScalarType(blad)) return `'${pad}' is ${String(type)}, not an id`;
  if (soort === "gezin" && isListType(getNullableType(type))) return `'${pad}' is a list; a mutation is about one household`;
  return null;
}

/** The classes `entity` inherits from, itself first: TypeORM registers `DossierRecord`'s columns on `DossierRecord`. */
function erfketen(entity: Function): Function[] {
  const keten: Function[] = [];
  for (let klasse: unknown = entity; typeof klasse === "function" && klasse !== Function.prototype; klasse = Object.getPrototypeOf(klasse)) {
    keten.push(klasse as Function);
  }
  return keten;
}

function heeftGezinIdKolom(entity: Function): boolean {
  const keten = erfketen(entity);
  return getMetadataArgsStorage().columns.some((kolom) => kolom.propertyName === "gezinId" && keten.includes(kolom.target as Function));
}

/**
 * What is wrong with the regime a `benoemt` entry declares, or null: a fixed one must be a
 * regime; a path must end in the Regime enum, or, with `per`, in an enum that has every value
 * `per` maps (a renamed value would silently fall to `anders`).
 */
function regimeFout(field: GraphQLField<unknown, unknown>, regime: Benoeming["regime"]): string | null {
  const regimes = Object.values(Regime) as string[];
  if (typeof regime === "string") return regimes.includes(regime) ? null : `regime '${regime}' is not a Regime`;
  const [argument, ...velden] = regime.argument.split(".");
  let type: GraphQLInputType | undefined = field.args.find((a) => a.name === argument)?.type;
  for (const veld of velden) {
    const nullable = type && getNullableType(type);
    type = nullable && isInputObjectType(nullable) ? nullable.getFields()[veld]?.type : undefined;
  }
  const blad = type && getNullableType(type);
  if (!blad || !isEnumType(blad)) return `regime '${regime.argument}' names no enum input of ${field.name}`;
  const waarden = blad.getValues().map((v) => v.value as string);
  if (!regime.per) return blad.name === "Regime" ? null : `regime '${regime.argument}' is ${blad.name}, not Regime: map it with 'per'`;
  const onbekend = Object.keys(regime.per).filter((waarde) => !waarden.includes(waarde));
  if (onbekend.length > 0) return `regime '${regime.argument}' maps ${onbekend.join(", ")}, which ${blad.name} does not have`;
  return [...Object.values(regime.per), ...(regime.anders ? [regime.anders] : [])].every((r) => regimes.includes(r)) ? null : `regime '${regime.argument}' maps to a value that is not a Regime`;
}

const naamVan = (record: unknown): string => (typeof record === "function" ? record.name : String(record));

describe.each(subgraphs.map((definition) => [definition.name, definition] as const))("%s: @Schrijft declarations", (_naam, definition) => {
  let gebouwd: Gebouwd;

  beforeAll(async () => {
    gebouwd = await bouw(definition);
  });

  /** Each declared mutation with its field, for the checks below. */
  const verklaard = (): Array<[GraphQLField<unknown, unknown>, Schrijfregel]> =>
    mutaties(gebouwd.schema).flatMap((field) => {
      const regel = gebouwd.schrijfregels.get(field.name);
      return regel ? [[field, regel] as [GraphQLField<unknown, unknown>, Schrijfregel]] : [];
    });

  it("declares every mutation", () => {
    const ontbrekend = mutaties(gebouwd.schema)
      .map((field) => field.name)
      .filter((naam) => !gebouwd.schrijfregels.has(naam));
    const melding = ontbrekend.length > 0 ? `${definition.name}: mutations without @Schrijft: ${ontbrekend.join(", ")}` : null;
    expect(melding).toBeNull();
    // All declared, so the guard must accept the schema: anything else it refuses on is a failure too.
    expect(gebouwd.fout?.message ?? null).toBeNull();
  });

  it("names the household by an argument that exists", () => {
    const fouten = verklaard().flatMap(([field, regel]) => {
      if (regel.gezin === "nieuw") return [];
      const fout = padFout(field, regel.gezin.argument, "gezin");
      return fout ? [`${field.name}: gezin ${fout}`] : [];
    });
    expect(fouten).toEqual([]);
  });

  it("names persons by argument paths that exist", () => {
    const fouten = verklaard().flatMap(([field, regel]) =>
      (regel.personen ?? []).flatMap((pad) => {
        const fout = padFout(field, pad, "persoon");
        return fout ? [`${field.name}: personen ${fout}`] : [];
      }),
    );
    expect(fouten).toEqual([]);
  });

  it("names professionals (rule 5) by argument paths that exist, each with a regime that can be read", () => {
    const fouten = verklaard().flatMap(([field, regel]) =>
      (regel.benoemt ?? []).flatMap((benoeming) => {
        const pad = benoeming.medewerker === "$principal" ? null : padFout(field, benoeming.medewerker, "persoon");
        const regime = regimeFout(field, benoeming.regime);
        return [pad, regime].flatMap((fout) => (fout ? [`${field.name}: benoemt ${fout}`] : []));
      }),
    );
    expect(fouten).toEqual([]);
  });

  it("finds a changed record's household through an entity of this subgraph with a gezinId column", () => {
    const fouten = verklaard().flatMap(([field, regel]) => {
      if (regel.gezin === "nieuw" || !("record" in regel.gezin)) return [];
      const { record, soort } = regel.gezin;
      const naam = naamVan(record);
      const problemen: string[] = [];
      if (typeof record !== "function") problemen.push(`record ${naam} is not an entity class`);
      else {
        if (!definition.entities.includes(record)) problemen.push(`record ${naam} is not one of ${definition.name}'s entities`);
        if (!heeftGezinIdKolom(record)) problemen.push(`record ${naam} has no gezinId column`);
      }
      if (!soort?.trim()) problemen.push(`record ${naam} has no soort`);
      return problemen.map((p) => `${field.name}: ${p}`);
    });
    expect(fouten).toEqual([]);
  });
});
