package org.allianceplanner.dsl.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.validation.Finding;
import org.allianceplanner.validation.PlanIndex;
import org.allianceplanner.validation.PlanValidator;
import org.allianceplanner.validation.settings.SettingsFile;
import org.allianceplanner.validation.settings.SettingsFile.SettingsException;
import org.allianceplanner.validation.settings.ValidationSettings;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * The rules of the Guidelines (org.allianceplanner.validation) in the editor: each finding becomes an Xtext
 * diagnostic on the offending feature, with the rule ID as issue code and the fix as issue data
 * ({@code [kind, data...]}) for quick fixes. Runs as a NORMAL check (on save and in the build); the project's
 * {@code alliance.properties} sets the severities, and the index for cross-file rules covers the resource
 * set. Composed into {@link AllianceValidator}.
 */
public class GuidelinesRulesValidator extends AbstractDeclarativeValidator {

	private static final Object INDEX = PlanIndex.class;
	private static final Object ENGINE = PlanValidator.class;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into AllianceValidator, which registers for the package
	}

	@Check(CheckType.NORMAL)
	public void checkGuidelinesRules(EObject element) {
		for (Finding f : engine().checkElement(element, index(element))) {
			accept(f);
		}
	}

	@Check(CheckType.NORMAL)
	public void checkAcrossFiles(PlanModel model) {
		for (Finding f : engine().checkAcrossFiles(index(model), model.eResource())) {
			accept(f);
		}
	}

	private void accept(Finding f) {
		if (UnwrittenValues.inElementOfUnknownKind(f.element())) {
			return; // "task X: " with the kind still to be typed is no air-defense task
		}
		String message = "[" + f.rule().id() + "] " + f.message() + " (" + f.rule().clause() + ")";
		String[] data = f.fix() == null ? new String[0] : f.fix().toIssueData();
		switch (f.severity()) {
		case ERROR -> error(message, f.element(), f.feature(), INSIGNIFICANT_INDEX, f.rule().id(), data);
		case WARNING -> warning(message, f.element(), f.feature(), INSIGNIFICANT_INDEX, f.rule().id(), data);
		case INFO -> info(message, f.element(), f.feature(), INSIGNIFICANT_INDEX, f.rule().id(), data);
		case IGNORE -> {
			// switched off in alliance.properties
		}
		}
	}

	/** One index of the resource set per validation run of a resource. */
	private PlanIndex index(EObject element) {
		Map<Object, Object> context = getContext();
		Object cached = context == null ? null : context.get(INDEX);
		if (cached instanceof PlanIndex index) {
			return index;
		}
		PlanIndex index = element.eResource() != null && element.eResource().getResourceSet() != null
				? PlanIndex.of(element.eResource().getResourceSet())
				: PlanIndex.of(java.util.List.of(org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(element)));
		if (context != null) {
			context.put(INDEX, index);
		}
		return index;
	}

	private PlanValidator engine() {
		Map<Object, Object> context = getContext();
		Object cached = context == null ? null : context.get(ENGINE);
		if (cached instanceof PlanValidator engine) {
			return engine;
		}
		PlanValidator engine = new PlanValidator(settingsFor(getCurrentObject()));
		if (context != null) {
			context.put(ENGINE, engine);
		}
		return engine;
	}

	/** The nearest alliance.properties of a file resource; the defaults otherwise or when it is unreadable. */
	private ValidationSettings settingsFor(Object current) {
		if (current instanceof EObject o && o.eResource() != null) {
			URI uri = o.eResource().getURI();
			if (uri != null && uri.isFile()) {
				try {
					return SettingsFile.find(Path.of(uri.toFileString()));
				} catch (IOException | SettingsException e) {
					// reported by the command line, which reads the settings before validating
				}
			}
		}
		return ValidationSettings.defaults();
	}
}
