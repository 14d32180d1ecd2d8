package org.allianceplanner.ui.internal.builder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.docgen.OutputFormat;
import org.allianceplanner.dsl.generator.PlanSummaryGenerator;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.pipeline.PipelineException;
import org.allianceplanner.pipeline.PlanPipeline;
import org.allianceplanner.pipeline.SavedFileBuild;
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
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * The plan builder. Checking is the language server's job: it holds the project's index, rebuilds
 * the files a change affects and publishes their diagnostics as markers. This builder makes sure the
 * server knows the project and generates the configured outputs of every changed plan file into the
 * project's output folder on save: a Markdown summary of each plan, and the plan documents (plan
 * document, checklists, matrices, coverage) in the configured formats, under {@code documents/<file name>/},
 * written by the pipeline the {@code alliance} command and the Maven plugin share
 * ({@code org.allianceplanner.pipeline}), so that they list the same findings. A file with errors generates
 * nothing (its previous output stays), and a file in the output folder that a generator did not write is
 * never overwritten.
 */
public class PlanBuilder extends IncrementalProjectBuilder {

	private static final long WAIT_MILLIS = 60_000;
	/** The documents of plans/air.alliance go to generated/documents/air/. */
	static final String DOCUMENTS_FOLDER = "documents";

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
		boolean summaries = ProjectSettings.generateSummary(project);
		Set<OutputFormat> documentFormats = documentFormats(project);
		IFolder output = project.getFolder(ProjectSettings.outputFolder(project));
		if (summaries) {
			for (IFile file : removed) {
				deleteOutput(output.getFile(outputName(file)));
			}
		}
		if (!summaries && documentFormats.isEmpty()) {
			return null;
		}
		PlanSummaryGenerator summaryGenerator = summaries
				? server.languageInjector().getInstance(PlanSummaryGenerator.class) : null;
		for (IFile file : changed) {
			if (monitor.isCanceled()) {
				break;
			}
			generate(server, file, output, summaryGenerator, documentFormats);
		}
		return null;
	}

	private static Set<OutputFormat> documentFormats(IProject project) {
		try {
			return ProjectSettings.parseFormats(ProjectSettings.documentFormats(project));
		} catch (IllegalArgumentException e) {
			// the property page refuses bad formats; a hand-edited settings file falls back to none
			Platform.getLog(PlanBuilder.class).warn(project.getName() + ": document formats: " + e.getMessage());
			return Set.of();
		}
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

	/**
	 * Generates a file's outputs: its summary from the server's read of it, and its documents through the
	 * pipeline the command and the Maven plugin share ({@link SavedFileBuild}), with the real findings and the
	 * severities of the project's alliance.properties.
	 */
	private void generate(PlanLanguageServer server, IFile file, IFolder output, PlanSummaryGenerator summaryGenerator,
			Set<OutputFormat> documentFormats) throws CoreException {
		if (summaryGenerator != null) {
			String source = file.getProjectRelativePath().toString();
			String summary = Requests.await(server.server().access().doRead(FileUris.of(file), context -> {
				PlanModel model = checkedModel((XtextResource) context.getResource());
				return model == null ? null : summary(model, summaryGenerator, source); // errors: keep the last one
			}), WAIT_MILLIS);
			if (summary != null) {
				writeSummary(output.getFile(outputName(file)), summary);
			}
		}
		if (!documentFormats.isEmpty() && file.getLocation() != null) {
			writeDocuments(server, file, output, documentFormats);
			createFolders(output);
			output.refreshLocal(IResource.DEPTH_INFINITE, null); // what was written before a failure too
		}
	}

	/** Runs the shared pipeline on the saved file; a file with errors writes nothing (its last documents stay). */
	private static void writeDocuments(PlanLanguageServer server, IFile file, IFolder output, Set<OutputFormat> formats) {
		try {
			// the IDE's language injector: a second, standalone one would re-register the language globally
			// and take the extension away from the language server
			SavedFileBuild.run(new PlanPipeline(server.languageInjector()), file.getLocation().toFile().toPath(),
					output.getFolder(DOCUMENTS_FOLDER).getLocation().toFile().toPath(), formats);
		} catch (PipelineException | IOException | RuntimeException e) {
			// the generators write atomically: earlier documents stay whole; say why these were not written
			Platform.getLog(PlanBuilder.class).error("Plan documents of " + file.getFullPath() + " not written: "
					+ e.getMessage(), e);
		}
	}

	private static void writeSummary(IFile target, String text) throws CoreException {
		if (target.exists() && !isGenerated(target)) {
			return; // a user's file: never overwritten
		}
		createFolders(target.getParent());
		InputStream content = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (target.exists()) {
			target.setContents(content, IResource.FORCE, null);
		} else {
			target.create(content, IResource.FORCE | IResource.DERIVED, null);
		}
	}

	/** The Markdown summaries of a checked file's plans, headed by one marker line. */
	static String summary(PlanModel model, PlanSummaryGenerator generator, String source) {
		StringBuilder out = new StringBuilder();
		for (Plan plan : model.getPlans()) {
			String summary = generator.generate(plan, source);
			// One marker line heads the file, as the command line writes it.
			out.append(out.length() == 0 ? summary : summary.substring(summary.indexOf('\n') + 1)).append('\n');
		}
		return out.toString();
	}

	/** The file's model when it parses, has no errors and holds plans; otherwise null (generate nothing). */
	private static PlanModel checkedModel(XtextResource resource) {
		if (resource == null || resource.getContents().isEmpty() || !resource.getErrors().isEmpty()) {
			return null;
		}
		List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource,
				CheckMode.ALL, CancelIndicator.NullImpl);
		if (issues.stream().anyMatch(i -> i.getSeverity() == Severity.ERROR)) {
			return null;
		}
		PlanModel model = (PlanModel) resource.getContents().get(0);
		return model.getPlans().isEmpty() ? null : model;
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
