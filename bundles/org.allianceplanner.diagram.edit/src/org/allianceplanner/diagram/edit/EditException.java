package org.allianceplanner.diagram.edit;

/** An edit that cannot be made as asked: the message says why, in the plan author's words. */
public class EditException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public EditException(String message) {
		super(message);
	}
}
