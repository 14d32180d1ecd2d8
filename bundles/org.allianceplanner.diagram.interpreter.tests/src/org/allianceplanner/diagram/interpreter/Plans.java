package org.allianceplanner.diagram.interpreter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.allianceplanner.diagram.description.registry.DescriptionRegistry;
import org.allianceplanner.dsl.AllianceStandaloneSetup;
import org.allianceplanner.model.plan.PlanModel;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/** Loads plans the way the command line does: every file of a folder in one resource set. */
final class Plans {

	private static Injector injector;

	private Plans() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new AllianceStandaloneSetup().createInjectorAndDoEMFRegistration();
			DescriptionRegistry.injector();
		}
		return injector;
	}

	static Path examples() {
		return Path.of(System.getProperty("alliance.examples", "../../examples"));
	}

	static Path fixtures() {
		return Path.of(System.getProperty("alliance.diagram.fixtures", "resources"));
	}

	/** The plan models of every {@code *.alliance} file in {@code folder}, linked in one resource set. */
	static List<PlanModel> folder(Path folder) {
		XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
		List<PlanModel> result = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".alliance")).sorted().toList()) {
				Resource r = set.getResource(URI.createFileURI(f.toAbsolutePath().toString()), true);
				result.add((PlanModel) r.getContents().get(0));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		EcoreUtil.resolveAll(set);
		return result;
	}

	/** Plan files given as text (name to content), linked in one resource set, in the given order. */
	static List<PlanModel> texts(Map<String, String> files) {
		XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
		List<PlanModel> result = new ArrayList<>();
		try {
			for (Map.Entry<String, String> f : files.entrySet()) {
				Resource r = set.createResource(URI.createURI("test:/" + f.getKey()));
				r.load(new ByteArrayInputStream(f.getValue().getBytes(StandardCharsets.UTF_8)), null);
				if (!r.getErrors().isEmpty()) {
					throw new IllegalArgumentException(f.getKey() + ": " + r.getErrors());
				}
				result.add((PlanModel) r.getContents().get(0));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		EcoreUtil.resolveAll(set);
		return result;
	}

	static List<EObject> roots(List<PlanModel> models) {
		return new ArrayList<>(models);
	}
}
