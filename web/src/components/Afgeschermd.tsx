/**
 * The one way the app shows a value the hub may have withheld. A null with a
 * FORBIDDEN error on its path is *withheld*, shown with the reason in plain
 * Dutch; a null without an error is *not recorded*. Every page uses these, so
 * a withheld field never looks like "nothing there".
 */
import { createContext, type ReactNode, useContext } from "react";
import { afscherming, foutVoor, type HubFout, type Pad } from "../lib/afscherming";

/** The errors of the answer a page shows, so {@link Veld} finds its own without passing them down. */
const Fouten = createContext<readonly HubFout[]>([]);
/** Whether the reader is the household itself (the reasons in its own words). */
const VoorGezin = createContext(false);

/** Provide the errors of one GraphQL answer to the {@link Veld}s below. */
export function MetFouten({ fouten, children }: { fouten: readonly HubFout[] | undefined; children: ReactNode }) {
  return <Fouten.Provider value={fouten ?? []}>{children}</Fouten.Provider>;
}

/** The household's own pages: every withheld marker below explains itself to the household. */
export function VoorHetGezin({ children }: { children: ReactNode }) {
  return <VoorGezin.Provider value={true}>{children}</VoorGezin.Provider>;
}

/** The errors {@link MetFouten} provided. */
export function useFouten(): readonly HubFout[] {
  return useContext(Fouten);
}

/** The marker for a withheld value: "Afgeschermd", why, and which kind of data. */
export function Afgeschermd({ fout }: { fout: HubFout }) {
  const uitleg = afscherming(fout, useContext(VoorGezin));
  const titel = uitleg.soort === "FORBIDDEN" ? "Afgeschermd" : uitleg.soort === "TOEGANG_ONBEKEND" ? "Nu niet beschikbaar" : "Niet opgehaald";
  return (
    <span className="gb-afgeschermd" data-afgeschermd={uitleg.reden ?? uitleg.soort}>
      <span className="gb-afgeschermd__titel">{titel}</span>
      <span className="gb-afgeschermd__uitleg">
        {": "}
        {uitleg.uitleg}
        {uitleg.categorie ? ` (${uitleg.categorie})` : ""}
      </span>
    </span>
  );
}

/** "Niet vastgelegd": the owner answered, and there is nothing. */
export function NietVastgelegd({ tekst = "Niet vastgelegd" }: { tekst?: string }) {
  return <span className="gb-leeg">{tekst}</span>;
}

/**
 * A value at `pad` in the answer: its rendering when there is one, the
 * withheld marker when an error withholds it, else "Niet vastgelegd" (or
 * `leeg`). An empty list counts as nothing recorded.
 */
export function Veld<T>({
  waarde,
  pad,
  children,
  leeg,
}: {
  waarde: T | null | undefined;
  pad: Pad;
  children?: (waarde: T) => ReactNode;
  leeg?: string;
}) {
  const fouten = useFouten();
  const fout = foutVoor(fouten, pad);
  if (fout && (waarde === null || waarde === undefined)) return <Afgeschermd fout={fout} />;
  if (waarde === null || waarde === undefined || (Array.isArray(waarde) && waarde.length === 0)) return <NietVastgelegd {...(leeg ? { tekst: leeg } : {})} />;
  return <>{children ? children(waarde) : String(waarde)}</>;
}
