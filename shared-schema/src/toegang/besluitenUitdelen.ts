import { Gegevenscategorie } from "../classification/Gegevenscategorie";
import { noteerToegang } from "../audit/Toegangslog";
import type { VoorHetSchrijven } from "../audit/useToegangslog";
import type { Organisatie } from "../enums/Organisatie";
import { organisatieRegister } from "../organisaties/organisatieRegister";
import { BESLUITEN_GEVRAAGD, BESLUITEN_UITGEDEELD, type Besluitenbundel, verpak } from "./besluitenbundel";
import type { Toegangsbeslisser } from "./Besluiten";


/**
 * Where the register is kept: when the gateway asks (request extension
 * `gezinsbeeldBesluitenVoor`, the owners of the partner subgraphs its query
 * plan calls next), hand out with the answer this request's decisions for those
 * owners about every household this request decided anyway (response extension
 * `gezinsbeeldBesluiten`, see `besluitenbundel`). The register was read for the
 * request already, so this costs no statement. Each handing out is recorded in
 * the request's own log entries, as the decision service records each call
 * (`Toegangsbeslisser.besluiten(<owner>)`, action DECIDE): give it to
 * `useToegangslog` as `voorHetSchrijven`, so those entries are written with the
 * request's, before the answer leaves.
 *
 * @param beslisser the register holder's own decision source (`registerBeslisser`)
 */
export function besluitenUitdelen(beslisser: Toegangsbeslisser, eigenOrganisatie: Organisatie): VoorHetSchrijven {
  return async ({ request, contextValue: context, response }) => {
    const gevraagd = request.extensions?.[BESLUITEN_GEVRAAGD];
    if (!Array.isArray(gevraagd) || response.body.kind !== "single") return;
    const eigenaren = [...new Set(gevraagd)].filter((e): e is Organisatie => organisatieRegister().bekend(e) && e !== eigenOrganisatie);
    const principal = context.principal;
    const gezinIds = context.toegang?.besliste() ?? [];
    if (!principal || eigenaren.length === 0 || gezinIds.length === 0) return;
    const uitgedeeld: Record<string, Besluitenbundel> = {};
    for (const eigenaar of eigenaren) {
      const besluiten = await beslisser.besluiten({ principal, eigenaar }, gezinIds, context);
      for (const b of besluiten) {
        noteerToegang(context, { gezinId: b.gezinId, persoonId: null, categorie: Gegevenscategorie.GEEN, veld: `Toegangsbeslisser.besluiten(${eigenaar})`, handeling: "DECIDE", besluit: b.lezen[Gegevenscategorie.GEEN] });
      }
      uitgedeeld[eigenaar] = verpak(eigenaar, besluiten);
    }
    const result = response.body.singleResult;
    result.extensions = { ...result.extensions, [BESLUITEN_UITGEDEELD]: uitgedeeld };
  };
}
