/**
 * One household's gezinsbeeld for a professional: everything the five owners
 * let this professional see, in one query, with every withheld value shown as
 * withheld, a summary of how many, and break-glass access.
 */
import { useEffect, useState } from "react";
import { useParams } from "react-router";
import { useQuery } from "urql";
import { useAangemeld } from "../App";
import { MetFouten, Veld } from "../components/Afgeschermd";
import { Alinea, Knop, Kop, Melding } from "../components/nlds";
import type { HubFout } from "../lib/afscherming";
import { telAfscherming } from "./afschermingTelling";
import { DoelenSectie, GevaarSectie, KernbesluitenSectie, NetwerkberadenSectie, VeiligheidsplanSectie, ZorgenSectie } from "./DossierSecties";
import { BetrokkenhedenSectie, GezinSectie, LedenSectie, RegieSectie } from "./GezinSecties";
import { GEZINSBEELD_TIJDLIJN_PAGINA, type GezinData, GezinsbeeldDocument } from "./gezinsbeeldQuery";
import { JeugdbeschermerSectie, MaatregelenSectie } from "./MaatregelenSectie";
import { MeldingenSectie } from "./MeldingenSectie";
import { ErvaringsdeskundigenSectie, GezinSignalenSectie } from "./NetwerkSecties";
import { NoodtoegangBanner, NoodtoegangPaneel } from "./Noodtoegang";
import { OnderzoekenSectie } from "./OnderzoekenSectie";
import { TijdlijnSectie } from "./TijdlijnSectie";

const SECTIES: { id: string; titel: string; inhoud: (props: { gezin: GezinData }) => JSX.Element }[] = [
  { id: "sectie-gezin", titel: "Gezin", inhoud: GezinSectie },
  { id: "sectie-leden", titel: "Gezinsleden en genogram", inhoud: LedenSectie },
  { id: "sectie-betrokkenheden", titel: "Betrokkenheden", inhoud: BetrokkenhedenSectie },
  { id: "sectie-regie", titel: "Regie", inhoud: RegieSectie },
  { id: "sectie-tijdlijn", titel: "Gezinstijdlijn", inhoud: TijdlijnSectie },
  { id: "sectie-zorgen", titel: "Zorgen en krachten", inhoud: ZorgenSectie },
  { id: "sectie-gevaar", titel: "Gevaarsoordelen", inhoud: GevaarSectie },
  { id: "sectie-veiligheidsplan", titel: "Veiligheidsplan", inhoud: VeiligheidsplanSectie },
  { id: "sectie-doelen", titel: "Doelen", inhoud: DoelenSectie },
  { id: "sectie-netwerkberaden", titel: "Netwerkberaden", inhoud: NetwerkberadenSectie },
  { id: "sectie-kernbesluiten", titel: "Kernbesluiten", inhoud: KernbesluitenSectie },
  { id: "sectie-meldingen", titel: "Meldingen (Veilig Thuis)", inhoud: MeldingenSectie },
  { id: "sectie-onderzoeken", titel: "Onderzoeken", inhoud: OnderzoekenSectie },
  { id: "sectie-maatregelen", titel: "Maatregelen", inhoud: MaatregelenSectie },
  { id: "sectie-jeugdbeschermer", titel: "Jeugdbeschermer", inhoud: JeugdbeschermerSectie },
  { id: "sectie-ervaringsdeskundigen", titel: "Ervaringsdeskundigen", inhoud: ErvaringsdeskundigenSectie },
  { id: "sectie-signalen", titel: "Signalen over dit gezin", inhoud: GezinSignalenSectie },
];

export function Gezinsbeeld() {
  const { id = "" } = useParams();
  const sessie = useAangemeld();
  const [resultaat, opnieuw] = useQuery({ query: GezinsbeeldDocument, variables: { id, tijdlijnPagina: GEZINSBEELD_TIJDLIJN_PAGINA } });
  // The claim's own answer, for a professional who may not read the household's list of break-glass accesses.
  const [geclaimdTot, setGeclaimdTot] = useState<string | null | undefined>(undefined);
  const fouten: readonly HubFout[] | undefined = resultaat.error?.graphQLErrors;
  const data = resultaat.data;
  const gezin = data?.gezin ?? null;
  // The moment the picture is on screen, for `npm run bench:app` (navigation → rendered): once per page load.
  useEffect(() => {
    if (data && performance.getEntriesByName("gezinsbeeld-getoond").length === 0) performance.mark("gezinsbeeld-getoond");
  }, [data]);

  if (!data) {
    return (
      <>
        <Kop niveau={1}>Gezinsbeeld</Kop>
        {resultaat.error ? (
          <Melding soort="error">
            Het gezinsbeeld kon niet worden geladen: {resultaat.error.graphQLErrors[0]?.message ?? "de hub is nu niet bereikbaar."}{" "}
            <Knop onClick={() => opnieuw({ requestPolicy: "network-only" })}>Opnieuw proberen</Knop>
          </Melding>
        ) : (
          <Melding>Het gezinsbeeld wordt geladen…</Melding>
        )}
      </>
    );
  }

  const eigen = gezin?.noodtoegangen?.find((n) => n.actief && n.userId === sessie.gebruiker?.userId);
  const nogGeldig = geclaimdTot !== undefined && (geclaimdTot === null || new Date(geclaimdTot).getTime() > Date.now());
  const actiefTot = eigen ? eigen.tot : nogGeldig ? geclaimdTot : undefined;
  const telling = telAfscherming(data, fouten);

  return (
    <MetFouten fouten={fouten}>
      {actiefTot !== undefined ? <NoodtoegangBanner tot={actiefTot} /> : null}
      <Kop niveau={1}>Gezinsbeeld{gezin?.naam ? `: ${gezin.naam}` : ""}</Kop>
      <div role="status" className="gb-visueel-verborgen">
        {resultaat.fetching ? "Het gezinsbeeld wordt bijgewerkt…" : ""}
      </div>
      <Samenvatting afgeschermd={telling.afgeschermd} onbekend={telling.onbekend} noodtoegang={actiefTot !== undefined} opnieuw={() => opnieuw({ requestPolicy: "network-only" })} />
      {gezin ? (
        <>
          <nav aria-label="Onderdelen van het gezinsbeeld" className="gb-inhoudsopgave">
            <ul className="utrecht-unordered-list">
              {[...SECTIES, { id: "sectie-noodtoegang", titel: "Noodtoegang" }].map((sectie) => (
                <li key={sectie.id} className="utrecht-unordered-list__item">
                  <a className="utrecht-link utrecht-link--html-a" href={`#${sectie.id}`}>
                    {sectie.titel}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {SECTIES.map(({ id: sectieId, inhoud: Inhoud }) => (
            <Inhoud key={sectieId} gezin={gezin} />
          ))}
        </>
      ) : (
        <Alinea>
          <Veld waarde={gezin} pad={["gezin"]} leeg="Dit gezin is niet gevonden." />
        </Alinea>
      )}
      <NoodtoegangPaneel
        gezinId={id}
        gezin={gezin}
        actiefTot={actiefTot}
        opGenomen={(tot) => {
          setGeclaimdTot(tot);
          opnieuw({ requestPolicy: "network-only" });
        }}
      />
    </MetFouten>
  );
}

function Samenvatting({ afgeschermd, onbekend, noodtoegang, opnieuw }: { afgeschermd: number; onbekend: number; noodtoegang: boolean; opnieuw: () => void }) {
  if (afgeschermd === 0 && onbekend === 0) return null;
  return (
    <Melding soort="info" className="gb-samenvatting">
      {afgeschermd > 0 ? (
        <Alinea>
          <strong>
            {afgeschermd} {afgeschermd === 1 ? "gegeven is" : "gegevens zijn"} voor u afgeschermd.
          </strong>{" "}
          Elke organisatie beslist zelf wat zij met u deelt: op grond van de toestemming van het gezin, de wet en uw betrokkenheid. Waar ‘Afgeschermd’ staat, leest u waarom.{" "}
          {noodtoegang ? (
            "Ook met noodtoegang blijft een deel afgeschermd, zoals wie een melding deed."
          ) : (
            <>
              Alleen bij een levensbedreigende situatie kunt u <a href="#sectie-noodtoegang">noodtoegang nemen</a>.
            </>
          )}
        </Alinea>
      ) : null}
      {onbekend > 0 ? (
        <Alinea>
          {onbekend} {onbekend === 1 ? "gegeven kon" : "gegevens konden"} nu niet worden opgehaald. <Knop onClick={opnieuw}>Opnieuw laden</Knop>
        </Alinea>
      ) : null}
    </Melding>
  );
}
