package org.allianceplanner.diagram.render;

/** A diagram could not be rendered (an encoder or PDF library failure); says which diagram and format. */
public class RenderException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public RenderException(String message, Throwable cause) {
		super(message, cause);
	}
}
