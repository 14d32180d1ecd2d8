package org.allianceplanner.diagram.ui.internal;

import java.io.IOException;
import java.util.function.Supplier;

import org.allianceplanner.diagram.web.WebClient;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Composite;

/**
 * Makes the diagram editor's surface: the browser where it starts, else the read-only rendering. The system
 * property {@value #NO_BROWSER} forces the read-only rendering (tests, or a broken WebKitGTK).
 */
public final class Surfaces {

	/** {@code -Dalliance.diagram.noBrowser=true}: never start the browser. */
	public static final String NO_BROWSER = "alliance.diagram.noBrowser";

	private Surfaces() {
	}

	static DiagramSurface create(Composite parent, Supplier<? extends DiagramModule> modules, java.net.URI planFile,
			String diagram) {
		if (Boolean.getBoolean(NO_BROWSER)) {
			return new RenderedSurface(parent, "-D" + NO_BROWSER + "=true");
		}
		if (WebClient.available()) {
			try {
				return new GlspSurface(parent, modules, planFile, diagram);
			} catch (SWTError e) {
				return new RenderedSurface(parent, e.getMessage());
			} catch (IOException | RuntimeException e) {
				// the server did not start: the core's SVG in the browser still shows the diagram, read-only
			}
		}
		try {
			return new BrowserSurface(parent);
		} catch (SWTError e) {
			return new RenderedSurface(parent, e.getMessage());
		}
	}
}
