package org.allianceplanner.dsl.ide.server;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.workspace.IProjectConfig;
import org.eclipse.xtext.workspace.ISourceFolder;
import org.eclipse.xtext.workspace.IWorkspaceConfig;

/**
 * The workspace folders' projects plus one project for the documents that lie in none of them. That project has
 * no source folders: nothing on disk is scanned for it; it holds only what the editor opens.
 */
public class OpenDocumentsWorkspaceConfig implements IWorkspaceConfig {

	/** Parentheses cannot occur in a folder's project name, so this name never clashes with one. */
	static final String PROJECT_NAME = "(open documents)";

	private final IWorkspaceConfig folders;
	private final IProjectConfig openDocuments = new OpenDocumentsProject();

	public OpenDocumentsWorkspaceConfig(IWorkspaceConfig folders) {
		this.folders = folders;
	}

	@Override
	public Set<? extends IProjectConfig> getProjects() {
		Set<IProjectConfig> projects = new LinkedHashSet<>(folders.getProjects());
		projects.add(openDocuments);
		return projects;
	}

	@Override
	public IProjectConfig findProjectContaining(URI member) {
		IProjectConfig project = folders.findProjectContaining(member);
		return project != null ? project : openDocuments;
	}

	@Override
	public IProjectConfig findProjectByName(String name) {
		return PROJECT_NAME.equals(name) ? openDocuments : folders.findProjectByName(name);
	}

	private final class OpenDocumentsProject implements IProjectConfig {

		@Override
		public String getName() {
			return PROJECT_NAME;
		}

		/** The file system root: a base, never scanned (there are no source folders). */
		@Override
		public URI getPath() {
			return URI.createURI("file:///");
		}

		@Override
		public Set<? extends ISourceFolder> getSourceFolders() {
			return Set.of();
		}

		@Override
		public ISourceFolder findSourceFolderContaining(URI member) {
			return null;
		}

		@Override
		public IWorkspaceConfig getWorkspaceConfig() {
			return OpenDocumentsWorkspaceConfig.this;
		}
	}
}
