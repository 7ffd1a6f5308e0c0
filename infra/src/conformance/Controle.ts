/**
 * One line of a conformance report: what was checked against a running
 * subgraph, whether it held, and when it did not, why and how to mend it.
 * Imports nothing, so the checks, the library and the CLI can share it.
 */
export interface Controle {
  /** The check's number in issue 9, item 6 (1-7), so a report line can be looked up. */
  nummer: number;
  /** What was checked, as one readable phrase. */
  wat: string;
  geslaagd: boolean;
  /** On failure: what the subgraph did instead. */
  waarom?: string;
  /** On failure: what to change in the subgraph. */
  herstel?: string;
  /** Extra lines (every schema defect, every leak found). */
  details?: string[];
}

/** Everything one conformance run found. */
export interface Conformancerapport {
  url: string;
  organisatie: string;
  /** The subgraph name the tokens were addressed to (their audience). */
  subgraph: string;
  controles: Controle[];
  /** True when every check held. */
  geslaagd: boolean;
}

/** A response as a check keeps it: status and parsed body, for the leak check later. */
export interface Antwoord {
  /** What was asked, for a readable report line. */
  wat: string;
  status: number;
  body: { data?: unknown; errors?: Array<{ message?: unknown; path?: unknown; extensions?: Record<string, unknown> }>; [key: string]: unknown } | undefined;
  /** The raw text, when it was not JSON. */
  tekst: string;
}
