package org.allianceplanner.diagram.glsp.internal;

import org.eclipse.glsp.server.actions.Action;

/** Client to server, sprotty's {@code OpenAction}: the user double-clicked an element ({@code {kind: "open", elementId}}). */
public class OpenAction extends Action {

	public static final String KIND = "open";

	private String elementId;

	public OpenAction() {
		this(null);
	}

	public OpenAction(String elementId) {
		super(KIND);
		this.elementId = elementId;
	}

	public String getElementId() {
		return elementId;
	}
}
