/** Report tables as CSV and JSON, shared by {@code census tables} and the server's table routes. */
package org.modelcensus.server.tables;
