/**
 * The census HTTP server: {@link org.modelcensus.server.http.CensusServer} builds it from a
 * {@link org.modelcensus.server.http.ServerConfig}; errors are JSON, writes need a bearer token,
 * CORS is an allow-list, bodies are size-limited and heavy work runs on a bounded pool. Route
 * groups implement {@link org.modelcensus.server.http.Routes} and mark routes with
 * {@link org.modelcensus.server.http.Access}.
 */
package org.modelcensus.server.http;
