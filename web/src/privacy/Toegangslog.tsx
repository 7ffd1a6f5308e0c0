import { type FormEvent, useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { MetFouten } from "../components/Afgeschermd";
import { Alinea, Cel, ExterneKoppeling, Formulierveld, Keuzelijst, Knop, Kop, Melding, Rij, Tabel, Tekstvak, Vinkje } from "../components/nlds";
import type { ToegangslogFilter } from "./toegangslogen";
import { categorieNamen, REDENEN } from "../lib/afscherming";
import { code, datum, organisatieKort, rolNaam } from "../lib/woorden";
import { useLeesbareLogs } from "./PrivacyConsole";
import { GRONDSLAGEN, HANDELINGEN, useToegangslogen } from "./toegangslogen";

const VELDEN = ["gezinId", "persoonId", "gebruiker", "organisatie", "van", "tot", "beslissing", "alleenNoodtoegang"] as const;
type Veldnaam = (typeof VELDEN)[number];

/** A day (`2026-03-04`) as the start of that day in Dutch time, for the log's moments. */
function dagBegin(dag: string, dagenErbij = 0): string {
  const moment = new Date(`${dag}T00:00:00`);
  moment.setDate(moment.getDate() + dagenErbij);
  return moment.toISOString();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The search form's values as the hub's filter, with a Dutch message for each value it would refuse. */
function naarFilter(waarden: URLSearchParams): { filter: ToegangslogFilter; fouten: Partial<Record<Veldnaam, string>> } {
  const filter: ToegangslogFilter = {};
  const fouten: Partial<Record<Veldnaam, string>> = {};
  for (const naam of ["gezinId", "persoonId"] as const) {
    const waarde = waarden.get(naam)?.trim();
    if (!waarde) continue;
    if (UUID.test(waarde)) filter[naam] = waarde;
    else fouten[naam] = "Vul een volledig id in (36 tekens, zoals in het gezinsbeeld).";
  }
  const gebruiker = waarden.get("gebruiker")?.trim();
  if (gebruiker) filter.gebruiker = gebruiker;
  const organisatie = waarden.get("organisatie");
  if (organisatie) filter.organisatie = organisatie as ToegangslogFilter["organisatie"];
  const van = waarden.get("van");
  const tot = waarden.get("tot");
  if (van) filter.van = dagBegin(van);
  if (tot) filter.tot = dagBegin(tot, 1); // up to and including that day
  if (van && tot && tot < van) fouten.tot = "De einddatum ligt vóór de begindatum.";
  const beslissing = waarden.get("beslissing");
  if (beslissing) filter.beslissing = beslissing as ToegangslogFilter["beslissing"];
  if (waarden.get("alleenNoodtoegang") === "1") filter.alleenNoodtoegang = true;
  return { filter, fouten };
}

export function Toegangslog() {
  const leesbaar = useLeesbareLogs();
  const [zoek, setZoek] = useSearchParams();
  const [concept, setConcept] = useState(() => Object.fromEntries(VELDEN.map((naam) => [naam, zoek.get(naam) ?? ""])) as Record<Veldnaam, string>);
  const [welke, setWelke] = useState<string>(zoek.get("log") ?? "");
  const { filter, fouten } = useMemo(() => naarFilter(zoek), [zoek]);
  const organisaties = welke ? leesbaar.filter((o) => o === welke) : leesbaar;
  const geldig = Object.keys(fouten).length === 0;
  const log = useToegangslogen({ filter: geldig ? filter : { gezinId: "00000000-0000-0000-0000-000000000000" }, organisaties: geldig ? organisaties : [], metGebruiker: true });

  const zoekNu = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const nieuw = new URLSearchParams();
    for (const naam of VELDEN) if (concept[naam]) nieuw.set(naam, concept[naam]);
    if (welke) nieuw.set("log", welke);
    setZoek(nieuw);
  };
  const csv = new URLSearchParams({ organisaties: organisaties.join(",") });
  for (const naam of ["gezinId", "persoonId", "gebruiker", "organisatie", "beslissing"] as const) if (filter[naam]) csv.set(naam, String(filter[naam]));
  if (zoek.get("van")) csv.set("van", zoek.get("van")!);
  if (zoek.get("tot")) csv.set("tot", zoek.get("tot")!);
  if (filter.alleenNoodtoegang) csv.set("alleenNoodtoegang", "true");

  const veld = (naam: Veldnaam, label: string, type = "text", beschrijving?: string) => (
    <Formulierveld id={`filter-${naam}`} label={label} beschrijving={beschrijving} fout={fouten[naam]}>
      <Tekstvak
        id={`filter-${naam}`}
        type={type}
        value={concept[naam]}
        aria-invalid={fouten[naam] ? true : undefined}
        aria-describedby={[beschrijving ? `filter-${naam}-beschrijving` : "", fouten[naam] ? `filter-${naam}-fout` : ""].filter(Boolean).join(" ") || undefined}
        onChange={(event) => setConcept({ ...concept, [naam]: event.target.value })}
      />
    </Formulierveld>
  );

  return (
    <>
      <Kop niveau={1}>Toegangslog</Kop>
      <Alinea>
        Elke toegang tot persoonsgegevens, vastgelegd door de organisatie die de gegevens beheert (NEN 7513). U leest {leesbaar.length === 1 ? `het log van ${organisatieKort(leesbaar[0])}` : "de logs van alle vijf organisaties"}.
      </Alinea>
      <form onSubmit={zoekNu} aria-labelledby="zoek-kop" className="gb-sectie">
        <Kop niveau={2} id="zoek-kop">
          Zoeken
        </Kop>
        <div className="gb-filter">
          {veld("gezinId", "Huishouden (id)")}
          {veld("persoonId", "Persoon (id)")}
          {veld("gebruiker", "Professional (gebruikers-id)", "text", "Bijvoorbeeld lt-fatima-bakker.")}
          <Formulierveld id="filter-organisatie" label="Namens organisatie">
            <Keuzelijst id="filter-organisatie" value={concept.organisatie} onChange={(event) => setConcept({ ...concept, organisatie: event.target.value })}>
              <option value="">Alle</option>
              {["LOKAAL_TEAM", "VEILIG_THUIS", "RVDK", "GI", "ERVARINGSDESKUNDIGEN"].map((o) => (
                <option key={o} value={o}>
                  {organisatieKort(o)}
                </option>
              ))}
            </Keuzelijst>
          </Formulierveld>
          {leesbaar.length > 1 ? (
            <Formulierveld id="filter-log" label="Log van">
              <Keuzelijst id="filter-log" value={welke} onChange={(event) => setWelke(event.target.value)}>
                <option value="">Alle organisaties</option>
                {leesbaar.map((o) => (
                  <option key={o} value={o}>
                    {organisatieKort(o)}
                  </option>
                ))}
              </Keuzelijst>
            </Formulierveld>
          ) : null}
          {veld("van", "Vanaf (datum)", "date")}
          {veld("tot", "Tot en met (datum)", "date")}
          <Formulierveld id="filter-beslissing" label="Besluit">
            <Keuzelijst id="filter-beslissing" value={concept.beslissing} onChange={(event) => setConcept({ ...concept, beslissing: event.target.value })}>
              <option value="">Alle</option>
              <option value="TOEGESTAAN">Toegestaan</option>
              <option value="GEWEIGERD">Geweigerd</option>
              <option value="ONBESLIST">Niet vastgesteld</option>
            </Keuzelijst>
          </Formulierveld>
          <div className="gb-vinkveld">
            <Vinkje id="filter-alleenNoodtoegang" checked={concept.alleenNoodtoegang === "1"} onChange={(event) => setConcept({ ...concept, alleenNoodtoegang: event.target.checked ? "1" : "" })} />
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="filter-alleenNoodtoegang">
              Alleen met noodtoegang
            </label>
          </div>
        </div>
        <Knop type="submit" soort="primary-action">
          Zoeken
        </Knop>
      </form>

      <section aria-labelledby="resultaat-kop" className="gb-sectie">
        <Kop niveau={2} id="resultaat-kop">
          Resultaat
        </Kop>
        <div role="status">{!geldig ? "Verbeter eerst de zoekvragen hierboven." : log.bezig && log.regels.length === 0 ? "Wordt gezocht…" : `${log.totaal} regels gevonden, ${log.regels.length} getoond.`}</div>
        {geldig ? (
          <Alinea>
            <ExterneKoppeling href={`/export/toegangslog.csv?${csv.toString()}`} download="toegangslog.csv">
              Download als CSV (alle {log.totaal} regels)
            </ExterneKoppeling>
          </Alinea>
        ) : null}
        <MetFouten fouten={log.fouten}>
          {log.fouten.length > 0 ? <Melding soort="warning">{[...new Set(log.fouten.map((f) => f.message))].join(" ")}</Melding> : null}
          {log.regels.length > 0 ? (
            <Tabel bijschrift="Toegang, nieuwste eerst" koppen={["Tijdstip", "Wie", "Cliënt", "Wat", "Besluit", "Grondslag", "Log"]}>
              {log.regels.map((regel) => (
                <Rij key={`${regel.log}-${regel.volgnummer}`}>
                  <Cel kop>{datum(regel.tijdstip, true)}</Cel>
                  <Cel>
                    {regel.gebruiker ?? "—"}
                    <br />
                    {rolNaam(regel.rol)}
                    {regel.organisatie ? `, ${organisatieKort(regel.organisatie)}` : ""}
                  </Cel>
                  <Cel>
                    {regel.gezinId ? <span className="gb-id">{regel.gezinId}</span> : "—"}
                    {regel.persoonId ? (
                      <span className="gb-klein">
                        <br />
                        persoon <span className="gb-id">{regel.persoonId}</span>
                      </span>
                    ) : null}
                  </Cel>
                  <Cel>
                    {regel.handeling ? HANDELINGEN[regel.handeling] ?? code(regel.handeling) : ""}: {regel.categorieen?.length ? categorieNamen(regel.categorieen) : "—"}
                    {regel.veldpaden?.length ? <span className="gb-klein"> ({regel.veldpaden.join(", ")})</span> : null}
                  </Cel>
                  <Cel>
                    {regel.beslissing === "TOEGESTAAN" ? "Toegestaan" : regel.beslissing === "GEWEIGERD" ? "Geweigerd" : "Niet vastgesteld"}
                    {regel.reden ? `: ${REDENEN[regel.reden] ?? regel.reden}` : ""}
                  </Cel>
                  <Cel>
                    {regel.noodprocedure ? <strong>Noodtoegang. </strong> : null}
                    {regel.grondslag ? GRONDSLAGEN[regel.grondslag] ?? code(regel.grondslag) : "—"}
                    {regel.doel ? `. Doel: ${regel.doel}` : ""}
                    {regel.bron ? <span className="gb-klein gb-bron"> (bron: {regel.bron})</span> : null}
                  </Cel>
                  <Cel>
                    {organisatieKort(regel.log)} #{regel.volgnummer}
                  </Cel>
                </Rij>
              ))}
            </Tabel>
          ) : null}
        </MetFouten>
        {log.meer ? (
          <Knop onClick={log.laadMeer} disabled={log.bezig}>
            {log.bezig ? "Wordt geladen…" : "Meer laden"}
          </Knop>
        ) : null}
      </section>
    </>
  );
}
