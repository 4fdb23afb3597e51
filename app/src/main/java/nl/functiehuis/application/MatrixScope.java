package nl.functiehuis.application;

import nl.functiehuis.Checks;

/** What a competency matrix is drawn for: a function group, a function series or a levelled family. */
public sealed interface MatrixScope {

    /** The code, name or slug the user gave. */
    String value();

    /** The Dutch name of the address parameter that carries it: groep, reeks or familie. */
    String parameter();

    /** A function group by code (N06.01), slug or name (Publiek). */
    record Group(String value) implements MatrixScope {
        public Group {
            value = Checks.text(value, "groep");
        }

        @Override
        public String parameter() {
            return "groep";
        }
    }

    /** A function series by code (N06), slug or name (Dienstverlening). */
    record Series(String value) implements MatrixScope {
        public Series {
            value = Checks.text(value, "reeks");
        }

        @Override
        public String parameter() {
            return "reeks";
        }
    }

    /** A levelled family by its code, slug or one of its level codes (3006/3007/3008, 3007). */
    record Family(String value) implements MatrixScope {
        public Family {
            value = Checks.text(value, "familie");
        }

        @Override
        public String parameter() {
            return "familie";
        }
    }
}
