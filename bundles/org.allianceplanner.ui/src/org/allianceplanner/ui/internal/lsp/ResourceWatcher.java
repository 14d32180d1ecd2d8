package org.allianceplanner.ui.internal.lsp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.LocationKind;
import org.allianceplanner.validation.settings.SettingsFile;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;

/**
 * Tells the language server about plan files that change on disk without an editor (saved rename
 * edits, new files from wizards, files from outside), and about projects that close or go away.
 * Files open in an editor are the editor's business.
 */
final class ResourceWatcher implements IResourceChangeListener {

	private final PlanLanguageServer server;

	ResourceWatcher(PlanLanguageServer server) {
		this.server = server;
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		if (delta == null) {
			return;
		}
		List<FileEvent> events = new ArrayList<>();
		Set<IProject> settingsChanged = new LinkedHashSet<>();
		try {
			delta.accept(d -> visit(d, events, settingsChanged));
		} catch (CoreException e) {
			return;
		}
		if (!events.isEmpty()) {
			server.server().didChangeWatchedFiles(new DidChangeWatchedFilesParams(events));
		}
		// the rules' severities come from the project's alliance.properties: check its plans again
		settingsChanged.forEach(server::recheck);
	}

	private boolean visit(IResourceDelta delta, List<FileEvent> events, Set<IProject> settingsChanged) {
		IResource resource = delta.getResource();
		if (resource instanceof IFile && SettingsFile.FILE_NAME.equals(resource.getName())
				&& server.knowsProject(resource.getProject().getName()) && resource.getProject().isOpen()) {
			settingsChanged.add(resource.getProject());
			return false;
		}
		if (resource instanceof IProject project) {
			if (!server.knowsProject(project.getName())) {
				// A new or opened Alliance project joins at once, without waiting for a build.
				if (project.isOpen() && hasNature(project)) {
					server.addProject(project);
				}
				return false;
			}
			if (delta.getKind() == IResourceDelta.REMOVED || (delta.getFlags() & IResourceDelta.OPEN) != 0
					&& !project.isOpen()) {
				String uri = FileUris.of(project);
				server.removeProject(project.getName(), uri == null ? "" : uri);
				return false;
			}
			return true;
		}
		if (!FileUris.isPlan(resource)) {
			return true;
		}
		String uri = FileUris.of(resource);
		if (uri == null || isOpenInEditor((IFile) resource) && delta.getKind() == IResourceDelta.CHANGED) {
			return false;
		}
		switch (delta.getKind()) {
		case IResourceDelta.ADDED -> events.add(new FileEvent(uri, FileChangeType.Created));
		case IResourceDelta.REMOVED -> events.add(new FileEvent(uri, FileChangeType.Deleted));
		case IResourceDelta.CHANGED -> {
			if ((delta.getFlags() & IResourceDelta.CONTENT) != 0) {
				events.add(new FileEvent(uri, FileChangeType.Changed));
			}
		}
		default -> {
		}
		}
		return false;
	}

	static boolean hasNature(IProject project) {
		try {
			return project.isOpen() && project.hasNature(org.allianceplanner.ui.AlliancePlanner.NATURE_ID);
		} catch (CoreException e) {
			return false;
		}
	}

	private static boolean isOpenInEditor(IFile file) {
		return FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE) != null
				&& DocumentConnection.isConnected(FileUris.of(file));
	}
}
