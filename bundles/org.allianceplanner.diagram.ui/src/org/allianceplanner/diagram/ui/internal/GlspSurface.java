package org.allianceplanner.diagram.ui.internal;

import java.io.IOException;
import java.util.function.Supplier;

import org.allianceplanner.diagram.server.DiagramWebServer;
import org.allianceplanner.diagram.ui.internal.PlanDrawing.Drawing;
import org.allianceplanner.diagram.web.WebClient;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The editable diagram: the GLSP web client of {@code org.allianceplanner.diagram.web} in the SWT browser,
 * talking to a GLSP server of {@code org.allianceplanner.diagram.server} started for this editor alone (127.0.0.1,
 * a free port, its own token). The server reads and edits the plan through the document-backed texts and
 * refreshes the client when the text changes; selection goes both ways through the page's
 * {@code window.alliance} API.
 */
public final class GlspSurface implements DiagramSurface {

	private final Browser browser;
	private final DiagramWebServer server;
	private String highlighted;
	private SelectionListener listener;
	private boolean loaded;

	/**
	 * @throws org.eclipse.swt.SWTError where the browser cannot start
	 * @throws IOException              when the server cannot start
	 */
	public GlspSurface(Composite parent, Supplier<? extends DiagramModule> modules, java.net.URI planFile,
			String diagram) throws IOException {
		browser = new Browser(parent, SWT.NONE);
		server = new DiagramWebServer(DiagramWebServer.newToken(), WebClient.root(), modules);
		try {
			server.start(0);
		} catch (IOException e) {
			browser.dispose();
			throw e;
		}
		browser.addDisposeListener(e -> server.stop());
		new BrowserFunction(browser, "allianceSelected") {
			@Override
			public Object function(Object[] arguments) {
				String id = arguments.length >= 1 && arguments[0] instanceof String s ? s : null;
				highlighted = id;
				if (id != null && listener != null) {
					browser.getDisplay().asyncExec(() -> listener.selected(id, false));
				}
				return null;
			}
		};
		browser.addProgressListener(new ProgressAdapter() {
			@Override
			public void completed(ProgressEvent event) {
				loaded = true;
				browser.execute("window.alliance.onSelectionChanged(function (ids) {"
						+ " allianceSelected(ids.length === 1 ? ids[0] : null); });"
						+ "window.alliance.ready.then(function () { window.allianceShown = true; },"
						+ " function (e) { window.allianceError = String(e && e.message || e); });");
			}
		});
		browser.setUrl(server.pageUri(planFile, diagram).toString());
	}

	@Override
	public Control control() {
		return browser;
	}

	@Override
	public void show(Drawing drawing) {
		// the server sends the client every new model itself (it listens to the plan's text)
	}

	@Override
	public void highlight(String elementId) {
		highlighted = elementId;
		if (loaded && elementId != null) {
			browser.execute("window.alliance.dispatch({kind: 'elementSelected', selectedElementsIDs: ["
					+ BrowserSurface.string(elementId) + "], deselectedElementsIDs: true});");
		}
	}

	@Override
	public String highlighted() {
		return highlighted;
	}

	@Override
	public boolean readOnly() {
		return false;
	}

	@Override
	public void setSelectionListener(SelectionListener listener) {
		this.listener = listener;
	}

	public Browser browser() {
		return browser;
	}

	public DiagramWebServer server() {
		return server;
	}
}
