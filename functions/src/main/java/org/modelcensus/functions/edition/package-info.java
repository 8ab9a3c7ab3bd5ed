/**
 * Report editions as data: an {@link org.modelcensus.functions.edition.Edition} (years, mapping
 * scope, the {@link org.modelcensus.functions.edition.EditionTable}s in print order) is read from
 * {@code editions/*.json} by {@link org.modelcensus.functions.edition.EditionFile}, strictly, with
 * file:line:column in every error.
 *
 * <p>Example: {@code Edition.of("spri-2025").tables()}
 */
package org.modelcensus.functions.edition;
