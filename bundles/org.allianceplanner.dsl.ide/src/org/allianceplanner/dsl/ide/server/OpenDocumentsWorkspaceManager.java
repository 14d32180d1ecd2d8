package org.allianceplanner.dsl.ide.server;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.workspace.IWorkspaceConfig;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure2;

/**
 * Xtext's workspace manager, also for an editor that opens a single file: without a root folder (rootUri null,
 * no workspace folders) the workspace is empty instead of failing, and documents outside every folder belong to
 * a project of their own ({@link OpenDocumentsWorkspaceConfig}), so that they are checked too.
 */
public class OpenDocumentsWorkspaceManager extends WorkspaceManager {

	@Override
	public void initialize(URI baseDir, Procedure2<? super URI, ? super Iterable<Issue>> issueAcceptor,
			CancelIndicator cancelIndicator) {
		if (baseDir == null) {
			initialize(List.of(), issueAcceptor, cancelIndicator);
		} else {
			super.initialize(baseDir, issueAcceptor, cancelIndicator);
		}
	}

	@Override
	protected IWorkspaceConfig createWorkspaceConfig() {
		return new OpenDocumentsWorkspaceConfig(super.createWorkspaceConfig());
	}
}
