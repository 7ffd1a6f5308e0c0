import type { DeepPartial, EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from "typeorm";
import type { RequestContext } from "../context/RequestContext";
import { inTransaction, type ConstraintMessages } from "../db/transaction";
import type { Organisatie } from "../enums/Organisatie";
import type { Rol } from "../enums/Rol";
import { eisPeriode, invoerFout, nietGevonden } from "../errors";
import { Medewerker } from "../medewerker/Medewerker";
import { eisUuid, isUuid } from "../validation";
import type { DossierRecord } from "./DossierRecord";

/** The fields of a dossier record that the caller supplies; id, household and who/when are filled in. */
export type RecordValues<E extends DossierRecord> = Partial<Omit<E, keyof DossierRecord>>;

/**
 * Record something new in a household's dossier in one transaction: the values
 * are built (and validated) inside it, then saved with the household and who
 * recorded it. Anything thrown rolls the whole mutation back.
 *
 * @param values builds the record's own fields; may read and lock with `manager`
 * @param messages readable messages for the entity's database constraints
 */
export function legVastInDossier<E extends DossierRecord>(
  context: RequestContext,
  gezinId: string,
  entity: new () => E,
  values: (manager: EntityManager) => NoInfer<RecordValues<E>> | Promise<NoInfer<RecordValues<E>>>,
  messages?: ConstraintMessages,
): Promise<E> {
  eisUuid(gezinId, "gezinId");
  return inTransaction(
    context,
    async (manager) => {
      const record = manager.create(entity, {
        ...(await values(manager)),
        gezinId: gezinId.toLowerCase(),
        vastgelegdDoor: context.principal?.userId ?? null,
      } as DeepPartial<E>);
      return manager.save(record);
    },
    messages,
  );
}

/**
 * The record with `id`, locked for the rest of the transaction so two
 * professionals cannot change it at once; NOT_FOUND when it does not exist.
 * Whether the requester may write in the record's household is decided by the
 * mutation's declaration (`@Schrijft`) before its resolver runs.
 *
 * @param soort the record's kind as a professional names it, for the message
 */
export async function bestaandRecord<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  id: string,
  soort: string,
): Promise<E> {
  const record = isUuid(id)
    ? await manager.getRepository(entity).findOne({ where: { id } as unknown as FindOptionsWhere<E>, lock: { mode: "pessimistic_write" } })
    : null;
  if (!record) throw nietGevonden(soort, id);
  return record;
}

/**
 * A professional of `organisatie` with one of `rollen`, from the subgraph's own
 * staff table; BAD_USER_INPUT naming the field otherwise.
 *
 * @param als what the professional should be, for the message ("gedragswetenschapper")
 * @param organisatieNaam the organisation as the message names it ("de GI")
 */
export async function medewerkerVan(
  manager: EntityManager,
  id: string,
  eis: { organisatie: Organisatie; rollen: readonly Rol[]; als: string; organisatieNaam: string; functie?: string },
  veld: string,
): Promise<Medewerker> {
  const medewerker = await manager.getRepository(Medewerker).findOneBy({ id });
  const past =
    medewerker &&
    medewerker.organisatie === eis.organisatie &&
    eis.rollen.includes(medewerker.rol) &&
    (!eis.functie || medewerker.functie === eis.functie);
  if (!past) throw invoerFout(`'${id}' is geen ${eis.als} van ${eis.organisatieNaam}.`, veld);
  return medewerker;
}

/**
 * End a record that runs over a period (an involvement, a GI product, youth
 * probation): refused when it has already ended or when `einddatum` lies before
 * its start. Changes the record; the caller saves it.
 *
 * @param wat the record's kind as the message names it, capitalised ("Inzet")
 * @param veld the input field to point at when it has already ended
 */
export function beeindigPeriode(record: { startdatum: string; einddatum: string | null }, einddatum: string, wat: string, veld: string): void {
  if (record.einddatum) throw invoerFout(`Deze ${wat.toLowerCase()} is al beëindigd op ${record.einddatum}.`, veld);
  eisPeriode(record.startdatum, einddatum, wat);
  record.einddatum = einddatum;
}
