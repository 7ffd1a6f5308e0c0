export * from "./Controle";
export * from "./controleerSubgraph";
export * from "./conformanceTokens";
export * from "./formatRapport";
