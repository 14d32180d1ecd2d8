package org.allianceplanner.ui.internal.builder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.docgen.Audience;
import org.allianceplanner.docgen.GenerationResult;
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
import org.eclipse.core.resources.IWorkspaceRoot;
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
		writeWorkspaceSeverities(project);
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

	/** The workspace's rule severities into the project's alliance.properties, where the command sees them too. */
	private static void writeWorkspaceSeverities(IProject project) {
		try {
			ProjectSettings.writeWorkspaceSeverities(project);
		} catch (CoreException | IllegalArgumentException e) {
			Platform.getLog(PlanBuilder.class).warn(project.getName() + ": workspace rule severities not written: "
					+ e.getMessage());
		}
	}

	private static Audience audience(IProject project) {
		try {
			return Audience.parse(ProjectSettings.audience(project));
		} catch (IllegalArgumentException e) {
			Platform.getLog(PlanBuilder.class).warn(project.getName() + ": audience: " + e.getMessage());
			return Audience.BOTH;
		}
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
		long errors = 0;
		String failure = null;
		if (summaryGenerator != null) {
			String source = file.getProjectRelativePath().toString();
			SummaryOutcome outcome = Requests.await(server.server().access().doRead(FileUris.of(file),
					context -> summaryOutcome((XtextResource) context.getResource(), summaryGenerator, source)),
					WAIT_MILLIS);
			if (outcome != null && outcome.text() != null) {
				writeSummary(output.getFile(outputName(file)), outcome.text());
			}
			errors = outcome == null ? 0 : outcome.errors(); // errors: keep the last one
		}
		if (!documentFormats.isEmpty() && file.getLocation() != null) {
			PlanPipeline.Run run = null;
			try {
				run = writeDocuments(server, file, output, documentFormats);
			} catch (PipelineException | IOException | RuntimeException e) {
				failure = e.getMessage();
			}
			createFolders(output);
			output.refreshLocal(IResource.DEPTH_INFINITE, null); // what was written before a failure too
			if (run != null) {
				errors = Math.max(errors, run.checked().errors());
				markDerived(run, file, output);
			}
		}
		if (errors > 0) {
			GenerationStatus.notRegenerated(file, errors == 1 ? "there is an error (see the Problems view)"
					: "there are " + errors + " errors (see the Problems view)");
		} else if (failure != null) {
			GenerationStatus.notRegenerated(file, "writing failed (" + failure + ")");
		} else {
			GenerationStatus.regenerated(file);
		}
	}

	/**
	 * Runs the shared pipeline on the saved file; a file with errors writes nothing (its last documents stay).
	 *
	 * @return the run, whose check says whether the file had errors
	 */
	private static PlanPipeline.Run writeDocuments(PlanLanguageServer server, IFile file, IFolder output,
			Set<OutputFormat> formats) throws PipelineException, IOException {
		try {
			// the IDE's language injector: a second, standalone one would re-register the language globally
			// and take the extension away from the language server
			return SavedFileBuild.run(new PlanPipeline(server.languageInjector()), file.getLocation().toFile().toPath(),
					output.getFolder(DOCUMENTS_FOLDER).getLocation().toFile().toPath(), formats,
					audience(file.getProject()));
		} catch (PipelineException | IOException | RuntimeException e) {
			// the generators write atomically: earlier documents stay whole; say why these were not written
			Platform.getLog(PlanBuilder.class).error("Plan documents of " + file.getFullPath() + " not written: "
					+ e.getMessage(), e);
			throw e;
		}
	}

	/**
	 * Marks what the generators wrote derived, and the folders holding it: Open Resource and search skip it, and
	 * the editor warns before it is edited (the next save would overwrite the edit).
	 */
	private static void markDerived(PlanPipeline.Run run, IFile file, IFolder output) throws CoreException {
		IWorkspaceRoot root = output.getWorkspace().getRoot();
		// the generators name what they wrote relative to the file's documents folder
		IFolder documents = output.getFolder(DOCUMENTS_FOLDER).getFolder(file.getFullPath().removeFileExtension().lastSegment());
		List<IFile> files = new ArrayList<>();
		files.add(documents.getFile(GenerationResult.MANIFEST));
		for (GenerationResult result : run.outputs()) {
			for (java.nio.file.Path path : result.written()) {
				files.add(path.isAbsolute() ? root.getFileForLocation(IPath.fromOSString(path.toString()))
						: documents.getFile(IPath.fromOSString(path.toString())));
			}
		}
		for (IFile written : files) {
			for (IResource r = written; r != null && r.exists() && !r.equals(output); r = r.getParent()) {
				if (!r.isDerived()) {
					r.setDerived(true, null);
				}
			}
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

	/** A file's summary (null when there is none to write) and its number of errors (then there is none). */
	private record SummaryOutcome(String text, long errors) {
	}

	/** The summary of a file that parses, has no errors and holds plans; otherwise none, with the errors counted. */
	private static SummaryOutcome summaryOutcome(XtextResource resource, PlanSummaryGenerator generator, String source) {
		if (resource == null || resource.getContents().isEmpty()) {
			return new SummaryOutcome(null, 0);
		}
		long errors = resource.getErrors().size();
		if (errors == 0) {
			List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource,
					CheckMode.ALL, CancelIndicator.NullImpl);
			errors = issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).count();
		}
		if (errors > 0) {
			return new SummaryOutcome(null, errors);
		}
		PlanModel model = (PlanModel) resource.getContents().get(0);
		return new SummaryOutcome(model.getPlans().isEmpty() ? null : summary(model, generator, source), 0);
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
