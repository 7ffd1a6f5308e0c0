/**
 * The household's own view, in plain language (B1): what each organisation
 * wrote down about us (what the law protects shows as protected, with why),
 * who looked at our dossier, when and why, and our consents.
 */
import { useState } from "react";
import { useQuery } from "urql";
import { MetFouten, Veld } from "../components/Afgeschermd";
import { Alinea, Cel, Gegeven, Gegevenslijst, Item, Keuzelijst, Knop, Kop, Lijst, Melding, Rij, Tabel, Vinkje, Formulierveld } from "../components/nlds";
import { graphql } from "../gql";
import { CATEGORIEEN } from "../lib/afscherming";
import { code, datum, organisatieKort, rolNaam } from "../lib/woorden";
import { GRONDSLAGEN, HANDELINGEN, LOGS, useToegangslogen } from "../privacy/toegangslogen";

const OnsGezinDocument = graphql(`
  query OnsGezin {
    gezinnen(first: 10) {
      nodes {
        id
        naam
      }
    }
  }
`);

const OnsDossierDocument = graphql(`
  query OnsDossier($id: ID!) {
    gezin(id: $id) {
      id
      naam
      postcode
      huisnummer
      woonplaats
      aangemeldOp
      leden {
        id
        voornamen
        achternaam
        geboortedatum
        gezinsrol
      }
      vasteContactpersoon {
        naam
      }
      zorgenEnKrachten {
        id
        soort
        omschrijving
        vastgesteldOp
        opgelostOp
      }
      doelen {
        id
        wat
        wie
        wanneer
        status
        voortgang
      }
      veiligheidsplan {
        versie
        vastgesteldOp
        veiligheidsdoel
        afspraken {
          id
          afspraak
          wie
        }
      }
      meldingen {
        id
        datum
        aard
        status
        melder {
          naam
        }
      }
      beschermingsonderzoeken {
        id
        startdatum
        einddatum
        status
        conclusie
      }
      maatregelen {
        id
        soort
        startdatum
        einddatum
        kind {
          voornamen
        }
      }
      jeugdbeschermer {
        naam
      }
      ervaringsdeskundigen {
        id
        vanaf
        tot
        totaalContacten
        ervaringsdeskundige {
          naam
        }
      }
      toestemmingen {
        id
        partner
        doel
        categorieen
        vorm
        gegevenOp
        ingetrokkenOp
        actief
      }
    }
  }
`);

export function MijnGezin() {
  const [gezinnen] = useQuery({ query: OnsGezinDocument });
  const [gekozen, setGekozen] = useState<string | null>(null);
  const lijst = gezinnen.data?.gezinnen.nodes ?? [];
  const id = gekozen ?? lijst[0]?.id ?? null;

  return (
    <>
      <Kop niveau={1}>Ons dossier</Kop>
      <Alinea>
        Hier ziet u wat de organisaties die met uw gezin werken over u hebben opgeschreven, wie in uw dossier keek, en waarvoor u toestemming gaf. Sommige gegevens mag u
        niet zien, omdat de wet iemand anders beschermt. Dan staat er ‘Afgeschermd’, met de reden.
      </Alinea>
      {gezinnen.fetching && !gezinnen.data ? <Melding>Uw gegevens worden geladen…</Melding> : null}
      {gezinnen.error && !gezinnen.data ? <Melding soort="error">Uw dossier kon nu niet worden geladen. Probeer het later opnieuw.</Melding> : null}
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
              <Item>
                <a className="utrecht-link utrecht-link--html-a" href="#vastgelegd">
                  Wat over ons is vastgelegd
                </a>
              </Item>
              <Item>
                <a className="utrecht-link utrecht-link--html-a" href="#wie-keek">
                  Wie keek in ons dossier
                </a>
              </Item>
              <Item>
                <a className="utrecht-link utrecht-link--html-a" href="#toestemmingen">
                  Onze toestemmingen
                </a>
              </Item>
            </Lijst>
          </nav>
          <Dossier id={id} />
          <WieKeek gezinId={id} />
        </>
      ) : null}
    </>
  );
}

function Dossier({ id }: { id: string }) {
  const [resultaat] = useQuery({ query: OnsDossierDocument, variables: { id } });
  const gezin = resultaat.data?.gezin;
  if (!resultaat.data) {
    return resultaat.error ? <Melding soort="error">Uw dossier kon nu niet worden geladen. Probeer het later opnieuw.</Melding> : <Melding>Uw dossier wordt geladen…</Melding>;
  }
  if (!gezin) return <Melding soort="warning">Dit dossier is niet gevonden.</Melding>;
  const pad = (...rest: (string | number)[]) => ["gezin", ...rest];
  return (
    <MetFouten fouten={resultaat.error?.graphQLErrors}>
      <section aria-labelledby="vastgelegd" className="gb-sectie">
        <Kop niveau={2} id="vastgelegd">
          Wat over ons is vastgelegd
        </Kop>

        <Kop niveau={3}>{organisatieKort("LOKAAL_TEAM")}</Kop>
        <Gegevenslijst>
          <Gegeven label="Naam">
            <Veld waarde={gezin.naam} pad={pad("naam")} />
          </Gegeven>
          <Gegeven label="Adres">
            <Veld waarde={gezin.postcode} pad={pad("postcode")}>
              {(postcode) => `${postcode} ${gezin.huisnummer ?? ""}, ${gezin.woonplaats ?? ""}`}
            </Veld>
          </Gegeven>
          <Gegeven label="Bij het lokale team sinds">{datum(gezin.aangemeldOp)}</Gegeven>
          <Gegeven label="Uw vaste contactpersoon">
            <Veld waarde={gezin.vasteContactpersoon} pad={pad("vasteContactpersoon")}>
              {(contact) => <Veld waarde={contact.naam} pad={pad("vasteContactpersoon", "naam")} />}
            </Veld>
          </Gegeven>
          <Gegeven label="Wie bij het gezin horen">
            <Veld waarde={gezin.leden} pad={pad("leden")}>
              {(leden) => (
                <Lijst>
                  {leden.map((lid, i) => (
                    <Item key={lid.id}>
                      <Veld waarde={lid.voornamen} pad={pad("leden", i, "voornamen")} /> <Veld waarde={lid.achternaam} pad={pad("leden", i, "achternaam")} /> (
                      <Veld waarde={lid.gezinsrol} pad={pad("leden", i, "gezinsrol")}>
                        {(rol) => code(rol)}
                      </Veld>
                      , geboren <Veld waarde={lid.geboortedatum} pad={pad("leden", i, "geboortedatum")}>{(d) => datum(d)}</Veld>)
                    </Item>
                  ))}
                </Lijst>
              )}
            </Veld>
          </Gegeven>
          <Gegeven label="Zorgen en wat goed gaat">
            <Veld waarde={gezin.zorgenEnKrachten} pad={pad("zorgenEnKrachten")} leeg="Niets opgeschreven">
              {(lijst) => (
                <Lijst>
                  {lijst.map((z, i) => (
                    <Item key={z.id ?? i}>
                      {z.soort === "KRACHT" ? "Gaat goed: " : "Zorg: "}
                      <Veld waarde={z.omschrijving} pad={pad("zorgenEnKrachten", i, "omschrijving")} />
                      {z.opgelostOp ? ` (opgelost op ${datum(z.opgelostOp)})` : ""}
                    </Item>
                  ))}
                </Lijst>
              )}
            </Veld>
          </Gegeven>
          <Gegeven label="Onze doelen">
            <Veld waarde={gezin.doelen} pad={pad("doelen")} leeg="Nog geen doelen">
              {(doelen) => (
                <Lijst>
                  {doelen.map((doel, i) => (
                    <Item key={doel.id ?? i}>
                      <Veld waarde={doel.wat} pad={pad("doelen", i, "wat")} />
                      {doel.status ? ` — ${code(doel.status)}` : ""}
                      {typeof doel.voortgang === "number" ? `, ${doel.voortgang}% gehaald` : ""}
                    </Item>
                  ))}
                </Lijst>
              )}
            </Veld>
          </Gegeven>
          <Gegeven label="Veiligheidsplan">
            <Veld waarde={gezin.veiligheidsplan} pad={pad("veiligheidsplan")} leeg="Er is nog geen veiligheidsplan">
              {(plan) => (
                <>
                  <Veld waarde={plan.veiligheidsdoel} pad={pad("veiligheidsplan", "veiligheidsdoel")} />
                  {plan.vastgesteldOp ? ` (afgesproken op ${datum(plan.vastgesteldOp)})` : ""}
                  <Veld waarde={plan.afspraken} pad={pad("veiligheidsplan", "afspraken")} leeg="Geen afspraken">
                    {(afspraken) => (
                      <Lijst>
                        {afspraken.map((a, j) => (
                          <Item key={a.id ?? j}>
                            <Veld waarde={a.afspraak} pad={pad("veiligheidsplan", "afspraken", j, "afspraak")} />
                            {a.wie ? ` (${a.wie})` : ""}
                          </Item>
                        ))}
                      </Lijst>
                    )}
                  </Veld>
                </>
              )}
            </Veld>
          </Gegeven>
        </Gegevenslijst>

        <Kop niveau={3}>{organisatieKort("VEILIG_THUIS")}</Kop>
        <Veld waarde={gezin.meldingen} pad={pad("meldingen")} leeg="Veilig Thuis heeft geen melding over uw gezin.">
          {(meldingen) => (
            <Lijst>
              {meldingen.map((melding, i) => (
                <Item key={melding.id ?? i}>
                  Melding van <Veld waarde={melding.datum} pad={pad("meldingen", i, "datum")}>{(d) => datum(d)}</Veld>:{" "}
                  <Veld waarde={melding.aard} pad={pad("meldingen", i, "aard")}>{(a) => code(a)}</Veld>, <Veld waarde={melding.status} pad={pad("meldingen", i, "status")}>{(s) => code(s)}</Veld>. Wie de melding deed:{" "}
                  <Veld waarde={melding.melder} pad={pad("meldingen", i, "melder")} leeg="niet bekend">
                    {(melder) => <Veld waarde={melder.naam} pad={pad("meldingen", i, "melder", "naam")} leeg="niet bekend" />}
                  </Veld>
                </Item>
              ))}
            </Lijst>
          )}
        </Veld>

        <Kop niveau={3}>{organisatieKort("RVDK")}</Kop>
        <Veld waarde={gezin.beschermingsonderzoeken} pad={pad("beschermingsonderzoeken")} leeg="De Raad heeft geen onderzoek bij uw gezin gedaan.">
          {(onderzoeken) => (
            <Lijst>
              {onderzoeken.map((onderzoek, i) => (
                <Item key={onderzoek.id ?? i}>
                  Onderzoek vanaf <Veld waarde={onderzoek.startdatum} pad={pad("beschermingsonderzoeken", i, "startdatum")}>{(d) => datum(d)}</Veld>:{" "}
                  <Veld waarde={onderzoek.status} pad={pad("beschermingsonderzoeken", i, "status")}>{(s) => code(s)}</Veld>. Uitkomst:{" "}
                  <Veld waarde={onderzoek.conclusie} pad={pad("beschermingsonderzoeken", i, "conclusie")} leeg="nog niet bekend">{(c) => code(c)}</Veld>
                </Item>
              ))}
            </Lijst>
          )}
        </Veld>

        <Kop niveau={3}>{organisatieKort("GI")}</Kop>
        <Veld waarde={gezin.maatregelen} pad={pad("maatregelen")} leeg="Er is geen maatregel voor uw kinderen.">
          {(maatregelen) => (
            <Lijst>
              {maatregelen.map((maatregel, i) => (
                <Item key={maatregel.id ?? i}>
                  <Veld waarde={maatregel.soort} pad={pad("maatregelen", i, "soort")}>{(s) => code(s)}</Veld> voor{" "}
                  <Veld waarde={maatregel.kind} pad={pad("maatregelen", i, "kind")}>{(kind) => <Veld waarde={kind.voornamen} pad={pad("maatregelen", i, "kind", "voornamen")} />}</Veld>, van{" "}
                  <Veld waarde={maatregel.startdatum} pad={pad("maatregelen", i, "startdatum")}>{(d) => datum(d)}</Veld> tot{" "}
                  <Veld waarde={maatregel.einddatum} pad={pad("maatregelen", i, "einddatum")}>{(d) => datum(d)}</Veld>
                </Item>
              ))}
            </Lijst>
          )}
        </Veld>
        <Alinea>
          Uw jeugdbeschermer: <Veld waarde={gezin.jeugdbeschermer} pad={pad("jeugdbeschermer")} leeg="geen">{(j) => <Veld waarde={j.naam} pad={pad("jeugdbeschermer", "naam")} />}</Veld>
        </Alinea>

        <Kop niveau={3}>{organisatieKort("ERVARINGSDESKUNDIGEN")}</Kop>
        <Veld waarde={gezin.ervaringsdeskundigen} pad={pad("ervaringsdeskundigen")} leeg="Er werkt geen ervaringsdeskundige met uw gezin.">
          {(koppelingen) => (
            <Lijst>
              {koppelingen.map((k, i) => (
                <Item key={k.id ?? i}>
                  <Veld waarde={k.ervaringsdeskundige} pad={pad("ervaringsdeskundigen", i, "ervaringsdeskundige")}>{(e) => <Veld waarde={e.naam} pad={pad("ervaringsdeskundigen", i, "ervaringsdeskundige", "naam")} />}</Veld>, sinds{" "}
                  <Veld waarde={k.vanaf} pad={pad("ervaringsdeskundigen", i, "vanaf")}>{(d) => datum(d)}</Veld>: <Veld waarde={k.totaalContacten} pad={pad("ervaringsdeskundigen", i, "totaalContacten")}>{(n) => `${n} keer contact`}</Veld>
                </Item>
              ))}
            </Lijst>
          )}
        </Veld>
      </section>

      <section aria-labelledby="toestemmingen" className="gb-sectie">
        <Kop niveau={2} id="toestemmingen">
          Onze toestemmingen
        </Kop>
        <Veld waarde={gezin.toestemmingen} pad={pad("toestemmingen")} leeg="U heeft geen toestemming gegeven om gegevens te delen.">
          {(toestemmingen) => (
            <Tabel bijschrift="Aan wie u toestemming gaf om gegevens te delen" koppen={["Aan wie", "Waarvoor", "Welke gegevens", "Sinds", "Nu"]}>
              {toestemmingen.map((t, i) => (
                <Rij key={t.id ?? i}>
                  <Cel kop>
                    <Veld waarde={t.partner} pad={pad("toestemmingen", i, "partner")}>{(p) => organisatieKort(p)}</Veld>
                  </Cel>
                  <Cel>
                    <Veld waarde={t.doel} pad={pad("toestemmingen", i, "doel")} />
                  </Cel>
                  <Cel>
                    <Veld waarde={t.categorieen} pad={pad("toestemmingen", i, "categorieen")}>{(c) => c.map((k) => CATEGORIEEN[k] ?? code(k)).join(", ")}</Veld>
                  </Cel>
                  <Cel>
                    <Veld waarde={t.gegevenOp} pad={pad("toestemmingen", i, "gegevenOp")}>{(d) => `${datum(d)}${t.vorm ? ` (${code(t.vorm)})` : ""}`}</Veld>
                  </Cel>
                  <Cel>{t.actief ? "Geldt" : t.ingetrokkenOp ? `Ingetrokken op ${datum(t.ingetrokkenOp)}` : "Geldt niet meer"}</Cel>
                </Rij>
              ))}
            </Tabel>
          )}
        </Veld>
        <Alinea>
          Wilt u een toestemming intrekken? Dat mag altijd, en het werkt meteen. Zeg het tegen uw vaste contactpersoon bij het lokale team. Wilt u dat iets wordt verbeterd of
          verwijderd? Dat kunt u ook aan uw contactpersoon vragen.
        </Alinea>
      </section>
    </MetFouten>
  );
}

function WieKeek({ gezinId }: { gezinId: string }) {
  const [ookWijZelf, setOokWijZelf] = useState(false);
  const log = useToegangslogen({ filter: { gezinId, ...(ookWijZelf ? {} : { alleenProfessionals: true }) }, organisaties: LOGS.map((l) => l.organisatie), metGebruiker: false, perPagina: 25 });
  const regels = log.regels;
  return (
    <section aria-labelledby="wie-keek" className="gb-sectie">
      <Kop niveau={2} id="wie-keek">
        Wie keek in ons dossier
      </Kop>
      <Alinea>Elke keer dat iemand uw gegevens bekijkt, schrijft de organisatie dat op. Hier ziet u wanneer, wie en waarom. Het nieuwste staat bovenaan.</Alinea>
      <div className="gb-vinkveld">
        <Vinkje id="ook-wij-zelf" checked={ookWijZelf} onChange={(event) => setOokWijZelf(event.target.checked)} />
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="ook-wij-zelf">
          Laat ook zien wanneer wij zelf keken
        </label>
      </div>
      {log.fouten.length > 0 ? <Melding soort="warning">Niet alle organisaties konden nu laten zien wie keek. Probeer het later opnieuw.</Melding> : null}
      <div role="status" className="gb-visueel-verborgen">
        {log.bezig ? "Wordt geladen…" : `${regels.length} keer getoond`}
      </div>
      {regels.length === 0 && !log.bezig ? (
        <Alinea>Er is (nog) niemand die in uw dossier keek.</Alinea>
      ) : (
        <Tabel bijschrift="Wie keek in ons dossier, nieuwste eerst" koppen={["Wanneer", "Wie", "Wat", "Waarom", "Mocht dat?"]}>
          {regels.map((regel) => (
            <Rij key={`${regel.log}-${regel.volgnummer}`}>
              <Cel kop>{datum(regel.tijdstip, true)}</Cel>
              <Cel>{regel.rol === "INWONER" ? "U of iemand uit uw gezin" : `${rolNaam(regel.rol)} van ${organisatieKort(regel.organisatie)}`}</Cel>
              <Cel>
                {regel.categorie ? CATEGORIEEN[regel.categorie] ?? code(regel.categorie) : "gegevens"} {regel.handeling ? HANDELINGEN[regel.handeling] ?? code(regel.handeling) : ""}
                {regel.log !== regel.organisatie ? ` (bij ${organisatieKort(regel.log)})` : ""}
              </Cel>
              <Cel>
                {regel.noodprocedure ? <strong>Noodtoegang: </strong> : null}
                {regel.grondslag ? GRONDSLAGEN[regel.grondslag] ?? code(regel.grondslag) : regel.beslissing === "GEWEIGERD" ? "—" : "onbekend"}
                {regel.doel ? `. Doel: ${regel.doel}` : ""}
              </Cel>
              <Cel>{regel.beslissing === "TOEGESTAAN" ? "Ja" : regel.beslissing === "GEWEIGERD" ? "Nee, geweigerd" : "Niet vastgesteld"}</Cel>
            </Rij>
          ))}
        </Tabel>
      )}
      {log.meer ? (
        <Knop onClick={log.laadMeer} disabled={log.bezig}>
          {log.bezig ? "Wordt geladen…" : "Meer laden"}
        </Knop>
      ) : null}
    </section>
  );
}
