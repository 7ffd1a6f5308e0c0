/**
 * The codes of the five organisations of the demo scenario, as the organisation
 * register (`gateway/organisaties.json`) lists them: for the demo's seeds, its
 * tests and organisation-specific code, never for deciding or recording access
 * (that reads the register).
 */
export const DemoOrganisatie = {
  LOKAAL_TEAM: "LOKAAL_TEAM",
  VEILIG_THUIS: "VEILIG_THUIS",
  RVDK: "RVDK",
  GI: "GI",
  ERVARINGSDESKUNDIGEN: "ERVARINGSDESKUNDIGEN",
} as const;
