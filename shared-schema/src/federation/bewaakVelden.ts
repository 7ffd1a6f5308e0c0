import {
  defaultFieldResolver,
  type GraphQLField,
  GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type SelectionNode,
  type GraphQLSchema,
  getNamedType,
  isObjectType,
  Kind,
} from "graphql";
import { GEDWONGEN_REGIMES, Grondslag, MAG_SCHEIDING_VAN_TAKEN_OPHEFFEN, PROFESSIONELE_ROLLEN, Weigerreden } from "../beleid/beleid";
import type { Beslissing } from "../beleid/beslis";
import { noteerToegang, noteerVeldtoegang, type Toegangsfeit } from "../audit/Toegangslog";
import { Gegevenscategorie } from "../classification/Gegevenscategorie";
import type { RequestContext } from "../context/RequestContext";
import { eisUuid } from "../validation";
import type { Organisatie } from "../enums/Organisatie";
import { organisatieRegister } from "../organisaties/organisatieRegister";
import { TOEGANGSLOG_TOEZICHTTYPEN } from "../audit/ToegangslogResolver";
import { isRegime, type Regime } from "../enums/Regime";
import { Rol } from "../enums/Rol";
import { isToegangOnbekend, ONBESLIST, Toegang, toegangOnbekend, verboden } from "../toegang/Toegang";
import type { Toegangsbeslisser } from "../toegang/Besluiten";
import { httpBeslisser } from "../toegang/httpBeslisser";
import { registerBeslisser } from "../toegang/registerBeslisser";
import { schrijfToegangslog } from "../audit/schrijfToegangslog";
import { Toegangslog } from "../audit/Toegangslog";
import { toegangslogAan } from "../server/benchSchakelaars";
import { invoerFout } from "../errors";
import { heeftAangekondigd } from "../register/uitbak";
import type { Benoeming, Regimebron, Schrijfregel } from "./Schrijfregel";
import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from "typeorm";
import type { ReferenceResolver, SubgraphDefinition } from "./SubgraphDefinition";

type Resolver = GraphQLFieldResolver<unknown, RequestContext>;
type Record_ = Record<string, unknown>;

const NIET_PERSOONLIJK: readonly Gegevenscategorie[] = [Gegevenscategorie.GEEN, Gegevenscategorie.MEDEWERKER];

const standaardBeslissers = new WeakMap<SubgraphDefinition, Toegangsbeslisser>();

/** For a schema executed without `startSubgraph` (tests of plumbing): one decision source per definition, one connection pool. */
function standaardBeslisser(definition: SubgraphDefinition): Toegangsbeslisser {
  let beslisser = standaardBeslissers.get(definition);
  if (!beslisser) {
    beslisser = definition.toegangsregister ? registerBeslisser(definition.toegangsregister) : httpBeslisser();
    standaardBeslissers.set(definition, beslisser);
  }
  return beslisser;
}

/**
 * The request's access decisions about `eigenaar`'s data (default: this subgraph's
 * owner), created on first use: one {@link Toegang} per owner per request, each
 * batched over every household the request touches. Another owner's only where
 * this subgraph keeps the register (see {@link magBeslissenVoor}); else it throws.
 */
export function toegangVan(context: RequestContext, definition: SubgraphDefinition, eigenaar: Organisatie = definition.organisatie): Toegang {
  if (eigenaar === definition.organisatie) {
    // startSubgraph always sets the request's register; the fallbacks serve a schema executed without it.
    context.toegang ??= new Toegang(
      context,
      context.beslisser ?? standaardBeslisser(definition),
      definition.organisatie,
      context.besluitenVooraf,
    );
    return context.toegang;
  }
  if (!magBeslissenVoor(definition, eigenaar)) throw new Error(`${definition.name} keeps no access register: it cannot decide for ${eigenaar}`);
  context.toegangPerEigenaar ??= new Map();
  let toegang = context.toegangPerEigenaar.get(eigenaar);
  if (!toegang) {
    // Always the register in-process, never context.beslisser: only it decides for an owner the request's
    // decision token does not name. Its reads go through the request's loaders, so the households this
    // request already decided for its own owner cost no statement again.
    toegang = new Toegang(context, standaardBeslisser(definition), eigenaar);
    context.toegangPerEigenaar.set(eigenaar, toegang);
  }
  return toegang;
}

/**
 * Whether `definition`'s subgraph can decide about `eigenaar`'s data: its own
 * always; another owner's only where it keeps the access register
 * (`toegangsregister`, decided in-process by `registerBeslisser`). The decision
 * service decides for the owner the gateway signed the request's decision token
 * for, and for no one else.
 */
export function magBeslissenVoor(definition: SubgraphDefinition, eigenaar: Organisatie): boolean {
  return eigenaar === definition.organisatie || !!definition.toegangsregister;
}

/**
 * Declares whose data an object's fields are when that is not the serving
 * subgraph's organisation: the register keeps timeline entries for the
 * organisation that announced them. The field guard decides such an object's
 * fields with that owner's decisions (its categories, its consents, its
 * duties) instead of the subgraph's own. Set it with {@link metEigenaar}, never by hand.
 *
 * A registered symbol: the guard in `@gezinsbeeld/shared-schema` and the subgraph
 * that sets it agree on it even if a bundler loads the package twice. It cannot
 * come from a request: JSON has no symbols.
 */
export const EIGENAAR: unique symbol = Symbol.for("gezinsbeeld.eigenaar");

/** An object whose fields are data of another owner (see {@link EIGENAAR}). */
export type MetEigenaar<T extends object> = T & { readonly [EIGENAAR]: Organisatie };

/**
 * Mark `object` as `eigenaar`'s data for the field guard, and return it. The mark
 * cannot be changed afterwards (not writable, not configurable).
 */
export function metEigenaar<T extends object>(object: T, eigenaar: Organisatie): MetEigenaar<T> {
  Object.defineProperty(object, EIGENAAR, { value: eigenaar, enumerable: false, writable: false, configurable: false });
  return object as MetEigenaar<T>;
}

/**
 * The owner an object declares (see {@link EIGENAAR}): null when it declares none,
 * `"ongeldig"` when what it declares is no organisation (refused: fail closed).
 */
function eigenaarVan(object: unknown): Organisatie | "ongeldig" | null {
  if (!object || typeof object !== "object" || !(EIGENAAR in object)) return null;
  const eigenaar = (object as { [EIGENAAR]: unknown })[EIGENAAR];
  return organisatieRegister().bekend(eigenaar) ? eigenaar : "ongeldig";
}

/**
 * Decide, and when no decision can be had, record the access as undecided
 * (never as a refusal with a reason) before the TOEGANG_ONBEKEND error goes on.
 */
function beslisOfOnbeslist(context: RequestContext, toegang: Toegang, feit: Omit<Toegangsfeit, "besluit"> & { gezinId: string }): Promise<Beslissing> {
  return toegang.beslis(feit.gezinId, feit.categorie as Gegevenscategorie).catch((error: unknown) => {
    noteerToegang(context, { ...feit, besluit: ONBESLIST });
    throw error;
  });
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
 *   FORBIDDEN with the category and reason. An object that declares another owner
 *   ({@link EIGENAAR}) is decided for that owner, where the register is kept;
 *   anywhere else its fields are refused (TOEGANG_ONBEKEND, logged undecided).
 * - A root query's result of another household is refused (a single object) or
 *   left out (a list).
 * - A mutation is guarded by its declaration (`@Schrijft`): who may, how its
 *   household is found, which persons it names; decided and logged inside its
 *   own transaction.
 */
export function bewaakVelden(schema: GraphQLSchema, definition: SubgraphDefinition, schrijfregels: ReadonlyMap<string, Schrijfregel>): void {
  // The access log the kit mounts is read whole by a privacy officer, as are the definition's own review types.
  const toezicht = new Set([...TOEGANGSLOG_TOEZICHTTYPEN, ...(definition.toezichtTypen ?? [])]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__") || type.name === "_Service") continue;
    for (const field of Object.values(type.getFields())) {
      const original = (field.resolve ?? defaultFieldResolver) as Resolver;
      if (type === schema.getQueryType()) {
        if (field.name === "_entities" || field.name === "_service") continue;
        field.resolve = bewaakRootQuery(original, getNamedType(field.type), definition, toezicht);
      } else if (type === schema.getMutationType()) {
        const regel = schrijfregels.get(field.name);
        // A mutation that does not say how its household is found cannot be guarded: refuse to start.
        if (!regel) throw new Error(`${definition.name}: mutation ${field.name} has no @Schrijft declaration`);
        field.resolve = bewaakMutatie(original, field.name, regel, definition);
      } else {
        const categorie = categorieVan(field);
        if (!categorie) throw new Error(`${definition.name}: ${type.name}.${field.name} has no @gegevens classification`);
        field.resolve = bewaakVeld(original, type.name, field.name, categorie, definition, toezicht.has(type.name));
      }
    }
  }
}

function bewaakVeld(
  original: Resolver,
  typeName: string,
  fieldName: string,
  categorie: Gegevenscategorie,
  definition: SubgraphDefinition,
  toezicht: boolean,
): Resolver {
  const persoonlijk = !NIET_PERSOONLIJK.includes(categorie);
  // The field's name in the log, made once: a page resolves it thousands of times.
  const eigenVeld = `${typeName}.${fieldName}`;
  // Personal data is logged whether granted or refused; a refused look at anything too.
  const pasToe = (besluit: Beslissing, persoonId: string | null, context: RequestContext, gezinId: string, veld: string, info: GraphQLResolveInfo): void => {
    if (persoonlijk || !besluit.toegestaan) noteerVeldtoegang(context, besluit, "READ", categorie, gezinId, persoonId, veld);
    if (!besluit.toegestaan) throw verboden(categorie, besluit.reden, info.path);
  };
  return (parent, args, context, info) => {
    if (toezicht && context.principal?.rol === Rol.PRIVACY_OFFICER) return original(parent, args, context, info);
    // An object may declare another owner (EIGENAAR): its fields are that owner's data, decided with that
    // owner's decisions; the log names the owner after the field (`TijdlijnVeiligheid.titel@VEILIG_THUIS`),
    // since the log entry itself does not say whose data was read.
    const verklaard = eigenaarVan(parent);
    const eigenaar = verklaard ?? definition.organisatie;
    const veld = verklaard ? `${eigenVeld}@${verklaard}` : eigenVeld;
    // What this request itself just recorded (an opening mutation) its writer may read back.
    if (context.zelfVastgelegd?.has(parent as object) && context.principal?.organisatie === eigenaar) {
      return original(parent, args, context, info);
    }
    const gezinId = gezinVan(typeName, parent);
    if (gezinId) {
      const persoonId = persoonVan(typeName, parent);
      if (eigenaar === "ongeldig" || !magBeslissenVoor(definition, eigenaar)) {
        // No decision about that owner's data can be had here: recorded as undecided, nothing released (fail closed).
        noteerToegang(context, { gezinId, persoonId, categorie, veld, handeling: "READ", besluit: ONBESLIST });
        console.error(JSON.stringify({ event: "eigenaar-zonder-register", requestId: context.requestId, subgraph: definition.name, veld, eigenaar: String(verklaard) }));
        throw toegangOnbekend();
      }
      // Most fields repeat a decision this request already made: answer those without a promise.
      const toegang = toegangVan(context, definition, eigenaar);
      const bekend = toegang.alBeslist(gezinId, categorie);
      if (bekend) {
        pasToe(bekend, persoonId, context, gezinId, veld, info);
        return original(parent, args, context, info);
      }
      const feit = { gezinId, persoonId, categorie, veld, handeling: "READ" as const };
      return beslisOfOnbeslist(context, toegang, feit).then((besluit) => {
        pasToe(besluit, persoonId, context, gezinId, veld, info);
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

/**
 * Whether the query selects `naam` directly under this field (through inline
 * fragments and fragment spreads too). A selection under a directive counts
 * as selected: `@include(if: $x)` is decided by the executor, later.
 */
function vraagtVeld(info: GraphQLResolveInfo, naam: string): boolean {
  const zoek = (selecties: readonly SelectionNode[] | undefined, gezien: Set<string>): boolean =>
    (selecties ?? []).some((selectie) => {
      if (selectie.kind === Kind.FIELD) return selectie.name.value === naam;
      if (selectie.kind === Kind.INLINE_FRAGMENT) return zoek(selectie.selectionSet.selections, gezien);
      const fragment = info.fragments[selectie.name.value];
      if (!fragment || gezien.has(selectie.name.value)) return false;
      gezien.add(selectie.name.value);
      return zoek(fragment.selectionSet.selections, gezien);
    });
  return info.fieldNodes.some((veld) => zoek(veld.selectionSet?.selections, new Set()));
}

/**
 * What an unknown id is answered, which is also what a forbidden one is: for the
 * household itself "not your own household", for anyone else "not involved".
 */
function onbekendVoor(context: RequestContext): ReturnType<typeof verboden> {
  return verboden(Gegevenscategorie.GEEN, context.principal?.rol === Rol.INWONER ? Weigerreden.NIET_EIGEN_HUISHOUDEN : Weigerreden.GEEN_BETROKKENHEID);
}

function bewaakRootQuery(original: Resolver, returnType: GraphQLNamedType, definition: SubgraphDefinition, toezichtTypen: ReadonlySet<string>): Resolver {
  // A page type (`GezinPagina`) holds its items in `nodes`: those are what was searched.
  const nodesType = isObjectType(returnType) ? returnType.getFields().nodes : undefined;
  const item = nodesType ? getNamedType(nodesType.type) : returnType;
  const itemType = item.name;
  // Supervision data (break-glass claims, the access log) decides and records its own reads.
  const toezicht = toezichtTypen.has(returnType.name) || toezichtTypen.has(itemType);
  // That a record exists is data of its own category (a melding: VEILIGHEID), which its id carries: each
  // item is decided on that, so a list shows neither a record nor how many to whom may not read them.
  const idCategorie = isObjectType(item) && item.getFields().id ? categorieVan(item.getFields().id!) : null;
  const bestaansCategorie = idCategorie && !NIET_PERSOONLIJK.includes(idCategorie) ? idCategorie : Gegevenscategorie.GEEN;
  return async (parent, args, context, info) => {
    if (!context.principal) throw verboden(Gegevenscategorie.GEEN, Weigerreden.NIET_INGELOGD);
    const veld = `Query.${info.fieldName}`;
    // Before the resolver: a list that must not sort or search on what it may not read asks the same decisions (context.toegang).
    const toegang = toegangVan(context, definition);
    const result = await Promise.resolve(original(parent, args, context, info)).catch((error: unknown) => {
      // An unknown id answers exactly as a forbidden one: whether a record exists is data too.
      if ((error as { extensions?: { code?: string } }).extensions?.code === "NOT_FOUND") {
        const onbekend = onbekendVoor(context);
        noteerToegang(context, { gezinId: null, persoonId: null, categorie: Gegevenscategorie.GEEN, veld, handeling: "READ", besluit: { toegestaan: false, reden: onbekend.extensions.reden as Weigerreden } });
        throw onbekend;
      }
      throw error;
    });
    if (toezicht && (context.principal.rol === Rol.PRIVACY_OFFICER || nodesType)) return result;
    // A page asked for its count alone shows no household (the count is narrowed in SQL): nothing to decide or record.
    if (nodesType && !vraagtVeld(info, "nodes")) return result;
    const pagina = nodesType && result && typeof result === "object" ? ((result as Record_).nodes as unknown[] | undefined) : undefined;
    const lijst = Array.isArray(result) ? result : Array.isArray(pagina) ? pagina : null;
    const beslisOfNoteer = (gezinId: string, item: unknown, handeling: "READ" | "SEARCH", categorie = bestaansCategorie): Promise<Beslissing> =>
      beslisOfOnbeslist(context, toegang, { gezinId, persoonId: persoonVan(itemType, item), categorie, veld, handeling });
    if (context.principal.rol === Rol.INWONER && (lijst ?? [result]).some((x) => x && typeof x === "object" && !gezinVan(itemType, x))) {
      // What belongs to no household (the staff lists) is for professionals: the household reaches its data through its own.
      throw verboden(Gegevenscategorie.MEDEWERKER, Weigerreden.CATEGORIE_NIET_TOEGESTAAN);
    }
    if (lijst) {
      const besluiten = await Promise.all(
        lijst.map(async (item) => {
          const gezinId = gezinVan(itemType, item);
          if (!gezinId) return true;
          const besluit = await beslisOfNoteer(gezinId, item, "SEARCH");
          noteerToegang(context, { gezinId, persoonId: persoonVan(itemType, item), categorie: bestaansCategorie, veld, handeling: "SEARCH", besluit });
          return besluit.toegestaan;
        }),
      );
      // A page is already narrowed in SQL (its count must agree); a plain list is filtered here.
      return Array.isArray(result) ? result.filter((_item, i) => besluiten[i]) : result;
    }
    const gezinId = gezinVan(returnType.name, result);
    if (gezinId) {
      const persoonId = persoonVan(returnType.name, result);
      // First the household: its refusal (not involved, not told, another employee) is the requester's own relation to it.
      const huishouden = await beslisOfNoteer(gezinId, result, "READ", Gegevenscategorie.GEEN);
      if (!huishouden.toegestaan) {
        noteerToegang(context, { gezinId, persoonId, categorie: Gegevenscategorie.GEEN, veld, handeling: "READ", besluit: huishouden });
        throw verboden(Gegevenscategorie.GEEN, huishouden.reden);
      }
      // Then the record itself, where its existence has a category of its own (a household's is GEEN: decided above).
      const besluit = bestaansCategorie === Gegevenscategorie.GEEN ? huishouden : await beslisOfNoteer(gezinId, result, "READ");
      if (!besluit.toegestaan) {
        noteerToegang(context, { gezinId, persoonId, categorie: bestaansCategorie, veld, handeling: "READ", besluit });
        // The log keeps the reason; the requester gets what an unknown id gets, or the answer would tell it exists.
        throw onbekendVoor(context);
      }
    }
    return result;
  };
}

/**
 * Guard one mutation by its declaration (`@Schrijft`), in one transaction:
 * who may; the household, from its argument or from the record it changes
 * (loaded and locked in this transaction); the write (or open) decision for that
 * household; every person it names a member of that household; nobody it names
 * on a forced-phase record who advised there in the voluntary phase (rule 5); then the
 * resolver, in the same transaction (`inTransaction` joins it); then the
 * mutation's log entry, still in the same transaction: no log, no change.
 * Anything refused is refused before anything is written, and logged.
 */
function bewaakMutatie(original: Resolver, naam: string, regel: Schrijfregel, definition: SubgraphDefinition): Resolver {
  const wie = regel.wie ?? "eigenaar";
  const veld = `Mutation.${naam}`;
  return async (parent, args, context, info) => {
    const principal = context.principal;
    let gezinId: string | null = null;
    const noteer = (besluit: Beslissing): void =>
      noteerToegang(context, { gezinId, persoonId: null, categorie: Gegevenscategorie.GEEN, veld, handeling: regel.doet, besluit });
    try {
      if (!principal) throw verboden(Gegevenscategorie.GEEN, Weigerreden.NIET_INGELOGD);
      if (wie === "privacy-officer") {
        if (principal.rol !== Rol.PRIVACY_OFFICER) throw verboden(Gegevenscategorie.GEEN, Weigerreden.CATEGORIE_NIET_TOEGESTAAN);
      } else {
        if (!PROFESSIONELE_ROLLEN.includes(principal.rol)) throw verboden(Gegevenscategorie.GEEN, Weigerreden.CATEGORIE_NIET_TOEGESTAAN);
        const ophefbaar = wie === "gedragswetenschapper-of-teamleider";
        if (ophefbaar && !MAG_SCHEIDING_VAN_TAKEN_OPHEFFEN.includes(principal.rol)) throw verboden(Gegevenscategorie.GEEN, Weigerreden.CATEGORIE_NIET_TOEGESTAAN);
        if (wie !== "elke-professional" && !ophefbaar && principal.organisatie !== definition.organisatie) throw verboden(Gegevenscategorie.GEEN, Weigerreden.NIET_EIGENAAR);
      }
      // A malformed id is bad input, whoever asks: say so before deciding access.
      const argumentId = regel.gezin === "nieuw" ? null : eisUuid(waardeOp(args, regel.gezin.argument) as string, regel.gezin.argument).toLowerCase();
      const personen = personenIn(args, regel.personen ?? []);
      const benoemd = benoemdIn(args, regel.benoemt ?? [], principal.userId);
      let aangekondigd = false;
      const uitkomst = await context.db.transaction("READ COMMITTED", async (manager) => {
        if (regel.gezin !== "nieuw" && argumentId) gezinId = "record" in regel.gezin ? await gezinVanRecord(manager, regel.gezin.record, argumentId) : argumentId;
        const toegang = toegangVan(context, definition);
        let besluit: Beslissing = { toegestaan: true, grondslag: Grondslag.EIGEN_GEGEVENS };
        if (gezinId && (wie === "eigenaar" || wie === "opent-betrokkenheid")) {
          besluit = await toegang.eis(gezinId, Gegevenscategorie.GEEN, wie === "opent-betrokkenheid" ? "openen" : "schrijven");
        }
        // Of any organisation, but one that may see the household (need to know).
        if (gezinId && wie === "gedragswetenschapper-of-teamleider") besluit = await toegang.eis(gezinId, Gegevenscategorie.GEEN);
        if (gezinId && personen.length > 0) {
          const leden = await toegang.zijnLeden(gezinId, personen.map((p) => p.id));
          const vreemd = personen.find((_p, i) => !leden[i]);
          if (vreemd) throw invoerFout(`'${vreemd.id}' is geen lid van dit huishouden; er is niets opgeslagen.`, vreemd.veld);
        }
        if (gezinId) await eisScheidingVanTaken(toegang, gezinId, benoemd, principal.userId);
        const result = await original(parent, args, { ...context, mutatie: { manager } } satisfies RequestContext, info);
        gezinId ??= gezinVan(getNamedType(info.returnType).name, result);
        if (toegangslogAan()) {
          const log = new Toegangslog(context);
          log.noteer({ gezinId, persoonId: null, categorie: Gegevenscategorie.GEEN, veld, handeling: regel.doet, besluit });
          await schrijfToegangslog(manager, log.alleRegels());
        }
        if (wie === "opent-betrokkenheid" && result && typeof result === "object") {
          context.zelfVastgelegd ??= new WeakSet();
          for (const item of Array.isArray(result) ? result : [result]) if (item && typeof item === "object") context.zelfVastgelegd.add(item);
        }
        aangekondigd = heeftAangekondigd(manager);
        return result;
      });
      // Committed: deliver what it announced now, so its involvement counts on the very next request (bounded: what
      // cannot be delivered now stays in the outbox and the relay retries it).
      if (aangekondigd) await context.bezorger?.nu();
      return uitkomst;
    } catch (error) {
      const extensions = (error as { extensions?: { code?: string; reden?: Weigerreden } }).extensions;
      if (isToegangOnbekend(error)) noteer(ONBESLIST);
      else if (extensions?.code === "FORBIDDEN" && extensions.reden) noteer({ toegestaan: false, reden: extensions.reden });
      throw error;
    }
  };
}

/** The household of the record a mutation changes; an unknown record answers as a forbidden one does. */
async function gezinVanRecord(manager: EntityManager, record: EntityTarget<ObjectLiteral & { gezinId: string }>, id: string): Promise<string> {
  // No lock: a record's household never changes, and the resolver locks in its own order (household first).
  const gevonden = await manager.getRepository(record).findOne({ where: { id } as FindOptionsWhere<ObjectLiteral>, select: { id: true, gezinId: true } as never });
  // The same answer as for a record of a household the requester may not write in: existence is data.
  if (!gevonden || typeof gevonden.gezinId !== "string") throw verboden(Gegevenscategorie.GEEN, Weigerreden.GEEN_BETROKKENHEID);
  return gevonden.gezinId.toLowerCase();
}

/** The value at a dot path of the arguments (`invoer.persoonId`). */
function waardeOp(args: unknown, pad: string): unknown {
  return pad.split(".").reduce<unknown>((value, key) => (value && typeof value === "object" ? (value as Record_)[key] : undefined), args);
}

/** The person ids the declared paths name, each checked to be an id, with the input field it came from (`persoonId`). */
function personenIn(args: unknown, paden: readonly string[]): Array<{ id: string; veld: string }> {
  return paden.flatMap((pad) => {
    const { waarden, veld } = waardenOp(args, pad);
    return waarden.map((id) => ({ id: eisUuid(id as string, veld).toLowerCase(), veld }));
  });
}

/** The values at a declared dot path (none, one, or a list), with the input field they came from (`persoonId`). */
function waardenOp(args: unknown, pad: string): { waarden: unknown[]; veld: string } {
  const waarde = waardeOp(args, pad);
  return { waarden: waarde === undefined || waarde === null ? [] : Array.isArray(waarde) ? waarde : [waarde], veld: pad.split(".").pop() ?? pad };
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
        // Warm the batched decisions before the entity resolves, so all representations share one call.
        if (gezinId) toegang.gezin(gezinId).catch(() => undefined);
        const entity = await resolve(reference, context);
        const entityGezin = gezinVan(typeName, entity) ?? gezinId;
        if (entityGezin) {
          const feit = { gezinId: entityGezin, persoonId: persoonVan(typeName, entity), categorie: Gegevenscategorie.GEEN, veld: typeName, handeling: "READ" as const };
          const besluit = await beslisOfOnbeslist(context, toegang, feit);
          if (!besluit.toegestaan) {
            // A whole household refused through `_entities` is an access like any field's: recorded before the answer leaves.
            noteerToegang(context, { ...feit, besluit });
            throw verboden(Gegevenscategorie.GEEN, besluit.reden);
          }
        }
        return entity;
      },
    ]),
  );
}

/** A professional a mutation names on a forced-phase record: who, in which regime, from which input field. */
interface Benoemd {
  userId: string;
  regime: Regime;
  /** The input field that named them (`medewerkerId`); null when the requester put themself on the record. */
  veld: string | null;
}

/** The professionals a mutation's declaration (`benoemt`) names in these arguments on a record of a forced regime (ORANJE, ROOD). */
function benoemdIn(args: unknown, benoemt: readonly Benoeming[], principalId: string): Benoemd[] {
  return benoemt.flatMap((benoeming): Benoemd[] => {
    const regime = regimeIn(args, benoeming.regime);
    if (!GEDWONGEN_REGIMES.includes(regime)) return [];
    if (benoeming.medewerker === "$principal") return [{ userId: principalId, regime, veld: null }];
    const { waarden, veld } = waardenOp(args, benoeming.medewerker);
    return waarden.filter((id): id is string => typeof id === "string" && id !== "").map((userId) => ({ userId, regime, veld }));
  });
}

/** The regime a declaration names: fixed, at an argument path, or following from the value there. */
function regimeIn(args: unknown, bron: Regimebron): Regime {
  if (typeof bron === "string") return bron as Regime;
  const waarde = waardeOp(args, bron.argument);
  const regime = bron.per || bron.anders ? (typeof waarde === "string" ? bron.per?.[waarde] : undefined) ?? bron.anders : waarde;
  // Schema validation makes a declared path hold a value; one that does not is a declaration error: refuse, write nothing.
  if (!isRegime(regime)) throw new Error(`no regime at '${bron.argument}'`);
  return regime;
}

/**
 * Rule 5 before anything is written: anyone named on a forced-phase record who
 * advised the household in the voluntary phase, without a documented exception,
 * refuses the mutation (FORBIDDEN, separation-of-duties). The decision service
 * answers yes or no per professional; one call per regime named.
 */
async function eisScheidingVanTaken(toegang: Toegang, gezinId: string, benoemd: readonly Benoemd[], principalId: string): Promise<void> {
  for (const regime of new Set(benoemd.map((b) => b.regime))) {
    const inRegime = benoemd.filter((b) => b.regime === regime);
    const ids = [...new Set(inRegime.map((b) => b.userId))];
    const benoembaar = await toegang.magBenoemen(gezinId, ids, regime);
    const geweigerd = inRegime.find((b) => benoembaar[ids.indexOf(b.userId)] !== true);
    if (!geweigerd) continue;
    const fout = verboden(Gegevenscategorie.GEEN, Weigerreden.SCHEIDING_VAN_TAKEN);
    // Naming someone else: say who is refused (the field), and what the way out is.
    if (geweigerd.userId === principalId || !geweigerd.veld) throw fout;
    throw new GraphQLError(
      `Geen toegang: de professional in '${geweigerd.veld}' adviseerde dit huishouden in de vrijwillige fase; een andere medewerker handelt de gedwongen fase af, ` +
        "tenzij een gedragswetenschapper of teamleider een gemotiveerde uitzondering vastlegt. Er is niets opgeslagen.",
      { extensions: { ...fout.extensions, veld: geweigerd.veld } },
    );
  }
}
