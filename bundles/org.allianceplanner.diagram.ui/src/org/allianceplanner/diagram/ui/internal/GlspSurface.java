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

	/**
	 * Run once the page has loaded: keeps the page's errors, and wires {@code window.alliance} (once the client's
	 * script has installed it) to tell Java about selections.
	 */
	static final String PAGE_HOOKS = """
			window.allianceErrors = window.allianceErrors || [];
			window.addEventListener('error', function (e) {
			  window.allianceErrors.push(String(e.message || e) + (e.filename ? ' at ' + e.filename + ':' + e.lineno : ''));
			});
			window.addEventListener('unhandledrejection', function (e) {
			  window.allianceErrors.push('unhandled rejection: ' + String(e.reason && e.reason.message || e.reason));
			});
			(function wire() {
			  if (!window.alliance) { setTimeout(wire, 20); return; }
			  window.alliance.onSelectionChanged(function (ids) { allianceSelected(ids.length === 1 ? ids[0] : null); });
			  window.alliance.ready.then(function () { window.allianceShown = true; },
			    function (e) { window.allianceErrors.push('not loaded: ' + String(e && e.message || e)); });
			})();
			""";

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
				boolean echo = id != null && id.equals(highlighted); // the caret's own highlight coming back
				highlighted = id;
				if (id != null && !echo && listener != null) {
					browser.getDisplay().asyncExec(() -> listener.selected(id, false));
				}
				return null;
			}
		};
		browser.addProgressListener(new ProgressAdapter() {
			@Override
			public void completed(ProgressEvent event) {
				loaded = true;
				// The page's own script (diagram.js) loads after its style sheet, often after this event: the hooks
				// wait for window.alliance (calling it now would throw and leave the selection unwired).
				browser.execute(PAGE_HOOKS);
				if (highlighted != null) {
					highlight(highlighted); // asked for before the page was there
				}
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
			String id = BrowserSurface.string(elementId);
			// window.alliance may still be on its way (the page's script loads late); dispatch waits for the model
			browser.execute("(function select() { if (!window.alliance) { setTimeout(select, 20); return; }"
					+ " window.alliance.dispatch({kind: 'elementSelected', selectedElementsIDs: [" + id
					+ "], deselectedElementsIDs: [], deselectAll: true});"
					+ " window.alliance.dispatch({kind: 'center', elementIds: [" + id
					+ "], animate: false, retainZoom: true}); })();");
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
