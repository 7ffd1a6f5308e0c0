import type { Aankondiging } from "@gezinsbeeld/shared-schema";
import type { RegieTeruggave } from "./RegieTeruggave";

/** What a hand-back makes in the register: regie to the local team from `per`, with the reason (the register puts the move on the timeline). */
export function aankondigingVanTeruggave(teruggave: Pick<RegieTeruggave, "id" | "gezinId" | "per" | "reden">): Aankondiging {
  return {
    gezinId: teruggave.gezinId,
    record: { type: "RegieTeruggave", id: teruggave.id },
    regieTerug: { per: teruggave.per, reden: teruggave.reden },
  };
}
