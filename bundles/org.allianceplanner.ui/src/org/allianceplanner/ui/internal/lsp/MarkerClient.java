package org.allianceplanner.ui.internal.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.allianceplanner.ui.AlliancePlanner;
import org.allianceplanner.ui.internal.Activator;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The language server's client: turns published diagnostics into problem markers (which the editor
 * shows as annotations and the Problems view lists). Markers are written by a job, never on the
 * server's threads or the UI thread; a burst of publications for one file writes its markers once.
 */
public class MarkerClient implements LanguageClient {

	private final PlanLanguageServer owner;
	private final Map<String, List<Diagnostic>> pending = new ConcurrentHashMap<>();
	private final Job job = Job.create("Updating plan problem markers", this::writePending);

	MarkerClient(PlanLanguageServer owner) {
		this.owner = owner;
		job.setSystem(true);
	}

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams params) {
		List<Diagnostic> list = List.copyOf(params.getDiagnostics());
		pending.put(params.getUri(), list);
		job.schedule(50);
		owner.published(params.getUri(), list);
	}

	private IStatus writePending(IProgressMonitor monitor) {
		for (String uri : List.copyOf(pending.keySet())) {
			List<Diagnostic> list = pending.remove(uri);
			IFile file = FileUris.fileOf(uri);
			if (list == null || file == null || !file.exists()) {
				continue;
			}
			try {
				ResourcesPlugin.getWorkspace().run(m -> replaceMarkers(file, list), null, IWorkspace.AVOID_UPDATE,
						monitor);
			} catch (CoreException e) {
				Activator.log("Cannot write problem markers of " + file.getFullPath(), e);
			}
		}
		return Status.OK_STATUS;
	}

	private static void replaceMarkers(IFile file, List<Diagnostic> list) throws CoreException {
		IDocument document = documentOf(file);
		// severities are the server's: it applies the project's alliance.properties, as the command does
		List<Map<String, Object>> wanted = new ArrayList<>();
		for (Diagnostic diagnostic : list) {
			wanted.add(attributes(document, diagnostic, severity(diagnostic)));
		}
		IMarker[] existing = file.findMarkers(AlliancePlanner.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
		if (sameProblems(existing, wanted)) {
			// Typing moved them only: update the positions in place, sparing the editor's annotations and
			// the Problems view a removal and re-creation of every problem.
			for (int i = 0; i < existing.length; i++) {
				if (!positionOf(existing[i]).equals(positionOf(wanted.get(i)))) {
					existing[i].setAttributes(wanted.get(i));
				}
			}
			return;
		}
		file.deleteMarkers(AlliancePlanner.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
		for (Map<String, Object> attributes : wanted) {
			file.createMarker(AlliancePlanner.PROBLEM_MARKER, attributes);
		}
	}

	/** The same problems in the same order (message and severity), wherever they are now. */
	private static boolean sameProblems(IMarker[] existing, List<Map<String, Object>> wanted) throws CoreException {
		if (existing.length != wanted.size()) {
			return false;
		}
		java.util.Arrays.sort(existing, java.util.Comparator.comparingLong(IMarker::getId));
		for (int i = 0; i < existing.length; i++) {
			if (!java.util.Objects.equals(existing[i].getAttribute(IMarker.MESSAGE), wanted.get(i).get(IMarker.MESSAGE))
					|| !java.util.Objects.equals(existing[i].getAttribute(IMarker.SEVERITY),
							wanted.get(i).get(IMarker.SEVERITY))) {
				return false;
			}
		}
		return true;
	}

	private static List<Object> positionOf(IMarker marker) throws CoreException {
		return java.util.Arrays.asList(marker.getAttribute(IMarker.CHAR_START), marker.getAttribute(IMarker.CHAR_END),
				marker.getAttribute(IMarker.LINE_NUMBER));
	}

	private static List<Object> positionOf(Map<String, Object> attributes) {
		return java.util.Arrays.asList(attributes.get(IMarker.CHAR_START), attributes.get(IMarker.CHAR_END),
				attributes.get(IMarker.LINE_NUMBER));
	}

	private static Map<String, Object> attributes(IDocument document, Diagnostic diagnostic, int severity) {
		IRegion region = Positions.toRegion(document, diagnostic.getRange());
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, message(diagnostic));
		attributes.put(IMarker.SEVERITY, severity);
		attributes.put(IMarker.LINE_NUMBER, diagnostic.getRange().getStart().getLine() + 1);
		attributes.put(IMarker.CHAR_START, region.getOffset());
		attributes.put(IMarker.CHAR_END, region.getOffset() + Math.max(1, region.getLength()));
		attributes.put(IMarker.SOURCE_ID, "Alliance Planner");
		String code = code(diagnostic);
		if (code != null) {
			attributes.put(AlliancePlanner.MARKER_CODE, code);
		}
		List<String> data = data(diagnostic);
		if (!data.isEmpty()) {
			attributes.put(AlliancePlanner.MARKER_DATA, String.join("\n", data));
		}
		return attributes;
	}

	/** The rule ID a diagnostic names: "[PREMISE-DEFENSIVE] ..." in its message, else its code. */
	public static String ruleId(Diagnostic diagnostic) {
		String message = message(diagnostic);
		if (message != null && message.startsWith("[")) {
			int end = message.indexOf(']');
			if (end > 1) {
				return message.substring(1, end);
			}
		}
		return code(diagnostic);
	}

	/** The diagnostic's message as plain text (the protocol allows Markdown too). */
	public static String message(Diagnostic diagnostic) {
		if (diagnostic.getMessage() == null) {
			return "";
		}
		return diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft()
				: diagnostic.getMessage().getRight().getValue();
	}

	private static int severity(Diagnostic diagnostic) {
		DiagnosticSeverity severity = diagnostic.getSeverity();
		if (severity == DiagnosticSeverity.Error) {
			return IMarker.SEVERITY_ERROR;
		}
		return severity == DiagnosticSeverity.Warning ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO;
	}

	static String code(Diagnostic diagnostic) {
		if (diagnostic.getCode() == null) {
			return null;
		}
		return diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft()
				: String.valueOf(diagnostic.getCode().getRight());
	}

	/** Issue data travels in process as the validator's String[]; over JSON it would be a list. */
	static List<String> data(Diagnostic diagnostic) {
		Object data = diagnostic.getData();
		List<String> out = new ArrayList<>();
		if (data instanceof String[] array) {
			out.addAll(List.of(array));
		} else if (data instanceof Iterable<?> items) {
			items.forEach(i -> out.add(String.valueOf(i).replace("\"", "")));
		}
		return out;
	}

	/** The text the diagnostics were computed on: the open editor's document, else the file. */
	private static IDocument documentOf(IFile file) throws CoreException {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
				LocationKind.IFILE);
		if (buffer != null) {
			return buffer.getDocument();
		}
		try (InputStream in = file.getContents(true)) {
			return new Document(new String(in.readAllBytes(), Charset.forName(file.getCharset())));
		} catch (IOException e) {
			throw new CoreException(Status.error("Cannot read " + file.getFullPath(), e));
		}
	}

	@Override
	public void telemetryEvent(Object object) {
		// no telemetry in process
	}

	@Override
	public void showMessage(MessageParams params) {
		logMessage(params);
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
		logMessage(params);
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams params) {
		if (params.getType() == org.eclipse.lsp4j.MessageType.Error) {
			Activator.log("Plan language server: " + params.getMessage(), null);
		}
	}
}
