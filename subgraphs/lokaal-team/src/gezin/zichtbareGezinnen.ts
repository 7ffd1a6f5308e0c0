import { Organisatie, type Principal, ROLLEN_MET_TEAMZICHT, Rol, vandaag } from "@gezinsbeeld/shared-schema";
import type { SelectQueryBuilder } from "typeorm";
import type { Gezin } from "./Gezin";

/**
 * Narrow a query on `gezin` (alias `gezin`) to the households the requester may
 * see at all, in SQL, so `gezinnen` pages and counts only those: the same rules as
 * the policy's need-to-know step (`beslis`), which still decides every field.
 */
export function alleenZichtbaar(query: SelectQueryBuilder<Gezin>, principal: Principal | null): SelectQueryBuilder<Gezin> {
  const dag = vandaag();
  if (!principal) return query.andWhere("false");
  const noodtoegang = `EXISTS (SELECT 1 FROM noodtoegang n WHERE n."gezinId" = gezin.id AND n."userId" = :userId AND n.vanaf <= now() AND n.tot > now())`;
  const params = { userId: principal.userId, dag, organisatie: principal.organisatie, bsn: principal.bsn ?? "" };
  switch (principal.rol) {
    case Rol.INWONER:
      return query.andWhere(`EXISTS (SELECT 1 FROM persoon p WHERE p."gezinId" = gezin.id AND p.bsn = :bsn)`, params);
    case Rol.PRIVACY_OFFICER:
    case Rol.COORDINATOR:
      return query.andWhere("false");
    default:
      break;
  }
  const teamzicht = ROLLEN_MET_TEAMZICHT.includes(principal.rol);
  if (principal.organisatie === Organisatie.LOKAAL_TEAM) {
    const open = `(gezin."afgeslotenOp" IS NULL OR gezin."afgeslotenOp" >= :dag)`;
    const eigen = teamzicht ? open : `(${open} AND gezin."vasteContactpersoonId" = :userId)`;
    return query.andWhere(`(${eigen} OR ${noodtoegang})`, params);
  }
  const persoonlijk = teamzicht ? "" : `AND b."medewerkerId" = :userId`;
  const geinformeerd = principal.organisatie === Organisatie.RVDK ? `AND b."geinformeerdOp" IS NOT NULL AND b."geinformeerdOp" <= :dag` : "";
  const betrokken = `EXISTS (SELECT 1 FROM betrokkenheid b WHERE b."gezinId" = gezin.id AND b.organisatie = :organisatie
    AND b.startdatum <= :dag AND (b.einddatum IS NULL OR b.einddatum >= :dag) ${persoonlijk} ${geinformeerd})`;
  return query.andWhere(`(${betrokken} OR ${noodtoegang})`, params);
}
