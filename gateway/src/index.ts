export * from "./composeSupergraph";
export * from "./exampleQuery";
export * from "./startGateway";
export * from "./subgraphConfig";
export * from "./SubgraphDataSource";
export * from "./useLocalQueryUi";
