package org.allianceplanner.ui.internal.builder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.allianceplanner.dsl.generator.PlanSummaryGenerator;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.ui.internal.lsp.FileUris;
import org.allianceplanner.ui.internal.lsp.PlanLanguageServer;
import org.allianceplanner.ui.internal.lsp.Requests;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * The plan builder. Checking is the language server's job: it holds the project's index, rebuilds
 * the files a change affects and publishes their diagnostics as markers. This builder makes sure the
 * server knows the project and generates the configured outputs of every changed plan file: a
 * Markdown summary of each plan, written to the project's output folder on save. A file with errors
 * generates nothing (its previous output stays), and a file in the output folder that the
 * generator did not write is never overwritten.
 */
public class PlanBuilder extends IncrementalProjectBuilder {

	private static final long WAIT_MILLIS = 60_000;

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IProject project = getProject();
		PlanLanguageServer server = PlanLanguageServer.get();
		server.addProject(project);
		List<IFile> changed = new ArrayList<>();
		List<IFile> removed = new ArrayList<>();
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(project);
		if (delta == null) {
			project.accept(r -> collect(r, changed));
		} else {
			delta.accept(d -> collect(d, changed, removed));
		}
		if (!ProjectSettings.generateSummary(project)) {
			return null;
		}
		IFolder output = project.getFolder(ProjectSettings.outputFolder(project));
		for (IFile file : removed) {
			deleteOutput(output.getFile(outputName(file)));
		}
		for (IFile file : changed) {
			if (monitor.isCanceled()) {
				break;
			}
			generate(server, file, output);
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		IFolder output = getProject().getFolder(ProjectSettings.outputFolder(getProject()));
		if (output.exists()) {
			for (IResource member : output.members()) {
				if (member instanceof IFile file && isGenerated(file)) {
					file.delete(true, monitor);
				}
			}
		}
	}

	private boolean collect(IResource resource, List<IFile> changed) {
		if (isOutput(resource)) {
			return false;
		}
		if (FileUris.isPlan(resource)) {
			changed.add((IFile) resource);
		}
		return true;
	}

	private boolean collect(IResourceDelta delta, List<IFile> changed, List<IFile> removed) {
		IResource resource = delta.getResource();
		if (isOutput(resource)) {
			return false;
		}
		if (FileUris.isPlan(resource)) {
			if (delta.getKind() == IResourceDelta.REMOVED) {
				removed.add((IFile) resource);
			} else if (delta.getKind() == IResourceDelta.ADDED || (delta.getFlags() & IResourceDelta.CONTENT) != 0) {
				changed.add((IFile) resource);
			}
		}
		return true;
	}

	private boolean isOutput(IResource resource) {
		IPath output = getProject().getFolder(ProjectSettings.outputFolder(getProject())).getFullPath();
		return output.isPrefixOf(resource.getFullPath());
	}

	/** One summary file per plan file, named after it: plans/air.alliance gives generated/air.md. */
	static String outputName(IFile file) {
		return file.getFullPath().removeFileExtension().lastSegment() + ".md";
	}

	private void generate(PlanLanguageServer server, IFile file, IFolder output) throws CoreException {
		String uri = FileUris.of(file);
		String source = file.getProjectRelativePath().toString();
		PlanSummaryGenerator generator = server.languageInjector().getInstance(PlanSummaryGenerator.class);
		String text = Requests.await(server.server().access().doRead(uri, context -> summary((XtextResource) context.getResource(),
				generator, source)), WAIT_MILLIS);
		if (text == null) {
			return; // errors, no plans, or the server could not read the file: keep the last output
		}
		IFile target = output.getFile(outputName(file));
		if (target.exists() && !isGenerated(target)) {
			return; // a user's file: never overwritten
		}
		createFolders(output);
		InputStream content = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (target.exists()) {
			target.setContents(content, IResource.FORCE, null);
		} else {
			target.create(content, IResource.FORCE | IResource.DERIVED, null);
		}
	}

	/** The Markdown summaries of a file's plans, or null when it has errors or no plans. */
	static String summary(XtextResource resource, PlanSummaryGenerator generator, String source) {
		if (resource == null || resource.getContents().isEmpty() || !resource.getErrors().isEmpty()) {
			return null;
		}
		List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource,
				CheckMode.ALL, CancelIndicator.NullImpl);
		if (issues.stream().anyMatch(i -> i.getSeverity() == Severity.ERROR)) {
			return null;
		}
		PlanModel model = (PlanModel) resource.getContents().get(0);
		if (model.getPlans().isEmpty()) {
			return null;
		}
		StringBuilder out = new StringBuilder();
		for (Plan plan : model.getPlans()) {
			String summary = generator.generate(plan, source);
			// One marker line heads the file, as the command line writes it.
			out.append(out.length() == 0 ? summary : summary.substring(summary.indexOf('\n') + 1)).append('\n');
		}
		return out.toString();
	}

	private static boolean isGenerated(IFile file) throws CoreException {
		try (InputStream in = file.getContents(true)) {
			byte[] head = in.readNBytes(PlanSummaryGenerator.MARKER.length());
			return new String(head, StandardCharsets.UTF_8).equals(PlanSummaryGenerator.MARKER);
		} catch (IOException e) {
			throw new CoreException(Status.error("Cannot read " + file.getFullPath(), e));
		}
	}

	private static void deleteOutput(IFile file) throws CoreException {
		if (file.exists() && isGenerated(file)) {
			file.delete(true, null);
		}
	}

	private static void createFolders(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createFolders(folder.getParent());
			folder.create(IResource.FORCE | IResource.DERIVED, true, null);
		}
	}
}
