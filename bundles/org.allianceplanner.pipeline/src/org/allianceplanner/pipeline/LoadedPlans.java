package org.allianceplanner.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.allianceplanner.model.plan.PlanModel;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * Plan files parsed into one resource set (so that imports across files resolve), not yet checked.
 *
 * @param resourceSet every loaded file, the named ones and their neighbours loaded as context
 * @param paths for each named file's resource, the path the host named it by, in the order given
 * @param project the plans' project folder: the folder of the nearest {@code alliance.properties} above the
 *            first file, else the folder that holds all named files. Documents name files relative to it, so
 *            that they do not depend on where the build ran.
 * @param settingsFile that {@code alliance.properties}, or null when there is none
 */
public record LoadedPlans(XtextResourceSet resourceSet, Map<Resource, Path> paths, Path project, Path settingsFile) {

	/** The named files' resources, in the order given. */
	public List<XtextResource> resources() {
		List<XtextResource> result = new ArrayList<>();
		for (Resource resource : paths.keySet()) {
			result.add((XtextResource) resource);
		}
		return result;
	}

	/** The plan models of the named files, in the order given (a file that did not parse has none). */
	public List<PlanModel> models() {
		List<PlanModel> models = new ArrayList<>();
		for (Resource resource : paths.keySet()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof PlanModel model) {
				models.add(model);
			}
		}
		return models;
	}

	/** An element's file as the host named it; a context file by its path. */
	public String fileName(EObject element) {
		Resource r = element == null ? null : element.eResource();
		if (r == null) {
			return "<unknown>";
		}
		Path p = paths.get(r);
		if (p != null) {
			return p.toString();
		}
		URI uri = r.getURI();
		return uri.isFile() ? uri.toFileString() : uri.toString();
	}

	/** An element's file relative to the {@link #project} folder, with forward slashes on every system. */
	public String projectFileName(EObject element) {
		Resource r = element == null ? null : element.eResource();
		if (r == null || r.getURI() == null || !r.getURI().isFile()) {
			return fileName(element);
		}
		Path file = Path.of(r.getURI().toFileString()).toAbsolutePath().normalize();
		Path relative = file.startsWith(project) ? project.relativize(file) : file;
		return relative.toString().replace('\\', '/');
	}
}
