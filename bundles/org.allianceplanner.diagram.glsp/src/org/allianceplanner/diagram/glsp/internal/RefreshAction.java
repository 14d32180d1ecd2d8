package org.allianceplanner.diagram.glsp.internal;

import org.eclipse.glsp.server.actions.Action;

/** Server-internal: a plan text the diagram was drawn from changed; draw it again (on the session's thread). */
public class RefreshAction extends Action {

	public static final String KIND = "allianceRefresh";

	public RefreshAction() {
		super(KIND);
	}
}
