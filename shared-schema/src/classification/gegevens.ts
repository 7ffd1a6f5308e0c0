import { DirectiveLocation, GraphQLDirective, GraphQLNonNull, GraphQLString } from "graphql";
import { Directive, Field, type FieldOptions } from "type-graphql";

/** The `@Field` return type thunk, e.g. `() => [Persoon]`. */
export type FieldType = Parameters<typeof Field>[0] & ((type?: void) => unknown);
import { Gegevenscategorie } from "./Gegevenscategorie";

/**
 * `@gegevens(categorie: "...")`: the data category of a field. Declared in every
 * subgraph schema and composed into the supergraph.
 */
export const gegevensDirective = new GraphQLDirective({
  name: "gegevens",
  description: "Gegevenscategorie van dit veld (persoonsgegevens of GEEN).",
  locations: [DirectiveLocation.FIELD_DEFINITION],
  args: { categorie: { type: new GraphQLNonNull(GraphQLString) } },
});

/** How one class declared one of its fields: what {@link Dossierstuk} needs to declare it again. */
interface Classificatie {
  categorie: Gegevenscategorie;
  returnType?: FieldType;
  options: FieldOptions;
}

/** Per class, the fields it declared itself with {@link Gegeven} (inherited ones are on the superclass). */
const classificaties = new WeakMap<Function, Map<string, Classificatie>>();

/**
 * A GraphQL field that carries data of `categorie`. Use it instead of
 * type-graphql's `@Field` for every field of every type, so no field goes
 * unclassified. `GEEN` declares a field that carries no personal data.
 *
 * @param categorie the data category; decides access (issue 3) and logging (issue 4)
 * @param returnType the field's GraphQL type, as for `@Field`
 * @param options `@Field` options (nullable, description, …)
 */
export function Gegeven(
  categorie: Gegevenscategorie,
  returnType?: FieldType,
  options: FieldOptions = {},
): PropertyDecorator & MethodDecorator {
  // A field that can be refused must be nullable: a refused field resolves to null
  // with a FORBIDDEN error, and the rest of the answer still returns. Only GEEN is
  // never refused on its category; MEDEWERKER is, to the household (beleid: ROL_MAG_OOIT).
  const kanGeweigerdWorden = categorie !== Gegevenscategorie.GEEN;
  const fieldOptions: FieldOptions = kanGeweigerdWorden ? { ...options, nullable: true } : options;
  const field = returnType ? Field(returnType, fieldOptions) : Field(fieldOptions);
  const directive = Directive(`@gegevens(categorie: "${categorie}")`);
  return ((prototype: object, propertyKey: string | symbol, descriptor?: PropertyDescriptor) => {
    (field as (...args: unknown[]) => void)(prototype, propertyKey, descriptor);
    (directive as (...args: unknown[]) => void)(prototype, propertyKey, descriptor);
    const type = prototype.constructor;
    const velden = classificaties.get(type) ?? new Map<string, Classificatie>();
    velden.set(String(propertyKey), { categorie, returnType, options });
    classificaties.set(type, velden);
  }) as PropertyDecorator & MethodDecorator;
}

/** Shorthand for a field that carries no personal data. */
export function GeenPersoonsgegeven(
  returnType?: FieldType,
  options: FieldOptions = {},
): PropertyDecorator & MethodDecorator {
  return Gegeven(Gegevenscategorie.GEEN, returnType, options);
}

/**
 * Fields every dossier record inherits (`DossierRecord`) that name a professional:
 * MEDEWERKER on every record, so the household never reads who recorded it.
 */
const NOEMEN_MEDEWERKER: ReadonlySet<string> = new Set(["vastgelegdDoor"]);

/**
 * Declares a type as a record in a household's dossier (a melding, a measure, an
 * investigation, a consent, …) whose existence is itself data of `categorie`:
 * that a household has a melding says as much as what the melding says. So
 * nothing about the record may be GEEN, which only needs need-to-know access:
 *
 * - the fields the class inherits (`id`, `vastgelegdOp` of `DossierRecord`) are
 *   declared again on it in `categorie`, and `vastgelegdDoor` as MEDEWERKER;
 * - a field the class declares itself as GEEN throws when the class is defined:
 *   classify it `categorie` (its dates, statuses, counts, flags and links to other
 *   objects too), another category where it says more, or MEDEWERKER where it
 *   names a professional.
 *
 * A refusable field is nullable (see {@link Gegeven}), so the record's `id` is `ID`,
 * not `ID!`. Not for `Gezin` and `Persoon`: their keys are federation `@key`s and
 * stay GEEN. Use it above `@ObjectType`.
 *
 * @param categorie the category of the record's most characteristic content; not GEEN or MEDEWERKER
 */
export function Dossierstuk(categorie: Gegevenscategorie): ClassDecorator {
  if (categorie === Gegevenscategorie.GEEN || categorie === Gegevenscategorie.MEDEWERKER) {
    throw new Error(`@Dossierstuk(${categorie}): a record's existence is data of the household; name its category`);
  }
  return (target) => {
    const eigen = classificaties.get(target) ?? new Map<string, Classificatie>();
    const geen = [...eigen].filter(([, c]) => c.categorie === Gegevenscategorie.GEEN).map(([veld]) => `${target.name}.${veld}`);
    if (geen.length > 0) {
      throw new Error(`${geen.join(", ")}: classified GEEN, but that a ${target.name} exists is ${categorie} data; classify ${geen.length > 1 ? "them" : "it"} ${categorie}, or MEDEWERKER where it names a professional`);
    }
    for (const [veld, geerfd] of geerfdeVelden(target)) {
      if (eigen.has(veld)) continue;
      if (!geerfd.returnType) throw new Error(`${target.name}.${veld}: the inherited field needs an explicit type to be classified ${categorie}`);
      Gegeven(NOEMEN_MEDEWERKER.has(veld) ? Gegevenscategorie.MEDEWERKER : categorie, geerfd.returnType, geerfd.options)(target.prototype, veld);
    }
  };
}

/** The fields `target`'s superclasses declared with {@link Gegeven}, the nearest declaration of each. */
function geerfdeVelden(target: Function): Map<string, Classificatie> {
  const velden = new Map<string, Classificatie>();
  for (let type = Object.getPrototypeOf(target); type && type !== Function.prototype; type = Object.getPrototypeOf(type)) {
    for (const [veld, classificatie] of classificaties.get(type) ?? []) if (!velden.has(veld)) velden.set(veld, classificatie);
  }
  return velden;
}
