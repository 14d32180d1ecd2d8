package org.allianceplanner.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/** The bundled examples/ of the repository, loaded together so that their imports resolve. */
public final class Examples {

	private Examples() {
	}

	/** The examples folder: the build passes it as a system property; from the IDE, it is found upward. */
	public static Path folder() {
		String configured = System.getProperty("alliance.examples");
		Path folder = configured != null ? Path.of(configured) : Path.of("../../examples");
		assertTrue(Files.isDirectory(folder), "examples folder not found: " + folder.toAbsolutePath());
		return folder.toAbsolutePath().normalize();
	}

	public static List<Path> files() throws IOException {
		try (Stream<Path> walk = Files.walk(folder())) {
			List<Path> files = new ArrayList<>(walk.filter(p -> p.toString().endsWith(".alliance")).sorted().toList());
			assertFalse(files.isEmpty(), "no examples");
			return files;
		}
	}

	/** Loads every example into one resource set and resolves all references. */
	public static XtextResourceSet load(Injector injector) throws IOException {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		for (Path file : files()) {
			resourceSet.getResource(URI.createFileURI(file.toString()), true);
		}
		EcoreUtil.resolveAll(resourceSet);
		return resourceSet;
	}

	public static XtextResource resource(XtextResourceSet resourceSet, Path file) {
		return (XtextResource) resourceSet.getResource(URI.createFileURI(file.toString()), false);
	}
}
