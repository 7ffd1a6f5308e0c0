/**
 * The household's own view, in plain language (B1): what each organisation
 * wrote down about us (what the law protects shows as protected, with why),
 * who looked at our dossier, when and why, and our consents. One page, so a
 * member reads it top to bottom; the links jump to its parts.
 */
import { useState } from "react";
import { Navigate, Route, Routes } from "react-router";
import { useQuery } from "urql";
import { MetFouten, VoorHetGezin } from "../components/Afgeschermd";
import { Alinea, Formulierveld, Item, Keuzelijst, Kop, Lijst, Melding } from "../components/nlds";
import { OnsDossierDocument, OnsGezinDocument } from "./onsDossierQuery";
import { Toestemmingen } from "./Toestemmingen";
import { VastgelegdLokaalTeam } from "./VastgelegdLokaalTeam";
import { VastgelegdErvaringsdeskundigen, VastgelegdJeugdbescherming, VastgelegdRaad, VastgelegdVeiligThuis } from "./VastgelegdPartners";
import { WieKeek } from "./WieKeek";

export function MijnGezin() {
  return (
    <VoorHetGezin>
      <Routes>
        <Route index element={<OnsDossierPagina />} />
        <Route path="*" element={<Navigate to="/mijn-gezin" replace />} />
      </Routes>
    </VoorHetGezin>
  );
}

const ONDERDELEN = [
  { id: "vastgelegd", tekst: "Wat over ons is vastgelegd" },
  { id: "wie-keek", tekst: "Wie keek in ons dossier" },
  { id: "toestemmingen", tekst: "Onze toestemmingen" },
] as const;

function OnsDossierPagina() {
  const [gezinnen] = useQuery({ query: OnsGezinDocument });
  const [gekozen, setGekozen] = useState<string | null>(null);
  const lijst = gezinnen.data?.gezinnen.nodes ?? [];
  const id = gekozen ?? lijst[0]?.id ?? null;

  return (
    <>
      <Kop niveau={1}>Ons dossier</Kop>
      <Alinea>
        Hier ziet u wat de organisaties die met uw gezin werken over u hebben opgeschreven. U ziet ook wie in uw dossier keek, en waarvoor u toestemming gaf. Sommige gegevens mag u niet
        zien, omdat de wet iemand anders beschermt. Dan staat er ‘Afgeschermd’, met de reden.
      </Alinea>
      {gezinnen.fetching && !gezinnen.data ? <Melding>Uw gegevens worden geladen…</Melding> : null}
      {gezinnen.error && !gezinnen.data ? <Melding soort="error">{gezinnen.error.graphQLErrors[0]?.message ?? "Uw dossier kon nu niet worden geladen. Probeer het later opnieuw."}</Melding> : null}
      {gezinnen.data && lijst.length === 0 ? <Melding soort="info">Er is geen dossier van uw gezin bij de organisaties.</Melding> : null}
      {lijst.length > 1 ? (
        <Formulierveld id="kies-gezin" label="Welk gezin wilt u zien?">
          <Keuzelijst id="kies-gezin" value={id ?? ""} onChange={(event) => setGekozen(event.target.value)}>
            {lijst.map((gezin) => (
              <option key={gezin.id} value={gezin.id}>
                {gezin.naam ?? gezin.id}
              </option>
            ))}
          </Keuzelijst>
        </Formulierveld>
      ) : null}
      {id ? (
        <>
          <nav aria-label="Onderdelen van ons dossier">
            <Lijst>
              {ONDERDELEN.map((onderdeel) => (
                <Item key={onderdeel.id}>
                  <a className="utrecht-link utrecht-link--html-a" href={`#${onderdeel.id}`}>
                    {onderdeel.tekst}
                  </a>
                </Item>
              ))}
            </Lijst>
          </nav>
          <Dossier id={id} />
        </>
      ) : null}
    </>
  );
}

function Dossier({ id }: { id: string }) {
  const [resultaat] = useQuery({ query: OnsDossierDocument, variables: { id } });
  const gezin = resultaat.data?.gezin;
  if (!resultaat.data) {
    return resultaat.error ? (
      <Melding soort="error">{resultaat.error.graphQLErrors[0]?.message ?? "Uw dossier kon nu niet worden geladen. Probeer het later opnieuw."}</Melding>
    ) : (
      <Melding>Uw dossier wordt geladen…</Melding>
    );
  }
  if (!gezin) {
    return <Melding soort="warning">{resultaat.error?.graphQLErrors[0]?.message ?? "Dit dossier is niet gevonden."}</Melding>;
  }
  return (
    <MetFouten fouten={resultaat.error?.graphQLErrors}>
      <section aria-labelledby="vastgelegd" className="gb-sectie">
        <Kop niveau={2} id="vastgelegd">
          Wat over ons is vastgelegd
        </Kop>
        <Alinea>Elke organisatie schrijft haar eigen deel op, en is daar zelf verantwoordelijk voor. Hieronder staat het per organisatie.</Alinea>
        <VastgelegdLokaalTeam gezin={gezin} />
        <VastgelegdVeiligThuis gezin={gezin} />
        <VastgelegdRaad gezin={gezin} />
        <VastgelegdJeugdbescherming gezin={gezin} />
        <VastgelegdErvaringsdeskundigen gezin={gezin} />
      </section>
      <WieKeek gezin={gezin} />
      <Toestemmingen gezin={gezin} />
    </MetFouten>
  );
}
