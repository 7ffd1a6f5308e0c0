/**
 * Break-glass: a professional takes temporary access to a household in a
 * life-threatening situation. It is logged at every owner and reviewed by the
 * privacy officer afterwards, so the page says so before anything is sent.
 */
import { type FormEvent, useState } from "react";
import { useMutation } from "urql";
import { Veld } from "../components/Afgeschermd";
import { Alinea, beschrevenDoor, Formulierveld, Keuzelijst, Knop, Melding, Tekstgebied, Tekstvak } from "../components/nlds";
import { datum, rolNaam } from "../lib/woorden";
import { LijstTabel } from "./LijstTabel";
import { ClaimNoodtoegangDocument, type GezinData } from "./gezinsbeeldQuery";
import { Deel, Organisatie, Sectie, Tekst } from "./velden";

/** The server's minimum, repeated here so the form can say it before sending. */
const MIN_RECHTVAARDIGING = 20;
const UREN = [4, 8, 24, 48, 72];

type Veldnaam = "rechtvaardiging" | "wettelijkeGrondslag" | "uren";
const VELD_ID: Record<Veldnaam, string> = { rechtvaardiging: "nood-rechtvaardiging", wettelijkeGrondslag: "nood-grondslag", uren: "nood-uren" };

/** The banner while the signed-in professional has break-glass access to this household. */
export function NoodtoegangBanner({ tot }: { tot: string | null }) {
  return (
    <div className="gb-noodtoegang" role="status">
      <strong>Noodtoegang actief{tot ? ` tot ${datum(tot, true)}` : ""}.</strong> U ziet nu ook gegevens die anders voor u zijn afgeschermd. Elke inzage wordt vastgelegd, en de
      functionaris gegevensbescherming beoordeelt deze noodtoegang achteraf.
    </div>
  );
}

export function NoodtoegangPaneel({
  gezinId,
  gezin,
  actiefTot,
  opGenomen,
}: {
  gezinId: string;
  gezin: GezinData | null;
  actiefTot: string | null | undefined;
  opGenomen: (tot: string | null) => void;
}) {
  const [rechtvaardiging, setRechtvaardiging] = useState("");
  const [grondslag, setGrondslag] = useState("");
  const [uren, setUren] = useState("24");
  const [fouten, setFouten] = useState<Partial<Record<Veldnaam, string>>>({});
  const [serverFout, setServerFout] = useState<string | null>(null);
  const [claim, claimNoodtoegang] = useMutation(ClaimNoodtoegangDocument);

  const verstuur = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setServerFout(null);
    const nieuw: Partial<Record<Veldnaam, string>> = {};
    if (rechtvaardiging.trim().length < MIN_RECHTVAARDIGING) nieuw.rechtvaardiging = `Leg in ten minste ${MIN_RECHTVAARDIGING} tekens uit waarom de situatie levensbedreigend is en toestemming niet mogelijk was.`;
    if (!grondslag.trim()) nieuw.wettelijkeGrondslag = "Vul de wettelijke grondslag in.";
    setFouten(nieuw);
    const eerste = (Object.keys(nieuw) as Veldnaam[])[0];
    if (eerste) {
      document.getElementById(VELD_ID[eerste])?.focus();
      return;
    }
    const antwoord = await claimNoodtoegang({ gezinId, invoer: { rechtvaardiging: rechtvaardiging.trim(), wettelijkeGrondslag: grondslag.trim(), uren: Number(uren) } });
    const fout = antwoord.error?.graphQLErrors[0];
    if (fout) {
      const veld = fout.extensions?.veld;
      if (veld === "rechtvaardiging" || veld === "wettelijkeGrondslag" || veld === "uren") {
        setFouten({ [veld]: fout.message });
        document.getElementById(VELD_ID[veld])?.focus();
      } else {
        setServerFout(fout.message);
      }
      return;
    }
    if (antwoord.error) {
      setServerFout("De noodtoegang kon niet worden vastgelegd: de hub is nu niet bereikbaar. Probeer het opnieuw.");
      return;
    }
    if (antwoord.data) {
      setRechtvaardiging("");
      setGrondslag("");
      opGenomen(antwoord.data.claimNoodtoegang.tot);
    }
  };

  return (
    <Sectie id="sectie-noodtoegang" titel="Noodtoegang">
      {actiefTot !== undefined ? (
        <Alinea>U heeft noodtoegang tot dit gezin{actiefTot ? ` tot ${datum(actiefTot, true)}` : ""}. U kunt pas weer noodtoegang nemen als deze is verlopen.</Alinea>
      ) : (
        <>
          <div className="utrecht-alert utrecht-alert--warning gb-waarschuwing">
            <Alinea>
              <strong>Alleen bij een levensbedreigende situatie.</strong> Met noodtoegang ziet u tijdelijk ook gegevens waarvoor u geen toestemming of andere grondslag heeft. Uw
              naam, de reden en elke inzage worden vastgelegd bij elke organisatie die gegevens beheert. De functionaris gegevensbescherming beoordeelt elke noodtoegang achteraf.
            </Alinea>
          </div>
          <form onSubmit={(e) => void verstuur(e)} noValidate aria-labelledby="sectie-noodtoegang">
            <Formulierveld
              id="nood-rechtvaardiging"
              label="Waarom is de situatie levensbedreigend, en waarom kan er geen toestemming worden gevraagd? (verplicht)"
              beschrijving={`Ten minste ${MIN_RECHTVAARDIGING} tekens. De functionaris gegevensbescherming leest dit.`}
              fout={fouten.rechtvaardiging}
            >
              <Tekstgebied
                id="nood-rechtvaardiging"
                required
                minLength={MIN_RECHTVAARDIGING}
                rows={4}
                value={rechtvaardiging}
                onChange={(e) => setRechtvaardiging(e.target.value)}
                aria-invalid={fouten.rechtvaardiging ? true : undefined}
                aria-describedby={beschrevenDoor("nood-rechtvaardiging", true, !!fouten.rechtvaardiging)}
              />
            </Formulierveld>
            <Formulierveld
              id="nood-grondslag"
              label="Wettelijke grondslag (verplicht)"
              beschrijving="Bijvoorbeeld ‘art. 7.3.8 Jeugdwet’ of ‘art. 6 lid 1 sub d AVG (vitaal belang)’."
              fout={fouten.wettelijkeGrondslag}
            >
              <Tekstvak
                id="nood-grondslag"
                required
                value={grondslag}
                onChange={(e) => setGrondslag(e.target.value)}
                aria-invalid={fouten.wettelijkeGrondslag ? true : undefined}
                aria-describedby={beschrevenDoor("nood-grondslag", true, !!fouten.wettelijkeGrondslag)}
              />
            </Formulierveld>
            <Formulierveld id="nood-uren" label="Hoe lang" beschrijving="Zo kort als nodig; ten hoogste 72 uur." fout={fouten.uren}>
              <Keuzelijst
                id="nood-uren"
                value={uren}
                onChange={(e) => setUren(e.target.value)}
                aria-invalid={fouten.uren ? true : undefined}
                aria-describedby={beschrevenDoor("nood-uren", true, !!fouten.uren)}
              >
                {UREN.map((u) => (
                  <option key={u} value={String(u)}>
                    {u} uur
                  </option>
                ))}
              </Keuzelijst>
            </Formulierveld>
            {serverFout ? <Melding soort="error">Noodtoegang is niet verleend: {serverFout}</Melding> : null}
            <Knop type="submit" soort="primary-action" disabled={claim.fetching}>
              {claim.fetching ? "Noodtoegang wordt vastgelegd…" : "Noodtoegang nemen"}
            </Knop>
          </form>
        </>
      )}
      {gezin ? <EerdereNoodtoegangen gezin={gezin} /> : null}
    </Sectie>
  );
}

/** Who broke the glass on this household, when, and the privacy officer's review. */
function EerdereNoodtoegangen({ gezin }: { gezin: GezinData }) {
  return (
    <Deel id="deel-noodtoegangen" titel="Noodtoegangen tot dit dossier">
      <LijstTabel
        waarde={gezin.noodtoegangen}
        pad={["gezin", "noodtoegangen"]}
        leeg="Er is nooit noodtoegang genomen tot dit dossier."
        bijschrift="Noodtoegangen, oudste eerst"
        kolommen={[
          {
            kop: "Wie",
            cel: (n, pad) => (
              <>
                <Tekst waarde={n.userId} pad={[...pad, "userId"]} /> (<Veld waarde={n.rol} pad={[...pad, "rol"]}>{rolNaam}</Veld>,{" "}
                <Organisatie waarde={n.organisatie} pad={[...pad, "organisatie"]} />)
              </>
            ),
          },
          { kop: "Vanaf", datum: "vanaf", metTijd: true },
          { kop: "Tot", datum: "tot", metTijd: true },
          { kop: "Grondslag", tekst: "wettelijkeGrondslag" },
          { kop: "Nu actief", jaNee: "actief", ja: "actief", nee: "verlopen" },
          { kop: "Beoordeling", tekst: "beoordeling", leeg: "Nog niet beoordeeld" },
        ]}
      />
    </Deel>
  );
}
