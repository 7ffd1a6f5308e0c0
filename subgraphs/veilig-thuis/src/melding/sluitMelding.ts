import { invoerFout } from "@gezinsbeeld/shared-schema";
import { type Eindstatus, type Melding, Meldingstatus } from "./Melding";

/**
 * End a melding on `datum` with `status` (AFGESLOTEN or OVERGEDRAGEN), as
 * `sluitMeldingAf` and an investigation's conclusion both do: refused when it
 * has already ended, or when `datum` lies before it came in. Changes the
 * melding; the caller saves and announces it.
 *
 * @param velden the input fields to point at: the melding, and the date
 */
export function sluitMelding(melding: Melding, status: Eindstatus, datum: string, velden: { melding: string; datum: string }): void {
  if (melding.afgeslotenOp) {
    const wat = melding.status === Meldingstatus.OVERGEDRAGEN ? "overgedragen" : "afgesloten";
    throw invoerFout(`Deze melding is al ${wat} op ${melding.afgeslotenOp}.`, velden.melding);
  }
  if (datum < melding.datum) throw invoerFout(`De melding kan niet eindigen (${datum}) vóór ze binnenkwam (${melding.datum}).`, velden.datum);
  melding.status = status;
  melding.afgeslotenOp = datum;
}
