package org.allianceplanner.diagram.ui.internal;

import static org.allianceplanner.diagram.ui.internal.DiagramUi.flush;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Display;

/**
 * The GLSP client's page in a diagram editor's browser, driven as a user would: DOM events on the palette's
 * buttons and on the diagram's elements (as the chromium test's drive-browser.mjs does with real mouse events),
 * and read through the DOM. Sprotty gives every element the DOM id {@code alliance-diagram_<element id>}.
 */
final class GlspPage {

	private static final String PREFIX = "alliance-diagram_";

	private final Browser browser;

	GlspPage(DiagramEditor editor) {
		this.browser = (Browser) editor.surface().control();
	}

	Browser browser() {
		return browser;
	}

	Object eval(String script) {
		return browser.evaluate(script);
	}

	/** Waits until the client has rendered its first model; fails with what the page says and its errors. */
	void waitUntilShown(String what) {
		waitUntil(what + " is shown by the GLSP client", () -> Boolean.TRUE.equals(eval("return window.allianceShown === true;")));
	}

	/** Runs the event loop until the condition holds; fails naming what did not happen and what the page shows. */
	void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + DiagramUi.TIMEOUT;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("Timed out waiting until " + what + "; " + diagnosis());
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		}
	}

	/** What the page shows and which errors it had: for failure messages. */
	String diagnosis() {
		Object state = eval("""
				return 'url: ' + location.href.replace(/token=[^&]*/, 'token=…')
				  + ' | window.alliance: ' + typeof window.alliance
				  + ' | errors: ' + JSON.stringify(window.allianceErrors || null)
				  + ' | scripts: ' + Array.from(document.scripts).map(function (s) { return s.src.replace(/token=[^&]*/, 'token=…') || 'inline'; }).join(', ')
				  + ' | resources: ' + performance.getEntriesByType('resource').map(function (r) { return r.name.replace(/token=[^&]*/, 'token=…') + ' ' + Math.round(r.duration) + 'ms'; }).join(', ')
				  + ' | canvas classes: ' + (document.querySelector('#alliance-diagram svg') ? document.querySelector('#alliance-diagram svg').getAttribute('class') : '(no svg)')
				  + ' | active tool: ' + Array.from(document.querySelectorAll('.tool-palette .tool-button.clicked')).map(function (b) { return b.textContent.trim(); }).join(', ')
				  + ' | text: ' + (document.body ? document.body.innerText : '(no body)').substring(0, 600);
				""");
		return String.valueOf(state);
	}

	/** Fits the whole diagram into view (sprotty draws no element outside the canvas), then lets it render. */
	void fit() {
		browser.execute("window.alliance.dispatch({kind: 'fit', elementIds: [], padding: 10, animate: false});");
		flush(400);
	}

	/** The ids of the model elements the page draws now. */
	List<String> ids() {
		Object result = eval("return window.alliance ? Array.from(document.querySelectorAll('#alliance-diagram [id^=\""
				+ PREFIX + "\"]')).map(function (e) { return e.id.substring(" + PREFIX.length() + "); }) : [];");
		Object[] values = result instanceof Object[] array ? array : new Object[0];
		return Arrays.stream(values).map(String::valueOf).toList();
	}

	boolean shows(String elementId) {
		return Boolean.TRUE.equals(eval("return document.getElementById(" + js(PREFIX + elementId) + ") !== null;"));
	}

	/** Whether the element is drawn selected (sprotty's {@code selected} class on its shape). */
	boolean selected(String elementId) {
		return Boolean.TRUE.equals(eval("var e = document.getElementById(" + js(PREFIX + elementId)
				+ "); return e !== null && e.querySelector('.selected') !== null;"));
	}

	/** The labels of the palette's buttons. */
	List<String> paletteLabels() {
		Object result = eval("return Array.from(document.querySelectorAll('.tool-palette .tool-button'))"
				+ ".map(function (b) { return b.textContent.trim(); });");
		Object[] values = result instanceof Object[] array ? array : new Object[0];
		return Arrays.stream(values).map(String::valueOf).toList();
	}

	/** Clicks the palette button with this label; false when there is none. */
	boolean clickPalette(String label) {
		return Boolean.TRUE.equals(eval("var b = Array.from(document.querySelectorAll('.tool-palette .tool-button'))"
				+ ".find(function (b) { return b.textContent.trim() === " + js(label) + "; });"
				+ " if (!b) { return false; } b.dispatchEvent(new MouseEvent('click', {bubbles: true})); return true;"));
	}

	/**
	 * A point of the canvas (client coordinates) with nothing drawn around it, as drive-browser.mjs finds one;
	 * null when there is none.
	 */
	double[] blankPoint() {
		Object result = eval("""
				var canvas = document.querySelector('#alliance-diagram svg').getBoundingClientRect();
				var blank = function (x, y) {
				  var hit = document.elementFromPoint(x, y);
				  return hit && hit.tagName.toLowerCase() === 'svg' && hit.closest('#alliance-diagram') !== null;
				};
				for (var y = canvas.bottom - 60; y > canvas.top + 60; y -= 20) {
				  for (var x = canvas.right - 120; x > canvas.left + 60; x -= 20) {
				    if (blank(x, y) && blank(x - 60, y - 40) && blank(x + 60, y + 40)) { return [x, y]; }
				  }
				}
				return null;
				""");
		return result instanceof Object[] xy ? new double[] { ((Number) xy[0]).doubleValue(), ((Number) xy[1]).doubleValue() }
				: null;
	}

	/** The centre of the element's shape in client coordinates, or null when it is not drawn. */
	double[] centre(String elementId) {
		Object result = eval("var e = document.getElementById(" + js(PREFIX + elementId) + "); if (!e) { return null; }"
				+ " var s = e.querySelector('.alliance-shape') || e; var r = s.getBoundingClientRect();"
				+ " return [r.left + r.width / 2, r.top + Math.min(r.height / 2, 8)];");
		return result instanceof Object[] xy ? new double[] { ((Number) xy[0]).doubleValue(), ((Number) xy[1]).doubleValue() }
				: null;
	}

	/** A mouse click at a point as a user makes it: over, move, down, up, click on what is drawn there. */
	void clickAt(double[] point) {
		mouse(point, "mouseover", "mousemove", "mousedown", "mouseup", "click");
	}

	void doubleClickAt(double[] point) {
		mouse(point, "mouseover", "mousemove", "mousedown", "mouseup", "click", "mousedown", "mouseup", "click", "dblclick");
	}

	/** Moves the mouse onto a point (hover feedback, as the edge tool needs before its second click). */
	void hover(double[] point) {
		mouse(point, "mouseover", "mousemove");
	}

	/**
	 * A click on the element's shape itself (not on what is drawn at that point: the edge tool's feedback edge
	 * ends under the mouse), after moving onto it.
	 */
	void clickOn(String elementId) {
		on(elementId, "mousedown", "mouseup", "click");
	}

	void doubleClickOn(String elementId) {
		on(elementId, "mousedown", "mouseup", "click", "mousedown", "mouseup", "click", "dblclick");
	}

	private void on(String elementId, String... events) {
		// sprotty draws no element outside the canvas: bring the whole diagram into view until it is drawn
		waitUntil(elementId + " is drawn", () -> {
			if (centre(elementId) != null) {
				return true;
			}
			fit();
			return false;
		});
		double[] point = centre(elementId);
		String target = "var e = document.getElementById(" + js(PREFIX + elementId)
				+ "); var t = e.querySelector('.alliance-shape') || e;";
		mouseOn(point, target, "mouseover", "mousemove");
		mouseOn(point, target, events);
	}

	private void mouse(double[] point, String... events) {
		mouseOn(point, "var t = document.elementFromPoint(x, y);", events);
	}

	/**
	 * One event at a time, with the event loop run in between, as a user's hand leaves time between them: GLSP's
	 * mouse tool hands an event to its listeners rank by rank, asynchronously, so a mouseup sent in the same task
	 * as its mousedown can reach the edge tool first, which then takes the next move for a drag.
	 */
	private void mouseOn(double[] point, String findTarget, String... events) {
		for (String event : events) {
			String script = "var x = " + point[0] + ", y = " + point[1] + "; " + findTarget
					+ " if (!t) { return false; } t.dispatchEvent(new MouseEvent('" + event
					+ "', {bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, screenX: x, screenY: y,"
					+ " button: 0, buttons: " + (event.equals("mousedown") ? 1 : 0) + ", detail: "
					+ (event.equals("dblclick") ? 2 : 1) + "})); return true;";
			if (!Boolean.TRUE.equals(eval(script))) {
				fail("nothing drawn at " + point[0] + ", " + point[1]);
			}
			flush(60);
		}
	}

	/**
	 * A key pressed while the diagram has the focus: keydown and keyup on the diagram's canvas, where GLSP's key tool
	 * listens ({@code code} as KeyboardEvent.code, e.g. {@code KeyZ}, {@code F2}).
	 */
	void key(String code, String key, boolean ctrl, boolean shift) {
		for (String type : List.of("keydown", "keyup")) {
			Object sent = eval("var t = document.querySelector('#alliance-diagram svg'); if (!t) { return false; }"
					+ " t.dispatchEvent(new KeyboardEvent('" + type + "', {bubbles: true, cancelable: true, code: " + js(code)
					+ ", key: " + js(key) + ", ctrlKey: " + ctrl + ", shiftKey: " + shift + "})); return true;");
			if (!Boolean.TRUE.equals(sent)) {
				fail("the page has no diagram canvas for the key " + code + "; " + diagnosis());
			}
			flush(60);
		}
	}

	/** Whether GLSP's label editor (sprotty's edit box over the label) is open, with the label's text in it. */
	String labelEditorText() {
		Object text = eval("var c = document.querySelector('.label-edit'); if (!c || c.classList.contains('hidden')) { return null; }"
				+ " var i = Array.from(c.querySelectorAll('input, textarea')).find(function (e) { return e.style.visibility === 'visible'; });"
				+ " return i ? i.value : null;");
		return text instanceof String value ? value : null;
	}

	/**
	 * Types into GLSP's open label editor and presses Enter there: the new value, the keyup the editor validates on,
	 * then Enter, which applies the edit.
	 */
	void typeIntoLabelEditor(String text) {
		String find = "var c = document.querySelector('.label-edit'); var i = c && Array.from(c.querySelectorAll('input, textarea'))"
				+ ".find(function (e) { return e.style.visibility === 'visible'; }); if (!i) { return false; }";
		Object typed = eval(find + " i.focus(); i.value = " + js(text) + "; i.dispatchEvent(new Event('input', {bubbles: true}));"
				+ " i.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true, code: 'KeyE', key: 'e'})); return true;");
		if (!Boolean.TRUE.equals(typed)) {
			fail("GLSP's label editor is not open; " + diagnosis());
		}
		flush(400); // the editor validates 200 ms after the last key (a round trip to the server)
		eval(find + " i.dispatchEvent(new KeyboardEvent('keydown', {bubbles: true, cancelable: true, code: 'Enter', key: 'Enter'}));"
				+ " return true;");
		flush(60);
	}

	/** Whether the element draws an issue marker of this severity ({@code error}, {@code warning}, {@code info}). */
	boolean marked(String elementId, String severity) {
		return Boolean.TRUE.equals(eval("var e = document.getElementById(" + js(PREFIX + elementId + "#marker") + ");"
				+ " if (!e) { return false; } var all = [e].concat(Array.from(e.querySelectorAll('*')));"
				+ " return all.some(function (x) { var c = x.getAttribute('class') || ''; return c.indexOf('sprotty-issue') >= 0"
				+ " && c.indexOf('sprotty-" + severity + "') >= 0; });"));
	}

	/** Dispatches an action in the client (sent to the server when the server handles its kind). */
	void dispatch(String actionJson) {
		browser.execute("window.alliance.dispatch(" + actionJson + ");");
	}

	static String js(String value) {
		return BrowserSurface.string(value);
	}
}
