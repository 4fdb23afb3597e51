package nl.functiehuis.application;

import nl.functiehuis.house.ImportedDocuments;
import nl.functiehuis.validation.BookletStatements;
import nl.functiehuis.validation.RuleSwitches;

/**
 * What the house keeps beside its profiles and reference data, and export and load carry too: the levels
 * booklets state outside their profile texts, the rule switches with their history, the imported documents.
 */
public record HouseRecords(BookletStatements statements, RuleSwitches switches, ImportedDocuments documents) {}
