package org.allianceplanner.ui.internal.builder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.docgen.CoverageSource;
import org.allianceplanner.docgen.FindingsSource;
import org.allianceplanner.docgen.GeneratorOptions;
import org.allianceplanner.docgen.OutputFormat;
import org.allianceplanner.docgen.PlanDocumentGenerator;
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
 * project's output folder on save: a Markdown summary of each plan, and the plan documents of
 * {@code org.allianceplanner.docgen} (plan document, checklists, matrices, coverage) in the configured
 * formats, under {@code documents/<file name>/}. A file with errors generates nothing (its previous
 * output stays), and a file in the output folder that a generator did not write is never overwritten.
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

	/** What one read of a file produced: its summary text (null for none) and whether documents were written. */
	private record Outputs(String summary, boolean documents) {
		static final Outputs NONE = new Outputs(null, false);
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
	 * Generates a file's outputs from one read of it on the server: the model is checked once, then
	 * summarized and handed to the document generators (under documents/<file name>/).
	 */
	private void generate(PlanLanguageServer server, IFile file, IFolder output, PlanSummaryGenerator summaryGenerator,
			Set<OutputFormat> documentFormats) throws CoreException {
		String source = file.getProjectRelativePath().toString();
		GeneratorOptions documents = documentFormats.isEmpty() ? null
				: GeneratorOptions.builder(output.getFolder("documents")
						.getFolder(file.getFullPath().removeFileExtension().lastSegment()).getLocation().toFile().toPath())
						.formats(documentFormats).build();
		Outputs outputs = Requests.await(server.server().access().doRead(FileUris.of(file), context -> {
			PlanModel model = checkedModel((XtextResource) context.getResource());
			if (model == null) {
				return Outputs.NONE; // errors, no plans: keep the last outputs
			}
			String summary = summaryGenerator == null ? null : summary(model, summaryGenerator, source);
			return new Outputs(summary, documents != null && writeDocuments(file, model, documents));
		}), WAIT_MILLIS);
		if (outputs == null) {
			return; // the server could not read the file: keep the last outputs
		}
		if (outputs.summary() != null) {
			writeSummary(output.getFile(outputName(file)), outputs.summary());
		}
		if (outputs.documents()) {
			createFolders(output);
			output.refreshLocal(IResource.DEPTH_INFINITE, null);
		}
	}

	/** Runs the document generators; true when the output folder may have changed and needs a refresh. */
	private static boolean writeDocuments(IFile file, PlanModel model, GeneratorOptions options) {
		try {
			new PlanDocumentGenerator().generate(List.of(model), options, FindingsSource.NOT_SUPPLIED,
					CoverageSource.fromTraceability());
		} catch (IOException | RuntimeException e) {
			// the generators write atomically: earlier documents stay whole; say why these were not written
			Platform.getLog(PlanBuilder.class).error("Plan documents of " + file.getFullPath() + " not written: "
					+ e.getMessage(), e);
		}
		return true; // what was written before a failure is refreshed too
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
