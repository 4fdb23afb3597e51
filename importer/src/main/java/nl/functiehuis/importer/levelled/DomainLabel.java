package nl.functiehuis.importer.levelled;

/** A competency domain as the document writes it ("Domein 3: Analyse en besluitvorming"), its number and name. */
public record DomainLabel(String asWritten, String code, String name) {}
