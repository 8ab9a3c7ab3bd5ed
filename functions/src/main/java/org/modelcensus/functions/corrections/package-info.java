/**
 * Analyst corrections: a CSV file of {@code action,model,field,value,reason} rows applied on top of
 * a snapshot before normalization — set a field, remove a model, add a model row by row, or copy a
 * model from another snapshot. Every row needs a reason, every row must take effect, and the
 * result lists each applied row so that every output can show it.
 *
 * <p>Example: {@code Corrected c = Corrections.load(Path.of("corrections/spri-2024-known-edits.csv")).apply(snapshot);}
 */
package org.modelcensus.functions.corrections;
