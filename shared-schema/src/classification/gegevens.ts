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
  // with a FORBIDDEN error, and the rest of the answer still returns.
  const kanGeweigerdWorden = categorie !== Gegevenscategorie.GEEN && categorie !== Gegevenscategorie.MEDEWERKER;
  const fieldOptions: FieldOptions = kanGeweigerdWorden ? { ...options, nullable: true } : options;
  const field = returnType ? Field(returnType, fieldOptions) : Field(fieldOptions);
  const directive = Directive(`@gegevens(categorie: "${categorie}")`);
  return ((prototype: object, propertyKey: string | symbol, descriptor?: PropertyDescriptor) => {
    (field as (...args: unknown[]) => void)(prototype, propertyKey, descriptor);
    (directive as (...args: unknown[]) => void)(prototype, propertyKey, descriptor);
  }) as PropertyDecorator & MethodDecorator;
}

/** Shorthand for a field that carries no personal data. */
export function GeenPersoonsgegeven(
  returnType?: FieldType,
  options: FieldOptions = {},
): PropertyDecorator & MethodDecorator {
  return Gegeven(Gegevenscategorie.GEEN, returnType, options);
}
