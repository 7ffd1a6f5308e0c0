export * from "./databases";
export * from "./postgres";
export * from "./prepareDatabase";
export * from "./openbareHuishoudens";
