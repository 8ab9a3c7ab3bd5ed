/**
 * Report tables as CSV and JSON, shared by {@code census tables} and the server's table routes; the
 * drift of an edition between two snapshots ({@link org.modelcensus.server.tables.DriftOutput}) likewise
 * for {@code census drift} and the drift route.
 */
package org.modelcensus.server.tables;
