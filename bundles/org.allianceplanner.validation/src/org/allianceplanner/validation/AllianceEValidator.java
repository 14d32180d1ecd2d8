package org.allianceplanner.validation;

import java.util.List;
import java.util.Map;

import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.plan.PlanPackage;
import org.allianceplanner.validation.settings.ValidationSettings;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * The EMF validator of the plan package: EMF's own structural checks plus every rule of the catalog, so that
 * models loaded from XMI or edited in diagrams are checked like text. Register it with {@link #register()}.
 * <p>
 * Diagnostics carry {@link #DIAGNOSTIC_SOURCE}, the rule's ordinal as code, and data
 * {@code [element, feature, finding]}; the {@link Finding} gives the rule ID and the fix. A context entry under
 * {@link #SETTINGS} selects the project's settings.
 */
public final class AllianceEValidator implements EValidator {

	public static final String DIAGNOSTIC_SOURCE = "org.allianceplanner.validation";
	/** Context key for the {@link ValidationSettings} to use (defaults when absent). */
	public static final Object SETTINGS = ValidationSettings.class;
	private static final Object INDEX = PlanIndex.class;
	private static final Object ENGINE = PlanValidator.class;

	/**
	 * Registers this validator for the plan package in the global registry, beside (not instead of) a validator
	 * already registered there. Where the plan language is set up, its Xtext validator already runs these
	 * rules for every plan object, text or not: call this only in tools without the language (XMI-only).
	 */
	public static synchronized void register() {
		EValidator existing = EValidator.Registry.INSTANCE.getEValidator(PlanPackage.eINSTANCE);
		if (existing instanceof AllianceEValidator || existing instanceof Both b && b.second instanceof AllianceEValidator) {
			return;
		}
		boolean keep = existing != null && existing.getClass() != EObjectValidator.class;
		// beside another validator, EMF's structural checks already run once
		EValidator.Registry.INSTANCE.put(PlanPackage.eINSTANCE,
				keep ? new Both(existing, new AllianceEValidator(false)) : new AllianceEValidator());
	}

	/** Two validators in turn; the first is what was registered before us. */
	private record Both(EValidator first, EValidator second) implements EValidator {
		@Override
		public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
			return first.validate(eObject, diagnostics, context) & second.validate(eObject, diagnostics, context);
		}

		@Override
		public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
			return first.validate(eClass, eObject, diagnostics, context)
					& second.validate(eClass, eObject, diagnostics, context);
		}

		@Override
		public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
			return first.validate(eDataType, value, diagnostics, context);
		}
	}

	private final boolean structural;

	/** The catalog rules and EMF's structural checks (multiplicities, proxies...). */
	public AllianceEValidator() {
		this(true);
	}

	/** @param structural whether to run EMF's structural checks too */
	public AllianceEValidator(boolean structural) {
		this.structural = structural;
	}

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = !structural || EObjectValidator.INSTANCE.validate(eClass, eObject, diagnostics, context);
		PlanValidator engine = engine(context);
		PlanIndex index = index(eObject, context);
		List<Finding> findings = engine.checkElement(eObject, index);
		if (eObject instanceof PlanModel) {
			findings = new java.util.ArrayList<>(findings);
			findings.addAll(engine.checkAcrossFiles(index, eObject.eResource()));
		}
		for (Finding f : findings) {
			if (diagnostics != null) {
				diagnostics.add(toDiagnostic(f));
			}
			ok &= f.severity() != Severity.ERROR;
		}
		return ok;
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return EObjectValidator.INSTANCE.validate(eDataType, value, diagnostics, context);
	}

	/** A finding as an EMF diagnostic: {@code [RULE-ID] message (clause)}. */
	public static Diagnostic toDiagnostic(Finding f) {
		int severity = switch (f.severity()) {
		case ERROR -> Diagnostic.ERROR;
		case WARNING -> Diagnostic.WARNING;
		default -> Diagnostic.INFO;
		};
		return new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, f.rule().ordinal(),
				"[" + f.rule().id() + "] " + f.message() + " (" + f.rule().clause() + ")",
				new Object[] { f.element(), f.feature(), f });
	}

	private static PlanValidator engine(Map<Object, Object> context) {
		if (context == null) {
			return new PlanValidator();
		}
		return (PlanValidator) context.computeIfAbsent(ENGINE, k -> {
			Object s = context.get(SETTINGS);
			return new PlanValidator(s instanceof ValidationSettings vs ? vs : ValidationSettings.defaults());
		});
	}

	/** One index per validation run (the Diagnostician shares the context map across elements). */
	private static PlanIndex index(EObject eObject, Map<Object, Object> context) {
		if (context == null) {
			return build(eObject);
		}
		return (PlanIndex) context.computeIfAbsent(INDEX, k -> build(eObject));
	}

	private static PlanIndex build(EObject eObject) {
		if (eObject.eResource() != null && eObject.eResource().getResourceSet() != null) {
			return PlanIndex.of(eObject.eResource().getResourceSet());
		}
		return PlanIndex.of(List.of(org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(eObject)));
	}
}
