package org.allianceplanner.diagram.graph;

/** The severity of a decoration, from the validation finding it shows. */
public enum Severity {
	ERROR, WARNING, INFO
}
