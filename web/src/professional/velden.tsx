/**
 * The building blocks of the professional's pages: a section with its own
 * heading, and the common kinds of value (date, yes/no, code, colleague),
 * each through {@link Veld} so a withheld value never looks empty.
 */
import type { ReactNode } from "react";
import { Veld } from "../components/Afgeschermd";
import { Kop } from "../components/nlds";
import type { Pad } from "../lib/afscherming";
import { code, datum, organisatieKort } from "../lib/woorden";
import { inWoorden } from "./dossierwoorden";

/** A part of the page: a `<section>` named by its own h2. */
export function Sectie({ id, titel, children }: { id: string; titel: ReactNode; children: ReactNode }) {
  return (
    <section className="gb-sectie" aria-labelledby={id}>
      <Kop niveau={2} id={id}>
        {titel}
      </Kop>
      {children}
    </section>
  );
}

/** A part within a section, named by an h3. */
export function Deel({ id, titel, children }: { id: string; titel: ReactNode; children: ReactNode }) {
  return (
    <section className="gb-deel" aria-labelledby={id}>
      <Kop niveau={3} id={id}>
        {titel}
      </Kop>
      {children}
    </section>
  );
}

type Waarde<T> = { waarde: T | null | undefined; pad: Pad; leeg?: string };

export function Tekst({ waarde, pad, leeg }: Waarde<string | number>) {
  return <Veld waarde={waarde} pad={pad} leeg={leeg} />;
}

export function Datum({ waarde, pad, leeg, metTijd = false }: Waarde<string> & { metTijd?: boolean }) {
  return (
    <Veld waarde={waarde} pad={pad} leeg={leeg}>
      {(dag) => <time dateTime={dag}>{datum(dag, metTijd)}</time>}
    </Veld>
  );
}

export function JaNee({ waarde, pad, ja = "ja", nee = "nee", leeg }: Waarde<boolean> & { ja?: string; nee?: string }) {
  return (
    <Veld waarde={waarde} pad={pad} leeg={leeg}>
      {(w) => (w ? ja : nee)}
    </Veld>
  );
}

/** An enum value in words, from `tabel` or as plain lower-case words. */
export function Code({ waarde, pad, tabel, leeg }: Waarde<string> & { tabel?: Readonly<Record<string, string>> }) {
  return (
    <Veld waarde={waarde} pad={pad} leeg={leeg}>
      {(w) => (tabel ? inWoorden(tabel, w) : code(w))}
    </Veld>
  );
}

export function Organisatie({ waarde, pad, leeg }: Waarde<string>) {
  return (
    <Veld waarde={waarde} pad={pad} leeg={leeg}>
      {organisatieKort}
    </Veld>
  );
}

/** A colleague (`Medewerker`): the name, and the function where asked. */
export function Collega({ waarde, pad, leeg }: Waarde<{ naam: string | null; functie?: string | null }>) {
  return (
    <Veld waarde={waarde} pad={pad} leeg={leeg}>
      {(medewerker) => (
        <>
          <Veld waarde={medewerker.naam} pad={[...pad, "naam"]} />
          {medewerker.functie !== undefined ? (
            <>
              {", "}
              <Veld waarde={medewerker.functie} pad={[...pad, "functie"]} leeg="functie niet vastgelegd" />
            </>
          ) : null}
        </>
      )}
    </Veld>
  );
}

/** A household member by name: voornamen and achternaam, each as the owner answered. */
export function Persoonsnaam({ waarde, pad, leeg }: Waarde<{ voornamen: string | null; achternaam?: string | null }>) {
  return (
    <Veld waarde={waarde} pad={pad} leeg={leeg}>
      {(persoon) => (
        <>
          <Veld waarde={persoon.voornamen} pad={[...pad, "voornamen"]} />
          {persoon.achternaam !== undefined ? (
            <>
              {" "}
              <Veld waarde={persoon.achternaam} pad={[...pad, "achternaam"]} />
            </>
          ) : null}
        </>
      )}
    </Veld>
  );
}

/** A list of strings (deelnemers, afspraken) as a bulleted list. */
export function Opsomming({ waarde, pad, leeg }: Waarde<readonly string[]>) {
  return (
    <Veld waarde={waarde} pad={pad} leeg={leeg}>
      {(lijst) => (
        <ul className="utrecht-unordered-list gb-opsomming">
          {lijst.map((tekst, i) => (
            <li key={i} className="utrecht-unordered-list__item">
              {tekst}
            </li>
          ))}
        </ul>
      )}
    </Veld>
  );
}

/** A period: "van … tot …", or "sinds …" while it runs. */
export function Periode({ van, tot, pad, vanVeld, totVeld, lopend = "heden" }: { van: string | null; tot: string | null; pad: Pad; vanVeld: string; totVeld: string; lopend?: string }) {
  return (
    <>
      <Datum waarde={van} pad={[...pad, vanVeld]} /> tot <Datum waarde={tot} pad={[...pad, totVeld]} leeg={lopend} />
    </>
  );
}

/** A yes/no that only says something when true ("anoniem"); when withheld or unknown it says so. */
export function Kenmerk({ waarde, pad, tekst }: { waarde: boolean | null | undefined; pad: Pad; tekst: string }) {
  if (waarde === false) return null;
  return (
    <>
      {" ("}
      <Veld waarde={waarde} pad={pad} leeg={`${tekst}: niet vastgelegd`}>
        {() => tekst}
      </Veld>
      {")"}
    </>
  );
}
