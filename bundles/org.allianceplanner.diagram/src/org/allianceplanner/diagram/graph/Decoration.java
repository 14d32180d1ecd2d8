package org.allianceplanner.diagram.graph;

import java.util.Objects;

/**
 * A badge on an element, typically a validation finding: its severity, the rule ID it carries, the message
 * (shown as a tooltip or title) and where it sits.
 */
public record Decoration(Severity severity, String ruleId, String message, Placement placement) {

	public Decoration {
		Objects.requireNonNull(severity, "severity");
		ruleId = ruleId == null ? "" : ruleId;
		message = message == null ? "" : message;
		Objects.requireNonNull(placement, "placement");
	}

	/** A decoration at the default place of validation badges (the top left corner, as Sirius puts them). */
	public static Decoration of(Severity severity, String ruleId, String message) {
		return new Decoration(severity, ruleId, message, Placement.NORTH_WEST);
	}
}
