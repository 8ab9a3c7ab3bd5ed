package org.modelcensus.functions.normalize;

/** A country as the reports name it: ISO 3166 alpha-2 code, Korean label, English name, Epoch's name. */
public record Country(String code, String labelKo, String labelEn, String epochName) {
}
