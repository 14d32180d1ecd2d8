package org.allianceplanner.diagram.ui.internal;

import org.allianceplanner.diagram.ui.internal.PlanDrawing.Drawing;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The diagram in the SWT browser: the core's SVG rendering (every element a group carrying its identity in
 * {@code data-element}) in a page whose script reports clicks and double-clicks to Java and marks the selected
 * element. The page's {@code window.alliance} object is its API ({@code show}, {@code highlight}, {@code ids},
 * {@code select}); tests drive it through {@link Browser#evaluate}.
 */
public final class BrowserSurface implements DiagramSurface {

	private static final String PAGE = """
			<!DOCTYPE html>
			<html><head><meta charset="utf-8"><style>
			body { margin: 0; font-family: sans-serif; background: #fff; }
			#status { padding: 4px 8px; color: #444; font-size: 12px; }
			#diagram { padding: 8px; }
			g[data-element] { cursor: pointer; }
			g.alliance-selected > rect, g.alliance-selected > path, g.alliance-selected > ellipse,
			g.alliance-selected > polygon { stroke: #1a73e8 !important; stroke-width: 3px !important; }
			</style></head><body><div id="status"></div><div id="diagram"></div><script>
			window.alliance = {
			  selected: null,
			  show: function (svg, status) {
			    document.getElementById('diagram').innerHTML = svg;
			    document.getElementById('status').textContent = status;
			    window.alliance.highlight(window.alliance.selected);
			    window.alliance.rendered = (window.alliance.rendered || 0) + 1;
			  },
			  groups: function (id) {
			    return Array.from(document.querySelectorAll('[data-element]'))
			      .filter(function (g) { return g.getAttribute('data-element') === id; });
			  },
			  highlight: function (id) {
			    document.querySelectorAll('.alliance-selected').forEach(function (g) { g.classList.remove('alliance-selected'); });
			    window.alliance.selected = id;
			    var found = id ? window.alliance.groups(id) : [];
			    found.forEach(function (g) { g.classList.add('alliance-selected'); });
			    if (found.length > 0 && found[0].scrollIntoViewIfNeeded) { found[0].scrollIntoViewIfNeeded(); }
			    return found.length;
			  },
			  ids: function () {
			    return Array.from(document.querySelectorAll('[data-element]')).map(function (g) { return g.getAttribute('data-element'); });
			  },
			  select: function (id, open) {
			    window.alliance.highlight(id);
			    allianceSelected(id, !!open);
			  }
			};
			document.addEventListener('click', function (e) {
			  var g = e.target.closest ? e.target.closest('[data-element]') : null;
			  if (g) { window.alliance.select(g.getAttribute('data-element'), false); }
			});
			document.addEventListener('dblclick', function (e) {
			  var g = e.target.closest ? e.target.closest('[data-element]') : null;
			  if (g) { window.alliance.select(g.getAttribute('data-element'), true); }
			});
			</script></body></html>
			""";

	private final Browser browser;
	private boolean loaded;
	private Drawing pending;
	private String highlighted;
	private SelectionListener listener;

	/** @throws org.eclipse.swt.SWTError where the browser cannot start (no WebKitGTK) */
	BrowserSurface(Composite parent) {
		browser = new Browser(parent, SWT.NONE);
		new BrowserFunction(browser, "allianceSelected") {
			@Override
			public Object function(Object[] arguments) {
				if (arguments.length >= 1 && arguments[0] instanceof String id) {
					highlighted = id;
					boolean open = arguments.length >= 2 && Boolean.TRUE.equals(arguments[1]);
					if (listener != null) {
						// after the script returns: the listener may move focus or open an editor
						browser.getDisplay().asyncExec(() -> listener.selected(id, open));
					}
				}
				return null;
			}
		};
		browser.addProgressListener(new ProgressAdapter() {
			@Override
			public void completed(ProgressEvent event) {
				loaded = true;
				if (pending != null) {
					Drawing drawing = pending;
					pending = null;
					show(drawing);
				}
			}
		});
		browser.setText(PAGE);
	}

	@Override
	public Control control() {
		return browser;
	}

	@Override
	public void show(Drawing drawing) {
		if (!loaded) {
			pending = drawing;
			return;
		}
		String svg = drawing.diagram() == null ? "" : drawing.diagram().svg();
		String status = drawing.diagram() == null ? (drawing.problem() == null ? "" : drawing.problem())
				: drawing.diagram().title();
		browser.execute("window.alliance.show(" + string(svg) + "," + string(status) + ");");
	}

	@Override
	public void highlight(String elementId) {
		highlighted = elementId;
		if (loaded) {
			browser.execute("window.alliance.highlight(" + (elementId == null ? "null" : string(elementId)) + ");");
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

	/** Whether the page has loaded and shows a drawing. */
	public boolean ready() {
		return loaded && pending == null;
	}

	public Browser browser() {
		return browser;
	}

	/** A JavaScript string literal. */
	public static String string(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16).append('"');
		for (char c : text.toCharArray()) {
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\u2028' -> out.append("\\u2028");
			case '\u2029' -> out.append("\\u2029");
			case '<' -> out.append("\\x3c"); // never "</script>" in a literal
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}
}
