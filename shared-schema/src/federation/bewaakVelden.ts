import {
  defaultFieldResolver,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isObjectType,
  Kind,
} from "graphql";
import { Grondslag, Weigerreden } from "../beleid/beleid";
import type { Beslissing } from "../beleid/beslis";
import { noteerToegang } from "../audit/Toegangslog";
import { Gegevenscategorie } from "../classification/Gegevenscategorie";
import type { RequestContext } from "../context/RequestContext";
import { loopt } from "../dossier/vandaag";
import { eisUuid } from "../validation";
import { Rol } from "../enums/Rol";
import { Toegang, verboden } from "../toegang/Toegang";
import { metSchrijfrecht } from "../toegang/schrijfrecht";
import { httpToegangsregister } from "../toegang/Toegangsregister";
import type { ReferenceResolver, SubgraphDefinition } from "./SubgraphDefinition";

type Resolver = GraphQLFieldResolver<unknown, RequestContext>;
type Record_ = Record<string, unknown>;

const PROFESSIONELE_ROLLEN: readonly Rol[] = [Rol.MEDEWERKER, Rol.GEDRAGSWETENSCHAPPER, Rol.TEAMLEIDER];
const NIET_PERSOONLIJK: readonly Gegevenscategorie[] = [Gegevenscategorie.GEEN, Gegevenscategorie.MEDEWERKER];

/** The request's access decisions, created on first use with this subgraph's register and owner. */
export function toegangVan(context: RequestContext, definition: SubgraphDefinition): Toegang {
  // startSubgraph always sets the request's register; the fallbacks serve a schema executed without it.
  context.toegang ??= new Toegang(context, context.toegangsregister ?? definition.toegangsregister ?? httpToegangsregister(), definition.organisatie);
  return context.toegang;
}

/** The household a resolved object belongs to: `Gezin` is one, every dossier record names one. */
export function gezinVan(typeName: string, object: unknown): string | null {
  if (!object || typeof object !== "object") return null;
  const value = typeName === "Gezin" ? (object as Record_).id : (object as Record_).gezinId;
  return typeof value === "string" ? value : null;
}

/** The person a resolved object is about, where it is about one. */
function persoonVan(typeName: string, object: unknown): string | null {
  if (!object || typeof object !== "object") return null;
  const value = typeName === "Persoon" ? (object as Record_).id : (object as Record_).persoonId;
  return typeof value === "string" ? value : null;
}

/** A field's data category, from its `@gegevens` directive. */
export function categorieVan(field: GraphQLField<unknown, unknown>): Gegevenscategorie | null {
  const directive = field.astNode?.directives?.find((d) => d.name.value === "gegevens");
  const argument = directive?.arguments?.find((a) => a.name.value === "categorie");
  return argument?.value.kind === Kind.STRING ? (argument.value.value as Gegevenscategorie) : null;
}

/**
 * Enforce the access policy where the data lives: wrap every field of every type
 * so it is decided per household before it resolves, filter what root queries
 * return, and guard every mutation. Runs for `_entities` too (the reference
 * resolvers are wrapped in {@link bewaakReferenties}), which type-graphql's own
 * middleware would not.
 *
 * - A field of category GEEN needs access to the household at all (need to know);
 *   any other category is decided by the policy (`beslis`); refused → null and
 *   FORBIDDEN with the category and reason.
 * - A root query's result of another household is refused (a single object) or
 *   left out (a list).
 * - A mutation is done only by a professional of the organisation that owns the
 *   data, and — when it names a household — only while that organisation may
 *   write there (SubgraphDefinition.mutaties names exceptions).
 */
export function bewaakVelden(schema: GraphQLSchema, definition: SubgraphDefinition): void {
  const onbewaakt = new Set(definition.registerTypen ?? []);
  const toezicht = new Set(definition.toezichtTypen ?? []);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__") || type.name === "_Service" || onbewaakt.has(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      const original = (field.resolve ?? defaultFieldResolver) as Resolver;
      if (type === schema.getQueryType()) {
        if (field.name === "_entities" || field.name === "_service" || onbewaakt.has(getNamedType(field.type).name)) continue;
        field.resolve = bewaakRootQuery(original, getNamedType(field.type), definition, toezicht);
      } else if (type === schema.getMutationType()) {
        field.resolve = bewaakMutatie(original, field.name, definition);
      } else {
        const categorie = categorieVan(field);
        if (!categorie) throw new Error(`${definition.name}: ${type.name}.${field.name} has no @gegevens classification`);
        field.resolve = bewaakVeld(original, type.name, categorie, definition, toezicht.has(type.name));
      }
    }
  }
}

function bewaakVeld(original: Resolver, typeName: string, categorie: Gegevenscategorie, definition: SubgraphDefinition, toezicht: boolean): Resolver {
  const persoonlijk = !NIET_PERSOONLIJK.includes(categorie);
  // Personal data is logged whether granted or refused; a refused look at anything too.
  const pasToe = (besluit: Beslissing, parent: unknown, context: RequestContext, gezinId: string, veld: string): void => {
    if (persoonlijk || !besluit.toegestaan) {
      noteerToegang(context, { gezinId, persoonId: persoonVan(typeName, parent), categorie, veld: `${typeName}.${veld}`, handeling: "READ", besluit });
    }
    if (!besluit.toegestaan) throw verboden(categorie, besluit.reden);
  };
  return (parent, args, context, info) => {
    if (toezicht && context.principal?.rol === Rol.PRIVACY_OFFICER) return original(parent, args, context, info);
    // What this request itself just recorded (an opening mutation) its writer may read back.
    if (context.zelfVastgelegd?.has(parent as object) && context.principal?.organisatie === definition.organisatie) {
      return original(parent, args, context, info);
    }
    const gezinId = gezinVan(typeName, parent);
    if (gezinId) {
      // Most fields repeat a decision this request already made: answer those without a promise.
      const toegang = toegangVan(context, definition);
      const bekend = toegang.alBeslist(gezinId, categorie);
      if (bekend) {
        pasToe(bekend, parent, context, gezinId, info.fieldName);
        return original(parent, args, context, info);
      }
      return toegang.beslis(gezinId, categorie).then((besluit) => {
        pasToe(besluit, parent, context, gezinId, info.fieldName);
        return original(parent, args, context, info);
      });
    }
    if (persoonlijk) {
      // Personal data that belongs to no known household is never released (fail closed).
      throw verboden(categorie, Weigerreden.GEEN_BETROKKENHEID);
    }
    return original(parent, args, context, info);
  };
}

function bewaakRootQuery(original: Resolver, returnType: GraphQLNamedType, definition: SubgraphDefinition, toezichtTypen: ReadonlySet<string>): Resolver {
  // A page type (`GezinPagina`) holds its items in `nodes`: those are what was searched.
  const nodesType = isObjectType(returnType) ? returnType.getFields().nodes : undefined;
  const itemType = nodesType ? getNamedType(nodesType.type).name : returnType.name;
  // Supervision data (break-glass claims, the access log) decides and records its own reads.
  const toezicht = toezichtTypen.has(returnType.name) || toezichtTypen.has(itemType);
  return async (parent, args, context, info) => {
    if (!context.principal) throw verboden(Gegevenscategorie.GEEN, Weigerreden.NIET_INGELOGD);
    const result = await original(parent, args, context, info);
    if (toezicht && (context.principal.rol === Rol.PRIVACY_OFFICER || nodesType)) return result;
    const toegang = toegangVan(context, definition);
    const pagina = nodesType && result && typeof result === "object" ? ((result as Record_).nodes as unknown[] | undefined) : undefined;
    const lijst = Array.isArray(result) ? result : Array.isArray(pagina) ? pagina : null;
    if (lijst) {
      const besluiten = await Promise.all(
        lijst.map(async (item) => {
          const gezinId = gezinVan(itemType, item);
          if (!gezinId) return true;
          const besluit = await toegang.beslis(gezinId, Gegevenscategorie.GEEN);
          noteerToegang(context, { gezinId, persoonId: persoonVan(itemType, item), categorie: Gegevenscategorie.GEEN, veld: `Query.${info.fieldName}`, handeling: "SEARCH", besluit });
          return besluit.toegestaan;
        }),
      );
      // A page is already narrowed in SQL (its count must agree); a plain list is filtered here.
      return Array.isArray(result) ? result.filter((_item, i) => besluiten[i]) : result;
    }
    const gezinId = gezinVan(returnType.name, result);
    if (gezinId) {
      const besluit = await toegang.beslis(gezinId, Gegevenscategorie.GEEN);
      if (!besluit.toegestaan) {
        noteerToegang(context, { gezinId, persoonId: persoonVan(returnType.name, result), categorie: Gegevenscategorie.GEEN, veld: `Query.${info.fieldName}`, handeling: "READ", besluit });
        throw verboden(Gegevenscategorie.GEEN, besluit.reden);
      }
    }
    return result;
  };
}

/** How a mutation is guarded beyond the default (owner organisation, and its involvement when a household is named). */
export type Mutatieregel =
  /**
   * Starts an involvement (a melding, a request to investigate, a court measure):
   * the owner organisation may record it before the register shows it; once its
   * organisation is involved, the ordinary write rules apply.
   */
  | "opent-betrokkenheid"
  /** Any professional of any organisation (break-glass). */
  | "elke-professional"
  /** Only a privacy officer (reviewing break-glass). */
  | "privacy-officer";

function bewaakMutatie(original: Resolver, naam: string, definition: SubgraphDefinition): Resolver {
  const bewaakt = bewaakMutatieZonderLog(original, naam, definition);
  const handeling = /^(beeindig|wijzig|verleng|trek|rond|markeer|beoordeel|verplaats|wijs|sluit|registreerGezinGeinformeerd|registreerVoortgang)/.test(naam) ? "UPDATE" : "CREATE";
  return async (parent, args, context, info) => {
    const gezinId = typeof (args as Record_).gezinId === "string" ? ((args as Record_).gezinId as string) : null;
    try {
      const result = await bewaakt(parent, args, context, info);
      const opGezin = gezinId ?? gezinVan(getNamedType(info.returnType).name, result);
      noteerToegang(context, { gezinId: opGezin, persoonId: null, categorie: Gegevenscategorie.GEEN, veld: `Mutation.${naam}`, handeling, besluit: { toegestaan: true, grondslag: Grondslag.EIGEN_GEGEVENS } });
      return result;
    } catch (error) {
      const reden = (error as { extensions?: { code?: string; reden?: Weigerreden } }).extensions;
      if (reden?.code === "FORBIDDEN" && reden.reden) {
        noteerToegang(context, { gezinId, persoonId: null, categorie: Gegevenscategorie.GEEN, veld: `Mutation.${naam}`, handeling, besluit: { toegestaan: false, reden: reden.reden } });
      }
      throw error;
    }
  };
}

function bewaakMutatieZonderLog(original: Resolver, naam: string, definition: SubgraphDefinition): Resolver {
  const regel = definition.mutaties?.[naam];
  return async (parent, args, context, info) => {
    const principal = context.principal;
    if (!principal) throw verboden(Gegevenscategorie.GEEN, Weigerreden.NIET_INGELOGD);
    if (regel === "privacy-officer") {
      if (principal.rol !== Rol.PRIVACY_OFFICER) throw verboden(Gegevenscategorie.GEEN, Weigerreden.CATEGORIE_NIET_TOEGESTAAN);
    } else {
      if (!PROFESSIONELE_ROLLEN.includes(principal.rol)) throw verboden(Gegevenscategorie.GEEN, Weigerreden.CATEGORIE_NIET_TOEGESTAAN);
      if (regel !== "elke-professional" && principal.organisatie !== definition.organisatie) {
        throw verboden(Gegevenscategorie.GEEN, Weigerreden.NIET_EIGENAAR);
      }
      const gezinId = (args as Record_).gezinId;
      // A malformed household id is bad input, whoever asks: say so before deciding access.
      if (typeof gezinId === "string") eisUuid(gezinId, "gezinId");
      if (regel === "opent-betrokkenheid" && typeof gezinId === "string" && (await alBetrokken(toegangVan(context, definition), gezinId, principal.organisatie))) {
        // Already involved: then the ordinary rules hold (the named professional, separation of duties).
        const toegang = toegangVan(context, definition);
        await toegang.eis(gezinId, Gegevenscategorie.GEEN, "schrijven");
        return metSchrijfrecht(toegang, () => original(parent, args, context, info));
      }
      if (regel === undefined) {
        const toegang = toegangVan(context, definition);
        if (typeof gezinId === "string") await toegang.eis(gezinId, Gegevenscategorie.GEEN, "schrijven");
        // A mutation by record id is checked when the record is loaded (see eisSchrijfrecht).
        return metSchrijfrecht(toegang, () => original(parent, args, context, info));
      }
    }
    const result = await original(parent, args, context, info);
    if (regel === "opent-betrokkenheid" && result && typeof result === "object") {
      context.zelfVastgelegd ??= new WeakSet();
      for (const item of Array.isArray(result) ? result : [result]) if (item && typeof item === "object") context.zelfVastgelegd.add(item);
    }
    return result;
  };
}

/** True when the register shows an active involvement of `organisatie` in the household. */
async function alBetrokken(toegang: Toegang, gezinId: string, organisatie: string | null): Promise<boolean> {
  const basis = await toegang.basis(gezinId);
  return !!basis?.betrokkenheden.some((b) => b.organisatie === organisatie && loopt(b.startdatum, b.einddatum));
}

/**
 * Wrap `__resolveReference`: an entity of a household the requester may not see
 * at all is refused as a whole (FORBIDDEN), before any of its fields resolve.
 */
export function bewaakReferenties(definition: SubgraphDefinition): Record<string, ReferenceResolver> {
  return Object.fromEntries(
    Object.entries(definition.referenceResolvers).map(([typeName, resolve]) => [
      typeName,
      async (reference: Parameters<ReferenceResolver>[0], context: RequestContext) => {
        if (!context.principal) throw verboden(Gegevenscategorie.GEEN, Weigerreden.NIET_INGELOGD);
        const gezinId = gezinVan(typeName, reference);
        const toegang = toegangVan(context, definition);
        // Warm the batched register before the entity resolves, so all representations share one load.
        const basis = gezinId ? toegang.basis(gezinId) : null;
        const entity = await resolve(reference, context);
        const entityGezin = gezinVan(typeName, entity) ?? gezinId;
        await basis;
        if (entityGezin) await toegang.eis(entityGezin, Gegevenscategorie.GEEN);
        return entity;
      },
    ]),
  );
}
