package org.modelcensus.functions.query;

/** One method per kind of {@link Query}: an interpreter. */
public interface QueryVisitor<R> {
    R count(Count q);

    R lookup(Lookup q);

    R cellRef(CellRef q);

    R arithmetic(Arithmetic q);

    R constant(Constant q);

    R param(Param q);

    R rank(Rank q);

    R compare(Compare q);
}
